// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace casebook {

/// A file read into memory, ready for an importer.
struct SourceFile
{
    QString path;
    QByteArray bytes;
    QDateTime modified;
    /// When the file was read for import; invalid means now. Re-extraction passes the original import's time,
    /// so that a file time judged fresh then is judged the same way again.
    QDateTime readAt {};

    QString suffix() const; ///< lower-case file suffix without the dot
};

} // namespace casebook
