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

    QString suffix() const; ///< lower-case file suffix without the dot
};

} // namespace casebook
