// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace casebook {

/// Claims files whose bytes are a format no importer reads (BinaryFormat: HEIC images, archives, databases,
/// executables), whatever their names say, and refuses them with a reason that names the kind, so that a
/// ZIP saved as "article.txt" is reported instead of becoming an article of garbage. Its confidence is above
/// the text and HTML importers' and below that of an importer made for the format (a PDF importer answers
/// 100 for a PDF and takes over).
class UnsupportedFormatImporter : public Importer
{
public:
    static constexpr int claimConfidence = 95;

    QString format() const override;
    int confidence(const SourceFile &file) const override;
    /// Always throws CasebookError: "is a ZIP archive; importing from archives (unpack it first) is not available yet".
    ImportedArticle read(const SourceFile &file) const override;
};

} // namespace casebook
