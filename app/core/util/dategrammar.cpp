// SPDX-License-Identifier: GPL-3.0-or-later
#include "dategrammar.h"

namespace casebook::DateGrammar {

namespace {
bool sameWord(QStringView a, QStringView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

int monthFromName(QStringView word)
{
    static constexpr QStringView months[]
        = { u"january", u"february", u"march",     u"april",   u"may",      u"june",
            u"july",    u"august",   u"september", u"october", u"november", u"december" };
    if (word.endsWith(u'.'))
        word.chop(1);
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QStringView name(months[m]);
        if (sameWord(word, name) || (word.size() == 3 && name.startsWith(word, Qt::CaseInsensitive)))
            return m + 1;
    }
    return sameWord(word, u"sept") ? 9 : 0;
}

int weekdayFromName(QStringView word)
{
    static constexpr QStringView days[]
        = { u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday" };
    if (word.endsWith(u'.'))
        word.chop(1);
    if (word.size() < 3)
        return 0;
    for (int d = 0; d < 7; ++d) {
        const QStringView name(days[d]);
        if (sameWord(word, name) || (word.size() == 3 && name.startsWith(word, Qt::CaseInsensitive)))
            return d + 1;
    }
    return 0;
}

TimeUnit timeUnit(QStringView word)
{
    struct Name
    {
        QStringView text;
        TimeUnit unit;
    };
    static constexpr Name names[] = {
        { u"minute", TimeUnit::Minute }, { u"minutes", TimeUnit::Minute }, { u"min", TimeUnit::Minute },
        { u"mins", TimeUnit::Minute },   { u"分钟", TimeUnit::Minute },    { u"hour", TimeUnit::Hour },
        { u"hours", TimeUnit::Hour },    { u"hr", TimeUnit::Hour },        { u"hrs", TimeUnit::Hour },
        { u"小时", TimeUnit::Hour },     { u"day", TimeUnit::Day },        { u"days", TimeUnit::Day },
        { u"天", TimeUnit::Day },        { u"日", TimeUnit::Day },         { u"week", TimeUnit::Week },
        { u"weeks", TimeUnit::Week },    { u"周", TimeUnit::Week },        { u"星期", TimeUnit::Week },
        { u"month", TimeUnit::Month },   { u"months", TimeUnit::Month },   { u"个月", TimeUnit::Month },
        { u"year", TimeUnit::Year },     { u"years", TimeUnit::Year },     { u"年", TimeUnit::Year },
    };
    for (const Name &name : names)
        if (sameWord(word, QStringView(name.text)))
            return name.unit;
    return TimeUnit::None;
}

std::optional<PublicationDate> countBack(int amount, TimeUnit unit, const QDateTime &now)
{
    if (!now.isValid())
        return std::nullopt;
    switch (unit) {
    case TimeUnit::None:
        return std::nullopt;
    case TimeUnit::Minute:
        return PublicationDate { now.addSecs(-60LL * amount).date(), DatePrecision::Day };
    case TimeUnit::Hour:
        return PublicationDate { now.addSecs(-3600LL * amount).date(), DatePrecision::Day };
    case TimeUnit::Day:
        return PublicationDate { now.addDays(-amount).date(), DatePrecision::Day };
    case TimeUnit::Week:
        return PublicationDate { now.addDays(-7LL * amount).date(), DatePrecision::Day };
    case TimeUnit::Month: {
        const QDate month = now.addMonths(-amount).date();
        return PublicationDate { QDate(month.year(), month.month(), 1), DatePrecision::Month };
    }
    case TimeUnit::Year:
        return PublicationDate { QDate(now.date().year() - amount, 1, 1), DatePrecision::Year };
    }
    return std::nullopt;
}

} // namespace casebook::DateGrammar
