// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmetadatafinder.h"

#include "boilerplatephrases.h"
#include "datetextparser.h"
#include "util/dategrammar.h"
#include "util/unicodescript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

constexpr qsizetype headLines = 8;
constexpr qsizetype footLines = 3;
constexpr qsizetype metadataLineLength = 160;

enum class LineKind { Text, Metadata, Widget };

struct Found
{
    QString title, source, author;
    std::optional<PublicationDate> published;
    MetadataOrigin publishedOrigin = MetadataOrigin::None;
    int publishedRank = 0; ///< higher wins: labelled > with source/byline > bare > relative
    std::optional<PublicationDate> updated;
    /// The month and day of a dateline without a year ("新华社北京3月10日电"), dated by a year stated elsewhere.
    std::optional<PublicationDate> datelineMonthDay;

    void offerDate(const std::optional<PublicationDate> &date, int rank, MetadataOrigin origin)
    {
        if (date && rank > publishedRank) {
            published = date;
            publishedRank = rank;
            publishedOrigin = origin;
        }
    }
    void offerSource(const QString &value)
    {
        const QString s = value.trimmed();
        if (source.isEmpty() && !s.isEmpty() && s.size() <= 60)
            source = s;
    }
    void offerAuthor(const QString &value)
    {
        QString a = value.trimmed();
        // "Ruth Abiodun, Markets Reporter": the name without the role.
        static const QRegularExpression role(
            uR"(\s*[,|–—-]\s*[\w\s]*\b(reporter|correspondent|editor|writer|journalist|columnist|analyst|staff|contributor|bureau chief)s?\b.*$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        a.remove(role);
        if (author.isEmpty() && !a.isEmpty() && a.size() <= 100)
            author = a;
    }
};

/// "2 days ago", "19 minutes ago", "yesterday", "3天前", "昨天": the date it names, counted back from `now`.
std::optional<PublicationDate> relativeDate(const QString &amount, const QString &unit, const QDateTime &now)
{
    bool ok = false;
    int n = amount.toInt(&ok);
    if (!ok)
        n = 1; // "a day ago", "an hour ago"
    return DateGrammar::countBack(n, DateGrammar::timeUnit(unit), now);
}

QString stripSeparators(QString text)
{
    static const QRegularExpression edges(uR"(^[\s|·•,，:：\-–—]+|[\s|·•,，:：\-–—]+$)"_s);
    text.remove(edges);
    return text;
}

/// Names in a byline: "Mara Ellison", "Jon Tarrant and Wei Shan", "Li Jin, Zhou Ping"; stops at a source or a
/// date ("By X, Reuters | March 3, 2025" gives X, and the rest is returned in `rest`).
QString bylineNames(const QString &text, QString *rest)
{
    static const QRegularExpression namePattern(
        uR"(^((?:[\p{Lu}][\p{L}.'’-]*\.?)(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|bin|al|la|le))*)"
        uR"((?:\s*(?:,|and|&)\s*(?:[\p{Lu}][\p{L}.'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*)+)*))"_s);
    const auto match = namePattern.match(text);
    if (!match.hasMatch())
        return {};
    QString names = match.captured(1).trimmed();
    QString after = text.mid(match.capturedEnd());
    // "A and B, Harbour Ledger": once names were joined with "and", a comma part after them is the source.
    static const QRegularExpression joined(uR"(\s(?:and|&)\s)"_s);
    const auto lastAnd = joined.match(names);
    if (lastAnd.hasMatch()) {
        const qsizetype comma = names.indexOf(u',', lastAnd.capturedEnd());
        if (comma > 0) {
            after = names.mid(comma) + after;
            names = names.left(comma).trimmed();
        }
    }
    if (rest)
        *rest = after;
    return names;
}

/// Two or three capitalised words and nothing that names an organisation: "Daniel Park", "Mary-Ann de Souza".
bool looksLikePersonName(const QString &text)
{
    static const QRegularExpression shape(
        uR"(^[\p{Lu}][\p{L}'’.-]+(?:\s+(?:de|van|von|bin|al)?\s*[\p{Lu}][\p{L}'’.-]+){1,2}$)"_s);
    if (!shape.match(text.trimmed()).hasMatch())
        return false;
    static const QRegularExpression organisation(
        uR"(\b(times|news|daily|post|review|wire|service|agency|press|journal|herald|asia|china|insight|briefing|)"
        uR"(ledger|observer|tribune|monitor|weekly|magazine|media|network|online|tv|radio|group|reuters|xinhua|)"
        uR"(bloomberg|report|today|world|global|tech|health|business|finance|markets?|home|industry|technology|)"
        uR"(newsletter|editor|desk|staff|team|policy|lens|pulse|digital)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !organisation.match(text).hasMatch();
}

bool isReadingAid(const QString &part)
{
    static const QRegularExpression pattern(
        uR"(^(\d+\s*(min|mins|minutes?)(\s*read)?|reading time.*|listen to this article.*|\d+\s*comments?|)"
        uR"(comments?\s*\(?\d*\)?|share|print|updated|阅读\s*\d+|\d+\s*分钟)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(part.trimmed()).hasMatch();
}

/// Words, counting a run of CJK characters as one word per two characters.
qsizetype wordCount(const QString &text)
{
    qsizetype words = 0, cjk = 0;
    static const QRegularExpression whitespace(u"\\s+"_s);
    for (const QString &word : text.split(whitespace, Qt::SkipEmptyParts)) {
        qsizetype han = 0;
        for (qsizetype i = 0; i < word.size(); ++i)
            han += unicode::isHan(unicode::codePointAt(word, i));
        if (han)
            cjk += han;
        else
            ++words;
    }
    return words + (cjk + 1) / 2;
}

/// A dateline: where and when a story was filed, and by whom, at the head of the text or of its first paragraph:
/// "BEIJING, March 12, 2025 (Reuters) -", "March 12, 2025 — Beijing", "2025年3月10日 新华社电",
/// "新华社北京3月10日电（记者 张三）", "2024 年 10 月 30 日 香港電".
struct Dateline
{
    std::optional<PublicationDate> date; ///< with its year
    /// "新华社北京3月10日电": a month and day (in year 2000) that need a year stated elsewhere in the text
    std::optional<PublicationDate> monthDay;
    QString agency; ///< "Reuters", "新华社"; empty when only a place is named
    bool wholeLine = false; ///< nothing follows: the line is metadata; otherwise the article's first sentence does
};

std::optional<Dateline> readDateline(const QString &line)
{
    // The date nearest the start, with or without its year; it must come early.
    const auto full = DateTextParser::locate(line);
    const auto partial = DateTextParser::locateMonthDay(line);
    const bool yearless = partial && (!full || partial->start < full->start);
    const auto at = yearless ? partial : full;
    if (!at || at->start > 40)
        return std::nullopt;
    const QString before = line.left(at->start).trimmed();
    const QString after = line.mid(at->start + at->length);

    if (at->date.precision != DatePrecision::Day)
        return std::nullopt; // "Alibaba, March 2025: …" is a heading, not a dateline
    Dateline dateline;
    (yearless ? dateline.monthDay : dateline.date) = at->date;

    // Chinese: the place or agency, then 电 (Traditional 電): "新华社北京3月10日电", "2025年3月10日 新华社电".
    static const QRegularExpression hanPrefix(uR"(^\p{Han}{2,12}$)"_s);
    static const QRegularExpression hanFiled(
        uR"(^[\s,，]*(\p{Han}{0,12}?)[电電](?=$|[\s（(：:—])\s*(?:[（(][^）)]{0,30}[）)])?\s*(.*)$)"_s);
    static const QRegularExpression agencyAtStart(uR"(^(\p{Han}{1,6}?(?:通讯社|通訊社|社|网|網)))"_s);
    if (const auto m = hanFiled.match(after);
        m.hasMatch() && (before.isEmpty() || hanPrefix.match(before).hasMatch())) {
        if (!before.isEmpty() && !m.capturedView(1).isEmpty())
            return std::nullopt; // 新华社北京3月10日 … 电 is a sentence, not a dateline
        const QString filedBy = before.isEmpty() ? m.captured(1) : before;
        if (const auto agency = agencyAtStart.match(filedBy); agency.hasMatch())
            dateline.agency = agency.captured(1);
        dateline.wholeLine = m.capturedView(2).trimmed().isEmpty();
        return dateline;
    }

    // English: "BEIJING, March 12, 2025 (Reuters) - lead", "Hong Kong, 12 March 2025", "March 12, 2025 — Beijing".
    static const QRegularExpression place(uR"(^(\p{Lu}[\p{L}.'’-]*(?:[\s/]+\p{Lu}[\p{L}.'’-]*){0,3})\s*,?$)"_s);
    static const QRegularExpression notPlace(
        uR"(^(on|in|by|at|as|from|since|until|till|before|after|updated|published|posted|date|dated)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression agencyThenLead(uR"(^\s*(?:\(([^()]{2,40})\))?\s*(?:(?:[-–—:]+)\s*(.*))?$)"_s);
    static const QRegularExpression placeAfter(
        uR"(^\s*[-–—,]\s*\p{Lu}[\p{L}.'’-]*(?:[\s/]+\p{Lu}[\p{L}.'’-]*){0,3}\s*$)"_s);
    const bool placeBefore = !before.isEmpty() && place.match(before).hasMatch() && !notPlace.match(before).hasMatch()
        && DateGrammar::weekdayFromName(before.section(u',', 0, 0)) == 0;
    if (!before.isEmpty() && !placeBefore)
        return std::nullopt;
    if (before.isEmpty() && placeAfter.match(after).hasMatch()) {
        dateline.wholeLine = true;
        return dateline;
    }
    const auto m = agencyThenLead.match(after);
    if (!m.hasMatch())
        return std::nullopt;
    dateline.agency = m.captured(1).trimmed();
    if (!placeBefore && dateline.agency.isEmpty())
        return std::nullopt; // a date alone, or a date and a dash: the other readers' lines
    dateline.wholeLine = m.capturedView(2).trimmed().isEmpty();
    return dateline;
}

class LineReader
{
public:
    LineReader(Found &found, const TextMetadataFinder::Times &times)
        : m_found(found)
        , m_fileTime(times.fileTime)
        , m_savedAt(times.savedAt)
    { }

    /// Reads one line near the top or the bottom of the text; says whether it is metadata only.
    LineKind read(const QString &line, bool aboveTitle);
    /// A line of short parts between separators: "The Asia Briefing | Technology | 1 July 2025",
    /// "Nadia Kerr • 26 February 2025 • Digital Health", "Wheels Asia > Industry > China",
    /// "新经济参考　2023年11月11日　记者 许诺", "Asia Wire Service | 2 hours ago | 3 min read".
    LineKind readParts(const QString &line);

private:
    void offerDateline(const Dateline &dateline)
    {
        if (dateline.date)
            m_found.offerDate(dateline.date, 4, MetadataOrigin::TextPattern);
        else if (!m_found.datelineMonthDay)
            m_found.datelineMonthDay = dateline.monthDay;
        if (!dateline.agency.isEmpty())
            m_found.offerSource(dateline.agency);
    }

    bool isFileDay(const PublicationDate &date) const
    {
        return m_fileTime.isValid() && date.precision == DatePrecision::Day
            && qAbs(date.date.daysTo(m_fileTime.date())) <= 1;
    }

    Found &m_found;
    QDateTime m_fileTime;
    QDateTime m_savedAt;
};

LineKind LineReader::read(const QString &line, bool aboveTitle)
{
    if (line.size() > metadataLineLength) {
        // A long first paragraph may open with its dateline: "BEIJING, March 12, 2025 (Reuters) - China's …".
        // Only its head is read: the date must stand in the first few words.
        if (const auto dateline = readDateline(line.left(metadataLineLength)))
            offerDateline(*dateline);
        return LineKind::Text;
    }

    static const QRegularExpression today(uR"(\b(today|today's date|current date)\b|今天|今日|当前日期)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (today.match(line).hasMatch() && DateTextParser::find(line) && line.size() <= 80)
        return LineKind::Widget;

    // Source glued to a relative date: "Mint2 days ago", "Reuters · 3 hours ago", "新华社 2天前".
    static const QRegularExpression relative(
        uR"(^(.{0,60}?)\s*(?:updated\s*)?(\d+|an?|one)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relativeZh(uR"(^(.{0,30}?)\s*(\d+)\s*(分钟|小时|天|周|星期|个月|年)前$)"_s);
    static const QRegularExpression yesterday(uR"(^(.{0,60}?)\s*(yesterday|昨天)\b.*$)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *pattern : { &relative, &relativeZh }) {
        if (const auto m = pattern->match(line); m.hasMatch()) {
            m_found.offerSource(stripSeparators(m.captured(1)));
            m_found.offerDate(relativeDate(m.captured(2), m.captured(3), m_savedAt), 1, MetadataOrigin::Estimated);
            return LineKind::Metadata;
        }
    }
    if (line.size() <= 60) {
        if (const auto m = yesterday.match(line); m.hasMatch() && !DateTextParser::find(line)) {
            m_found.offerSource(stripSeparators(m.captured(1)));
            m_found.offerDate(relativeDate(u"1"_s, u"day"_s, m_savedAt), 1, MetadataOrigin::Estimated);
            return LineKind::Metadata;
        }
    }

    // Labelled dates: "Date: 28 Feb 2024 [China]", "Published on March 3, 2025", "Updated: …".
    static const QRegularExpression labelled(
        uR"(^(date|dated|published|publication date|posted|first published|updated|last updated|modified)\s*(on|at)?\s*[:：]?\s*(.+)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = labelled.match(line); m.hasMatch()) {
        if (const auto date = DateTextParser::find(m.captured(3))) {
            const QString label = m.captured(1).toLower();
            if (label.contains(u"updated"_s) || label == u"modified")
                m_found.updated = m_found.updated ? m_found.updated : date;
            else
                m_found.offerDate(date, 5, MetadataOrigin::TextPattern);
            return LineKind::Metadata;
        }
    }

    // Chinese key-value lines: "来源：人民网  作者：张三  发布时间：2025-02-18 09:30".
    static const QRegularExpression chineseKey(
        uR"((本文来源|来源|來源|作者|记者|記者|撰文|文|发布时间|發佈時間|發布時間|发布日期|發佈日期|时间|時間|日期|)"
        uR"(责任编辑|責任編輯|编辑|編輯|稿源|出处|出處)\s*[:：]\s*)"_s);
    if (chineseKey.match(line).hasMatch()) {
        QRegularExpressionMatchIterator it = chineseKey.globalMatch(line);
        QList<QRegularExpressionMatch> keys;
        while (it.hasNext())
            keys.append(it.next());
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const qsizetype end = k + 1 < keys.size() ? keys[k + 1].capturedStart() : line.size();
            const QString value = line.mid(keys[k].capturedEnd(), end - keys[k].capturedEnd()).trimmed();
            const QString key = keys[k].captured(1);
            // A value ends at the next separator: "来源：新华网 | 2025-02-24", "作者：韩笑　2024年05月15日".
            static const QRegularExpression valueEnd(uR"([|｜\s　，,。;；【]+)"_s);
            const QString firstWord = value.section(valueEnd, 0, 0, QString::SectionSkipEmpty);
            if (key.contains(u"源"_s) || key.startsWith(u"出"_s))
                m_found.offerSource(firstWord);
            else if (key == u"作者" || key == u"记者" || key == u"記者" || key == u"撰文" || key == u"文")
                m_found.offerAuthor(firstWord);
            else if (key.contains(u"时间"_s) || key.contains(u"時間"_s) || key.contains(u"日期"_s))
                m_found.offerDate(DateTextParser::find(value), 4, MetadataOrigin::TextPattern);
            else
                continue;
            // Other parts of the line may carry a date: "作者：韩笑　2024年05月15日 21:08".
            if (const auto date = DateTextParser::find(value.mid(firstWord.size())))
                m_found.offerDate(date, 4, MetadataOrigin::TextPattern);
        }
        // "记者 陈静" written without a colon, beside keys that have one.
        static const QRegularExpression reporter(uR"((?:记者|記者|撰文)[ \t]+([^\s　|｜，,。【]{2,12}))"_s);
        if (const auto m = reporter.match(line); m.hasMatch())
            m_found.offerAuthor(m.captured(1));
        if (keys.first().capturedStart() > 0) {
            // A date before the first key: "2025-02-18 09:30 来源：人民网".
            m_found.offerDate(DateTextParser::find(line.left(keys.first().capturedStart())), 4,
                              MetadataOrigin::TextPattern);
        }
        return LineKind::Metadata;
    }

    if (const auto dateline = readDateline(line)) {
        offerDateline(*dateline);
        return dateline->wholeLine ? LineKind::Metadata : LineKind::Text;
    }

    if (const LineKind kind = readParts(line); kind != LineKind::Text)
        return kind;

    // Bylines: "By Mara Ellison", "By A and B, Reuters", "By X | March 3, 2025".
    static const QRegularExpression byline(uR"(^(?:by|written by|words by)\s+(.+)$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const bool sentenceLike = line.endsWith(u'.') && line.split(u' ', Qt::SkipEmptyParts).size() > 5;
    if (const auto m = byline.match(line); m.hasMatch() && !sentenceLike && line.size() <= 100) {
        QString rest;
        const QString names = bylineNames(m.captured(1), &rest);
        if (!names.isEmpty()) {
            m_found.offerAuthor(names);
            if (const auto date = DateTextParser::find(rest)) {
                m_found.offerDate(date, 4, MetadataOrigin::TextPattern);
            } else {
                const QString source = stripSeparators(rest);
                if (!source.isEmpty() && source.size() <= 40 && !source.contains(u'.'))
                    m_found.offerSource(source);
            }
            return LineKind::Metadata;
        }
    }

    // A date, then the byline: "Monday March 3, 2025 10:05 am PST by Ann Lee".
    static const QRegularExpression dateThenByline(uR"(^(.+?)\s+by\s+(\p{Lu}.+)$)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    if (const auto m = dateThenByline.match(line); m.hasMatch() && line.size() <= 120) {
        if (const auto date = DateTextParser::parseWhole(m.captured(1))) {
            QString rest;
            const QString names = bylineNames(m.captured(2), &rest);
            if (!names.isEmpty() && stripSeparators(rest).isEmpty()) {
                m_found.offerAuthor(names);
                m_found.offerDate(date, 4, MetadataOrigin::TextPattern);
                return LineKind::Metadata;
            }
        }
    }

    // A line that is only a date, possibly with a source: "March 3, 2025", "Reuters | March 3, 2025",
    // "March 3, 2025 · Reuters".
    if (line.size() <= 80) {
        static const QRegularExpression split(uR"(\s*[|·•]\s*|\s+[-–—]\s+)"_s);
        const QStringList parts = line.split(split, Qt::SkipEmptyParts);
        std::optional<PublicationDate> date;
        QString other;
        int others = 0;
        for (const QString &part : parts) {
            if (!date) {
                if (auto d = DateTextParser::parseWhole(part)) {
                    date = d;
                    continue;
                }
            }
            other = part;
            ++others;
        }
        if (date && others <= 1) {
            if (others == 0 && aboveTitle && isFileDay(*date))
                return LineKind::Widget; // the site's "today", shown on the day the page was saved
            if (others == 1) {
                if (other.size() > 40 || other.split(u' ').size() > 5)
                    return LineKind::Text;
                m_found.offerSource(other);
            }
            m_found.offerDate(date, others ? 4 : 3, MetadataOrigin::TextPattern);
            return LineKind::Metadata;
        }
    }
    return LineKind::Text;
}

LineKind LineReader::readParts(const QString &line)
{
    static const QRegularExpression separators(uR"(\s*[|｜•·>›»]\s*|\s+[–—-]\s+|　+|\s{2,})"_s);
    static const QRegularExpression crumbSeparator(uR"(\s[>›»]\s)"_s);
    const bool breadcrumb = line.contains(crumbSeparator);
    QStringList parts;
    for (const QString &part : line.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    if (parts.size() < 2)
        return LineKind::Text;
    for (const QString &part : std::as_const(parts))
        if (wordCount(part) > 8)
            return LineKind::Text;

    std::optional<PublicationDate> date;
    MetadataOrigin dateOrigin = MetadataOrigin::TextPattern;
    QString author, source;
    int metadataParts = 0;
    QStringList others;
    static const QRegularExpression relative(
        uR"(^(\d+|an?|one)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$|^(\d+)\s*(分钟|小时|天|周|个月|年)前$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression byPrefix(uR"(^(?:by|记者|記者|作者|撰文|文)\s*[:：]?\s*(.+)$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : std::as_const(parts)) {
        if (!date) {
            if (auto d = DateTextParser::parseWhole(part)) {
                date = d;
                ++metadataParts;
                continue;
            }
            if (const auto m = relative.match(part); m.hasMatch()) {
                date = m.capturedLength(1) ? relativeDate(m.captured(1), m.captured(2), m_savedAt)
                                           : relativeDate(m.captured(3), m.captured(4), m_savedAt);
                if (date)
                    dateOrigin = MetadataOrigin::Estimated;
                ++metadataParts;
                continue;
            }
        }
        if (isReadingAid(part)) {
            ++metadataParts;
            continue;
        }
        if (const auto m = byPrefix.match(part); m.hasMatch() && author.isEmpty()) {
            const QString name = m.captured(1).trimmed();
            if (wordCount(name) <= 4) {
                author = name;
                ++metadataParts;
                continue;
            }
        }
        if (author.isEmpty() && looksLikePersonName(part)) {
            author = part;
            ++metadataParts;
            continue;
        }
        others.append(part);
    }
    static const QRegularExpression home(uR"(^(home|首页|首頁|主页)$)"_s, QRegularExpression::CaseInsensitiveOption);
    const bool navigation = others.size() >= 3 && metadataParts == 0;
    if (metadataParts == 0 && !breadcrumb && !navigation)
        return LineKind::Text;
    // The publication is the first free part when it leads the line: "Asia Wire Service | 2 hours ago".
    if (!others.isEmpty() && parts.first() == others.first() && !home.match(others.first()).hasMatch()) {
        if (!navigation || (others.size() > 1 && home.match(others[1]).hasMatch()) || breadcrumb)
            source = others.first();
    }
    if (navigation && source.isEmpty() && others.first().contains(u'　'))
        source = others.first().section(u'　', 0, 0);
    if (date)
        m_found.offerDate(date, dateOrigin == MetadataOrigin::Estimated ? 1 : 4, dateOrigin);
    if (!author.isEmpty())
        m_found.offerAuthor(author);
    if (!source.isEmpty())
        m_found.offerSource(source);
    return LineKind::Metadata;
}

/// A publication's name on a line of its own: a few words in title case, or a few CJK characters.
bool looksLikeSiteName(const QString &line)
{
    if (BoilerplatePhrases::endsSentence(line) || wordCount(line) > 4)
        return false;
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList words = line.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QChar first = word.front();
        if (first.isLetter() && first.isLower())
            return false;
    }
    return true;
}

/// A headline: short, not a sentence, not a label.
bool looksLikeTitle(const QString &line)
{
    if (line.size() < 4 || line.size() > 200)
        return false;
    const qsizetype words = line.split(u' ', Qt::SkipEmptyParts).size();
    if (line.endsWith(u'.') && words > 12)
        return false;
    if (line.endsWith(u'。') || line.endsWith(u'：') || line.endsWith(u':'))
        return false;
    return words <= 30;
}

/// "新华社北京3月10日电" names no year: it dates the article to the day only when the text states the year elsewhere
/// (a published date of month or year precision that agrees, or the date it was updated), never by guessing.
void datelineWithStatedYear(Found &found)
{
    if (!found.datelineMonthDay || (found.published && found.published->precision == DatePrecision::Day))
        return;
    const QDate monthDay = found.datelineMonthDay->date;
    std::optional<QDate> dated;
    if (found.published) {
        const QDate published = found.published->date;
        if (found.published->precision == DatePrecision::Year
            || (found.published->precision == DatePrecision::Month && published.month() == monthDay.month()))
            dated = QDate(published.year(), monthDay.month(), monthDay.day());
    } else if (found.updated) {
        // published on or before the update: 12月30日 in a text updated on 2025-01-02 is 2024-12-30
        const QDate updated = found.updated->date;
        QDate candidate(updated.year(), monthDay.month(), monthDay.day());
        if (found.updated->precision == DatePrecision::Day && candidate > updated)
            candidate = QDate(updated.year() - 1, monthDay.month(), monthDay.day());
        dated = candidate;
    }
    if (dated && dated->isValid()) {
        found.published = PublicationDate { *dated, DatePrecision::Day };
        found.publishedOrigin = MetadataOrigin::TextPattern;
    }
}

} // namespace

TextMetadataFinder::Result TextMetadataFinder::find(const QStringList &paragraphs, const Times &times)
{
    Found found;
    LineReader reader(found, times);
    QList<bool> drop(paragraphs.size(), false);

    // The top: metadata lines, widgets, and the title among the first lines before the prose begins. A short
    // name in title case right above a longer headline is the site's name ("Tech Ledger Asia").
    qsizetype titleIndex = -1;
    qsizetype siteIndex = -1;
    for (qsizetype i = 0; i < std::min(paragraphs.size(), headLines); ++i) {
        const QString &line = paragraphs[i];
        const LineKind kind = reader.read(line, titleIndex < 0);
        if (kind != LineKind::Text) {
            drop[i] = true;
            continue;
        }
        if (titleIndex < 0) {
            if (looksLikeTitle(line)) {
                if (siteIndex < 0 && looksLikeSiteName(line)) {
                    siteIndex = i;
                    continue;
                }
                titleIndex = i;
                found.title = line;
                continue;
            }
            // Prose before any headline: the text has none (or only the short line above). Keep reading
            // datelines a little further.
            if (siteIndex >= 0) {
                found.title = paragraphs[siteIndex];
                siteIndex = -1;
            }
            titleIndex = i;
            continue;
        }
        // Below the headline, a line that is only a name is the byline: "Daniel Park".
        if (found.author.isEmpty() && i > titleIndex && i <= titleIndex + 3 && looksLikePersonName(line)) {
            found.offerAuthor(line);
            drop[i] = true;
        }
    }
    if (siteIndex >= 0) {
        if (titleIndex >= 0 && !found.title.isEmpty()) {
            static const QRegularExpression tagline(uR"(\s+[–—|-]\s+.*$)"_s);
            QString site = paragraphs[siteIndex];
            site.remove(tagline);
            found.offerSource(site);
            drop[siteIndex] = true;
        } else {
            found.title = paragraphs[siteIndex];
        }
    }

    // The bottom: a site's signature ("nrc.nl") and author notes.
    const qsizetype footStart = std::max(std::min(paragraphs.size(), headLines), paragraphs.size() - footLines);
    for (qsizetype i = footStart; i < paragraphs.size(); ++i) {
        const QString &line = paragraphs[i];
        static const QRegularExpression domain(uR"(^(?:www\.)?([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,})$)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        if (const auto m = domain.match(line.trimmed()); m.hasMatch()) {
            found.offerSource(m.captured(1));
            drop[i] = true;
            continue;
        }
        // "Circuit Daily © 2025 | About | Privacy", "China Biz Brief is a daily digest of business news."
        static const QRegularExpression copyright(uR"(^(.{2,40}?)\s*(?:©|\(c\)|copyright)\s*(?:\d{4})?\b)"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression selfDescription(
            uR"(^((?:the\s+)?[\p{Lu}][\p{L}\d&'’.-]*(?:\s+[\p{Lu}][\p{L}\d&'’.-]*){0,4}) is an? (?:[\w-]+\s+){0,3}(?:digest|newsletter|publication|news site|website|magazine|news service|newswire)\b.{0,120}$)"_s);
        if (const auto m = copyright.match(line.trimmed()); m.hasMatch() && !m.captured(1).contains(u"版权"_s)) {
            found.offerSource(m.captured(1).trimmed());
            drop[i] = true;
            continue;
        }
        if (const auto m = selfDescription.match(line.trimmed()); m.hasMatch()) {
            found.offerSource(m.captured(1));
            drop[i] = true;
            continue;
        }
        static const QRegularExpression sourceLine(uR"(^(?:source|来源|稿源)\s*[:：]\s*(.{2,60})$)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        if (const auto m = sourceLine.match(line.trimmed()); m.hasMatch()) {
            found.offerSource(m.captured(1));
            drop[i] = true;
            continue;
        }
        if (i >= headLines && reader.read(line, false) == LineKind::Metadata) {
            drop[i] = true;
            continue;
        }
    }
    // Author notes anywhere in the last paragraphs keep their sentence: "Yong Jian is a contributor to the
    // Asia Times."
    static const QRegularExpression authorNote(
        uR"(^((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}?[\p{Lu}][\p{L}'’-]+) is an? (?:\w+\s+)?(?:contributor|correspondent|reporter|writer|journalist|columnist|editor)\b.*?\b(?:to|for|at|with)\s+((?:the\s+)?[\p{Lu}][\p{L}&'’-]*(?:\s+[\p{Lu}][\p{L}&'’-]*){0,4}))"_s);
    for (qsizetype i = std::max<qsizetype>(0, paragraphs.size() - footLines); i < paragraphs.size(); ++i) {
        if (const auto m = authorNote.match(paragraphs[i]); m.hasMatch()) {
            found.offerAuthor(m.captured(1));
            QString source = m.captured(2);
            if (source.startsWith(u"the "_s))
                source = source.mid(4);
            found.offerSource(source);
            break;
        }
    }

    datelineWithStatedYear(found);

    Result result;
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        if (!drop[i])
            result.paragraphs.append(paragraphs[i]);
    ArticleMetadata &meta = result.meta;
    if (!found.title.isEmpty())
        meta.setValue(ArticleField::Title, found.title, MetadataOrigin::TextPattern);
    if (!found.source.isEmpty())
        meta.setValue(ArticleField::Source, found.source, MetadataOrigin::TextPattern);
    if (!found.author.isEmpty())
        meta.setValue(ArticleField::Author, found.author, MetadataOrigin::TextPattern);
    if (found.published)
        meta.setValue(ArticleField::Published, found.published->toIso(), found.publishedOrigin);
    else if (found.updated)
        meta.setValue(ArticleField::Published, found.updated->toIso(), MetadataOrigin::TextPattern);
    return result;
}

} // namespace casebook
