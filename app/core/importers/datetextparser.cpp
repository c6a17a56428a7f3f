// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetextparser.h"

#include "util/dategrammar.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace casebook::DateTextParser {

namespace {

int monthFromName(QStringView name)
{
    return DateGrammar::monthFromName(name);
}

std::optional<PublicationDate> make(int year, int month, int day)
{
    if (year < 1900 || year > 2200)
        return std::nullopt;
    if (day > 0) {
        const QDate date(year, month, day);
        if (!date.isValid())
            return std::nullopt;
        return PublicationDate { date, DatePrecision::Day };
    }
    if (month > 0) {
        if (month > 12)
            return std::nullopt;
        return PublicationDate { QDate(year, month, 1), DatePrecision::Month };
    }
    return std::nullopt;
}

struct Found
{
    std::optional<PublicationDate> date;
    qsizetype start = -1;
    qsizetype length = 0;
};

const QString &monthNames()
{
    static const QString names = u"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                                 u"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"_s;
    return names;
}

Found search(QStringView text)
{
    const QString &months = monthNames();
    static const QRegularExpression iso(uR"((?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"_s);
    static const QRegularExpression chinese(uR"((\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)"_s);
    static const QRegularExpression monthFirst(u"\\b"_s % months % uR"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(uR"(\b(\d{1,2})(?:st|nd|rd|th)?\s+)"_s % months % uR"(,?\s+(\d{4})\b)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthYear(u"\\b"_s % months % uR"(,?\s+(\d{4})\b)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    Found best;
    auto consider = [&](const QRegularExpressionMatch &match, std::optional<PublicationDate> date) {
        if (!date)
            return;
        if (best.start < 0 || match.capturedStart() < best.start
            || (match.capturedStart() == best.start && match.capturedLength() > best.length)) {
            best = { date, match.capturedStart(), match.capturedLength() };
        }
    };
    if (auto m = iso.match(text); m.hasMatch())
        consider(m, make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    if (auto m = chinese.match(text); m.hasMatch())
        consider(m, make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    if (auto m = monthFirst.match(text); m.hasMatch())
        consider(m, make(m.captured(3).toInt(), monthFromName(m.capturedView(1)), m.captured(2).toInt()));
    if (auto m = dayFirst.match(text); m.hasMatch())
        consider(m, make(m.captured(3).toInt(), monthFromName(m.capturedView(2)), m.captured(1).toInt()));
    if (best.start < 0) {
        if (auto m = monthYear.match(text); m.hasMatch())
            consider(m, make(m.captured(2).toInt(), monthFromName(m.capturedView(1)), 0));
    }
    return best;
}

} // namespace

std::optional<PublicationDate> find(QStringView text)
{
    return search(text).date;
}

std::optional<Located> locate(QStringView text)
{
    const Found found = search(text);
    if (!found.date)
        return std::nullopt;
    return Located { *found.date, found.start, found.length };
}

std::optional<Located> locateMonthDay(QStringView text)
{
    // No year around it: "2025年3月10日" and "March 12, 2025" are find()'s.
    static const QRegularExpression chinese(uR"((?<![\d年])(?<!年\s)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])"_s);
    static const QRegularExpression monthFirst(u"\\b"_s % monthNames()
                                                   % uR"(\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d))"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(uR"(\b(\d{1,2})(?:st|nd|rd|th)?\s+)"_s % monthNames()
                                                 % uR"(\b(?!,?\s*\d))"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    std::optional<Located> best;
    auto consider = [&](const QRegularExpressionMatch &match, int month, int day) {
        const QDate date(2000, month, day);
        if (!match.hasMatch() || !date.isValid())
            return;
        if (!best || match.capturedStart() < best->start)
            best = Located { { date, DatePrecision::Day }, match.capturedStart(), match.capturedLength() };
    };
    if (const auto m = chinese.match(text); m.hasMatch())
        consider(m, m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = monthFirst.match(text); m.hasMatch())
        consider(m, monthFromName(m.capturedView(1)), m.captured(2).toInt());
    if (const auto m = dayFirst.match(text); m.hasMatch())
        consider(m, monthFromName(m.capturedView(2)), m.captured(1).toInt());
    return best;
}

std::optional<PublicationDate> parseWhole(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const Found found = search(trimmed);
    if (!found.date)
        return std::nullopt;
    // Allow a weekday, a time and a time zone around the date, but no other words.
    QString rest = trimmed.toString();
    rest.remove(found.start, found.length);
    static const QRegularExpression allowed(
        uR"(^[\s,|·•\-–—:：()\[\]]*((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|星期.|周.|(\d{1,2}:\d{2}(:\d{2})?(\.\d+)?)|)"
        uR"(t\d{1,2}:\d{2}(:\d{2})?(\.\d+)?|z|[ap]\.?m\.?|utc|gmt|cst|est|edt|bst|cet|hkt|pst|pdt|et|pt|mst|mdt|cdt|jst|sgt|[+-]\d{2}:?\d{2}|)"
        uR"(updated|published|posted|date|on|at|[\s,|·•\-–—:：()\[\]])*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!allowed.match(rest).hasMatch())
        return std::nullopt;
    return found.date;
}

} // namespace casebook::DateTextParser
