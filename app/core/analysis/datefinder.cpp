// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefinder.h"

#include "util/dategrammar.h"
#include "util/unicodescript.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook::DateFinder {

namespace {

/// Future: a month or day the text says is still to come ("will open on June 30", "将于6月30日"), so never in the
/// past of the anchor.
enum class Direction { Nearest, Past, This, Next, Future };

/// What an expression means before the anchor is known.
struct Meaning
{
    enum class Kind {
        Absolute, ///< year (and month, day) given
        YearlessDate, ///< month (and day) given, the year comes from the anchor
        Offset, ///< anchor plus an offset in days, months or years
        Weekday, ///< the weekday on or before / after the anchor
        Unresolvable, ///< relative to another event
    };
    Kind kind = Kind::Absolute;
    int year = 0;
    int month = 0;
    int day = 0;
    int offset = 0; ///< for Offset: amount; for Weekday: 1..7
    Direction direction = Direction::Nearest;
    DatePrecision granularity = DatePrecision::Day;
    DatePrecision offsetUnit = DatePrecision::Day; ///< for Offset
};

int precisionRank(DatePrecision p)
{
    switch (p) {
    case DatePrecision::None:
        return 0;
    case DatePrecision::Year:
        return 1;
    case DatePrecision::Month:
        return 2;
    case DatePrecision::Day:
        return 3;
    }
    return 0;
}

PublicationDate make(int year, int month, int day, DatePrecision precision)
{
    const QDate date(year, precision == DatePrecision::Year ? 1 : month, precision == DatePrecision::Day ? day : 1);
    if (!date.isValid())
        return {};
    return { date, precision };
}

PublicationDate truncate(QDate date, DatePrecision precision)
{
    return make(date.year(), date.month(), date.day(), precision);
}

PublicationDate resolve(const Meaning &m, const PublicationDate &anchor)
{
    const bool hasAnchor = anchor.isValid();
    const QDate a = anchor.date;
    switch (m.kind) {
    case Meaning::Kind::Absolute:
        return make(m.year, m.month, m.day, m.granularity);
    case Meaning::Kind::Unresolvable:
        return {};
    case Meaning::Kind::YearlessDate: {
        if (!hasAnchor)
            return {};
        int year = a.year();
        const int monthDelta = m.month - a.month();
        switch (m.direction) {
        case Direction::Nearest:
            if (precisionRank(anchor.precision) >= 2) {
                if (monthDelta > 2)
                    year -= 1;
                else if (monthDelta < -9)
                    year += 1;
            }
            break;
        case Direction::Past:
            if (precisionRank(anchor.precision) < 2)
                return {};
            if (monthDelta >= 0)
                year -= 1;
            break;
        case Direction::Next:
            if (precisionRank(anchor.precision) < 2)
                return {};
            if (monthDelta <= 0)
                year += 1;
            break;
        case Direction::This:
            break;
        case Direction::Future:
            if (precisionRank(anchor.precision) < 2)
                return {};
            if (monthDelta < 0
                || (monthDelta == 0 && m.day > 0 && precisionRank(anchor.precision) == 3 && m.day < a.day()))
                year += 1;
            break;
        }
        return make(year + m.year, m.month, m.day, m.granularity); // m.year holds a year offset here
    }
    case Meaning::Kind::Offset: {
        if (!hasAnchor || precisionRank(anchor.precision) < precisionRank(m.offsetUnit))
            return {};
        QDate d = a;
        if (m.offsetUnit == DatePrecision::Day)
            d = a.addDays(m.offset);
        else if (m.offsetUnit == DatePrecision::Month)
            d = a.addMonths(m.offset);
        else
            d = a.addYears(m.offset);
        // the anchor's day (month) is only known as precisely as the anchor is
        DatePrecision p = m.granularity;
        if (precisionRank(anchor.precision) < precisionRank(p))
            return {};
        return truncate(d, p);
    }
    case Meaning::Kind::Weekday: {
        if (!hasAnchor || anchor.precision != DatePrecision::Day)
            return {};
        const int dow = a.dayOfWeek();
        int delta = 0;
        switch (m.direction) {
        case Direction::Nearest:
            delta = -((dow - m.offset + 7) % 7); // the latest such day on or before the anchor
            break;
        case Direction::Past: // "last Monday": that day of the previous calendar week
            delta = -(dow - 1) - 7 + (m.offset - 1);
            break;
        case Direction::This:
            delta = -(dow - 1) + (m.offset - 1);
            break;
        case Direction::Next:
            delta = -(dow - 1) + 7 + (m.offset - 1);
            break;
        case Direction::Future: // the next such day after the anchor
            delta = (m.offset - dow + 7) % 7;
            break;
        }
        return truncate(a.addDays(delta), DatePrecision::Day);
    }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// English

/// Case-insensitive equality with a cheap length test first (most words differ in length).
inline bool eqi(QStringView a, QStringView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

/// In running text a month or weekday is capitalised ("may" is a verb); the names are DateGrammar's.
int monthFromWord(QStringView w)
{
    if (w.size() < 3 || !w[0].isUpper() || w.endsWith(u'.'))
        return 0;
    return DateGrammar::monthFromName(w);
}

int weekdayFromWord(QStringView w)
{
    // full names only: "Sun" and "Wed" are words of their own
    if (w.size() < 6 || !w[0].isUpper())
        return 0;
    return DateGrammar::weekdayFromName(w);
}

bool allDigits(QStringView w)
{
    if (w.isEmpty())
        return false;
    for (const QChar c : w)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

int dayFromWord(QStringView w)
{
    QStringView digits = w;
    if (w.size() >= 3 && (w.endsWith(u"st") || w.endsWith(u"nd") || w.endsWith(u"rd") || w.endsWith(u"th")))
        digits = w.chopped(2);
    if (digits.size() > 2 || !allDigits(digits))
        return 0;
    const int d = digits.toInt();
    return d >= 1 && d <= 31 ? d : 0;
}

int yearFromWord(QStringView w)
{
    if (w.size() != 4 || !allDigits(w))
        return 0;
    const int y = w.toInt();
    return y >= 1900 && y <= 2100 ? y : 0;
}

int numberFromWord(QStringView w)
{
    if (allDigits(w) && w.size() <= 3)
        return w.toInt();
    static constexpr QStringView words[]
        = { u"zero",     u"one",     u"two",     u"three",     u"four",     u"five",     u"six",
            u"seven",    u"eight",   u"nine",    u"ten",       u"eleven",   u"twelve",   u"thirteen",
            u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen", u"twenty" };
    if (w.size() > 9 || w.isEmpty())
        return 0;
    // the first letter, in ASCII lower case, rules out most words before any case-insensitive compare
    const char16_t first = w[0].unicode() < 0x80 ? (w[0].unicode() | 0x20) : 0;
    for (int i = 1; i <= 20; ++i) {
        const QStringView word(words[i]);
        if (word.size() == w.size() && word[0] == first && w.compare(word, Qt::CaseInsensitive) == 0)
            return i;
    }
    if ((w.size() == 1 && (w[0] == u'a' || w[0] == u'A')) || (w.size() == 2 && eqi(w, u"an")))
        return 1;
    return 0;
}

/// English units after a number (the scanner reads English words only): days, weeks, months and years count;
/// minutes and hours are times of day, not dates.
DatePrecision unitFromWord(QStringView w, int *multiplier)
{
    *multiplier = 1;
    switch (DateGrammar::timeUnit(w)) {
    case DateGrammar::TimeUnit::Day:
        return DatePrecision::Day;
    case DateGrammar::TimeUnit::Week:
        *multiplier = 7;
        return DatePrecision::Day;
    case DateGrammar::TimeUnit::Month:
        return DatePrecision::Month;
    case DateGrammar::TimeUnit::Year:
        return DatePrecision::Year;
    default:
        return DatePrecision::None;
    }
}

class EnglishScanner
{
public:
    EnglishScanner(QStringView text, const QList<Token> &tokens, const PublicationDate &anchor,
                   QList<DateExpression> &out)
        : m_text(text)
        , m_t(tokens)
        , m_anchor(anchor)
        , m_out(out)
    { }

    void run()
    {
        const int n = int(m_t.size());
        for (int i = 0; i < n; ++i) {
            if (m_t[i].kind != Token::Kind::Word)
                continue;
            const int next = match(i);
            if (next > i)
                i = next - 1;
        }
    }

private:
    QStringView word(int i) const
    {
        if (i < 0 || i >= m_t.size())
            return {};
        const Token &t = m_t[i];
        return m_text.mid(t.start, t.length());
    }
    bool isWord(int i) const { return i >= 0 && i < m_t.size() && m_t[i].kind == Token::Kind::Word; }
    bool is(int i, QStringView w) const
    {
        return isWord(i) && m_t[i].length() == w.size() && word(i).compare(w, Qt::CaseInsensitive) == 0;
    }
    bool isPunct(int i, char16_t c) const
    {
        return i >= 0 && i < m_t.size() && m_t[i].kind == Token::Kind::Punct && m_text[m_t[i].start] == c;
    }
    /// A month word at i, with an abbreviation's full stop; returns the token after it, or -1.
    int monthAt(int i, int *month) const
    {
        if (!isWord(i))
            return -1;
        *month = monthFromWord(word(i));
        if (!*month)
            return -1;
        if (word(i).size() <= 4 && isPunct(i + 1, u'.') && m_t[i + 1].start == m_t[i].end)
            return i + 2;
        return i + 1;
    }

    /// "will open on June 30", "is due to take effect on July 1": the sentence puts the date ahead.
    bool futureBefore(int first) const
    {
        static constexpr QStringView cues[]
            = { u"will", u"shall", u"due", u"scheduled", u"expected", u"slated", u"upcoming", u"plans", u"planned" };
        for (int k = first - 1; k >= 0 && k >= first - 7; --k) {
            if (isPunct(k, u'.') || isPunct(k, u';'))
                break;
            for (const QStringView cue : cues)
                if (is(k, cue))
                    return true;
            if (m_t[k].sentenceStart)
                break;
        }
        return false;
    }

    void add(int first, int last, Meaning m, bool relative)
    {
        if (m.kind == Meaning::Kind::YearlessDate && m.direction == Direction::Nearest && futureBefore(first))
            m.direction = Direction::Future;
        DateExpression e;
        e.start = m_t[first].start;
        e.length = m_t[last].end - e.start;
        e.text = m_text.mid(e.start, e.length).toString();
        e.granularity = m.kind == Meaning::Kind::Unresolvable ? DatePrecision::None : m.granularity;
        e.relative = relative;
        e.resolved = resolve(m, m_anchor);
        m_out.append(e);
    }

    bool yearContext(int i) const
    {
        static constexpr QStringView words[]
            = { u"in",     u"since",   u"by",     u"from",   u"until", u"till",   u"of",      u"during",
                u"before", u"after",   u"early",  u"late",   u"mid",   u"end",    u"through", u"throughout",
                u"around", u"between", u"and",    u"to",     u"year",  u"fiscal", u"circa",   u"for",
                u"summer", u"spring",  u"autumn", u"winter", u"fall" };
        if (!isWord(i))
            return isPunct(i, u'-') || isPunct(i, u'\u2013');
        const QStringView w = word(i);
        if (w.size() > 10)
            return false;
        for (const QStringView candidate : words) {
            if (candidate.size() == w.size() && w.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    /// Tries every pattern at token i; returns the token after the match, or i when nothing matched.
    int match(int i)
    {
        const QStringView w = word(i);
        int month = 0;

        // ISO 2025-01-20 and 2025/1/20
        if (w.size() >= 8 && w.size() <= 10 && w[4] == u'-' && allDigits(w.left(4))) {
            const QDate d = QDate::fromString(w.toString(), Qt::ISODate);
            if (d.isValid()) {
                add(i, i, { Meaning::Kind::Absolute, d.year(), d.month(), d.day() }, false);
                return i + 1;
            }
        }
        // mid-2024, early-2025, mid-May
        for (const QStringView prefix : { QStringView(u"mid-"), QStringView(u"early-"), QStringView(u"late-") }) {
            if (w.size() > prefix.size() && w.startsWith(prefix, Qt::CaseInsensitive)) {
                const QStringView rest = w.mid(prefix.size());
                if (const int m = monthFromWord(rest)) {
                    add(i, i, { Meaning::Kind::YearlessDate, 0, m, 1, 0, Direction::Nearest, DatePrecision::Month },
                        true);
                    return i + 1;
                }
                if (const int y = yearFromWord(rest)) {
                    add(i, i, { Meaning::Kind::Absolute, y, 1, 1, 0, Direction::Nearest, DatePrecision::Year }, false);
                    return i + 1;
                }
            }
        }

        // Month ...
        const int afterMonth = monthAt(i, &month);
        if (afterMonth > 0) {
            int j = afterMonth;
            if (const int day = isWord(j) ? dayFromWord(word(j)) : 0) {
                int k = j + 1;
                if (isPunct(k, u','))
                    ++k;
                if (const int year = isWord(k) ? yearFromWord(word(k)) : 0) {
                    add(i, k, { Meaning::Kind::Absolute, year, month, day }, false);
                    return k + 1;
                }
                Meaning m { Meaning::Kind::YearlessDate, 0, month, day };
                add(i, j, m, true);
                return j + 1;
            }
            int k = j;
            if (is(k, u"of"))
                ++k;
            if (isPunct(k, u','))
                ++k;
            if (const int year = isWord(k) ? yearFromWord(word(k)) : 0) {
                add(i, k, { Meaning::Kind::Absolute, year, month, 1, 0, Direction::Nearest, DatePrecision::Month },
                    false);
                return k + 1;
            }
            if ((is(j, u"last") || is(j, u"this") || is(j, u"next")) && is(j + 1, u"year")) {
                const int yearOffset = is(j, u"last") ? -1 : is(j, u"next") ? 1 : 0;
                add(i, j + 1,
                    { Meaning::Kind::YearlessDate, yearOffset, month, 1, 0, Direction::This, DatePrecision::Month },
                    true);
                return j + 2;
            }
            // a month on its own: after last/this/next, or a preposition; May and March need one
            Direction direction = Direction::Nearest;
            int first = i;
            if (is(i - 1, u"last")) {
                direction = Direction::Past;
                first = i - 1;
            } else if (is(i - 1, u"next")) {
                direction = Direction::Next;
                first = i - 1;
            } else if (is(i - 1, u"this")) {
                direction = Direction::This;
                first = i - 1;
            }
            const bool ambiguous = month == 5 || month == 3 || word(i).size() <= 4;
            if (first != i || yearContext(i - 1) || (!ambiguous && !m_t[i].sentenceStart)) {
                add(first, afterMonth - 1,
                    { Meaning::Kind::YearlessDate, 0, month, 1, 0, direction, DatePrecision::Month }, true);
                return afterMonth;
            }
            return i;
        }

        // Day Month [Year]
        if (const int day = dayFromWord(w)) {
            int j = i + 1;
            if (is(j, u"day") && is(j + 1, u"of")) // "the 1st day of April, 2025"
                ++j;
            if (is(j, u"of"))
                ++j;
            const int afterDayMonth = monthAt(j, &month);
            if (afterDayMonth > 0) {
                int k = afterDayMonth;
                if (isPunct(k, u','))
                    ++k;
                if (const int year = isWord(k) ? yearFromWord(word(k)) : 0) {
                    add(i, k, { Meaning::Kind::Absolute, year, month, day }, false);
                    return k + 1;
                }
                add(i, afterDayMonth - 1, { Meaning::Kind::YearlessDate, 0, month, day }, true);
                return afterDayMonth;
            }
        }

        // a year after a preposition: "in 2022", "since 2019", "mid 2024"
        if (const int year = yearFromWord(w)) {
            if (yearContext(i - 1) && !isPunct(i + 1, u'%')) {
                add(i, i, { Meaning::Kind::Absolute, year, 1, 1, 0, Direction::Nearest, DatePrecision::Year }, false);
                return i + 1;
            }
            return i;
        }

        // last/this/next + year/month/week/weekday/month
        const bool last = eqi(w, u"last") || eqi(w, u"past");
        const bool thisOne = eqi(w, u"this");
        const bool next = eqi(w, u"next");
        if ((last || thisOne || next) && isWord(i + 1)) {
            const int sign = last ? -1 : next ? 1 : 0;
            const QStringView unit = word(i + 1);
            if (eqi(w, u"past"))
                return i; // "the past year" is a stretch of time, not a date
            if (eqi(unit, u"year")) {
                add(i, i + 1,
                    { Meaning::Kind::Offset, 0, 0, 0, sign, Direction::Nearest, DatePrecision::Year,
                      DatePrecision::Year },
                    true);
                return i + 2;
            }
            if (eqi(unit, u"month")) {
                add(i, i + 1,
                    { Meaning::Kind::Offset, 0, 0, 0, sign, Direction::Nearest, DatePrecision::Month,
                      DatePrecision::Month },
                    true);
                return i + 2;
            }
            if (eqi(unit, u"week")) {
                add(i, i + 1,
                    { Meaning::Kind::Offset, 0, 0, 0, 7 * sign, Direction::Nearest, DatePrecision::Day,
                      DatePrecision::Day },
                    true);
                return i + 2;
            }
            if (const int dow = weekdayFromWord(unit)) {
                add(i, i + 1,
                    { Meaning::Kind::Weekday, 0, 0, 0, dow,
                      last       ? Direction::Past
                          : next ? Direction::Next
                                 : Direction::This },
                    true);
                return i + 2;
            }
            // last/this/next + month is matched at the month
            return i;
        }

        if (eqi(w, u"yesterday") || eqi(w, u"today") || eqi(w, u"tomorrow") || eqi(w, u"tonight")) {
            const int offset = eqi(w, u"yesterday") ? -1 : eqi(w, u"tomorrow") ? 1 : 0;
            add(i, i,
                { Meaning::Kind::Offset, 0, 0, 0, offset, Direction::Nearest, DatePrecision::Day, DatePrecision::Day },
                true);
            return i + 1;
        }

        if (const int dow = weekdayFromWord(w)) {
            // "until Tuesday", "by Friday": the next such day; otherwise the latest on or before the anchor
            if (is(i - 1, u"until") || is(i - 1, u"till") || is(i - 1, u"by")) {
                add(i, i, { Meaning::Kind::Weekday, 0, 0, 0, dow, Direction::Nearest }, true);
                DateExpression &e = m_out.last();
                if (m_anchor.isValid() && m_anchor.precision == DatePrecision::Day)
                    e.resolved = truncate(m_anchor.date.addDays((dow - m_anchor.date.dayOfWeek() + 7) % 7),
                                          DatePrecision::Day);
                return i + 1;
            }
            add(i, i, { Meaning::Kind::Weekday, 0, 0, 0, dow, Direction::Nearest }, true);
            return i + 1;
        }

        // vague or fractional amounts relative to another event: "a few days earlier", "five and a half months after"
        {
            int j = i;
            if (eqi(w, u"a") && is(i + 1, u"few"))
                j = i + 2;
            else if (eqi(w, u"several") || eqi(w, u"few"))
                j = i + 1;
            else if (numberFromWord(w) && is(i + 1, u"and") && is(i + 2, u"a") && is(i + 3, u"half"))
                j = i + 4;
            int multiplier = 1;
            if (j > i && isWord(j) && unitFromWord(word(j), &multiplier) != DatePrecision::None && isWord(j + 1)) {
                const QStringView rel = word(j + 1);
                // "a few years ago" is a vague period, not a date; relative to another event it is an event
                if (eqi(rel, u"after") || eqi(rel, u"later") || eqi(rel, u"before") || eqi(rel, u"earlier")) {
                    Meaning m;
                    m.kind = Meaning::Kind::Unresolvable;
                    add(i, j + 1, m, true);
                    return j + 2;
                }
            }
        }

        // N days/weeks/months/years ago | since | after | later | before | earlier
        if (const int amount = numberFromWord(w)) {
            int multiplier = 1;
            const DatePrecision unit = isWord(i + 1) ? unitFromWord(word(i + 1), &multiplier) : DatePrecision::None;
            if (unit != DatePrecision::None && isWord(i + 2)) {
                const QStringView rel = word(i + 2);
                if (eqi(rel, u"ago") || eqi(rel, u"since")) {
                    const int last2 = eqi(rel, u"ago") ? i + 2 : i + 1;
                    add(i, last2,
                        { Meaning::Kind::Offset, 0, 0, 0, -amount * multiplier, Direction::Nearest, unit, unit }, true);
                    return i + 3;
                }
                if (eqi(rel, u"after") || eqi(rel, u"later") || eqi(rel, u"before") || eqi(rel, u"earlier")) {
                    Meaning m;
                    m.kind = Meaning::Kind::Unresolvable;
                    add(i, i + 2, m, true);
                    return i + 3;
                }
            }
        }
        return i;
    }

    QStringView m_text;
    const QList<Token> &m_t;
    PublicationDate m_anchor;
    QList<DateExpression> &m_out;
};

// ---------------------------------------------------------------------------------------------------------
// Chinese

int chineseDigit(char16_t c)
{
    switch (c) {
    case u'〇':
    case u'零':
    case u'○':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        break;
    }
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= 0xFF10 && c <= 0xFF19)
        return c - 0xFF10;
    return -1;
}

bool isNumberChar(char16_t c)
{
    return chineseDigit(c) >= 0 || c == u'十';
}

/// Parses a number at p: Arabic (ASCII or full-width) digits, digit-by-digit Chinese (二〇二五) or Chinese
/// with 十 (二十五). Returns the value and sets *end, or -1.
int parseNumber(QStringView text, qsizetype p, qsizetype *end, bool *arabic = nullptr)
{
    const qsizetype n = text.size();
    qsizetype i = p;
    int value = 0;
    bool sawTen = false;
    int digits = 0;
    const bool isArabic = p < n
        && ((text[p] >= u'0' && text[p] <= u'9') || (text[p].unicode() >= 0xFF10 && text[p].unicode() <= 0xFF19));
    if (arabic)
        *arabic = isArabic;
    if (isArabic) {
        while (i < n && digits < 5) {
            const char16_t c = text[i].unicode();
            if (!((c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19)))
                break;
            value = value * 10 + chineseDigit(c);
            ++digits;
            ++i;
        }
    } else {
        int current = 0;
        while (i < n && digits < 5) {
            const char16_t c = text[i].unicode();
            if (c == u'十') {
                if (sawTen)
                    break;
                sawTen = true;
                value = (current == 0 ? 1 : current) * 10;
                current = 0;
            } else {
                const int d = chineseDigit(c);
                if (d < 0)
                    break;
                if (sawTen)
                    current = d;
                else
                    current = current * 10 + d;
            }
            ++digits;
            ++i;
        }
        value += current;
    }
    if (digits == 0)
        return -1;
    *end = i;
    return value;
}

class ChineseScanner
{
public:
    ChineseScanner(QStringView text, const PublicationDate &anchor, QList<DateExpression> &out)
        : m_text(text)
        , m_anchor(anchor)
        , m_out(out)
    { }

    void run()
    {
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = m_text[i].unicode();
            if (!(unicode::isHan(c) || (c >= 0xFF10 && c <= 0xFF19) || (c >= u'0' && c <= u'9')))
                continue;
            // most characters start no date: only numbers and the first characters of the date words below do
            if (!isNumberChar(c) && !startsDateWord(c))
                continue;
            const qsizetype next = match(i);
            if (next > i)
                i = next - 1;
        }
    }

private:
    char16_t at(qsizetype i) const { return i < m_text.size() ? m_text[i].unicode() : 0; }
    /// The first characters of 去年, 上个月, 昨天, 下周, 星期一, 礼拜天 and the other words match() reads.
    static bool startsDateWord(char16_t c)
    {
        switch (c) {
        case u'去':
        case u'今':
        case u'明':
        case u'前':
        case u'上':
        case u'本':
        case u'这':
        case u'下':
        case u'昨':
        case u'后':
        case u'周':
        case u'星':
        case u'礼':
            return true;
        default:
            return false;
        }
    }
    bool startsWith(qsizetype i, QStringView s) const { return m_text.mid(i).startsWith(s); }

    /// 将于6月30日, 预计明年3月: the sentence puts the date ahead.
    bool futureBefore(qsizetype start) const
    {
        static const QString sentenceEnds = u"。！？；!?;\n"_s;
        qsizetype from = start;
        while (from > 0 && start - from < 12 && !sentenceEnds.contains(m_text[from - 1]))
            --from;
        const QStringView before = m_text.mid(from, start - from);
        for (const QStringView cue : { u"将", u"预计", u"计划", u"拟于", u"定于", u"即将" })
            if (before.contains(cue))
                return true;
        return false;
    }

    void add(qsizetype start, qsizetype end, Meaning m, bool relative)
    {
        if (m.kind == Meaning::Kind::YearlessDate && m.direction == Direction::Nearest && futureBefore(start))
            m.direction = Direction::Future;
        DateExpression e;
        e.start = start;
        e.length = end - start;
        e.text = m_text.mid(start, end - start).toString();
        e.granularity = m.kind == Meaning::Kind::Unresolvable ? DatePrecision::None : m.granularity;
        e.relative = relative;
        e.resolved = resolve(m, m_anchor);
        m_out.append(e);
    }

    /// Past the spaces some sites put between numbers and 年, 月, 日: "2024 年 10 月 30 日".
    qsizetype skipSpaces(qsizetype p) const
    {
        qsizetype q = p;
        while (q < m_text.size() && q - p < 2 && (at(q) == u' ' || at(q) == u'\u3000' || at(q) == u'\u00a0'))
            ++q;
        return q;
    }

    /// After a month at p (number + 月), an optional day: sets *day and returns the end.
    qsizetype dayAfter(qsizetype p, int *day) const
    {
        p = skipSpaces(p);
        qsizetype end = 0;
        const int d = parseNumber(m_text, p, &end);
        end = skipSpaces(end);
        if (d >= 1 && d <= 31 && (at(end) == u'日' || at(end) == u'号')) {
            *day = d;
            return end + 1;
        }
        *day = 0;
        return p;
    }

    /// Month (and day) after p: "5月", "5月20日". Returns the end or p.
    qsizetype monthAfter(qsizetype p, int *month, int *day) const
    {
        p = skipSpaces(p);
        qsizetype end = 0;
        const int m = parseNumber(m_text, p, &end);
        end = skipSpaces(end);
        if (m >= 1 && m <= 12 && at(end) == u'月') {
            *month = m;
            return dayAfter(end + 1, day);
        }
        *month = 0;
        *day = 0;
        return p;
    }

    qsizetype match(qsizetype i)
    {
        const char16_t c = at(i);
        // numbers: a year, a month, a day, or an amount before 前
        if (isNumberChar(c) && !(i > 0 && (isNumberChar(at(i - 1)) || at(i - 1) == u'.'))) {
            qsizetype end = 0;
            bool arabic = false;
            const int value = parseNumber(m_text, i, &end, &arabic);
            if (value < 0)
                return i;
            if (arabic && value >= 1900 && value <= 2100 && at(end) != u'年' && at(skipSpaces(end)) == u'年')
                end = skipSpaces(end); // "2024 年 10 月 30 日"
            if (value >= 1900 && value <= 2100 && at(end) == u'年') {
                int month = 0;
                int day = 0;
                const qsizetype after = monthAfter(end + 1, &month, &day);
                if (month && day)
                    add(i, after, { Meaning::Kind::Absolute, value, month, day }, false);
                else if (month)
                    add(i, after,
                        { Meaning::Kind::Absolute, value, month, 1, 0, Direction::Nearest, DatePrecision::Month },
                        false);
                else
                    add(i, end + 1,
                        { Meaning::Kind::Absolute, value, 1, 1, 0, Direction::Nearest, DatePrecision::Year }, false);
                return std::max(after, end + 1);
            }
            if (value >= 1 && value <= 12 && at(end) == u'月' && at(end + 1) != u'份') {
                int day = 0;
                const qsizetype after = dayAfter(end + 1, &day);
                if (day)
                    add(i, after, { Meaning::Kind::YearlessDate, 0, value, day }, true);
                else
                    add(i, end + 1,
                        { Meaning::Kind::YearlessDate, 0, value, 1, 0, Direction::Nearest, DatePrecision::Month },
                        true);
                return std::max(after, end + 1);
            }
            if (value >= 1 && value <= 12 && at(end) == u'月') {
                add(i, end + 2,
                    { Meaning::Kind::YearlessDate, 0, value, 1, 0, Direction::Nearest, DatePrecision::Month }, true);
                return end + 2;
            }
            if (arabic && value >= 1 && value <= 31 && at(end) == u'日') {
                add(i, end + 1, { Meaning::Kind::YearlessDate, 0, 0, value }, true);
                // the month is the anchor's
                m_out.last().resolved = m_anchor.isValid() && m_anchor.precision != DatePrecision::Year
                    ? make(m_anchor.date.year(), m_anchor.date.month(), value, DatePrecision::Day)
                    : PublicationDate {};
                return end + 1;
            }
            // N天前, N个月前, N年前, N周前
            if (value >= 1 && value < 100) {
                qsizetype u = end;
                DatePrecision unit = DatePrecision::None;
                int multiplier = 1;
                if (at(u) == u'天' || at(u) == u'日') {
                    unit = DatePrecision::Day;
                    ++u;
                } else if (at(u) == u'个' && at(u + 1) == u'月') {
                    unit = DatePrecision::Month;
                    u += 2;
                } else if (at(u) == u'年') {
                    unit = DatePrecision::Year;
                    ++u;
                } else if (at(u) == u'周' || (at(u) == u'个' && at(u + 1) == u'星' && at(u + 2) == u'期')) {
                    unit = DatePrecision::Day;
                    multiplier = 7;
                    u += at(u) == u'周' ? 1 : 3;
                }
                if (unit != DatePrecision::None && at(u) == u'多' && at(u + 1) == u'前')
                    ++u; // 一周多前: a little over a week ago
                if (unit != DatePrecision::None && at(u) == u'前') {
                    add(i, u + 1,
                        { Meaning::Kind::Offset, 0, 0, 0, -value * multiplier, Direction::Nearest, unit, unit }, true);
                    return u + 1;
                }
            }
            return i;
        }

        // 去年/今年/明年/前年 [+ 月 [+ 日]]
        int yearOffset = 2;
        if (startsWith(i, u"去年"))
            yearOffset = -1;
        else if (startsWith(i, u"今年"))
            yearOffset = 0;
        else if (startsWith(i, u"明年"))
            yearOffset = 1;
        else if (startsWith(i, u"前年"))
            yearOffset = -2;
        if (yearOffset != 2) {
            int month = 0;
            int day = 0;
            const qsizetype after = monthAfter(i + 2, &month, &day);
            if (month) {
                Meaning m { Meaning::Kind::YearlessDate,
                            yearOffset,
                            month,
                            day ? day : 1,
                            0,
                            Direction::This,
                            day ? DatePrecision::Day : DatePrecision::Month };
                add(i, after, m, true);
                return after;
            }
            add(i, i + 2,
                { Meaning::Kind::Offset, 0, 0, 0, yearOffset, Direction::Nearest, DatePrecision::Year,
                  DatePrecision::Year },
                true);
            return i + 2;
        }

        // 上个月, 上月, 本月, 这个月, 下个月, 下月 [+ 日]
        static const struct
        {
            QStringView word;
            int offset;
        } months[] = { { u"上个月", -1 }, { u"上月", -1 },  { u"本月", 0 },
                       { u"这个月", 0 },  { u"下个月", 1 }, { u"下月", 1 } };
        for (const auto &entry : months) {
            const QStringView word(entry.word);
            if (!startsWith(i, word))
                continue;
            const qsizetype end = i + word.size();
            int day = 0;
            const qsizetype after = dayAfter(end, &day);
            if (day) {
                add(i, after,
                    { Meaning::Kind::Offset, 0, 0, 0, entry.offset, Direction::Nearest, DatePrecision::Month,
                      DatePrecision::Month },
                    true);
                DateExpression &e = m_out.last();
                e.granularity = DatePrecision::Day;
                if (e.resolved.isValid())
                    e.resolved = make(e.resolved.date.year(), e.resolved.date.month(), day, DatePrecision::Day);
                return after;
            }
            add(i, end,
                { Meaning::Kind::Offset, 0, 0, 0, entry.offset, Direction::Nearest, DatePrecision::Month,
                  DatePrecision::Month },
                true);
            return end;
        }

        // 昨天, 今天, 明天, 前天 ...
        static const struct
        {
            QStringView word;
            int offset;
        } days[] = { { u"昨天", -1 }, { u"昨日", -1 }, { u"今天", 0 }, { u"今日", 0 },
                     { u"明天", 1 },  { u"前天", -2 }, { u"后天", 2 } };
        for (const auto &entry : days) {
            const QStringView word(entry.word);
            if (!startsWith(i, word))
                continue;
            if (startsWith(i, u"今日头条"))
                return i + 4;
            add(i, i + word.size(),
                { Meaning::Kind::Offset, 0, 0, 0, entry.offset, Direction::Nearest, DatePrecision::Day,
                  DatePrecision::Day },
                true);
            return i + word.size();
        }

        // 上周, 本周, 下周 [+ weekday]; 周一, 星期一, 礼拜一
        Direction direction = Direction::Nearest;
        qsizetype p = i;
        bool weekWord = false;
        for (const auto &[word, dir] :
             { std::pair { QStringView(u"上周"), Direction::Past },
               std::pair { QStringView(u"上星期"), Direction::Past },
               std::pair { QStringView(u"本周"), Direction::This }, std::pair { QStringView(u"这周"), Direction::This },
               std::pair { QStringView(u"下周"), Direction::Next },
               std::pair { QStringView(u"下星期"), Direction::Next } }) {
            if (startsWith(i, word)) {
                direction = dir;
                p = i + word.size();
                weekWord = true;
                break;
            }
        }
        if (!weekWord) {
            if (c == u'周')
                p = i + 1;
            else if (startsWith(i, u"星期") || startsWith(i, u"礼拜"))
                p = i + 2;
            else
                return i;
        }
        int dow = 0;
        switch (at(p)) {
        case u'一':
            dow = 1;
            break;
        case u'二':
            dow = 2;
            break;
        case u'三':
            dow = 3;
            break;
        case u'四':
            dow = 4;
            break;
        case u'五':
            dow = 5;
            break;
        case u'六':
            dow = 6;
            break;
        case u'日':
        case u'天':
            dow = 7;
            break;
        default:
            break;
        }
        // 周一 on its own: not 周年, 周期 (those never reach here), and not 一周 (a week)
        if (dow && !(dow == 1 && at(p + 1) == u'周')) {
            Meaning m { Meaning::Kind::Weekday, 0, 0, 0, dow, Direction::Nearest };
            if (direction == Direction::Past) {
                // 上周三: Wednesday of the previous week
                if (m_anchor.isValid() && m_anchor.precision == DatePrecision::Day) {
                    const QDate a = m_anchor.date;
                    const QDate monday = a.addDays(-(a.dayOfWeek() - 1) - 7);
                    add(i, p + 1, m, true);
                    m_out.last().resolved = truncate(monday.addDays(dow - 1), DatePrecision::Day);
                    return p + 1;
                }
            } else if (direction == Direction::Next || direction == Direction::This) {
                if (m_anchor.isValid() && m_anchor.precision == DatePrecision::Day) {
                    const QDate a = m_anchor.date;
                    const QDate monday = a.addDays(-(a.dayOfWeek() - 1) + (direction == Direction::Next ? 7 : 0));
                    add(i, p + 1, m, true);
                    m_out.last().resolved = truncate(monday.addDays(dow - 1), DatePrecision::Day);
                    return p + 1;
                }
            }
            add(i, p + 1, m, true);
            if (direction != Direction::Nearest)
                m_out.last().resolved = {};
            return p + 1;
        }
        if (weekWord) {
            const int offset = direction == Direction::Past ? -7 : direction == Direction::Next ? 7 : 0;
            add(i, p,
                { Meaning::Kind::Offset, 0, 0, 0, offset, Direction::Nearest, DatePrecision::Day, DatePrecision::Day },
                true);
            return p;
        }
        return i;
    }

    QStringView m_text;
    PublicationDate m_anchor;
    QList<DateExpression> &m_out;
};

bool hasHan(QStringView text)
{
    for (const QChar c : text)
        if (unicode::isHan(c.unicode()))
            return true;
    return false;
}

} // namespace

QList<DateExpression> find(QStringView text, const QList<Token> &tokens, const PublicationDate &anchor)
{
    QList<DateExpression> out;
    EnglishScanner(text, tokens, anchor, out).run();
    if (hasHan(text))
        ChineseScanner(text, anchor, out).run();
    std::sort(out.begin(), out.end(),
              [](const DateExpression &a, const DateExpression &b) { return a.start < b.start; });
    // overlapping matches (an English scan inside Chinese text): keep the longer
    QList<DateExpression> kept;
    kept.reserve(out.size());
    for (const DateExpression &e : out) {
        if (!kept.isEmpty() && e.start < kept.last().end()) {
            if (e.length > kept.last().length)
                kept.last() = e;
            continue;
        }
        kept.append(e);
    }
    return kept;
}

QList<DateExpression> find(QStringView text, const PublicationDate &anchor)
{
    return find(text, Tokenizer::tokenize(text), anchor);
}

} // namespace casebook::DateFinder
