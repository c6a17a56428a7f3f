// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedates.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

std::optional<PublicationDate> make(int year, int month, int day, const QDate &latest)
{
    const QDate date(year, month, day > 0 ? day : 1);
    if (year < 1990 || !date.isValid() || (latest.isValid() && date > latest))
        return std::nullopt;
    return PublicationDate { date, day > 0 ? DatePrecision::Day : DatePrecision::Month };
}

/// A date written in one name: "en-2025-08-01-asiawire", "20250801_article", "2025_08_01".
std::optional<PublicationDate> inName(const QString &name, const QDate &latest)
{
    static const QRegularExpression separated(
        uR"((?<!\d)((?:19|20)\d{2})([-_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d))"_s);
    static const QRegularExpression compact(uR"((?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d))"_s);
    if (const auto m = separated.match(name); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), latest);
    if (const auto m = compact.match(name); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), latest);
    return std::nullopt;
}

} // namespace

std::optional<PublicationDate> FileDates::fromPath(const QString &path, const QDateTime &readAt)
{
    const QDate latest = (readAt.isValid() ? readAt : QDateTime::currentDateTime()).date().addDays(1);
    QString normalised = QString(path).replace(u'\\', u'/');
    const QFileInfo info(normalised);
    if (auto date = inName(info.completeBaseName(), latest))
        return date;
    QStringList folders = info.path().split(u'/', Qt::SkipEmptyParts);
    // Year/month(/day) folders: …/2025/08/01/article.txt, …/2025/08/article.txt.
    static const QRegularExpression year(uR"(^(?:19|20)\d{2}$)"_s);
    static const QRegularExpression number(uR"(^\d{1,2}$)"_s);
    for (qsizetype i = folders.size() - 1; i >= 0; --i) {
        if (auto date = inName(folders[i], latest))
            return date;
        if (year.match(folders[i]).hasMatch() && i + 1 < folders.size() && number.match(folders[i + 1]).hasMatch()) {
            const int day
                = i + 2 < folders.size() && number.match(folders[i + 2]).hasMatch() ? folders[i + 2].toInt() : 0;
            if (auto date = make(folders[i].toInt(), folders[i + 1].toInt(), day, latest))
                return date;
        }
    }
    return std::nullopt;
}

QDateTime FileDates::savingTime(const SourceFile &file)
{
    if (!file.modified.isValid())
        return {};
    const QDateTime readAt = file.readAt.isValid() ? file.readAt : QDateTime::currentDateTime();
    if (file.modified.date().year() < 1990 || file.modified.secsTo(readAt) < freshCopySeconds)
        return {};
    return file.modified;
}

} // namespace casebook
