// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace casebook {

/// Tells, from a file's first bytes (its magic numbers) and never from its name, what kind of binary file it is:
/// PDF and images (which their importers take), and kinds Casebook has no importer for: other images, archives and
/// packaged documents (DOCX, EPUB, ODT are ZIP archives), databases, executables, audio and video. Such files would
/// otherwise be decoded as text and become articles of garbage.
class BinaryFormat
{
public:
    QString kind; ///< "pdf", "image", "archive", "document", "database", "executable", "media"
    QString description; ///< "a PDF document", "a PNG image", "a Word document (DOCX)"
    QString reason; ///< what an import reports: "is an EPUB e-book; EPUB import is not available yet"

    /// The format the bytes start like, or nullopt for anything that may be text.
    static std::optional<BinaryFormat> identify(QByteArrayView bytes);
};

} // namespace casebook
