// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityextractor.h"

#include "aliasresolver.h"
#include "gazetteer.h"
#include "util/unicodescript.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Organisation;
    int priority = 0; ///< wins ties between spans of the same length
    QString canonical;
};

enum Priority { Propagated = 1, Rule = 2, Listed = 3, Number = 4 };

QSet<QString> lowerSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

const QSet<QString> &orgSuffixes()
{
    static const QSet<QString> set = lowerSet({
        u"corp",
        u"corporation",
        u"group",
        u"co",
        u"company",
        u"inc",
        u"ltd",
        u"limited",
        u"llc",
        u"plc",
        u"commission",
        u"university",
        u"hospital",
        u"ministry",
        u"bureau",
        u"bank",
        u"institute",
        u"administration",
        u"agency",
        u"council",
        u"committee",
        u"association",
        u"academy",
        u"department",
        u"office",
        u"authority",
        u"federation",
        u"foundation",
        u"holdings",
        u"technologies",
        u"technology",
        u"labs",
        u"lab",
        u"laboratory",
        u"motors",
        u"airlines",
        u"telecom",
        u"network",
        u"grid",
        u"party",
        u"times",
        u"news",
        u"daily",
        u"post",
        u"journal",
        u"press",
        u"tv",
        u"television",
        u"radio",
        u"agency",
        u"school",
        u"college",
        u"centre",
        u"center",
        u"court",
        u"congress",
        u"parliament",
        u"government",
        u"board",
        u"fund",
        u"capital",
        u"ventures",
        u"partners",
        u"securities",
        u"insurance",
        u"energy",
        u"power",
        u"electric",
        u"pharmaceutical",
        u"pharmaceuticals",
        u"systems",
        u"software",
        u"semiconductor",
        u"electronics",
        u"exchange",
        u"alliance",
        u"society",
        u"union",
        u"institution",
        u"clinic",
        u"museum",
        u"forum",
        u"mobile",
        u"unicom",
        u"petroleum",
        u"chemical",
        u"cloud",
        u"research",
        u"media",
        u"herald",
        u"wire",
        u"service",
        u"briefing",
        u"insight",
        u"asia",
        u"tribune",
        u"review",
        u"magazine",
        u"gazette",
        u"observer",
        u"guardian",
        u"economist",
    });
    return set;
}

const QSet<QString> &orgHeads()
{
    static const QSet<QString> set = lowerSet({
        u"ministry",   u"university",  u"bank",           u"commission",  u"bureau",  u"department",
        u"academy",    u"institute",   u"administration", u"office",      u"council", u"committee",
        u"federation", u"association", u"court",          u"school",      u"college", u"museum",
        u"agency",     u"board",       u"society",        u"hospital",    u"centre",  u"center",
        u"people's",   u"state",       u"chamber",        u"corporation", u"union",   u"laboratory",
    });
    return set;
}

const QSet<QString> &placeSuffixes()
{
    static const QSet<QString> set = lowerSet({
        u"province", u"city",  u"county",       u"district",  u"prefecture", u"region", u"island", u"islands",
        u"valley",   u"state", u"municipality", u"town",      u"village",    u"bay",    u"river",  u"mountains",
        u"lake",     u"sea",   u"ocean",        u"peninsula", u"strait",     u"delta",
    });
    return set;
}

const QSet<QString> &titles()
{
    static const QSet<QString> set = lowerSet({
        u"president",
        u"premier",
        u"chairman",
        u"chairwoman",
        u"chair",
        u"ceo",
        u"cto",
        u"cfo",
        u"coo",
        u"founder",
        u"co-founder",
        u"cofounder",
        u"mr",
        u"mrs",
        u"ms",
        u"miss",
        u"dr",
        u"professor",
        u"prof",
        u"minister",
        u"secretary",
        u"governor",
        u"mayor",
        u"director",
        u"manager",
        u"vice",
        u"deputy",
        u"chief",
        u"senator",
        u"ambassador",
        u"spokesperson",
        u"spokesman",
        u"spokeswoman",
        u"analyst",
        u"researcher",
        u"economist",
        u"engineer",
        u"scientist",
        u"investor",
        u"head",
        u"leader",
        u"vice-president",
        u"vice-premier",
        u"chancellor",
        u"king",
        u"queen",
        u"prince",
        u"judge",
        u"sir",
        u"representative",
        u"commissioner",
        u"boss",
        u"editor",
        u"reporter",
        u"correspondent",
        u"lawyer",
        u"doctor",
        u"dean",
        u"expert",
        u"official",
        u"entrepreneur",
        u"billionaire",
        u"tycoon",
        u"general",
        u"executive",
        u"academician",
        u"secretary-general",
        u"vice-chairman",
        u"partner",
        u"developer",
        u"programmer",
        u"student",
        u"teacher",
        u"officer",
        u"nurse",
        u"physician",
        u"surgeon",
        u"member",
        u"colleague",
        u"author",
        u"writer",
        u"journalist",
        u"commentator",
        u"adviser",
        u"advisor",
        u"consultant",
        u"specialist",
        u"staff",
        u"user",
        u"owner",
    });
    return set;
}

/// Words that start a capitalised span only because they start a sentence or a heading, or that never name
/// anything on their own.
const QSet<QString> &stopWords()
{
    static const QSet<QString> set = lowerSet({
        u"a",           u"an",         u"the",
        u"in",          u"on",         u"at",
        u"for",         u"but",        u"and",
        u"or",          u"however",    u"meanwhile",
        u"read",        u"also",       u"while",
        u"when",        u"after",      u"before",
        u"since",       u"last",       u"this",
        u"that",        u"these",      u"those",
        u"its",         u"his",        u"her",
        u"their",       u"our",        u"we",
        u"they",        u"he",         u"she",
        u"it",          u"i",          u"you",
        u"as",          u"with",       u"by",
        u"from",        u"if",         u"although",
        u"though",      u"despite",    u"according",
        u"there",       u"here",       u"what",
        u"which",       u"who",        u"why",
        u"how",         u"where",      u"yet",
        u"still",       u"so",         u"now",
        u"then",        u"thus",       u"today",
        u"yesterday",   u"tomorrow",   u"image",
        u"photo",       u"source",     u"sources",
        u"related",     u"more",       u"most",
        u"many",        u"some",       u"all",
        u"every",       u"each",       u"other",
        u"another",     u"such",       u"both",
        u"even",        u"only",       u"just",
        u"not",         u"no",         u"yes",
        u"because",     u"besides",    u"moreover",
        u"furthermore", u"indeed",     u"instead",
        u"overall",     u"similarly",  u"likewise",
        u"unlike",      u"like",       u"under",
        u"over",        u"into",       u"about",
        u"among",       u"amid",       u"against",
        u"during",      u"through",    u"to",
        u"of",          u"is",         u"are",
        u"was",         u"were",       u"be",
        u"been",        u"has",        u"have",
        u"had",         u"do",         u"does",
        u"did",         u"will",       u"would",
        u"can",         u"could",      u"should",
        u"may",         u"might",      u"must",
        u"one",         u"two",        u"three",
        u"first",       u"second",     u"third",
        u"new",         u"next",       u"once",
        u"several",     u"major",      u"big",
        u"large",       u"small",      u"top",
        u"leading",     u"local",      u"global",
        u"national",    u"central",    u"chinese",
        u"american",    u"western",    u"eastern",
        u"foreign",     u"domestic",   u"state-owned",
        u"state",       u"share",      u"subscribe",
        u"sign",        u"click",      u"advertisement",
        u"copyright",   u"editor's",   u"note",
        u"updated",     u"published",  u"posted",
        u"by",          u"contact",    u"follow",
        u"see",         u"watch",      u"listen",
        u"download",    u"login",      u"log",
        u"menu",        u"home",       u"search",
        u"comments",    u"comment",    u"tags",
        u"tag",         u"topics",     u"privacy",
        u"terms",       u"continue",   u"reading",
        u"story",       u"stories",    u"trending",
        u"popular",     u"latest",     u"opinion",
        u"analysis",    u"feature",    u"features",
        u"explainer",   u"exclusive",  u"breaking",
        u"live",        u"video",      u"logo",
        u"thanks",      u"please",     u"let",
        u"let's",       u"whether",    u"within",
        u"without",     u"using",      u"based",
        u"following",   u"including",  u"given",
        u"during",      u"around",     u"across",
        u"everyone",    u"everything", u"nobody",
        u"someone",     u"something",  u"anyone",
        u"nothing",     u"people",     u"experts",
        u"analysts",    u"officials",  u"investors",
        u"companies",   u"users",      u"chinese",
        u"ai",          u"agi",        u"llm",
        u"llms",        u"soe",        u"soes",
        u"nlp",         u"gpu",        u"gpus",
        u"cpu",         u"api",        u"apis",
        u"app",         u"apps",       u"gdp",
        u"ipo",         u"ev",         u"evs",
        u"it",          u"r&d",        u"phd",
        u"ict",         u"esg",        u"iot",
        u"bc",          u"ad",         u"am",
        u"pm",          u"faq",        u"q&a",
        u"ok",          u"vr",         u"ar",
        u"ceo",         u"cto",        u"hr",
        u"pr",          u"tv",         u"url",
        u"pdf",         u"html",       u"january",
        u"february",    u"march",      u"april",
        u"june",        u"july",       u"august",
        u"september",   u"october",    u"november",
        u"december",    u"monday",     u"tuesday",
        u"wednesday",   u"thursday",   u"friday",
        u"saturday",    u"sunday",     u"jan",
        u"feb",         u"mar",        u"apr",
        u"jun",         u"jul",        u"aug",
        u"sep",         u"sept",       u"oct",
        u"nov",         u"dec",        u"spring",
        u"summer",      u"autumn",     u"winter",
        u"internet",    u"web",        u"website",
        u"online",      u"whereas",    u"additionally",
    });
    return set;
}

const QSet<QString> &connectors()
{
    static const QSet<QString> set = lowerSet({ u"of", u"and", u"for", u"the", u"&", u"de", u"on", u"in" });
    return set;
}

const QSet<QString> &speechVerbs()
{
    static const QSet<QString> set = lowerSet({ u"said", u"says", u"told", u"added", u"noted", u"explained", u"wrote",
                                                u"argued", u"asked", u"stated", u"recalled", u"believes", u"thinks",
                                                u"warned", u"predicted", u"stressed", u"insisted" });
    return set;
}

// Chinese cues.
const QStringList &chineseOrgSuffixes()
{
    static const QStringList list = {
        u"股份有限公司"_s, u"有限责任公司"_s, u"有限公司"_s, u"委员会"_s, u"研究院"_s, u"研究所"_s,   u"实验室"_s,
        u"公司"_s,         u"集团"_s,         u"医院"_s,     u"大学"_s,   u"学院"_s,   u"银行"_s,     u"协会"_s,
        u"政府"_s,         u"中心"_s,         u"法院"_s,     u"检察院"_s, u"办公室"_s, u"研究中心"_s, u"卫健委"_s,
        u"局"_s,           u"部"_s,           u"厅"_s,       u"委"_s,     u"办"_s,
    };
    return list;
}

bool isChineseStop(char16_t c)
{
    static const QString stops
        = u"的是在和与及了对将由为从向把被等让给并也都就而或以于如据称说有其该这那各每已又还到至同跟个家所多些要年月日号、，。：；！？“”‘’（）《》「」『』【】"_s;
    return stops.contains(QChar(c));
}

const QStringList &chinesePersonAfter()
{
    static const QStringList list = {
        u"表示"_s, u"说"_s,     u"称"_s,     u"指出"_s,   u"认为"_s, u"介绍"_s, u"透露"_s, u"坦言"_s,
        u"强调"_s, u"告诉"_s,   u"解释"_s,   u"回忆"_s,   u"先生"_s, u"女士"_s, u"教授"_s, u"博士"_s,
        u"院士"_s, u"总经理"_s, u"董事长"_s, u"主任"_s,   u"书记"_s, u"市长"_s, u"省长"_s, u"局长"_s,
        u"部长"_s, u"总裁"_s,   u"经理"_s,   u"创始人"_s, u"主席"_s, u"总理"_s, u"院长"_s, u"副"_s,
        u"提到"_s, u"表明"_s,   u"希望"_s,   u"建议"_s,   u"同志"_s, u"医生"_s, u"老师"_s, u"宣布"_s,
        u"出席"_s, u"主持"_s,   u"会见"_s,   u"谈到"_s,   u"说道"_s, u"发言"_s,
    };
    return list;
}

const QStringList &chinesePersonBefore()
{
    static const QStringList list = {
        u"董事长"_s, u"总经理"_s, u"总裁"_s,   u"创始人"_s, u"首席执行官"_s, u"主任"_s, u"教授"_s,   u"院长"_s,
        u"书记"_s,   u"市长"_s,   u"局长"_s,   u"部长"_s,   u"记者"_s,       u"主席"_s, u"总理"_s,   u"专家"_s,
        u"研究员"_s, u"工程师"_s, u"负责人"_s, u"经理"_s,   u"博士"_s,       u"院士"_s, u"创办人"_s, u"副总裁"_s,
        u"医生"_s,   u"医师"_s,   u"校长"_s,   u"省长"_s,   u"委员"_s,       u"代表"_s, u"CEO"_s,    u"总监"_s,
        u"主管"_s,   u"处长"_s,   u"科长"_s,   u"作者"_s,   u"编辑"_s,
    };
    return list;
}

bool isNameLike(QStringView word)
{
    if (word.isEmpty() || !word[0].isUpper())
        return false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        const QChar c = word[i];
        if (!c.isLower() && c != u'-' && c != u'\'')
            return false;
    }
    return true;
}

class Extraction
{
public:
    Extraction(QStringView text, const QList<Token> &tokens, const Gazetteer &gazetteer)
        : m_text(text)
        , m_t(tokens)
        , m_gazetteer(gazetteer)
    { }

    ExtractedEntities run()
    {
        numbers();
        gazetteerNames();
        capitalisedSpans();
        chinese();
        resolve();
        parentheses();
        propagate();
        resolve();
        ExtractedEntities result;
        result.mentions = m_mentions;
        for (const auto &[shortStart, longStart] : std::as_const(m_linkStarts)) {
            AliasLink link;
            for (int i = 0; i < m_mentions.size(); ++i) {
                if (m_mentions[i].start == shortStart)
                    link.shortMention = i;
                if (m_mentions[i].start == longStart)
                    link.longMention = i;
            }
            if (link.shortMention >= 0 && link.longMention >= 0)
                result.links.append(link);
        }
        return result;
    }

private:
    QStringView word(int i) const { return m_text.mid(m_t[i].start, m_t[i].length()); }
    QString lower(int i) const { return word(i).toString().toLower(); }
    bool isWord(int i) const { return i >= 0 && i < m_t.size() && m_t[i].kind == Token::Kind::Word; }
    bool isPunct(int i, char16_t c) const
    {
        return i >= 0 && i < m_t.size() && m_t[i].kind == Token::Kind::Punct && m_text[m_t[i].start] == c;
    }
    bool capitalised(int i) const
    {
        if (!isWord(i))
            return false;
        const QChar c = m_text[m_t[i].start];
        return c.isUpper();
    }

    void add(qsizetype start, qsizetype end, EntityType type, int priority, const QString &canonical = {})
    {
        if (end > start)
            m_candidates.append({ start, end, type, priority, canonical });
    }

    // -- money and percentages -------------------------------------------------------------------------------
    void numbers()
    {
        static const QRegularExpression money(
            uR"((?<![\w.$])(?:(US|HK|NT|A|C|S|NZ)?(\$)|(¥|￥|€|£)|(RMB|USD|CNY|EUR|HKD)\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
            uR"((?:\s?(million|billion|trillion|thousand|mn|bn|tn|m|b|k)\b)?)"
            uR"((?:\s?(yuan|renminbi|RMB|dollars?|US dollars|euros?|pounds?|yen|won|rupees?|USD|CNY)\b)?)"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression percent(
            uR"((?<![\w.])\d+(?:\.\d+)?\s?(?:%|％|percent\b|per cent\b|percentage points?\b))"
            uR"(|百分之[零〇一二两三四五六七八九十百点\d.]+)"_s);
        static const QRegularExpression chineseMoney(
            uR"((?:人民币)?(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?:[十百千万亿]+)?(?:美元|元|人民币|港元|欧元|日元|英镑))"_s);
        money.optimize();
        percent.optimize();
        chineseMoney.optimize();
        // Regular expressions run only where a number starts (anchored there), not at every position.
        const qsizetype n = m_text.size();
        auto isDigit
            = [](QChar c) { return (c >= u'0' && c <= u'9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19); };
        static const QString chineseNumerals = u"零〇一二两三四五六七八九十百千"_s;
        qsizetype skipUntil = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (i < skipUntil)
                continue;
            const QChar c = m_text[i];
            const bool digit = isDigit(c);
            if (digit && i > 0 && (isDigit(m_text[i - 1]) || m_text[i - 1] == u'.' || m_text[i - 1] == u','))
                continue;
            if (digit) {
                // a currency sign or code just before the number
                qsizetype from = i;
                if (i > 0 && QStringView(u"$¥￥€£").contains(m_text[i - 1])) {
                    from = i - 1;
                    if (m_text[i - 1] == u'$')
                        while (from > 0 && i - from <= 2 && m_text[from - 1].isUpper())
                            --from;
                } else {
                    qsizetype k = i;
                    if (k > 0 && m_text[k - 1] == u' ')
                        --k;
                    if (k >= 3) {
                        const QStringView code = m_text.mid(k - 3, 3);
                        if (code == u"RMB" || code == u"USD" || code == u"CNY" || code == u"EUR" || code == u"HKD")
                            from = k - 3;
                    }
                }
                const auto m = money.match(m_text, from, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
                if (m.hasMatch()
                    && (m.capturedLength(2) || m.capturedLength(3) || m.capturedLength(4) || m.capturedLength(7))) {
                    qsizetype end = m.capturedEnd();
                    while (end > m.capturedStart() && m_text[end - 1].isSpace())
                        --end;
                    add(m.capturedStart(), end, EntityType::Money, Number);
                    skipUntil = end;
                    continue;
                }
                const auto pm = percent.match(m_text, i, QRegularExpression::NormalMatch,
                                              QRegularExpression::AnchorAtOffsetMatchOption);
                if (pm.hasMatch()) {
                    add(pm.capturedStart(), pm.capturedEnd(), EntityType::Percent, Number);
                    skipUntil = pm.capturedEnd();
                    continue;
                }
            }
            if (!m_hasHan)
                continue;
            if (c == u'百' && m_text.mid(i, 3) == u"百分之") {
                const auto pm = percent.match(m_text, i, QRegularExpression::NormalMatch,
                                              QRegularExpression::AnchorAtOffsetMatchOption);
                if (pm.hasMatch()) {
                    add(pm.capturedStart(), pm.capturedEnd(), EntityType::Percent, Number);
                    skipUntil = pm.capturedEnd();
                }
                continue;
            }
            const bool numeral = chineseNumerals.contains(c) && !(i > 0 && chineseNumerals.contains(m_text[i - 1]));
            const bool rmb = c == u'人' && m_text.mid(i, 3) == u"人民币";
            if (digit || numeral || rmb) {
                const auto cm = chineseMoney.match(m_text, i, QRegularExpression::NormalMatch,
                                                   QRegularExpression::AnchorAtOffsetMatchOption);
                if (cm.hasMatch()) {
                    add(cm.capturedStart(), cm.capturedEnd(), EntityType::Money, Number);
                    skipUntil = cm.capturedEnd();
                }
            }
        }
    }

    // -- gazetteer -------------------------------------------------------------------------------------------
    void gazetteerNames()
    {
        // datelines in capitals: "WASHINGTON/BEIJING -"; a known place written in capitals is that place
        for (const Token &t : m_t) {
            if (t.kind != Token::Kind::Word || t.length() < 4)
                continue;
            const QStringView w = m_text.mid(t.start, t.length());
            bool allUpper = true;
            for (const QChar c : w)
                allUpper = allUpper && c.isUpper();
            if (!allUpper)
                continue;
            const QString titled = w.left(1).toString() + w.mid(1).toString().toLower();
            const int entry = m_gazetteer.lookup(titled);
            if (entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Place)
                add(t.start, t.end, EntityType::Place, Listed, m_gazetteer.entry(entry).canonical);
        }
        for (const Gazetteer::Match &match : m_gazetteer.findAll(m_text)) {
            const auto &entry = m_gazetteer.entry(match.entry);
            qsizetype end = match.end;
            // a model version glued to a product name: DeepSeek-V3.1, Qwen2.5-Max
            if (entry.type == EntityType::Product && !unicode::isHan(m_text[end - 1].unicode())) {
                while (end < m_text.size()
                       && (m_text[end].isLetterOrNumber() || m_text[end] == u'.' || m_text[end] == u'-')
                       && !unicode::isHan(m_text[end].unicode()))
                    ++end;
                while (end > match.end && (m_text[end - 1] == u'.' || m_text[end - 1] == u'-'))
                    --end;
                // "Ernie 4.5", "Kimi K2", "Kimi k1.5": a version after a space
                static const QRegularExpression version(uR"(^ ([A-Za-z]?\d{1,3}(?:\.\d+)?[A-Za-z]?)(?![\w.]))"_s);
                const auto v = version.match(m_text.mid(end, 12));
                if (v.hasMatch() && end == match.end)
                    end += v.capturedLength(0);
            }
            add(match.start, end, entry.type, Listed, entry.canonical);
        }
    }

    // -- capitalised spans -----------------------------------------------------------------------------------
    void capitalisedSpans()
    {
        const int n = int(m_t.size());
        int i = 0;
        while (i < n) {
            if (!capitalised(i)) {
                ++i;
                continue;
            }
            int j = i;
            int lastCap = i;
            while (j + 1 < n) {
                const int k = j + 1;
                if (m_t[k].lineStart)
                    break;
                if (capitalised(k)) {
                    if (isCalendarWord(k))
                        break;
                    j = k;
                    lastCap = k;
                    continue;
                }
                if (isWord(k) && connectors().contains(lower(k)) && capitalised(k + 1) && !m_t[k + 1].lineStart) {
                    j = k;
                    continue;
                }
                break;
            }
            span(i, lastCap);
            i = lastCap + 1;
        }
    }
    bool isTitle(int i) const
    {
        const QString w = lower(i);
        if (titles().contains(w))
            return true;
        const qsizetype dash = w.indexOf(u'-');
        return dash > 0 && (titles().contains(w.left(dash)) || titles().contains(w.mid(dash + 1)));
    }

    bool isCalendarWord(int i) const
    {
        static const QSet<QString> calendar = lowerSet(
            { u"january",   u"february", u"march",    u"april",    u"may",    u"june",    u"july",      u"august",
              u"september", u"october",  u"november", u"december", u"monday", u"tuesday", u"wednesday", u"thursday",
              u"friday",    u"saturday", u"sunday",   u"jan",      u"feb",    u"mar",     u"apr",       u"jun",
              u"jul",       u"aug",      u"sep",      u"sept",     u"oct",    u"nov",     u"dec",       u"i" });
        return calendar.contains(lower(i));
    }

    /// Classifies tokens a..b (capitalised at both ends).
    void span(int a, int b)
    {
        // a title inside the span: "Later Mr Hu", "Chinese President Xi Jinping"
        for (int t = b - 1; t > a; --t) {
            if (capitalised(t) && isTitle(t) && capitalised(t + 1)) {
                span(a, t - 1);
                span(t, b);
                return;
            }
        }
        // leading junk: sentence starters, function words, adjectives of nationality
        while (a <= b && (stopWords().contains(lower(a)) || (m_t[a].sentenceStart && a < b && isCommonStarter(a))))
            ++a;
        bool personCue = false;
        while (a < b && isTitle(a)) {
            personCue = true;
            ++a;
        }
        if (a > 0 && isWord(a - 1) && titles().contains(lower(a - 1)))
            personCue = true;
        while (a <= b && !capitalised(a))
            ++a;
        while (b >= a && !capitalised(b))
            --b;
        if (a > b)
            return;
        // "China Southern Power Grid and China Oil and Gas Pipeline Network Corp": two names joined by "and"
        for (int k = a + 1; k < b; ++k) {
            if (!isWord(k) || lower(k) != u"and"_s || !capitalised(k - 1))
                continue;
            const QString left = m_text.mid(m_t[a].start, m_t[k - 1].end - m_t[a].start).toString();
            if ((k - 1 > a && orgSuffixes().contains(lower(k - 1))) || m_gazetteer.lookup(left) >= 0) {
                span(a, k - 1);
                span(k + 1, b);
                return;
            }
        }
        if (isOrganisation(a, b)) {
            add(m_t[a].start, m_t[b].end, EntityType::Organisation, Rule);
            return;
        }
        // not an organisation: the parts between connectors stand alone
        int start = a;
        for (int k = a; k <= b + 1; ++k) {
            if (k == b + 1 || !capitalised(k)) {
                if (k - 1 >= start)
                    part(start, k - 1, personCue && start == a);
                start = k + 1;
            }
        }
    }

    bool isCommonStarter(int i) const
    {
        // a capitalised word at a sentence start that is also a plain English word: "Investors", "Every"
        const QString w = lower(i);
        return w.endsWith(u"ly"_s) || w.endsWith(u"ing"_s) || w.endsWith(u"ed"_s)
            || (w.endsWith(u"s"_s) && !w.endsWith(u"ss"_s) && w.size() > 4 && titles().contains(w.chopped(1)));
    }

    bool isOrganisation(int a, int b) const
    {
        if (b > a && orgSuffixes().contains(lower(b)) && capitalised(b))
            return true;
        for (int k = a; k < b; ++k)
            if (orgHeads().contains(lower(k)) && isWord(k + 1) && lower(k + 1) == u"of"_s)
                return true;
        return false;
    }

    void part(int a, int b, bool personCue)
    {
        const int count = b - a + 1;
        if (count == 1 && word(a).size() < 2)
            return;
        const QString last = lower(b);
        const bool givenName = count == 2 && m_gazetteer.words(u"given-names"_s).contains(word(a).toString());
        if (count >= 2 && placeSuffixes().contains(last) && capitalised(b) && !givenName) {
            add(m_t[a].start, m_t[b].end, EntityType::Place, Rule);
            return;
        }
        // assistants and models named after what they are: "Mind GPT", "NOMI GPT", "Ernie Bot"
        static const QSet<QString> productSuffixes = lowerSet({ u"gpt", u"bot", u"chat", u"copilot", u"llm" });
        if (count >= 2 && productSuffixes.contains(last)) {
            add(m_t[a].start, m_t[b].end, EntityType::Product, Rule);
            return;
        }
        bool nameLike = count <= 4;
        for (int k = a; k <= b && nameLike; ++k)
            nameLike = isNameLike(word(k));
        if (!nameLike)
            return;
        if (personCue) {
            add(m_t[a].start, m_t[b].end, EntityType::Person, Rule);
            return;
        }
        if (count < 2) {
            // "Xi said": a Chinese surname alone, speaking
            if (isWord(b + 1) && speechVerbs().contains(lower(b + 1))
                && m_gazetteer.words(u"pinyin-surnames"_s).contains(word(a).toString()))
                add(m_t[a].start, m_t[b].end, EntityType::Person, Rule);
            return;
        }
        // after the name: "Xu Kun, deputy general manager", "Sam Hu said", "Adina Yakefu, an AI expert"
        bool cue = false;
        const int after = b + 1;
        if (isWord(after) && speechVerbs().contains(lower(after)))
            cue = true;
        if (isPunct(after, u',')) {
            for (int k = after + 1; k < after + 6 && k < m_t.size() && !cue; ++k) {
                if (isWord(k) && titles().contains(lower(k)))
                    cue = true;
                if (isWord(k) && (lower(k) == u"who"_s || lower(k) == u"aged"_s))
                    cue = true;
                if (!isWord(k))
                    break;
            }
            if (isWord(after + 1) && (lower(after + 1) == u"said"_s || lower(after + 1) == u"says"_s))
                cue = true;
        }
        const QString first = word(a).toString();
        if (m_gazetteer.words(u"pinyin-surnames"_s).contains(first)
            || m_gazetteer.words(u"given-names"_s).contains(first))
            cue = cue || count <= 3;
        if (cue)
            add(m_t[a].start, m_t[b].end, EntityType::Person, Rule);
    }

    // -- Chinese ---------------------------------------------------------------------------------------------
    void chinese()
    {
        if (!m_hasHan)
            return;
        const auto &surnames = m_gazetteer.words(u"chinese-surnames"_s);
        QSet<char16_t> surnameInitials;
        for (const QString &surname : surnames)
            surnameInitials.insert(surname[0].unicode());
        for (const Token &token : m_t) {
            if (token.kind != Token::Kind::Han)
                continue;
            const qsizetype runStart = token.start;
            const qsizetype runEnd = token.end;
            for (qsizetype p = runStart; p < runEnd; ++p) {
                // organisation suffixes
                static const QString suffixInitials = [] {
                    QString initials;
                    for (const QString &suffix : chineseOrgSuffixes())
                        if (!initials.contains(suffix[0]))
                            initials += suffix[0];
                    return initials;
                }();
                for (const QString &suffix : chineseOrgSuffixes()) {
                    if (!suffixInitials.contains(m_text[p]))
                        break;
                    if (p + suffix.size() > runEnd || !m_text.mid(p).startsWith(suffix))
                        continue;
                    if (suffix.size() == 1 && !singleCharSuffixOk(p))
                        continue;
                    if (p + suffix.size() < m_text.size() && m_text[p + suffix.size()] == u'议')
                        break; // 协会议: a meeting, not an association
                    qsizetype s = p;
                    while (s > runStart && p - s < 12 && !isChineseStop(m_text[s - 1].unicode()))
                        --s;
                    const QStringView prefix = m_text.mid(s, p - s);
                    const bool weak = isWeakSuffix(suffix);
                    if (weak ? startsWithPlace(prefix) : isSpecificPrefix(prefix))
                        add(s, p + suffix.size(), EntityType::Organisation, Rule);
                    break;
                }
                chinesePlace(p, runStart, runEnd);
                chineseModel(p, runStart, runEnd);
                // a person: surname + given name with a cue before or after
                if (!surnameInitials.contains(m_text[p].unicode()))
                    continue;
                // a listed person (李强) is found by the gazetteer; the rule would only make it longer
                bool listed = false;
                for (int length : { 2, 3 }) {
                    const int entry = p + length <= runEnd ? m_gazetteer.lookup(m_text.mid(p, length).toString()) : -1;
                    listed = listed || (entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Person);
                }
                if (listed)
                    continue;
                for (int surnameLength : { 2, 1 }) {
                    if (p + surnameLength >= runEnd)
                        continue;
                    if (!surnames.contains(m_text.mid(p, surnameLength).toString()))
                        continue;
                    qsizetype q = p;
                    while (q > 0
                           && (m_text[q - 1] == u' ' || m_text[q - 1] == u'\u3000' || m_text[q - 1] == u'\uff1a'
                               || m_text[q - 1] == u':'))
                        --q;
                    const qsizetype from = std::max<qsizetype>(0, q - 6);
                    const QStringView before = m_text.mid(from, q - from);
                    bool roleBefore = false;
                    for (const QString &role : chinesePersonBefore())
                        if (before.endsWith(role))
                            roleBefore = true;
                    const bool boundaryBefore = roleBefore || p == runStart || isChineseStop(m_text[p - 1].unicode());
                    if (!boundaryBefore)
                        continue;
                    qsizetype found = 0;
                    // a cue right after a one-character given name wins: 谭待宣布 is 谭待 + 宣布
                    if (p + surnameLength + 1 <= runEnd && startsWithCue(p + surnameLength + 1)
                        && !isChineseStop(m_text[p + surnameLength].unicode()))
                        found = p + surnameLength + 1;
                    for (int given : { 2, 1 }) {
                        if (found)
                            break;
                        const qsizetype end = p + surnameLength + given;
                        if (end > runEnd)
                            continue;
                        bool ok = true;
                        for (qsizetype g = p + surnameLength; g < end; ++g)
                            ok = ok && !isChineseStop(m_text[g].unicode());
                        if (!ok)
                            continue;
                        const QStringView rest = m_text.mid(end);
                        bool cueAfter = end == runEnd && roleBefore;
                        for (const QString &cue : chinesePersonAfter())
                            if (rest.startsWith(cue))
                                cueAfter = true;
                        if (cueAfter || (roleBefore && given == 2 && end < runEnd && !startsWithCue(end))) {
                            found = end;
                            break;
                        }
                    }
                    if (found) {
                        add(p, found, EntityType::Person, Rule);
                        break;
                    }
                }
            }
        }
    }

    bool startsWithCue(qsizetype p) const
    {
        const QStringView rest = m_text.mid(p);
        for (const QString &cue : chinesePersonAfter())
            if (rest.startsWith(cue))
                return true;
        return false;
    }

    bool singleCharSuffixOk(qsizetype p) const
    {
        // 部, 局, 厅, 委, 办 end an organisation only after the stem of a ministry's or bureau's name
        static const QString stems = u"务政育技交业安防源输利境障康计管据信融税商关卫村化息理察法监建保资展改"_s;
        if (p == 0 || !stems.contains(m_text[p - 1]))
            return false;
        const qsizetype next = p + 1;
        if (next < m_text.size()) {
            static const QString glued = u"分门署长面势限份员会里外内"_s;
            if (glued.contains(m_text[next]))
                return false;
        }
        return true;
    }
    static bool isWeakSuffix(const QString &suffix)
    {
        return suffix.size() == 1 || suffix == u"中心"_s || suffix == u"政府"_s || suffix == u"办公室"_s;
    }

    /// Whether a prefix starts with a known place: 深圳市政府, 杭州市数据资源管理局.
    bool startsWithPlace(QStringView prefix) const
    {
        for (qsizetype k = std::min<qsizetype>(prefix.size(), 8); k >= 2; --k) {
            const int entry = m_gazetteer.lookup(prefix.left(k).toString());
            if (entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Place)
                return true;
        }
        return false;
    }

    /// What is left of a Chinese name once generic words are taken out: 人工智能科技公司 is no name.
    static QString specificPart(QStringView prefix)
    {
        static const QStringList generic = {
            u"人工智能"_s, u"互联网"_s, u"多模态"_s, u"科技"_s, u"创业"_s, u"智能"_s, u"计算"_s, u"技术"_s,   u"信息"_s,
            u"数据"_s,     u"此前"_s,   u"地方"_s,   u"部分"_s, u"省级"_s, u"市级"_s, u"区级"_s, u"县级"_s,   u"基层"_s,
            u"相关"_s,     u"国有"_s,   u"民营"_s,   u"大型"_s, u"中小"_s, u"合资"_s, u"上市"_s, u"一家"_s,   u"这家"_s,
            u"那家"_s,     u"多家"_s,   u"各家"_s,   u"一些"_s, u"其他"_s, u"各类"_s, u"多个"_s, u"国内"_s,   u"国外"_s,
            u"海外"_s,     u"全国"_s,   u"我国"_s,   u"旗下"_s, u"国产"_s, u"通用"_s, u"行业"_s, u"多款"_s,   u"开源"_s,
            u"垂直"_s,     u"医疗"_s,   u"政务"_s,   u"自研"_s, u"参数"_s, u"语言"_s, u"主流"_s, u"新一代"_s, u"千亿"_s,
            u"万亿"_s,     u"规模"_s,   u"领先"_s,   u"头部"_s, u"知名"_s, u"公立"_s, u"三甲"_s, u"各地"_s,
        };
        QString rest = prefix.toString();
        for (const QString &g : generic)
            rest.remove(g);
        static const QString singles = u"该本子分总母此新老大小多等各某"_s;
        while (!rest.isEmpty() && singles.contains(rest[0]))
            rest.remove(0, 1);
        return rest;
    }

    static bool isSpecificPrefix(QStringView prefix) { return specificPart(prefix).size() >= 2; }

    /// Districts, cities and counties: 福田区, 赣州市 (two characters and a suffix, after a boundary or a place).
    void chinesePlace(qsizetype p, qsizetype runStart, qsizetype runEnd)
    {
        static const QString suffixes = u"市区县省镇"_s;
        if (!suffixes.contains(m_text[p]) || p - runStart < 2)
            return;
        if (p + 1 < runEnd) {
            static const QString glued = u"场民值域别份长委政级里内外属容"_s;
            if (glued.contains(m_text[p + 1]))
                return;
        }
        const qsizetype s = p - 2;
        for (qsizetype q = s; q < p; ++q)
            if (isChineseStop(m_text[q].unicode()))
                return;
        bool boundary = s == runStart || isChineseStop(m_text[s - 1].unicode());
        for (qsizetype k = 2; !boundary && k <= 4 && s - k >= runStart; ++k) {
            const int entry = m_gazetteer.lookup(m_text.mid(s - k, k).toString());
            boundary = entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Place;
        }
        if (!boundary)
            return;
        static const QSet<QString> junk
            = lowerSet({ u"城市", u"都市", u"超市", u"上市", u"地区", u"社区", u"园区", u"景区", u"市区", u"城区",
                         u"郊区", u"山区", u"小区", u"专区", u"辖区", u"片区", u"战区", u"街区", u"误区", u"各省",
                         u"全省", u"全市", u"本市", u"该市", u"该区", u"本区", u"全区", u"全县", u"各区", u"各市",
                         u"两市", u"外省", u"分区", u"新区", u"城镇", u"乡镇", u"县区", u"省区", u"市县", u"开市",
                         u"退市", u"面市", u"问市", u"入市", u"股市", u"楼市", u"车市", u"禁区", u"盲区" });
        const QString name = m_text.mid(s, 3).toString();
        if (junk.contains(name.right(2)) || junk.contains(name.left(2)))
            return;
        add(s, p + 1, EntityType::Place, Rule);
    }

    /// Named models: 星辰语义大模型, 鸿湖图文大模型.
    void chineseModel(qsizetype p, qsizetype runStart, qsizetype runEnd)
    {
        static const QString suffix = u"大模型"_s;
        if (p + suffix.size() > runEnd || !m_text.mid(p).startsWith(suffix))
            return;
        static const QStringList verbs = { u"推出"_s, u"发布"_s, u"上线"_s, u"开源"_s, u"接入"_s, u"部署"_s,
                                           u"使用"_s, u"基于"_s, u"采用"_s, u"打造"_s, u"训练"_s, u"研发"_s };
        // the name must follow a verb of release or a particle: 推出鸿湖图文大模型, 发布了九天系列大模型,
        // 的星辰语义大模型
        static const QString particles = u"的了"_s;
        for (qsizetype s = p - 2; s >= std::max(runStart, p - 6); --s) {
            bool boundary = s > runStart && particles.contains(m_text[s - 1]);
            for (const QString &v : verbs)
                if (s - 2 >= runStart && m_text.mid(s - 2, 2) == v)
                    boundary = true;
            if (!boundary)
                continue;
            if (specificPart(m_text.mid(s, p - s)).size() >= 2)
                add(s, p + suffix.size(), EntityType::Product, Rule);
            return;
        }
    }

    static bool isJunkOrgPrefix(QStringView prefix)
    {
        static const QSet<QString> junk = lowerSet({ u"这家", u"那家", u"一家",   u"多家", u"各家", u"该",   u"本",
                                                     u"子",   u"分",   u"总",     u"旗下", u"母",   u"上市", u"国有",
                                                     u"民营", u"科技", u"互联网", u"大型", u"中小", u"相关", u"合资" });
        return junk.contains(prefix.toString());
    }

    // -- resolving overlaps ----------------------------------------------------------------------------------
    void resolve()
    {
        std::sort(m_candidates.begin(), m_candidates.end(), [](const Candidate &x, const Candidate &y) {
            const qsizetype lx = x.end - x.start;
            const qsizetype ly = y.end - y.start;
            if (x.priority == Number || y.priority == Number)
                if (x.priority != y.priority)
                    return x.priority > y.priority;
            if (lx != ly)
                return lx > ly;
            if (x.priority != y.priority)
                return x.priority > y.priority;
            return x.start < y.start;
        });
        QList<Candidate> chosen;
        std::vector<bool> covered(size_t(m_text.size()) + 1, false);
        for (const Candidate &c : std::as_const(m_candidates)) {
            bool overlaps = false;
            for (qsizetype k = c.start; k < c.end && !overlaps; ++k)
                overlaps = covered[size_t(k)];
            if (overlaps)
                continue;
            for (qsizetype k = c.start; k < c.end; ++k)
                covered[size_t(k)] = true;
            chosen.append(c);
        }
        std::sort(chosen.begin(), chosen.end(),
                  [](const Candidate &x, const Candidate &y) { return x.start < y.start; });
        m_candidates = chosen;
        m_mentions.clear();
        for (const Candidate &c : std::as_const(m_candidates)) {
            EntityMention m;
            m.start = c.start;
            m.length = c.end - c.start;
            m.type = c.type;
            m.text = m_text.mid(c.start, m.length).toString();
            m.canonical = c.canonical;
            m_mentions.append(m);
        }
    }

    // -- "Long Name (SHORT)" -------------------------------------------------------------------------------
    void parentheses()
    {
        for (const EntityMention &m : std::as_const(m_mentions)) {
            if (m.type == EntityType::Money || m.type == EntityType::Percent)
                continue;
            qsizetype p = m.end();
            while (p < m_text.size() && m_text[p] == u' ')
                ++p;
            if (p >= m_text.size() || (m_text[p] != u'(' && m_text[p] != u'\uff08'))
                continue;
            const qsizetype open = p + 1;
            const qsizetype close = m_text.indexOf(m_text[p] == u'(' ? u')' : u'\uff09', open);
            if (close < 0 || close - open > 40 || close == open)
                continue;
            const QStringView inner = m_text.mid(open, close - open).trimmed();
            const qsizetype innerStart = m_text.mid(open).indexOf(inner) + open;
            if (!(inner[0].isUpper() || unicode::isHan(inner[0].unicode())) || inner.contains(u',') || inner.size() < 2)
                continue;
            if (stopWords().contains(inner.toString().toLower()) || inner.count(u' ') > 3)
                continue;
            bool hasLetter = false;
            for (const QChar c : inner)
                hasLetter = hasLetter || c.isLetter();
            if (!hasLetter)
                continue;
            add(innerStart, innerStart + inner.size(), m.type, Rule + 1, m.canonical);
            m_linkStarts.append({ innerStart, m.start });
            m_aliasSurfaces.insert(inner.toString(), { m.type, m.canonical });
        }
    }

    // -- names met once, found again: "Xi" after "Xi Jinping", "PipeChina" after its introduction ----------
    void propagate()
    {
        for (const EntityMention &m : std::as_const(m_mentions)) {
            if (m.type == EntityType::Money || m.type == EntityType::Percent)
                continue;
            if (!m_aliasSurfaces.contains(m.text))
                m_aliasSurfaces.insert(m.text, { m.type, m.canonical });
            if (m.type == EntityType::Organisation && m.text.count(u' ') == 1) {
                // "Zhipu AI" -> "Zhipu", "Cambricon Technologies" -> "Cambricon"
                static const QSet<QString> generic
                    = lowerSet({ u"ai", u"group", u"corp", u"corporation", u"co", u"inc", u"ltd", u"technologies",
                                 u"technology", u"holdings", u"intelligence", u"robotics", u"labs", u"lab" });
                const qsizetype space = m.text.indexOf(u' ');
                const QString head = m.text.left(space);
                if (generic.contains(m.text.mid(space + 1).toLower()) && head.size() >= 3 && head[0].isUpper()
                    && !stopWords().contains(head.toLower()) && m_gazetteer.lookup(head) < 0
                    && !m_aliasSurfaces.contains(head))
                    m_aliasSurfaces.insert(head, { EntityType::Organisation, m.canonical });
            }
            if (m.type == EntityType::Organisation && m.text.count(u' ') >= 2) {
                const QString acronym = AliasResolver::initials(m.text);
                if (acronym.size() >= 3 && !m_aliasSurfaces.contains(acronym))
                    m_aliasSurfaces.insert(acronym, { EntityType::Organisation, m.canonical });
            }
            if (m.type == EntityType::Person && !unicode::isHan(m.text[0].unicode())) {
                const QStringList parts = m.text.split(u' ', Qt::SkipEmptyParts);
                if (parts.size() >= 2) {
                    for (const QString &part : { parts.first(), parts.last() })
                        if (part.size() >= 2 && !stopWords().contains(part.toLower())
                            && !m_aliasSurfaces.contains(part))
                            m_aliasSurfaces.insert(part, { EntityType::Person, {} });
                }
            }
        }
        if (m_aliasSurfaces.isEmpty())
            return;
        if (m_hasHan) {
            for (auto it = m_aliasSurfaces.cbegin(); it != m_aliasSurfaces.cend(); ++it) {
                const QString &surface = it.key();
                if (surface.size() < 2 || !unicode::isHan(surface[0].unicode()))
                    continue;
                for (qsizetype at = m_text.indexOf(surface); at >= 0; at = m_text.indexOf(surface, at + surface.size()))
                    add(at, at + surface.size(), it->first, Propagated, it->second);
            }
        }
        const int n = int(m_t.size());
        for (int i = 0; i < n; ++i) {
            if (!capitalised(i))
                continue;
            for (int len = 4; len >= 1; --len) {
                const int last = i + len - 1;
                if (last >= n)
                    continue;
                const QString surface = m_text.mid(m_t[i].start, m_t[last].end - m_t[i].start).toString();
                const auto it = m_aliasSurfaces.constFind(surface);
                if (it == m_aliasSurfaces.cend())
                    continue;
                add(m_t[i].start, m_t[last].end, it->first, Propagated, it->second);
                i = last;
                break;
            }
        }
    }

    QStringView m_text;
    const QList<Token> &m_t;
    const Gazetteer &m_gazetteer;
    bool m_hasHan = false;
    QList<Candidate> m_candidates;
    QList<EntityMention> m_mentions;
    QList<std::pair<qsizetype, qsizetype>> m_linkStarts;
    QHash<QString, std::pair<EntityType, QString>> m_aliasSurfaces;

public:
    void setHasHan(bool hasHan) { m_hasHan = hasHan; }
};

} // namespace

EntityExtractor::EntityExtractor(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{ }

ExtractedEntities EntityExtractor::extract(QStringView text, const QList<Token> &tokens) const
{
    Extraction extraction(text, tokens, m_gazetteer);
    bool hasHan = false;
    for (const Token &t : tokens)
        if (t.kind == Token::Kind::Han) {
            hasHan = true;
            break;
        }
    extraction.setHasHan(hasHan);
    return extraction.run();
}

} // namespace casebook
