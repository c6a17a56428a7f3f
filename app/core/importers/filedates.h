// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "sourcefile.h"

#include <QDateTime>
#include <optional>

namespace casebook {

/// What a file's name and time say about when its article was published or saved.
class FileDates
{
public:
    /// A date in the file's name (2025-08-01, 2025_08_01, 2025.08.01, 20250801), or else in its folders, the
    /// nearest first (…/2025-08-01/…, …/2025/08/01/…, …/2025/08/… to the month). Dates before 1990 or after
    /// the day the file was read are not dates of an article.
    static std::optional<PublicationDate> fromPath(const QString &path, const QDateTime &readAt = {});

    /// The file's modification time when it can be the moment the page was saved, invalid otherwise. A copy,
    /// a download, an unpacked archive or a checkout sets the time to the moment it happens, so a time within a
    /// day before the file was read says nothing about the article; nor does a time in the future or before
    /// 1990 (an archive's zero date).
    static QDateTime savingTime(const SourceFile &file);

    /// How long before the import a file time must lie to count as the saving time.
    static constexpr qint64 freshCopySeconds = 24 * 3600;
};

} // namespace casebook
