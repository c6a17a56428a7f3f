// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityextractor.h"

#include "aliasresolver.h"
#include "chineselexicon.h"
#include "chineseplacecues.h"
#include "chineseproductcues.h"
#include "englishwords.h"
#include "gazetteer.h"
#include "moneyvalue.h"
#include "scriptconverter.h"
#include "util/unicodescript.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>
#include <vector>

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

/// Which candidate wins between spans of the same length: a name the article itself typed (a person's family name
/// met again) beats the gazetteer's guess ("Osaka" after "Naomi Osaka"), which beats rules and jieba's lexicon.
enum Priority { Unknown = 0, Propagated = 1, Lexicon = 2, Rule = 3, Listed = 4, Consistent = 5, Number = 6 };

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
        u"hoa",
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
        u"robotics",
        u"intelligence",
        u"financial",
        u"bancorp",
        u"brokerage",
        u"rovers",
        u"wanderers",
        u"athletic",
        u"hotspur",
        u"albion",
        u"fc",
        u"afc",
        u"united",
        u"airways",
        u"automotive",
        u"therapeutics",
        u"biotech",
        u"dynamics",
        u"industries",
        u"solutions",
        u"studios",
        u"pictures",
        u"entertainment",
        u"motor",
        u"steel",
        u"bros",
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
        u"panel",      u"foundation",  u"fund",           u"authority",   u"league",  u"party",
    });
    return set;
}

const QSet<QString> &placeSuffixes()
{
    static const QSet<QString> set = lowerSet({
        u"province",  u"city",   u"county",       u"district",  u"prefecture", u"region", u"island",  u"islands",
        u"valley",    u"state",  u"municipality", u"town",      u"village",    u"bay",    u"river",   u"mountains",
        u"lake",      u"sea",    u"ocean",        u"peninsula", u"strait",     u"delta",  u"street",  u"avenue",
        u"road",      u"square", u"heights",      u"hills",     u"stadium",    u"arena",  u"airport", u"lane",
        u"boulevard", u"bridge", u"park",         u"beach",     u"coast",      u"key",    u"keys",    u"point",
        u"bend",      u"drive",  u"highway",      u"parkway",   u"isle",       u"hall",
    });
    return set;
}

const QSet<QString> &titles()
{
    static const QSet<QString> set = lowerSet({
        u"president",
        u"premier",
        u"sen",
        u"rep",
        u"gov",
        u"clerk",
        u"treasurer",
        u"attorney",
        u"councilmember",
        u"councilman",
        u"councilwoman",
        u"councillor",
        u"alderman",
        u"sheriff",
        u"coach",
        u"striker",
        u"goalkeeper",
        u"midfielder",
        u"defender",
        u"captain",
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
        u"strategist",
        u"forecaster",
        u"meteorologist",
        u"trader",
        u"banker",
        u"coach",
        u"striker",
        u"midfielder",
        u"defender",
        u"goalkeeper",
        u"captain",
        u"referee",
        u"player",
        u"champion",
        u"governor",
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
        u"股份有限公司"_s,
        u"有限责任公司"_s,
        u"有限公司"_s,
        u"委员会"_s,
        u"研究院"_s,
        u"研究所"_s,
        u"实验室"_s,
        u"公司"_s,
        u"集团"_s,
        u"医院"_s,
        u"大学"_s,
        u"学院"_s,
        u"银行"_s,
        u"协会"_s,
        u"政府"_s,
        u"中心"_s,
        u"法院"_s,
        u"检察院"_s,
        u"办公室"_s,
        u"研究中心"_s,
        u"卫健委"_s,
        u"市委"_s,
        u"省委"_s,
        u"县委"_s,
        u"区委"_s,
        u"通讯社"_s,
        u"出版社"_s,
        u"日报网"_s,
        u"时报网"_s,
        u"晚报网"_s,
        u"新闻网"_s,
        u"日报"_s,
        u"晚报"_s,
        u"时报"_s,
        u"商报"_s,
        u"早报"_s,
        u"证券报"_s,
        u"局"_s,
        u"部"_s,
        u"厅"_s,
        u"委"_s,
        u"办"_s,
        u"署"_s,
        u"社"_s,
        u"控股"_s,
        u"股份"_s, // a listed company's short name: 华平股份
        // leagues and foundations; police stations and fire brigades (竹崎分局, 梅山消防分队)
        u"联盟"_s,
        u"联合会"_s,
        u"基金会"_s,
        u"分局"_s,
        u"派出所"_s,
        u"分驻所"_s,
        u"联合所"_s,
        u"大队"_s,
        u"分队"_s,
        u"支队"_s,
        u"中队"_s,
    };
    return list;
}

const QStringList &chinesePersonAfter()
{
    static const QStringList list = {
        u"表示"_s,
        u"说"_s,
        u"称"_s,
        u"指出"_s,
        u"认为"_s,
        u"介绍"_s,
        u"透露"_s,
        u"坦言"_s,
        u"强调"_s,
        u"告诉"_s,
        u"解释"_s,
        u"回忆"_s,
        u"先生"_s,
        u"女士"_s,
        u"教授"_s,
        u"博士"_s,
        u"院士"_s,
        u"总经理"_s,
        u"董事长"_s,
        u"主任"_s,
        u"书记"_s,
        u"市长"_s,
        u"省长"_s,
        u"局长"_s,
        u"部长"_s,
        u"总裁"_s,
        u"经理"_s,
        u"创始人"_s,
        u"主席"_s,
        u"总理"_s,
        u"院长"_s,
        u"副"_s,
        u"提到"_s,
        u"表明"_s,
        u"希望"_s,
        u"建议"_s,
        u"同志"_s,
        u"医生"_s,
        u"老师"_s,
        u"宣布"_s,
        u"出席"_s,
        u"主持"_s,
        u"会见"_s,
        u"谈到"_s,
        u"说道"_s,
        u"发言"_s,
        u"总统"_s,
        u"副总统"_s,
        u"秘书长"_s,
        u"署长"_s,
        u"校长"_s,
        u"行长"_s,
        u"接见"_s,
        u"致词"_s,
        u"致辞"_s,
        u"呼吁"_s,
        u"感谢"_s,
        u"提醒"_s,
        u"畅想"_s,
        u"发表"_s,
        u"回应"_s,
        u"坦承"_s,
        u"直言"_s,
        u"受访"_s,
        u"质询"_s,
        u"批评"_s,
        u"质疑"_s,
        // what players do in a match report: 朱迦恩敲出二垒安打, 陈韵文登板, 王柏融关键安打
        u"敲出"_s,
        u"击出"_s,
        u"轰出"_s,
        u"挥出"_s,
        u"选到"_s,
        u"登板"_s,
        u"主投"_s,
        u"建功"_s,
        u"安打"_s,
        u"关键安打"_s,
        u"适时安打"_s,
        u"二垒安打"_s,
        u"连续敲安"_s,
        u"敲安"_s,
        u"被三振"_s,
        u"获得"_s,
        u"进球"_s,
        u"破门"_s,
        u"助攻"_s,
        // and in a basketball report: 陈盈骏贡献全场最高的26分, 卢峻翔抓下篮板
        u"贡献"_s,
        u"攻下"_s,
        u"砍下"_s,
        u"抓下"_s,
        u"抢下"_s,
        u"投进"_s,
        u"命中"_s,
    };
    return list;
}

const QStringList &chinesePersonBefore()
{
    static const QStringList list = {
        u"董事长"_s,
        u"总经理"_s,
        u"总裁"_s,
        u"创始人"_s,
        u"首席执行官"_s,
        u"主任"_s,
        u"教授"_s,
        u"院长"_s,
        u"书记"_s,
        u"市长"_s,
        u"局长"_s,
        u"部长"_s,
        u"记者"_s,
        u"主席"_s,
        u"总理"_s,
        u"专家"_s,
        u"研究员"_s,
        u"工程师"_s,
        u"负责人"_s,
        u"经理"_s,
        u"博士"_s,
        u"院士"_s,
        u"创办人"_s,
        u"副总裁"_s,
        u"医生"_s,
        u"医师"_s,
        u"校长"_s,
        u"省长"_s,
        u"委员"_s,
        u"代表"_s,
        u"CEO"_s,
        u"总监"_s,
        u"主管"_s,
        u"处长"_s,
        u"科长"_s,
        u"作者"_s,
        u"编辑"_s,
        u"总统"_s,
        u"副总统"_s,
        u"秘书长"_s,
        u"主委"_s,
        u"署长"_s,
        u"领袖"_s,
        u"秘书"_s,
        u"发言人"_s,
        u"行长"_s,
        u"厅长"_s,
        u"司长"_s,
        u"社长"_s,
        u"教练"_s,
        u"球员"_s,
        u"董事"_s,
        u"总编辑"_s,
        u"议员"_s,
        u"立委"_s,
        u"教头"_s,
        u"领队"_s,
        u"队长"_s,
        u"选手"_s,
        u"投手"_s,
        u"捕手"_s,
        u"新秀"_s,
        u"通讯员"_s,
        u"执行长"_s,
        u"理事长"_s,
        u"会长"_s,
        u"律师"_s,
        u"法官"_s,
        u"检察官"_s,
        u"主播"_s,
        u"董座"_s,
        // local officials and police; roles in a match (终结者陈韵文, 代打胡金龙)
        u"所长"_s,
        u"警员"_s,
        u"员警"_s,
        u"警官"_s,
        u"里长"_s,
        u"区长"_s,
        u"镇长"_s,
        u"乡长"_s,
        u"村长"_s,
        u"县长"_s,
        u"议长"_s,
        u"终结者"_s,
        u"守护神"_s,
        u"中继"_s,
        u"代打"_s,
        u"打者"_s,
    };
    return list;
}

/// Which characters a list's words start (or end) with: the lists are read at nearly every Chinese character, and
/// most characters start none of their words.
std::vector<bool> charactersOf(const QStringList &words, bool last)
{
    std::vector<bool> table(0x10000, false);
    for (const QString &word : words)
        table[(last ? word.back() : word.front()).unicode()] = true;
    return table;
}

/// A list's words grouped by the character they start (or end) with: where a character starts some of them, only
/// those are compared (大, 中 and 主 start words of several lists and stand nearly everywhere).
class WordIndex
{
public:
    WordIndex(const QStringList &words, bool byLast)
        : m_slot(0x10000, -1)
    {
        for (const QString &word : words) {
            qint16 &slot = m_slot[(byLast ? word.back() : word.front()).unicode()];
            if (slot < 0) {
                slot = qint16(m_lists.size());
                m_lists.emplace_back();
            }
            m_lists[size_t(slot)].append(word);
        }
    }

    /// The words that start (end) with `c`, in the list's order.
    const QStringList &with(QChar c) const
    {
        static const QStringList none;
        const qint16 slot = m_slot[c.unicode()];
        return slot < 0 ? none : m_lists[size_t(slot)];
    }

private:
    std::vector<qint16> m_slot; ///< per character: its list in m_lists, or -1
    std::vector<QStringList> m_lists;
};

bool startsWithAny(QStringView text, const WordIndex &words)
{
    if (text.isEmpty())
        return false;
    for (const QString &word : words.with(text.front()))
        if (text.startsWith(word))
            return true;
    return false;
}

/// Q1 to Q4, H1, H2, FY and FY2024: parts of a financial year, no names.
bool isPeriodOfYear(QStringView word)
{
    if (word.size() == 2 && ((word[0] == u'Q' && word[1] >= u'1' && word[1] <= u'4') || word == u"H1" || word == u"H2"))
        return true;
    if (word.size() < 2 || word.size() > 6 || !word.startsWith(u"FY"))
        return false;
    for (const QChar c : word.mid(2))
        if (!c.isDigit())
            return false;
    return true;
}

bool isNameLike(QStringView word)
{
    if (word.isEmpty() || !word[0].isUpper())
        return false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        const QChar c = word[i];
        // McDonald, MacArthur, O'Brien, D'Angelo, DiMaria, DeSantis, LaGuardia
        static const QStringList particles = { u"Mc"_s, u"Di"_s, u"De"_s, u"La"_s, u"Le"_s, u"Du"_s };
        const bool prefixed = c.isUpper()
            && ((i == 2
                 && std::any_of(particles.cbegin(), particles.cend(),
                                [&](const QString &particle) { return word.startsWith(particle); }))
                || (i == 3 && word.startsWith(u"Mac")) || (i == 2 && (word[1] == u'\'' || word[1] == u'\u2019')));
        if (!c.isLower() && c != u'-' && c != u'\'' && c != u'\u2019' && !prefixed)
            return false;
    }
    return true;
}

bool isAllCaps(QStringView word)
{
    if (word.size() < 2)
        return false;
    for (const QChar c : word)
        if (!c.isUpper())
            return false;
    return true;
}

/// Last words of names that are no organisation's: indexes, events, laws, documents ("Nasdaq Composite", "French
/// Open", "World AI Conference").
const QSet<QString> &notOrganisationEnds()
{
    static const QSet<QString> set = lowerSet(
        { u"average",      u"composite",     u"index",      u"indices",     u"open",        u"slam",     u"cup",
          u"championship", u"championships", u"games",      u"finals",      u"final",       u"olympics", u"tournament",
          u"festival",     u"summit",        u"conference", u"expo",        u"week",        u"awards",   u"prize",
          u"day",          u"year",          u"act",        u"law",         u"plan",        u"list",     u"initiative",
          u"programme",    u"program",       u"strategy",   u"rules",       u"regulations", u"report",   u"review",
          u"statement",    u"presentation",  u"meeting",    u"session",     u"hearing",     u"agenda",   u"budget",
          u"resolution",   u"ordinance",     u"amendment",  u"bill",        u"minutes",     u"update",   u"recap",
          u"survey",       u"study",         u"award",      u"coordinator", u"pledge" });
    return set;
}

const QSet<QString> &compassWords()
{
    static const QSet<QString> set = lowerSet(
        { u"north", u"south", u"east", u"west", u"northern", u"southern", u"eastern", u"western", u"central", u"upper",
          u"lower", u"greater", u"inner", u"outer", u"northeast", u"northwest", u"southeast", u"southwest", u"new" });
    return set;
}

/// Heads after "X, a ..." that say what X is.
const QSet<QString> &organisationNouns()
{
    static const QSet<QString> set = lowerSet({
        u"company",      u"firm",         u"bank",      u"brokerage",  u"maker",       u"manufacturer", u"developer",
        u"startup",      u"start-up",     u"group",     u"club",       u"lender",      u"insurer",      u"carrier",
        u"operator",     u"retailer",     u"publisher", u"agency",     u"broadcaster", u"newspaper",    u"chipmaker",
        u"automaker",    u"carmaker",     u"unit",      u"subsidiary", u"fund",        u"team",         u"consultancy",
        u"regulator",    u"supplier",     u"provider",  u"platform",   u"outlet",      u"side",         u"exchange",
        u"organisation", u"organization", u"institute", u"university", u"charity",     u"airline",      u"conglomerate",
        u"chain",        u"restaurant",
    });
    return set;
}

const QSet<QString> &placeNouns()
{
    static const QSet<QString> set
        = lowerSet({ u"city", u"town", u"village", u"county", u"province", u"region", u"district", u"port", u"country",
                     u"state", u"island", u"capital", u"municipality", u"prefecture", u"neighborhood", u"neighbourhood",
                     u"suburb", u"township" });
    return set;
}

class Extraction
{
public:
    Extraction(QStringView text, const QList<Token> &tokens, const Gazetteer &gazetteer, const ChineseLexicon &lexicon,
               const EnglishWords &english)
        : m_text(text)
        , m_t(tokens)
        , m_gazetteer(gazetteer)
        , m_lexicon(lexicon)
        , m_english(english)
    {
        m_wordStart.assign(size_t(text.size()) + 1, 1);
        m_partyTag.assign(size_t(tokens.size()), 0);
        m_lowerWords.resize(size_t(tokens.size()));
        m_commonWords.assign(size_t(tokens.size()), -1);
    }

    ExtractedEntities run(const AnalysisDeadline &deadline)
    {
        numbers();
        deadline.check();
        gazetteerNames();
        deadline.check();
        datelinesAndSites();
        partyAffiliations();
        scoreLines();
        rolesBeforeColon();
        capitalisedSpans();
        deadline.check();
        chinese();
        deadline.check();
        dropCandidatesAcrossWords();
        resolve();
        deadline.check();
        parentheses();
        longFormsOfListedNames();
        deadline.check();
        propagate();
        deadline.check();
        typeUnknownSpans();
        resolve();
        // the names typed by evidence in the last pass are found again too: "EPL" after "English Premier League"
        if (propagate())
            resolve();
        deadline.check();
        possessiveNames();
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
    /// The token in lower case, made once per token: the rules ask for it many times.
    const QString &lower(int i) const
    {
        QString &cached = m_lowerWords[size_t(i)];
        if (cached.isNull())
            cached = word(i).toString().toLower();
        return cached;
    }
    bool isDash(int i) const
    {
        return i >= 0 && i < m_t.size() && m_t[i].kind == Token::Kind::Punct
            && QStringView(u"-\u2013\u2014").contains(m_text[m_t[i].start]);
    }
    /// A plain English word (wamerican lists it in lower case), or a word of the stop list.
    bool isCommonWord(int i) const
    {
        qint8 &cached = m_commonWords[size_t(i)];
        if (cached < 0) {
            const QString &w = lower(i);
            cached = m_english.isCommon(w) || stopWords().contains(w) ? 1 : 0;
        }
        return cached == 1;
    }
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
            uR"((?:\s?(million|billion|trillion|thousand|mln|mn|bn|trn|tn|tr|m|b|k|M|B|K)\b)?)"
            uR"((?:\s?(yuan|renminbi|RMB|dollars?|US dollars|euros?|pounds?|yen|won|rupees?|USD|CNY|cents?)\b)?)"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression percent(
            uR"((?<![\w.])\d+(?:\.\d+)?\s?(?:%|％|percent\b|per cent\b|percentage points?\b))"
            uR"(|百分之[零〇一二两三四五六七八九十百点\d.]+)"
            // percentage points (0.12个百分点) and tenths (不到6成)
            uR"(|(?<![\w.])\d+(?:\.\d+)?个百分点|(?<![\w.])\d+成(?![\x{4e00}-\x{9fff}\d]))"_s);
        static const QRegularExpression chineseMoney(
            uR"((?:人民币)?(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?:[十百千万亿]+)?(?:美元|元|人民币|港元|欧元|日元|英镑))"
            uR"((?:人民币)?)"_s);
        money.optimize();
        percent.optimize();
        chineseMoney.optimize();
        // PCRE2 checks the whole subject for valid UTF-16 on every match unless told not to, which made this loop
        // quadratic: a 3 MB article of raw PDF syntax (a number every few characters) took a minute. The subject is
        // checked once here instead; lone surrogates become U+FFFD in a copy, which keeps every offset.
        QString repaired;
        QStringView subject = m_text;
        if (!m_text.isValidUtf16()) {
            repaired = m_text.toString();
            for (qsizetype k = 0; k < repaired.size(); ++k) {
                const QChar c = repaired[k];
                if (c.isHighSurrogate() && k + 1 < repaired.size() && repaired[k + 1].isLowSurrogate())
                    ++k;
                else if (c.isSurrogate())
                    repaired[k] = QChar::ReplacementCharacter;
            }
            subject = repaired;
        }
        constexpr auto anchoredUnchecked
            = QRegularExpression::AnchorAtOffsetMatchOption | QRegularExpression::DontCheckSubjectStringMatchOption;
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
                // every pattern below needs a currency before the number or a sign, unit or word after it: most
                // numbers (years, counts, scores) have neither and need no regular expression at all
                if (from == i) {
                    qsizetype after = i;
                    while (after < n && (isDigit(m_text[after]) || m_text[after] == u'.' || m_text[after] == u','))
                        ++after;
                    if (after < n && m_text[after] == u' ')
                        ++after;
                    const QChar next = after < n ? m_text[after] : QChar();
                    if (!next.isLetter() && next != u'%' && next != u'\uff05') {
                        skipUntil = after;
                        continue;
                    }
                }
                const auto m = money.match(subject, from, QRegularExpression::NormalMatch, anchoredUnchecked);
                if (m.hasMatch()
                    && (m.capturedLength(2) || m.capturedLength(3) || m.capturedLength(4) || m.capturedLength(7))) {
                    qsizetype end = m.capturedEnd();
                    while (end > m.capturedStart() && m_text[end - 1].isSpace())
                        --end;
                    add(m.capturedStart(), end, EntityType::Money, Number);
                    skipUntil = end;
                    continue;
                }
                const auto pm = percent.match(subject, i, QRegularExpression::NormalMatch, anchoredUnchecked);
                if (pm.hasMatch()) {
                    add(pm.capturedStart(), pm.capturedEnd(), EntityType::Percent, Number);
                    skipUntil = pm.capturedEnd();
                    continue;
                }
            }
            if (!m_hasHan)
                continue;
            if (c == u'百' && m_text.mid(i, 3) == u"百分之") {
                const auto pm = percent.match(subject, i, QRegularExpression::NormalMatch, anchoredUnchecked);
                if (pm.hasMatch()) {
                    add(pm.capturedStart(), pm.capturedEnd(), EntityType::Percent, Number);
                    skipUntil = pm.capturedEnd();
                }
                continue;
            }
            const bool numeral = chineseNumerals.contains(c) && !(i > 0 && chineseNumerals.contains(m_text[i - 1]));
            const bool rmb = c == u'人' && m_text.mid(i, 3) == u"人民币";
            if (digit || numeral || rmb) {
                const auto cm = chineseMoney.match(subject, i, QRegularExpression::NormalMatch, anchoredUnchecked);
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
        for (int i = 0; i < m_t.size(); ++i) {
            const Token &t = m_t[i];
            if (t.kind != Token::Kind::Word || t.length() < 4)
                continue;
            const QStringView w = m_text.mid(t.start, t.length());
            if (!isAllCaps(w))
                continue;
            const QString titled = w.left(1).toString() + w.mid(1).toString().toLower();
            const int entry = m_gazetteer.lookup(titled);
            if (entry >= 0 && m_gazetteer.entry(entry).type != EntityType::Person) {
                add(t.start, t.end, m_gazetteer.entry(entry).type, Listed, m_gazetteer.entry(entry).canonical);
                continue;
            }
            // a dateline: "STOCKHOLM — Stefanos Tsitsipas became ..."
            if (t.lineStart && isDash(i + 1) && !m_english.isCommon(titled.toLower()))
                add(t.start, t.end, EntityType::Place, Rule);
        }
        for (const Gazetteer::Match &match : m_gazetteer.findAll(m_text)) {
            const auto &entry = m_gazetteer.entry(match.entry);
            if (entry.standaloneOnly && insideCapitalisedName(match.start, match.end))
                continue;
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
            // "CS-DeepSeek": a listed name glued to a code in capitals names something else, a product
            if (match.start >= 2 && m_text[match.start - 1] == u'-' && m_text[match.start - 2].isUpper()
                && !unicode::isHan(m_text[match.start].unicode())) {
                qsizetype start = match.start - 1;
                while (start > 0 && m_text[start - 1].isUpper())
                    --start;
                if (start == 0 || !m_text[start - 1].isLetterOrNumber()
                    || unicode::isHan(m_text[start - 1].unicode())) {
                    add(start, end, EntityType::Product, Listed);
                    continue;
                }
            }
            add(match.start, end, entry.type, Listed, entry.canonical);
        }
    }

    /// Whether the text start..end is joined to a capitalised word before or after it: "Mika Osaka", "Kent County".
    bool insideCapitalisedName(qsizetype start, qsizetype end) const
    {
        auto capitalAt = [this](qsizetype at) { return at >= 0 && at < m_text.size() && m_text[at].isUpper(); };
        qsizetype before = start;
        while (before > 0 && m_text[before - 1] == u' ')
            --before;
        qsizetype wordStart = before;
        while (wordStart > 0 && m_text[wordStart - 1].isLetter())
            --wordStart;
        const bool joinedBefore = before < start && wordStart < before && capitalAt(wordStart);
        qsizetype after = end;
        while (after < m_text.size() && m_text[after] == u' ')
            ++after;
        const bool joinedAfter = after > end && capitalAt(after);
        return joinedBefore || joinedAfter;
    }

    /// Agency datelines in capitals, "NEW YORK (AP) —"; bylines in capitals, "BY SIMON KESLEP"; news sites
    /// named by their address, "ScienceMag.org".
    void datelinesAndSites()
    {
        const int n = int(m_t.size());
        auto allCapsWord = [this](int i) { return isWord(i) && m_t[i].length() >= 2 && isAllCaps(word(i)); };
        for (int i = 0; i < n; ++i) {
            if (m_t[i].lineStart && allCapsWord(i)) {
                int last = i;
                while (last + 1 < n && last - i < 3 && allCapsWord(last + 1) && !m_t[last + 1].lineStart)
                    ++last;
                if (lower(i) == u"by"_s && last > i + 1 && last - i <= 3
                    && (last + 1 >= n || m_t[last + 1].lineStart)) {
                    add(m_t[i + 1].start, m_t[last].end, EntityType::Person, Rule);
                    continue;
                }
                if (isPunct(last + 1, u'(') && allCapsWord(last + 2) && isPunct(last + 3, u')') && isDash(last + 4)) {
                    add(m_t[i].start, m_t[last].end, EntityType::Place, Rule);
                    add(m_t[last + 2].start, m_t[last + 2].end, EntityType::Organisation, Rule);
                }
                // "WEST PALM BEACH — Despite …": a dateline without an agency, before a dash and a sentence
                // (it opens the article: "DOWNLOAD THE APP – …" further down is a button)
                static const QSet<QString> notPlaces = lowerSet(
                    { u"update",  u"updated",   u"breaking",   u"exclusive", u"watch", u"live",   u"analysis",
                      u"opinion", u"editorial", u"correction", u"note",      u"video", u"photos", u"review",
                      u"by",      u"download",  u"subscribe",  u"read",      u"click", u"sign",   u"follow",
                      u"share",   u"get",       u"join",       u"listen" });
                if (isDash(last + 1) && !m_t[last + 1].lineStart && m_t[last + 1].start > m_t[last].end
                    && m_t[i].start < 600 && capitalised(last + 2) && !notPlaces.contains(lower(i))
                    && !notPlaces.contains(lower(last)))
                    add(m_t[i].start, m_t[last].end, EntityType::Place, Rule);
            }
            // "St. Louis" (and "St. Louis-based"): a saint's abbreviation before a name starts a place's name; after
            // one it is a street's ("113 W. Mountain St."), as are "Ave.", "Rd." and "Blvd."
            // (a first letter that starts none of these words needs no lower case made)
            const QChar first = isWord(i) ? m_text[m_t[i].start] : QChar();
            static const QSet<QString> streets = lowerSet({ u"st", u"ave", u"rd", u"blvd" });
            if ((first == u'S' || first == u'A' || first == u'R' || first == u'B') && m_t[i].length() <= 4
                && streets.contains(lower(i)) && isPunct(i + 1, u'.') && m_t[i + 1].start == m_t[i].end) {
                if (capitalised(i - 1) && !m_t[i].lineStart && m_t[i - 1].end + 1 == m_t[i].start) {
                    int a = i - 1;
                    while (a > 0 && i - a < 3 && capitalised(a - 1) && !m_t[a].lineStart && !isCommonStarter(a - 1))
                        --a;
                    qsizetype start = m_t[a].start;
                    if (a >= 2 && isPunct(a - 1, u'.') && word(a - 2).size() == 1
                        && QStringView(u"NSEW").contains(word(a - 2)[0]))
                        start = m_t[a - 2].start;
                    add(start, m_t[i + 1].end, EntityType::Place, Rule);
                } else if (lower(i) == u"st"_s && capitalised(i + 2) && m_t[i + 2].start == m_t[i + 1].end + 1
                           && !(i + 3 < n && m_t[i + 3].kind == Token::Kind::Possessive)) { // not "St. Mary's Hospital"
                    const QStringView name = word(i + 2);
                    const qsizetype hyphen = name.indexOf(u'-');
                    add(m_t[i].start, hyphen > 0 ? m_t[i + 2].start + hyphen : m_t[i + 2].end, EntityType::Place, Rule);
                }
            }
            // numbered roads: "Interstate 10", "Route 66", "U.S. 441"
            static const QSet<QString> roads = lowerSet({ u"interstate", u"route", u"highway", u"u.s." });
            if ((first == u'I' || first == u'R' || first == u'H' || first == u'U') && roads.contains(lower(i))
                && isWord(i + 1) && m_t[i + 1].start == m_t[i].end + 1
                && std::all_of(word(i + 1).cbegin(), word(i + 1).cend(), [](QChar c) { return c.isDigit(); }))
                add(m_t[i].start, m_t[i + 1].end, EntityType::Place, Rule);
            static const QSet<QString> domains = lowerSet({ u"com", u"org", u"net", u"cn", u"io", u"co" });
            if (capitalised(i) && isPunct(i + 1, u'.') && m_t[i + 1].start == m_t[i].end && isWord(i + 2)
                && m_t[i + 2].start == m_t[i + 1].end && domains.contains(lower(i + 2))
                && !(i + 3 < n && isPunct(i + 3, u'.') && m_t[i + 3].start == m_t[i + 2].end && isWord(i + 4)
                     && m_t[i + 4].start == m_t[i + 3].end))
                add(m_t[i].start, m_t[i + 2].end, EntityType::Organisation, Rule);
        }
    }

    /// "Sen. Dale Zorn (R-Ida)": a party's letter and a place in parentheses after a name, as US papers write a
    /// legislator's; the name is a person's and the place a place.
    void partyAffiliations()
    {
        const int n = int(m_t.size());
        for (int i = 2; i + 1 < n; ++i) {
            if (!isPunct(i - 1, u'(') || !isWord(i))
                continue;
            const QStringView w = word(i);
            if (w.size() < 3 || w[1] != u'-' || !QStringView(u"RDI").contains(w[0]) || !w[2].isUpper())
                continue;
            int close = i + 1;
            while (close < n && close - i <= 3 && capitalised(close))
                ++close;
            if (!isPunct(close, u')'))
                continue;
            add(m_t[i].start + 2, m_t[close - 1].end, EntityType::Place, Rule);
            for (int k = i; k < close; ++k)
                m_partyTag[size_t(k)] = 1;
            const int last = i - 2;
            int first = last;
            while (first > 0 && last - first < 2 && capitalised(first - 1) && isNameLike(word(first - 1))
                   && !isTitle(first - 1) && !m_t[first].lineStart)
                --first;
            if (capitalised(last) && isNameLike(word(last)) && !isTitle(first))
                add(m_t[first].start, m_t[last].end, EntityType::Person, Rule);
        }
    }

    /// "Chelsea 0 – 1 Manchester City": the names on both sides of a match score are teams, wherever else they
    /// stand in the article; a team's last word alone ("City", "United") is the team too.
    void scoreLines()
    {
        const int n = int(m_t.size());
        auto isScore = [this](int i) {
            if (!isWord(i) || m_t[i].length() > 2)
                return false;
            for (const QChar c : word(i))
                if (!c.isDigit())
                    return false;
            return true;
        };
        static const QSet<QString> teamWords = lowerSet({ u"city", u"united", u"town", u"rovers", u"athletic",
                                                          u"wanderers", u"albion", u"villa", u"hotspur", u"county" });
        for (int i = 2; i + 2 < n; ++i) {
            if (!isScore(i - 1) || !(isDash(i) || isPunct(i, u':')) || !isScore(i + 1))
                continue;
            const int b = i - 2;
            int a = b;
            while (a > 0 && b - a < 2 && !m_t[a].lineStart && capitalised(a - 1))
                --a;
            const int c = i + 2;
            int d = c;
            while (d + 1 < n && d - c < 2 && !m_t[d + 1].lineStart && capitalised(d + 1))
                ++d;
            if (!capitalised(b) || !capitalised(c) || isCalendarWord(b) || isCalendarWord(c))
                continue;
            for (const auto &[x, y] : { std::pair(a, b), std::pair(c, d) }) {
                const QString team = m_text.mid(m_t[x].start, m_t[y].end - m_t[x].start).toString();
                add(m_t[x].start, m_t[y].end, EntityType::Organisation, Consistent);
                m_aliasSurfaces.insert(team, { EntityType::Organisation, {} });
                m_teams.append(team);
                if (y > x && teamWords.contains(lower(y))) {
                    m_aliasSurfaces.insert(word(y).toString(), { EntityType::Organisation, team });
                    m_teams.append(word(y).toString());
                }
            }
        }
    }

    /// "Editors: Dou Shicong, Martin Kadiev": the names after a role and a colon at a line's start are people.
    void rolesBeforeColon()
    {
        const int n = int(m_t.size());
        for (int i = 0; i + 2 < n; ++i) {
            if (!m_t[i].lineStart || !isWord(i) || !isPunct(i + 1, u':'))
                continue;
            QString role = lower(i);
            if (role.endsWith(u's') && !titles().contains(role))
                role.chop(1);
            if (!titles().contains(role))
                continue;
            for (int k = i + 2; k < n && !m_t[k].lineStart;) {
                int e = k;
                while (e < n && capitalised(e) && !m_t[e].lineStart && isNameLike(word(e)))
                    ++e;
                if (e - k >= 2 && e - k <= 3)
                    add(m_t[k].start, m_t[e - 1].end, EntityType::Person, Rule);
                if (e < n && !m_t[e].lineStart && (isPunct(e, u',') || (isWord(e) && lower(e) == u"and"_s)))
                    k = e + 1;
                else
                    break;
            }
        }
    }

    // -- capitalised spans -----------------------------------------------------------------------------------
    void capitalisedSpans()
    {
        const int n = int(m_t.size());
        int i = 0;
        while (i < n) {
            if (!capitalised(i) || m_partyTag[size_t(i)]) {
                ++i;
                continue;
            }
            int j = i;
            int lastCap = i;
            while (j + 1 < n) {
                const int k = j + 1;
                if (m_t[k].lineStart)
                    break;
                // "Sheriff’s Office", "Children's Hospital": a plain word's possessive inside a name that ends like
                // an organisation's (not "China's Central Bank": a name's possessive names its owner)
                if (m_t[k].kind == Token::Kind::Possessive && isCommonWord(j) && capitalised(k + 1)
                    && !m_t[k + 1].lineStart) {
                    int e = k + 1;
                    while (e + 1 < n && capitalised(e + 1) && !m_t[e + 1].lineStart)
                        ++e;
                    if (orgSuffixes().contains(lower(e))) {
                        j = e;
                        lastCap = e;
                        continue;
                    }
                    break;
                }
                if (capitalised(k)) {
                    if (isCalendarWord(k))
                        break;
                    j = k;
                    lastCap = k;
                    continue;
                }
                if ((isWord(k) && connectors().contains(lower(k))) || isPunct(k, u'&')) {
                    if (!capitalised(k + 1) || m_t[k + 1].lineStart)
                        break;
                    j = k;
                    continue;
                }
                break;
            }
            span(i, lastCap);
            i = lastCap + 1;
        }
    }
    /// Whether [a, left] before "of" names a person or a place rather than starting a body's name ("Bank of
    /// China", "University of Hong Kong", "Republic of Korea" stay whole): a given name or a title first, two or
    /// three plain capitalised words before a name that ends like a firm, or a single listed place.
    bool personOrPlaceBeforeOf(int a, int left, int right, int b) const
    {
        for (int i = a; i <= left; ++i)
            if (orgHeads().contains(lower(i)) || orgSuffixes().contains(lower(i)) || placeSuffixes().contains(lower(i)))
                return false;
        if (m_gazetteer.words(u"given-names"_s).contains(word(a).toString()) || isTitle(a)
            || (a > 0 && isWord(a - 1) && (titles().contains(lower(a - 1)) || isTitle(a - 1))))
            return left > a || isTitle(a) || (a > 0 && isWord(a - 1) && isTitle(a - 1));
        if (left == a && right <= b) {
            const int entry = m_gazetteer.lookup(word(a).toString());
            return entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Place;
        }
        const bool firmAfter = orgSuffixes().contains(lower(b));
        if (!firmAfter || left - a > 2)
            return false;
        for (int i = a; i <= left; ++i)
            if (!isWord(i) || !capitalised(i) || isCommonWord(i))
                return false;
        return true;
    }

    bool isTitle(int i) const
    {
        const QString w = lower(i);
        if (titles().contains(w) || w.endsWith(u"-elect"_s)) // "Secretary of State-elect"
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
        // storms are events named like people: "Tropical Storm Hermine", "Hurricane Ian", "Typhoon Doksuri"
        static const QSet<QString> storms = lowerSet({ u"hurricane", u"typhoon", u"cyclone", u"storm", u"depression" });
        for (int k = a; k < b; ++k) {
            const QChar first = m_text[m_t[k].start]; // (a lower case is made only for the words it may be)
            if (QStringView(u"HhTtCcSsDd").contains(first) && storms.contains(lower(k)) && capitalised(k + 1)
                && (k == a || lower(k - 1) == u"tropical"_s))
                return;
        }
        // "Secretary of State (SOS)": a name its acronym follows in parentheses is a body's, title or not
        if (b > a && isPunct(b + 1, u'(') && isWord(b + 2) && isAllCaps(word(b + 2)) && isPunct(b + 3, u')')
            && !(placeSuffixes().contains(lower(b)) && !isTitle(a) && !orgHeads().contains(lower(a)))
            && !compassWords().contains(lower(a)) && !notOrganisationEnds().contains(lower(b))) {
            QString every;
            QString capitals;
            for (int k = a; k <= b; ++k)
                if (isWord(k)) {
                    every += word(k)[0].toUpper();
                    if (capitalised(k))
                        capitals += word(k)[0];
                }
            if (word(b + 2) == every || word(b + 2) == capitals) {
                add(m_t[a].start, m_t[b].end, EntityType::Organisation, Rule);
                return;
            }
        }
        // a title inside the span: "Later Mr Hu", "Chinese President Xi Jinping" (not "Premier League")
        for (int t = b - 1; t > a; --t) {
            // a plain first word is a given name when a name follows it: "HOA President Art Goldzweig"
            if (capitalised(t) && isTitle(t) && capitalised(t + 1)
                && (!isCommonWord(t + 1) || m_gazetteer.words(u"given-names"_s).contains(word(t + 1).toString())
                    || (t + 2 == b && capitalised(b) && !isCommonWord(b) && isNameLike(word(b))))) {
                span(a, t - 1);
                span(t, b);
                return;
            }
        }
        // leading junk: sentence starters, function words, adjectives of nationality
        // "Tencent-backed Enflame": the backer names the one after it an organisation
        for (const QStringView made : { u"-backed", u"-owned", u"-funded", u"-controlled" })
            if (a < b && lower(a).endsWith(made) && capitalised(a + 1)) {
                add(m_t[a + 1].start, spanEnd(b), EntityType::Organisation, Rule);
                return;
            }
        // "Big Bend", "Long Beach": an adjective the stop list drops is part of a place's name before its head
        static const QSet<QString> namingAdjectives = lowerSet({ u"big", u"great", u"little", u"grand", u"long" });
        if (b == a + 1 && namingAdjectives.contains(lower(a)) && placeSuffixes().contains(lower(b)) && capitalised(a)) {
            add(m_t[a].start, m_t[b].end, EntityType::Place, Rule);
            return;
        }
        // (but a body's head before "of" starts its name: "Bank of America and …" opening a sentence)
        auto headOf
            = [this](int i) { return orgHeads().contains(lower(i)) && isWord(i + 1) && lower(i + 1) == u"of"_s; };
        // (but an adjective that starts a longer name stays: "New York Stock Exchange", "National League North")
        auto startsName = [&](int i) {
            static const QSet<QString> adjectives = lowerSet({ u"new", u"national", u"central", u"federal", u"general",
                                                               u"royal", u"international", u"united", u"global" });
            if (i >= b || !adjectives.contains(lower(i)) || !capitalised(i) || !capitalised(i + 1))
                return false;
            const int place = m_gazetteer.lookup(word(i).toString() + u' ' + word(i + 1).toString());
            if (place >= 0)
                return true;
            for (int k = i + 1; k <= b; ++k)
                if (orgSuffixes().contains(lower(k)) || orgHeads().contains(lower(k)))
                    return true;
            return false;
        };
        while (a <= b
               && ((stopWords().contains(lower(a)) && !startsName(a))
                   || (m_t[a].sentenceStart && a < b && isCommonStarter(a) && !headOf(a) && !startsName(a))))
            ++a;
        // "Senate Republicans", "House Democrats": a party's members name no body; the chamber before them does
        static const QSet<QString> partyMembers
            = lowerSet({ u"republicans", u"democrats", u"conservatives", u"liberals", u"tories" });
        bool members = false;
        while (b > a && partyMembers.contains(lower(b))) {
            --b;
            members = true;
        }
        static const QSet<QString> chambers = lowerSet({ u"house", u"senate", u"assembly" });
        if (members && a == b && chambers.contains(lower(a))) {
            add(m_t[a].start, m_t[a].end, EntityType::Organisation, Rule);
            return;
        }
        if (a + 2 <= b && isWord(a + 1) && lower(a + 1) == u"of"_s && lower(a).endsWith(u's') && isCommonWord(a)
            && !orgSuffixes().contains(lower(a)) && !placeSuffixes().contains(lower(a)))
            a += 2;
        // "Paul Westra of Cowen and Co.", "Mr Jiang of Yizhi Intelligence", "Priya Raman of Hollis Research": a
        // person of an organisation; "China of Nvidia" (shipments to China of Nvidia's chips): a place, then a firm
        for (int k = a + 1; k < b; ++k)
            if (isWord(k) && lower(k) == u"of"_s && capitalised(k - 1) && capitalised(k + 1)
                && personOrPlaceBeforeOf(a, k - 1, k + 1, b)) {
                span(a, k - 1);
                span(k + 1, b);
                return;
            }
        bool personCue = false;
        while (a < b && isTitle(a)) {
            personCue = true;
            ++a;
        }
        if (a == b && isTitle(a) && isPunct(a + 1, u'.')) // "Dr." before a name in capitals ("Dr. KIM Soo-jin")
            return;
        if (a > 0 && isWord(a - 1) && titles().contains(lower(a - 1)))
            personCue = true;
        // "Ms. LI Na", "Mr. Xi"
        if (a > 1 && isPunct(a - 1, u'.') && isWord(a - 2) && titles().contains(lower(a - 2)))
            personCue = true;
        while (a <= b && !capitalised(a))
            ++a;
        while (b >= a && !capitalised(b))
            --b;
        if (a > b)
            return;
        // two names joined by "and": "China Southern Power Grid and China Oil and Gas Pipeline Network Corp",
        // "AliCloud and Huawei Cloud", "England and Wales" -- but not "Ministry of Industry and Information
        // Technology", where a plain word ("industry") stands before "and"
        for (int k = a + 1; k < b; ++k) {
            if (!isWord(k) || lower(k) != u"and"_s || !capitalised(k - 1))
                continue;
            // "Cowen and Co.", "Johnson and Sons": one firm
            if (k + 1 == b && (lower(b) == u"co"_s || lower(b) == u"sons"_s || lower(b) == u"company"_s))
                break;
            const QString left = m_text.mid(m_t[a].start, m_t[k - 1].end - m_t[a].start).toString();
            if ((k - 1 > a && orgSuffixes().contains(lower(k - 1))) || m_gazetteer.lookup(left) >= 0
                || !isCommonWord(k - 1)) {
                span(a, k - 1);
                span(k + 1, b);
                return;
            }
        }
        if (isOrganisation(a, b)) {
            add(m_t[a].start, spanEnd(b), EntityType::Organisation, Rule);
            // "Zhenjiang Municipal Data Bureau": the name before "Municipal" is a city's, met alone elsewhere
            static const QSet<QString> levels = lowerSet({ u"municipal", u"provincial", u"prefectural" });
            if (b >= a + 2 && levels.contains(lower(a + 1)) && isNameLike(word(a)) && !isCommonWord(a)
                && !m_aliasSurfaces.contains(word(a).toString()))
                m_aliasSurfaces.insert(word(a).toString(), { EntityType::Place, {} });
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

    /// Where an organisation's span ends: "Co." and "Inc." keep their full stop.
    qsizetype spanEnd(int b) const
    {
        static const QSet<QString> abbreviations = lowerSet({ u"co", u"inc", u"corp", u"ltd", u"bros" });
        if (isPunct(b + 1, u'.') && m_t[b + 1].start == m_t[b].end && abbreviations.contains(lower(b)))
            return m_t[b + 1].end;
        return m_t[b].end;
    }

    bool isCommonStarter(int i) const
    {
        // a capitalised word at a sentence start that is also a plain English word: "Investors", "Every"
        const QString w = lower(i);
        return w.endsWith(u"ly"_s) || w.endsWith(u"ing"_s) || w.endsWith(u"ed"_s)
            || (w.endsWith(u"s"_s) && !w.endsWith(u"ss"_s) && w.size() > 4 && titles().contains(w.chopped(1)))
            || (m_english.isCommon(w) && !m_english.isName(word(i).toString()));
    }

    bool isOrganisation(int a, int b) const
    {
        // "Oath of Office": the suffix is the object of a plain word, not the head of a name (but "Bank of Canada")
        const bool suffixAfterOf = b >= a + 2 && isWord(b - 1) && lower(b - 1) == u"of"_s && isCommonWord(a)
            && !orgHeads().contains(lower(a)) && !orgSuffixes().contains(lower(a));
        if (b > a && orgSuffixes().contains(lower(b)) && capitalised(b) && !suffixAfterOf)
            return true;
        // "Bank of England"; "Intergovernmental Panel on Climate Change", "Institute for Fiscal Studies"
        for (int k = a; k < b; ++k)
            if (orgHeads().contains(lower(k)) && capitalised(k) && isWord(k + 1)
                && (lower(k + 1) == u"of"_s || lower(k + 1) == u"on"_s || lower(k + 1) == u"for"_s))
                return true;
        for (int k = a + 1; k < b; ++k)
            if (isPunct(k, u'&'))
                return true; // "Marlow & Finch", "JPMorgan Chase & Co."
        // a known organisation's longer name: "Thomson Reuters", "Google DeepMind" (not a headline's run of
        // capitals that ends in one: "… Despite Hitting Profit Target")
        if (b > a && b - a <= 3 && !inTitleCaseLine(a)) {
            const int entry = m_gazetteer.lookup(word(b).toString());
            if (entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Organisation
                && m_gazetteer.lookup(m_text.mid(m_t[a].start, m_t[b].end - m_t[a].start).toString()) < 0)
                return true;
        }
        return false;
    }

    void part(int a, int b, bool personCue)
    {
        const int count = b - a + 1;
        if (count == 1 && word(a).size() < 2)
            return;
        const QString last = lower(b);
        // a legislature named alone: "The Senate voted"
        static const QSet<QString> legislatures
            = lowerSet({ u"senate", u"congress", u"parliament", u"legislature", u"politburo" });
        if (count == 1 && legislatures.contains(last)) {
            add(m_t[a].start, m_t[b].end, EntityType::Organisation, Rule);
            return;
        }
        // quarters and halves of a financial year: "Q1 results", "H2", "FY2024"
        if (count == 1 && isPeriodOfYear(word(a)))
            return;
        const bool givenName = count == 2 && m_gazetteer.words(u"given-names"_s).contains(word(a).toString());
        // a place's head that is also a family name ("Park", "Hill") after a given name is a person's; a street or
        // an island is no one's ("Arthur Street", "St. George Island")
        static const QSet<QString> familyNames
            = lowerSet({ u"park", u"hills", u"heights", u"bridge", u"lake", u"key", u"town", u"valley", u"hall" });
        const bool speaks = isWord(b + 1) && speechVerbs().contains(lower(b + 1)); // "Stuart Hall said"
        if (count >= 2 && placeSuffixes().contains(last) && capitalised(b) && !speaks
            && (!givenName || !familyNames.contains(last))) {
            // "Shenzhen Futian District": a known city before a district's name is a place of its own
            const int city = count >= 3 ? m_gazetteer.lookup(word(a).toString()) : -1;
            const bool cityFirst = city >= 0 && m_gazetteer.entry(city).type == EntityType::Place;
            // "St. George Island": the saint's abbreviation belongs to the name
            const bool saint
                = a >= 2 && isPunct(a - 1, u'.') && word(a - 2) == u"St" && m_t[a - 1].start == m_t[a - 2].end;
            add(m_t[cityFirst ? a + 1 : (saint ? a - 2 : a)].start, m_t[b].end, EntityType::Place, Rule);
            return;
        }
        // "Northern Ireland", "West Midlands", "South Yorkshire"
        if (count >= 2 && count <= 3 && compassWords().contains(lower(a)) && !isCommonWord(b)) {
            add(m_t[a].start, m_t[b].end, EntityType::Place, Rule);
            return;
        }
        // assistants and models named after what they are: "Mind GPT", "NOMI GPT", "Ernie Bot"
        static const QSet<QString> productSuffixes = lowerSet({ u"gpt", u"bot", u"chat", u"copilot", u"llm" });
        if (count >= 2 && productSuffixes.contains(last)) {
            add(m_t[a].start, m_t[b].end, EntityType::Product, Rule);
            return;
        }
        // "WANG Xiaoming", "Ms. LI Na": a family name in capitals before the given name
        bool capitalFamily = false;
        bool nameLike = count <= 4;
        for (int k = a; k <= b && nameLike; ++k) {
            const bool capitals = count >= 2 && isAllCaps(word(k)) && word(k).size() <= 12;
            capitalFamily = capitalFamily || capitals;
            nameLike = isNameLike(word(k)) || capitals;
        }
        if (!nameLike) {
            if (!isTitle(b))
                m_unknown.append({ a, b });
            return;
        }
        const QString first = word(a).toString();
        const QString firstTitled = first.left(1) + first.mid(1).toLower();
        const bool pinyinFamily = m_gazetteer.words(u"pinyin-surnames"_s).contains(capitalFamily ? firstTitled : first);
        if (capitalFamily && !personCue && !pinyinFamily) {
            // "NBA Finals", "US Open": capitals that are no family name; the context may still type the span
            // ("the investment firm ING Barings")
            if (organisationCueBefore(a))
                m_unknown.append({ a, b });
            return;
        }
        // a title alone, or a plain word after a role, names nobody: "Chief Executive", "Executive Summary" (but
        // "Mr Xi": after a courtesy title any name is a person's)
        static const QSet<QString> courtesy
            = lowerSet({ u"mr", u"mrs", u"ms", u"miss", u"dr", u"sir", u"prof", u"professor", u"madam" });
        const bool afterCourtesy = (a > 0 && isWord(a - 1) && courtesy.contains(lower(a - 1)))
            || (a > 1 && isPunct(a - 1, u'.') && isWord(a - 2) && courtesy.contains(lower(a - 2)));
        bool onlyCommon = !afterCourtesy;
        for (int k = a; k <= b && onlyCommon; ++k)
            onlyCommon = isTitle(k) || (count == 1 && isCommonWord(k));
        if (personCue) {
            if (!onlyCommon)
                add(m_t[a].start, m_t[b].end, EntityType::Person, Rule);
            return;
        }
        if (count < 2) {
            // "Xi said": a Chinese surname alone, speaking
            if (isWord(b + 1) && speechVerbs().contains(lower(b + 1))
                && m_gazetteer.words(u"pinyin-surnames"_s).contains(word(a).toString()))
                add(m_t[a].start, m_t[b].end, EntityType::Person, Rule);
            else if (!(m_t[a].sentenceStart && isCommonWord(a)) && !isCalendarWord(a))
                m_unknown.append({ a, b });
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
        // a byline: "by Eric Wiegand"
        if (a > 0 && isWord(a - 1) && lower(a - 1) == u"by"_s && count <= 3)
            cue = true;
        if (pinyinFamily || m_gazetteer.words(u"given-names"_s).contains(first))
            cue = cue || count <= 3;
        if (organisationCueBefore(a)) {
            m_unknown.append({ a, b }); // "an analyst at Sanford Bernstein": a firm named after its founders
            return;
        }
        if (cue)
            add(m_t[a].start, m_t[b].end, EntityType::Person, Rule);
        else if (!isTitle(b)) // "Associate Director" names no one
            m_unknown.append({ a, b });
    }

    /// Words before a name that make it an organisation's: "an analyst at Sanford Bernstein", "the investment firm
    /// ING Barings", "Tencent-backed Enflame". They outweigh a given name ("Sanford") or capitals ("ING").
    bool organisationCueBefore(int a) const
    {
        int before = a - 1;
        if (isWord(before) && lower(before) == u"the"_s)
            --before;
        if (!isWord(before))
            return false;
        const QString &prev = lower(before);
        // "Tencent-backed Enflame", "Beijing-based Zhipu" (one token, joined across the hyphen)
        for (const QStringView made : { u"-backed", u"-owned", u"-funded", u"-based", u"-controlled" })
            if (prev.endsWith(made))
                return true;
        if (capitalised(before))
            return false;
        const QString prevPrev = isWord(before - 1) ? lower(before - 1) : QString();
        if ((prev == u"at"_s || prev == u"with"_s || prev == u"of"_s || prev == u"for"_s) && !prevPrev.isEmpty()) {
            QString role = prevPrev;
            if (role.endsWith(u's') && !titles().contains(role))
                role.chop(1);
            return titles().contains(role);
        }
        static const QSet<QString> nounsBefore
            = lowerSet({ u"firm",      u"company",      u"bank",       u"brokerage",   u"maker",     u"manufacturer",
                         u"developer", u"startup",      u"start-up",   u"lender",      u"insurer",   u"carrier",
                         u"operator",  u"retailer",     u"publisher",  u"broadcaster", u"newspaper", u"chipmaker",
                         u"automaker", u"carmaker",     u"subsidiary", u"consultancy", u"regulator", u"supplier",
                         u"provider",  u"conglomerate", u"airline",    u"giant" });
        if (nounsBefore.contains(prev))
            return true;
        return false;
    }

    // -- capitalised spans no rule typed: context, lists and the rest of the article decide -----------------
    std::optional<EntityType> contextType(int a, int b) const
    {
        if (organisationCueBefore(a))
            return EntityType::Organisation;
        int before = a - 1;
        if (isWord(before) && (lower(before) == u"the"_s || lower(before) == u"both"_s))
            --before;
        const QString prev = isWord(before) ? lower(before) : QString();
        const QString prevPrev = isWord(before - 1) ? lower(before - 1) : QString();
        static const QSet<QString> placePrepositions
            = lowerSet({ u"in", u"across", u"near", u"throughout", u"outside", u"around", u"northern", u"southern",
                         u"eastern", u"western", u"central" });
        bool plainNames = true; // no digits, no hyphenated modifiers: not "in FP8", "in U-turn"
        for (int k = a; k <= b; ++k)
            plainNames = plainNames && (!capitalised(k) || (isNameLike(word(k)) && !word(k).contains(u'-')));
        // "Pep Guardiola’s side": a manager's side or team is named after a person
        static const QSet<QString> squads = lowerSet({ u"side", u"team", u"squad", u"men", u"players" });
        if (b > a && b - a <= 2 && b + 2 < m_t.size() && m_t[b + 1].kind == Token::Kind::Possessive && isWord(b + 2)
            && squads.contains(lower(b + 2)))
            return EntityType::Person;
        // "the Kunlun large model": a name before the kind of model or app it is
        if (isWord(b + 1) && !capitalised(b + 1)) {
            const QString kind = lower(b + 1);
            const QString kind2 = isWord(b + 2) ? lower(b + 2) : QString();
            if (kind == u"model"_s || kind == u"chatbot"_s
                || (kind == u"large"_s && (kind2 == u"model"_s || kind2 == u"language"_s)))
                return EntityType::Product;
        }
        // ("in the National League North": a body's head inside the name outweighs the preposition)
        bool bodyHead = false;
        for (int k = a; k < b; ++k)
            bodyHead = bodyHead || (orgHeads().contains(lower(k)) && lower(k) != u"state"_s);
        if (placePrepositions.contains(prev) && !(a > 0 && isPunct(a - 1, u'(')) && plainNames)
            return bodyHead ? EntityType::Organisation : EntityType::Place;
        static const QSet<QString> partsOf
            = lowerSet({ u"parts", u"part", u"north", u"south", u"east", u"west", u"outskirts", u"areas", u"capital",
                         u"residents", u"communities", u"neighborhoods", u"neighbourhoods", u"suburbs" });
        if (prev == u"of"_s && partsOf.contains(prevPrev))
            return EntityType::Place;
        // "forecasters at both Meteogroup and ..."
        if ((prev == u"at"_s || prev == u"with"_s || prev == u"of"_s || prev == u"for"_s) && isWord(before - 1)) {
            QString role = prevPrev;
            if (role.endsWith(u's') && !titles().contains(role))
                role.chop(1);
            if (titles().contains(role))
                return EntityType::Organisation;
        }
        // "companies, including McDonald's and Gilead"
        if (prev == u"including"_s || (prev == u"as"_s && prevPrev == u"such"_s) || prev == u"like"_s) {
            for (int k = before - 1; k >= std::max(0, before - 4); --k) {
                if (!isWord(k) && !isPunct(k, u','))
                    break;
                QString noun = isWord(k) ? lower(k) : QString();
                if (noun.endsWith(u"ies"_s))
                    noun = noun.chopped(3) + u'y';
                else if (noun.endsWith(u's'))
                    noun.chop(1);
                if (organisationNouns().contains(noun))
                    return EntityType::Organisation;
            }
        }
        // "according to FactSet": a single name quoted as a source is an organisation (a person would have a
        // given name or a title)
        if (a == b && prev == u"to"_s && prevPrev == u"according"_s && !m_personParts.contains(word(a).toString()))
            return EntityType::Organisation;
        // "Shenzhen's Futian district"
        if (isWord(b + 1) && !capitalised(b + 1) && placeNouns().contains(lower(b + 1)))
            return EntityType::Place;
        static const QSet<QString> stakes = lowerSet({ u"shares", u"stake", u"stock", u"units", u"subsidiary" });
        if ((prev == u"of"_s || prev == u"in"_s) && stakes.contains(prevPrev))
            return EntityType::Organisation;
        // after the span: "Gilead shares", "Apple's earnings", ", a brokerage", ", a city in the south"
        int next = b + 1;
        static const QSet<QString> businessNouns
            = lowerSet({ u"shares", u"stock", u"earnings", u"revenue", u"profit", u"ceo", u"results", u"board",
                         u"sales", u"executives", u"spokesperson", u"spokesman", u"spokeswoman", u"founder" });
        if (next < m_t.size() && m_t[next].kind == Token::Kind::Possessive)
            ++next;
        // (on the same line: a headline's last word is not the subject of the next line's "Shares slipped")
        if (isWord(next) && !m_t[next].lineStart && businessNouns.contains(lower(next)))
            return EntityType::Organisation;
        if (isPunct(b + 1, u',')) {
            for (int k = b + 2; k < b + 6 && isWord(k); ++k) {
                if (organisationNouns().contains(lower(k)))
                    return EntityType::Organisation;
                if (placeNouns().contains(lower(k)))
                    return EntityType::Place;
                if (k == b + 2 && lower(k) != u"a"_s && lower(k) != u"an"_s && lower(k) != u"the"_s)
                    break;
            }
        }
        return std::nullopt;
    }

    /// The type of a neighbour in a list: "Citigroup, Wells Fargo and PNC Financial", "Cornwall, West Devon,
    /// Pembrokeshire and Northern Ireland", "Grampian, Strathclyde, south west Scotland and the Lothian borders".
    std::optional<EntityType> listType(int a, int b, const QHash<qsizetype, EntityType> &byStart,
                                       const QHash<qsizetype, EntityType> &byEnd) const
    {
        auto isJoin = [this](int i) {
            return isPunct(i, u',') || (isWord(i) && (lower(i) == u"and"_s || lower(i) == u"or"_s));
        };
        // the item before: back from the join to the one before it, at most five tokens
        auto isAnd = [this](int i) { return isWord(i) && (lower(i) == u"and"_s || lower(i) == u"or"_s); };
        int left = a - 1;
        if (isWord(left) && lower(left) == u"the"_s)
            --left;
        int right = b + 1;
        // a comma alone does not make a list ("In tests by Sinopulse, Ernie Bot answered"): the span must have a
        // join on its other side too, or the join must be "and"/"or"
        bool listAround = isJoin(left) && isJoin(right);
        // the last item of a list that has a comma before the previous item too
        if (isPunct(left, u',') && !listAround)
            for (int k = left - 1; k >= 0 && k >= left - 5 && !listAround; --k) {
                if (m_t[k].kind != Token::Kind::Word && !isPunct(k, u','))
                    break;
                listAround = isPunct(k, u',');
            }
        if (isJoin(left) && (isAnd(left) || isAnd(left - 1) || listAround)) {
            int k = left - 1;
            if (isPunct(k, u','))
                --k;
            if (k >= 0 && m_t[k].kind == Token::Kind::Possessive) // "McDonald's and Gilead"
                --k;
            if (k >= 0)
                if (const auto it = byEnd.constFind(m_t[k].end); it != byEnd.cend())
                    return *it;
        }
        // the item after
        if (isJoin(right) && (isAnd(right) || isAnd(right + 1) || listAround || followedByJoin(right + 1, byStart))) {
            int k = right + 1;
            if (isWord(k) && lower(k) == u"and"_s)
                ++k;
            // lower-case words may come first: "south west Scotland", "the Lothian borders"
            for (int n = 0; k < m_t.size() && n < 4 && isWord(k) && !isJoin(k); ++k, ++n) {
                if (const auto it = byStart.constFind(m_t[k].start); it != byStart.cend())
                    return *it;
                if (capitalised(k))
                    break;
            }
        }
        return std::nullopt;
    }

    /// Whether the name starting at token `k` (after lower-case words) is followed by another join of a list.
    bool followedByJoin(int k, const QHash<qsizetype, EntityType> &byStart) const
    {
        for (int n = 0; k < m_t.size() && n < 4 && isWord(k); ++k, ++n)
            if (byStart.contains(m_t[k].start) || capitalised(k))
                break;
        while (k < m_t.size() && capitalised(k))
            ++k;
        return isPunct(k, u',') || (isWord(k) && (lower(k) == u"and"_s || lower(k) == u"or"_s));
    }

    /// Whether the line around a token is a heading in title case, where capitals say nothing about names.
    bool inTitleCaseLine(int i) const
    {
        int first = i;
        while (first > 0 && !m_t[first].lineStart)
            --first;
        if (const auto it = m_titleCaseLines.constFind(first); it != m_titleCaseLines.cend())
            return *it;
        int words = 0;
        int capitals = 0;
        for (int k = first; k < m_t.size() && (k == first || !m_t[k].lineStart); ++k) {
            if (!isWord(k) || connectors().contains(lower(k)))
                continue;
            ++words;
            capitals += capitalised(k) ? 1 : 0;
        }
        const bool titleCase = words >= 3 && capitals * 10 >= words * 7;
        m_titleCaseLines.insert(first, titleCase);
        return titleCase;
    }

    /// Whether tokens a..b stand between quotation marks (an acronym or a function word may come first).
    bool inQuotes(int a, int b) const
    {
        static const QString quotes = u"\"\u201c\u201d\u2018\u2019'\u00ab\u00bb"_s;
        qsizetype start = m_t[a].start;
        if (a > 0 && isWord(a - 1) && (stopWords().contains(lower(a - 1)) || isAllCaps(word(a - 1))))
            start = m_t[a - 1].start;
        const qsizetype end = m_t[b].end;
        return start > 0 && end < m_text.size() && quotes.contains(m_text[start - 1]) && quotes.contains(m_text[end]);
    }

    std::optional<EntityType> defaultType(int a, int b) const
    {
        const int count = b - a + 1;
        if (count > 4 || inTitleCaseLine(a))
            return std::nullopt;
        if (count == 1)
            return std::nullopt; // one word with no evidence: "PaddlePaddle" may be a company or a product
        // stock indexes, events and job titles are no organisations: "Nasdaq Composite", "French Open",
        // "Associate Director"
        if (notOrganisationEnds().contains(lower(b)) || isTitle(b))
            return std::nullopt;
        // a phrase of plain words in quotation marks is a slogan or a topic: "AI Government Affairs"
        if (inQuotes(a, b)) {
            bool allCommon = true;
            for (int k = a; k <= b; ++k)
                allCommon = allCommon && (!capitalised(k) || isCommonWord(k));
            if (allCommon)
                return std::nullopt;
        }
        bool anyCommon = false;
        bool allNames = true;
        for (int k = a; k <= b; ++k) {
            if (!capitalised(k))
                continue;
            if (word(k).contains(u'-'))
                return std::nullopt; // "Hong Kong-based", "British-Canadian"
            anyCommon = anyCommon || isCommonWord(k);
            allNames = allNames && isNameLike(word(k));
        }
        if (!anyCommon && allNames && count <= 3)
            return EntityType::Person; // "Sloane Stephens", "Kiki Bertens": a given name and a family name
        if (!anyCommon)
            return std::nullopt;
        return EntityType::Organisation; // "Met Office", "Federal Reserve", "Private Client Reserve"
    }

    void typeUnknownSpans()
    {
        QHash<qsizetype, EntityType> byStart;
        QHash<qsizetype, EntityType> byEnd;
        std::vector<bool> covered(size_t(m_text.size()) + 1, false);
        for (const EntityMention &m : std::as_const(m_mentions)) {
            if (m.type == EntityType::Money || m.type == EntityType::Percent)
                continue;
            byStart.insert(m.start, m.type);
            byEnd.insert(m.end(), m.type);
            for (qsizetype k = m.start; k < m.end(); ++k)
                covered[size_t(k)] = true;
        }
        std::vector<std::optional<EntityType>> types(size_t(m_unknown.size()));
        // the text and the context of each span, read once: they do not change from pass to pass
        std::vector<QString> texts;
        std::vector<std::optional<EntityType>> contexts;
        texts.reserve(size_t(m_unknown.size()));
        contexts.reserve(size_t(m_unknown.size()));
        for (const UnknownSpan &u : std::as_const(m_unknown)) {
            texts.push_back(m_text.mid(m_t[u.first].start, m_t[u.last].end - m_t[u.first].start).toString());
            const bool known = m_aliasSurfaces.constFind(texts.back()) != m_aliasSurfaces.cend();
            contexts.push_back(known ? std::nullopt : contextType(u.first, u.last));
        }
        // strong evidence first, then lists of what is typed, until nothing changes; a name typed once keeps its
        // type wherever it stands alone
        QHash<QString, EntityType> typedSurfaces;
        for (int pass = 0; pass < 4; ++pass) {
            bool changed = false;
            for (int i = 0; i < m_unknown.size(); ++i) {
                if (types[size_t(i)])
                    continue;
                const UnknownSpan &u = m_unknown[i];
                const QString &text = texts[size_t(i)];
                std::optional<EntityType> type;
                if (const auto it = m_aliasSurfaces.constFind(text); it != m_aliasSurfaces.cend())
                    type = it->first;
                if (!type && typedSurfaces.contains(text))
                    type = typedSurfaces.value(text);
                if (!type)
                    type = contexts[size_t(i)];
                if (!type && pass > 0)
                    type = listType(u.first, u.last, byStart, byEnd);
                if (!type)
                    continue;
                types[size_t(i)] = type;
                typedSurfaces.insert(text, *type);
                byStart.insert(m_t[u.first].start, *type);
                byEnd.insert(m_t[u.last].end, *type);
                changed = true;
            }
            if (!changed && pass > 0)
                break;
        }
        for (int i = 0; i < m_unknown.size(); ++i) {
            const UnknownSpan &u = m_unknown[i];
            if (!types[size_t(i)])
                types[size_t(i)] = typedSurfaces.contains(texts[size_t(i)])
                    ? std::optional(typedSurfaces.value(texts[size_t(i)]))
                    : defaultType(u.first, u.last);
            if (!types[size_t(i)])
                continue;
            const qsizetype start = m_t[u.first].start;
            const qsizetype end = m_t[u.last].end;
            bool overlaps = false;
            for (qsizetype k = start; k < end && !overlaps; ++k)
                overlaps = covered[size_t(k)];
            // a span over a listed name wins only as a person named in full with a known given name: "Naomi
            // Osaka" (not "Lianhe Zaobao Shenzhen")
            if (overlaps
                && !(*types[size_t(i)] == EntityType::Person && u.last > u.first
                     && (m_english.isName(word(u.first).toString())
                         || m_gazetteer.words(u"given-names"_s).contains(word(u.first).toString()))))
                continue;
            add(start, end, *types[size_t(i)], overlaps ? Listed : Unknown);
            if (*types[size_t(i)] == EntityType::Person && u.last > u.first)
                for (const int k : { u.first, u.last })
                    if (!isCommonWord(k))
                        m_personParts.insert(word(k).toString());
        }
        // the family names of people found here, met alone later: "Osaka" after "Naomi Osaka"
        if (m_personParts.isEmpty())
            return;
        for (int k = 0; k < m_t.size(); ++k)
            if (capitalised(k) && m_personParts.contains(word(k).toString())
                && !(k + 1 < m_t.size() && capitalised(k + 1) && !m_t[k + 1].lineStart))
                add(m_t[k].start, m_t[k].end, EntityType::Person, Consistent);
    }

    /// "Baidu Inc" is Baidu: a listed name with a company suffix keeps the listed canonical name.
    void longFormsOfListedNames()
    {
        static const QSet<QString> generic = lowerSet({ u"group", u"corp", u"corporation", u"co", u"inc", u"ltd",
                                                        u"limited", u"holdings", u"plc", u"co.", u"inc." });
        for (Candidate &c : m_candidates) {
            if (c.type != EntityType::Organisation || !c.canonical.isEmpty())
                continue;
            const QString text = m_text.mid(c.start, c.end - c.start).toString();
            const qsizetype space = text.lastIndexOf(u' ');
            if (space <= 0 || !generic.contains(text.mid(space + 1).toLower()))
                continue;
            const int entry = m_gazetteer.lookup(text.left(space));
            if (entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Organisation)
                c.canonical = m_gazetteer.entry(entry).canonical;
        }
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
        // word boundaries first: every rule below and the final check of candidates read them
        for (const Token &token : m_t) {
            if (token.kind != Token::Kind::Han)
                continue;
            const std::vector<bool> starts = m_lexicon.wordStarts(m_text.mid(token.start, token.length()));
            for (qsizetype i = 1; i < token.length(); ++i)
                m_wordStart[size_t(token.start + i)] = starts[size_t(i)] ? 1 : 0;
        }
        chineseDotNames();
        chineseDatelines();
        chineseStockCodes();
        // places by how the text uses them: in a list of places, before the head of a place, numbered roads
        const ChinesePlaceCues placeCues(m_text, m_wordStart, m_lexicon);
        for (const auto &[start, end] : placeCues.listedPlaces([this](qsizetype s, qsizetype e) {
                 return isPlaceName(m_text.mid(s, e - s)) && !(e - s == 2 && isJunkPlace(m_text.mid(s, 2)));
             }))
            add(start, end, EntityType::Place, Rule);
        for (const auto &[start, end] :
             placeCues.headedPlaces([this](qsizetype s, qsizetype e) { return placeCueAround(s, e); }))
            add(start, end, EntityType::Place, Rule);
        for (const auto &[start, end] : placeCues.numberedRoads())
            add(start, end, EntityType::Place, Rule);
        // a legislature or a council of state named alone is a body, as "the Senate" is: 国会, 立法院, 参议院 (found
        // from their last characters, which stand far less often than their first)
        static const QStringList legislatures
            = { u"国会"_s,   u"议会"_s,   u"立法院"_s, u"参议院"_s, u"众议院"_s, u"上议院"_s,  u"下议院"_s,
                u"国务院"_s, u"行政院"_s, u"司法院"_s, u"监察院"_s, u"考试院"_s, u"全国人大"_s };
        static const WordIndex legislatureEnds(legislatures, true);
        for (const QChar last : { u'会', u'院', u'大' })
            for (qsizetype at = m_text.indexOf(last, 1); at > 0; at = m_text.indexOf(last, at + 1))
                for (const QString &body : legislatureEnds.with(last)) {
                    const qsizetype start = at + 1 - body.size();
                    if (start >= 0 && m_text.mid(start, body.size()) == body && m_wordStart[size_t(start)]
                        && m_wordStart[size_t(at) + 1]) {
                        add(start, at + 1, EntityType::Organisation, Rule);
                        break;
                    }
                }
        for (const Token &token : m_t) {
            if (token.kind != Token::Kind::Han)
                continue;
            const qsizetype runStart = token.start;
            const qsizetype runEnd = token.end;
            lexiconNames(runStart, runEnd);
            for (qsizetype p = runStart; p < runEnd; ++p) {
                // organisation suffixes
                static const WordIndex suffixes(chineseOrgSuffixes(), false);
                for (const QString &suffix : suffixes.with(m_text[p])) {
                    if (p + suffix.size() > runEnd || !m_text.mid(p).startsWith(suffix))
                        continue;
                    if (suffix.size() == 1 && !singleCharSuffixOk(p)) {
                        if (const qsizetype body = bodyBeforeUnit(p); body >= 0)
                            add(body, p + 1, EntityType::Organisation, Rule);
                        continue;
                    }
                    if (p + suffix.size() < m_text.size() && m_text[p + suffix.size()] == u'议')
                        break; // 协会议: a meeting, not an association
                    const qsizetype s = orgNameStart(p, runStart);
                    const QStringView prefix = m_text.mid(s, p - s);
                    const bool weak = isWeakSuffix(suffix);
                    // a prefix ending in 内 or 外 places an organisation, it does not name it: 湖北省内医院; one
                    // holding the suffix already joins two of a kind (不少医院和部分医院), and 旗下公司 is a
                    // subsidiary of the name before it, not a name
                    const bool placedOnly = prefix.endsWith(u'内') || prefix.endsWith(u'外')
                        || (suffix.size() >= 2 && prefix.contains(suffix)) || prefix.contains(u"旗下"_s);
                    if (!placedOnly
                        && (weak ? startsWithPlace(prefix) || startsWithBody(prefix) : isSpecificPrefix(prefix)))
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
                    static const WordIndex roles(chinesePersonBefore(), true);
                    bool roleBefore = false;
                    if (!before.isEmpty())
                        for (const QString &role : roles.with(before.back()))
                            if (before.endsWith(role))
                                roleBefore = true;
                    const bool boundaryBefore = roleBefore || p == runStart || isChineseStop(m_text[p - 1].unicode());
                    // a word boundary alone (中华电信林荣赐总经理) needs a cue after the name
                    const bool wordBoundaryOnly = !boundaryBefore && m_wordStart[size_t(p)];
                    if (!boundaryBefore && !wordBoundaryOnly)
                        continue;
                    // a family name with a title: 蔡总统, 杨董事长 (the person is named by the family name alone)
                    if (surnameLength == 1 && m_wordStart[size_t(p) + 1] && startsWithTitle(p + 1)) {
                        add(p, p + 1, EntityType::Person, Rule);
                        break;
                    }
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
                        const bool cueAfter = (end == runEnd && roleBefore) || startsWithCue(end);
                        if (wordBoundaryOnly && !cueAfter)
                            continue;
                        // after a role, a one-character given name ends at a particle or punctuation: 部长唐凤等人
                        const bool endsAtStop = end == runEnd || isChineseStop(m_text[end].unicode());
                        if (cueAfter || (roleBefore && given == 2 && end < runEnd && !startsWithCue(end))
                            || (roleBefore && given == 1 && endsAtStop)) {
                            found = end;
                            break;
                        }
                    }
                    // 于 is a particle before a body or a day (于国会质询, 于当日): a word after it is no given name
                    const bool particleBefore = surnameLength == 1 && isChineseStop(m_text[p].unicode())
                        && m_wordStart[size_t(p) + 1] && p + 2 < runEnd && !m_wordStart[size_t(p) + 2];
                    // 程度堪称: a surname that makes a plain word with the next character, read from segmentation only
                    const bool plainWordStart = wordBoundaryOnly && isCommonChineseWord(p, p + 2);
                    if (found && !isCommonChineseWord(p, found) && !particleBefore && !plainWordStart) {
                        add(p, found, EntityType::Person, Rule);
                        break;
                    }
                }
            }
        }
        chineseNameLists();
        chinesePairs();
        chineseTeams();
        chineseRoleHolders();
        chineseRoleNames();
        quotedProducts();
    }

    /// 总教练图齐认为: a name between a role and a verb of saying is a person's, with or without a Chinese surname
    /// (a foreign coach's, written in characters).
    void chineseRoleNames()
    {
        static const WordIndex roles(chinesePersonBefore(), true);
        static const std::vector<bool> lasts = charactersOf(chinesePersonBefore(), true);
        for (qsizetype e = 2; e + 3 < m_text.size(); ++e) {
            if (!lasts[m_text[e - 1].unicode()])
                continue;
            bool role = false;
            for (const QString &word : roles.with(m_text[e - 1]))
                role = role || m_text.left(e).endsWith(word);
            if (!role)
                continue;
            for (const qsizetype length : { 2, 3 }) {
                const qsizetype end = e + length;
                if (end >= m_text.size() || !startsWithCue(end))
                    continue;
                bool han = true;
                for (qsizetype k = e; k < end; ++k)
                    han = han && unicode::isHan(m_text[k].unicode()) && !isChineseStop(m_text[k].unicode());
                // (not a plain word or one that starts or ends with one: 记者采访时说)
                if (han && !isCommonChineseWord(e, end) && !isCommonChineseWord(e, e + 2)
                    && !isCommonChineseWord(end - 2, end) && !startsWithCue(e))
                    add(e, end, EntityType::Person, Rule);
                break;
            }
        }
    }

    /// Products named with their kind (chineseproductcues.cpp); a quoted one is a product wherever else the article
    /// quotes it (“市中云”小程序, then “市中云”给出的答案).
    void quotedProducts()
    {
        const ChineseProductCues products(m_text, m_wordStart);
        for (const auto &[start, end] : products.quotedNames()) {
            add(start, end, EntityType::Product, Rule);
            addAlias(m_text.mid(start, end - start).toString(), { EntityType::Product, {} });
        }
        for (const auto &[start, end] : products.appsAfterUse([this](qsizetype s, qsizetype e) {
                 return isCommonChineseWord(s, e) || isPlaceName(m_text.mid(s, e - s));
             }))
            add(start, end, EntityType::Product, Rule);
    }

    /// 曾子佑与张肇元连续敲安: a name joined by 与, 和 or 及 to a person found is a person too.
    void chinesePairs()
    {
        const QList<Candidate> found = m_candidates;
        for (const Candidate &c : found) {
            if (c.type != EntityType::Person || c.priority != Rule || c.start < 3
                || !QStringView(u"与和及").contains(m_text[c.start - 1]))
                continue;
            for (const qsizetype length : { 3, 2 }) {
                const qsizetype start = c.start - 1 - length;
                if (start < 0)
                    continue;
                const bool boundary = start == 0 || !unicode::isHan(m_text[start - 1].unicode())
                    || isChineseStop(m_text[start - 1].unicode());
                if (boundary && looksLikeChineseName(m_text.mid(start, length))) {
                    add(start, c.start - 1, EntityType::Person, Rule);
                    break;
                }
            }
        }
    }

    /// Teams in a match report: a mascot and 队 (狮队), the name a verb of the match takes (迎战台钢雄鹰, 力退台钢),
    /// a sponsor's name before a mascot met with 队 (统一狮), and that sponsor's name alone (统一).
    void chineseTeams()
    {
        QString mascots;
        // determiners, and verbs with a team as their object (助队, 带队, 入队)
        static const QString notTeams
            = u"两各全本该客主球对我敌双一这那每首多整车团部梯军乐舰排连纵带助率领入出归离进组建随跟为"_s;
        for (qsizetype at = m_text.indexOf(u'队', 1); at >= 0; at = m_text.indexOf(u'队', at + 1)) {
            qsizetype start = at - 1;
            while (start > 0 && !m_wordStart[size_t(start)])
                --start;
            if (at - start > 3 || !unicode::isHan(m_text[start].unicode()) || notTeams.contains(m_text[start]))
                continue;
            bool plain = false;
            for (qsizetype k = start; k < at; ++k)
                plain = plain || isChineseStop(m_text[k].unicode()) || !unicode::isHan(m_text[k].unicode());
            // 球队, 团队, 部队: words of the lexicon are no names, unless it tags them as teams (中国队, 中华队)
            const auto teamWord = m_lexicon.lookup(m_text.mid(start, at + 1 - start));
            if (plain || (teamWord && teamWord->tag != ChineseLexicon::Tag::Organisation))
                continue;
            add(start, at + 1, EntityType::Organisation, Rule);
            if (at - start == 1 && !mascots.contains(m_text[start]))
                mascots.append(m_text[start]);
        }
        static const QStringList verbs
            = { u"迎战"_s, u"击败"_s, u"力退"_s, u"战胜"_s, u"击退"_s, u"不敌"_s, u"对上"_s, u"横扫"_s, u"险胜"_s };
        static const WordIndex verbIndex(verbs, false);
        std::optional<bool> score; // only in a match report: a score such as 5比3 somewhere in the article
        for (qsizetype at = 0; at + 2 < m_text.size(); ++at)
            for (const QString &verb : verbIndex.with(m_text[at])) {
                if (!m_text.mid(at).startsWith(verb))
                    continue;
                if (!score) {
                    score = false;
                    for (qsizetype b = m_text.indexOf(u'比'); b > 0 && !*score; b = m_text.indexOf(u'比', b + 1))
                        *score = m_text[b - 1].isDigit() && b + 1 < m_text.size() && m_text[b + 1].isDigit();
                }
                if (!*score)
                    break;
                const qsizetype start = at + 2;
                qsizetype end = start;
                while (end < m_text.size() && end - start < 5 && unicode::isHan(m_text[end].unicode())
                       && !isChineseStop(m_text[end].unicode()))
                    ++end;
                const bool closed = end >= m_text.size() || !unicode::isHan(m_text[end].unicode());
                if (closed && end - start >= 2 && end - start <= 4 && !isCommonChineseWord(start, end))
                    add(start, end, EntityType::Organisation, Rule);
            }
        for (const QChar mascot : std::as_const(mascots))
            for (qsizetype at = m_text.indexOf(mascot, 2); at >= 2; at = m_text.indexOf(mascot, at + 1)) {
                if ((at + 1 < m_text.size() && m_text[at + 1] == u'队') || !m_wordStart[size_t(at) - 2])
                    continue;
                bool han = true;
                for (qsizetype k = at - 2; k < at; ++k)
                    han = han && unicode::isHan(m_text[k].unicode()) && !isChineseStop(m_text[k].unicode());
                if (!han)
                    continue;
                add(at - 2, at + 1, EntityType::Organisation, Rule);
                // the sponsor's name alone is the team in this article, plain word or not: 统一
                m_aliasSurfaces.insert(m_text.mid(at - 2, 2).toString(), { EntityType::Organisation, {} });
            }
    }

    /// 海委会主委管碧玲, 北市府发言人殷玮, 兄弟教头丘昌荣: the word before a role held in a body names the body (a
    /// council's chair always; another role when a person's name follows it).
    void chineseRoleHolders()
    {
        static const QStringList chairs = { u"主委"_s, u"副主委"_s, u"主任委员"_s };
        static const QStringList roles
            = { u"发言人"_s, u"董事长"_s, u"总经理"_s, u"教头"_s, u"总教练"_s, u"执行长"_s, u"秘书长"_s };
        static const QSet<QString> generic = lowerSet({ u"公司", u"集团", u"银行", u"球队", u"球团", u"母公司",
                                                        u"子公司", u"医院", u"学校", u"大学", u"政府", u"官方" });
        std::vector<char> personAt(size_t(m_text.size()) + 1, 0); // 1: a person starts here, 2: inside one
        for (const Candidate &c : std::as_const(m_candidates))
            if (c.type == EntityType::Person)
                for (qsizetype k = c.start; k < c.end; ++k)
                    personAt[size_t(k)] = k == c.start ? 1 : std::max<char>(personAt[size_t(k)], 2);
        static const QStringList allRoles = chairs + roles;
        static const std::vector<bool> firsts = charactersOf(allRoles, false);
        for (qsizetype at = 2; at + 2 <= m_text.size(); ++at) {
            if (!firsts[m_text[at].unicode()])
                continue;
            for (const QStringList *list : { &chairs, &roles })
                for (const QString &role : *list) {
                    if (!m_text.mid(at).startsWith(role))
                        continue;
                    if (list == &roles && personAt[size_t(at + role.size())] != 1)
                        continue;
                    for (const qsizetype length : { 4, 3, 2 }) {
                        const qsizetype start = at - length;
                        if (start < 0 || !m_wordStart[size_t(start)])
                            continue;
                        bool han = true;
                        for (qsizetype k = start; k < at; ++k)
                            han = han && unicode::isHan(m_text[k].unicode()) && !isStopHere(k);
                        if (!han)
                            continue;
                        const QStringView body = m_text.mid(start, length);
                        // conjunctions and adverbs before a role: 不过总教练丘昌荣
                        static const QSet<QString> function
                            = lowerSet({ u"不过", u"但是", u"而且", u"并且", u"然后", u"随后", u"因此", u"所以",
                                         u"其中", u"此外", u"另外", u"同时", u"目前", u"当时", u"今天", u"昨天",
                                         u"今年", u"去年", u"身为", u"作为", u"担任", u"出任", u"以及", u"还有" });
                        if (body.endsWith(u'籍') || generic.contains(body.toString())
                            || function.contains(body.toString())
                            || QStringView(u"该本其这那各副前新现").contains(body.front()) || isPlaceName(body)
                            || (list == &chairs && !body.endsWith(u'会') && !body.endsWith(u'委')))
                            break;
                        bool person = false;
                        for (qsizetype k = start; k < at; ++k)
                            person = person || personAt[size_t(k)] != 0;
                        if (!person)
                            add(start, at, EntityType::Organisation, Rule);
                        break;
                    }
                }
        }
    }

    bool isPlaceName(QStringView name) const
    {
        const auto word = m_lexicon.lookup(name);
        if (word && word->tag == ChineseLexicon::Tag::Place)
            return true;
        const int entry = m_gazetteer.lookup(name.toString());
        return entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Place;
    }

    /// A Chinese name of a person: a surname and a one- or two-character given name, no particle inside.
    bool looksLikeChineseName(QStringView name) const
    {
        if (name.size() < 2 || name.size() > 4)
            return false;
        for (const QChar c : name)
            if (!unicode::isHan(c.unicode()) || isChineseStop(c.unicode()))
                return false;
        const auto &surnames = m_gazetteer.words(u"chinese-surnames"_s);
        const bool compound = name.size() >= 3 && surnames.contains(name.left(2).toString());
        if (!compound && (name.size() == 4 || !surnames.contains(name.left(1).toString())))
            return false;
        const qsizetype start = name.data() - m_text.data();
        return !isCommonChineseWord(start, start + name.size());
    }

    /// 蔡齐哲、吴俊伟及李振昌: the names of a list whose items all look like people's names are people (line-ups,
    /// lists of officials), when the list has three of them or one that is already known as a person.
    void chineseNameLists()
    {
        // a figure may follow each name: 谢龙介21%、丁学忠22.7%
        auto isFigure = [this](qsizetype at) {
            const QChar c = m_text[at];
            return c.isDigit() || c == u'.' || c == u'%' || c == u'\uff05' || c == u' ';
        };
        auto isHanOrSeparator = [this, &isFigure](qsizetype at) {
            const char16_t c = m_text[at].unicode();
            return c == u'、' || (unicode::isHan(c) && c != u'，') || isFigure(at);
        };
        for (qsizetype at = m_text.indexOf(u'、'); at >= 0;) {
            qsizetype from = at;
            while (from > 0 && isHanOrSeparator(from - 1))
                --from;
            qsizetype to = at;
            while (to < m_text.size() && isHanOrSeparator(to))
                ++to;
            QList<std::pair<qsizetype, qsizetype>> items;
            for (qsizetype p = from; p < to;) {
                qsizetype e = p;
                while (e < to && m_text[e] != u'、')
                    ++e;
                qsizetype name = e;
                while (name > p && isFigure(name - 1))
                    --name;
                items.append({ p, name });
                p = e + 1;
            }
            // the last item may join two names with 及, 和 or 与 (李振昌及彭识颖)
            if (!items.isEmpty()) {
                const auto [p, e] = items.last();
                for (qsizetype k = p + 2; k < e - 1; ++k)
                    if (QStringView(u"及和与").contains(m_text[k]) && e - k - 1 >= 2 && e - k - 1 <= 3) {
                        items.last() = { p, k };
                        items.append({ k + 1, e });
                        break;
                    }
            }
            // the first item may follow a role (投手蔡齐哲): keep its last three (or two) characters
            if (!items.isEmpty() && items.first().second - items.first().first > 3) {
                auto &first = items.first();
                first.first
                    = looksLikeChineseName(m_text.mid(first.second - 3, 3)) ? first.second - 3 : first.second - 2;
            }
            // and the last may run on into the sentence (魏硕成登录): keep its first three (or two)
            if (items.size() >= 2 && items.last().second - items.last().first > 3) {
                auto &last = items.last();
                last.second = m_wordStart[size_t(last.first + 3)] ? last.first + 3 : last.first + 2;
            }
            // a list of many names may hold one this rule cannot read (高金素梅): the others are still people
            int names = 0;
            bool known = false;
            for (const auto &[p, e] : std::as_const(items)) {
                if (!looksLikeChineseName(m_text.mid(p, e - p)))
                    continue;
                ++names;
                for (const Candidate &c : std::as_const(m_candidates))
                    known = known || (c.type == EntityType::Person && c.start == p && c.end == e);
            }
            const bool allNames = names == items.size();
            if ((allNames && (names >= 3 || (names >= 2 && known))) || (names >= 5 && names * 4 >= items.size() * 3))
                for (const auto &[p, e] : std::as_const(items))
                    if (looksLikeChineseName(m_text.mid(p, e - p)))
                        add(p, e, EntityType::Person, Rule);
            at = m_text.indexOf(u'、', std::max(to, at + 1));
        }
    }

    /// Datelines: 记者杨启芳新北16日电 names the reporter and the place, as does 记者杨心慧/台北报导; a reporter is
    /// named in parentheses (新华社香港8月30日电(记者战艳)) and after a desk (即时中心／高睿鸿报导).
    void chineseDatelines()
    {
        // a desk, a slash, a name and 报导 (slashes are rare in Chinese text: look from them)
        for (const QChar slash : { QChar(u'/'), QChar(u'\uff0f') })
            for (qsizetype at = m_text.indexOf(slash); at >= 0; at = m_text.indexOf(slash, at + 1))
                for (const qsizetype length : { 3, 2 }) {
                    const qsizetype start = at + 1;
                    const QStringView report = m_text.mid(start + length, 2);
                    if (report != u"报导" && report != u"报道")
                        continue;
                    const QStringView name = m_text.mid(start, length);
                    const auto word = m_lexicon.lookup(name);
                    if (looksLikeChineseName(name) && !(word && word->tag == ChineseLexicon::Tag::Place)
                        && m_gazetteer.lookup(name.toString()) < 0)
                        add(start, start + length, EntityType::Person, Rule);
                }
        for (qsizetype at = m_text.indexOf(u"记者"); at >= 0; at = m_text.indexOf(u"记者", at + 2)) {
            // (记者战艳): a name closed by a parenthesis or a list's mark
            qsizetype close = at + 2;
            while (close < m_text.size() && close - at - 2 < 4 && unicode::isHan(m_text[close].unicode())
                   && !isChineseStop(m_text[close].unicode()))
                ++close;
            const qsizetype length = close - at - 2;
            if (length >= 2 && length <= 3 && close < m_text.size() && QStringView(u")）、").contains(m_text[close])
                && !isCommonChineseWord(at + 2, close))
                add(at + 2, close, EntityType::Person, Rule);
            const qsizetype from = at + 2;
            qsizetype digits = from;
            while (digits < m_text.size() && digits - from <= 7 && unicode::isHan(m_text[digits].unicode()))
                ++digits;
            qsizetype end = digits;
            while (end < m_text.size() && m_text[end].isDigit())
                ++end;
            const qsizetype between = digits - from;
            if (end > digits && m_text.mid(end, 2) == u"日电" && between >= 4 && between <= 6) {
                const qsizetype nameLength = between == 4 ? 2 : 3;
                if (looksLikeChineseName(m_text.mid(from, nameLength))) {
                    add(from, from + nameLength, EntityType::Person, Rule);
                    add(from + nameLength, digits, EntityType::Place, Rule);
                }
                continue;
            }
            // 记者杨心慧/台北报导
            const qsizetype slash = m_text.indexOf(u'/', from);
            if (slash > from + 1 && slash <= from + 4) {
                qsizetype place = slash + 1;
                while (place < m_text.size() && place - slash <= 5 && unicode::isHan(m_text[place].unicode())
                       && !m_text.mid(place).startsWith(u"报导") && !m_text.mid(place).startsWith(u"报道"))
                    ++place;
                const QStringView after = m_text.mid(place, 2);
                if (place - slash - 1 >= 2 && (after == u"报导" || after == u"报道"))
                    add(slash + 1, place, EntityType::Place, Rule);
            }
        }
    }

    /// Listed companies with their stock code: 顺丰控股(002352.SZ), 腾讯控股（00700.HK）.
    void chineseStockCodes()
    {
        static const QRegularExpression code(uR"([(\x{ff08}]\d{4,6}\.(?:SZ|SH|SS|HK|TW|TWO|BJ)[)\x{ff09}])"_s);
        if (!m_text.contains(u".S") && !m_text.contains(u".HK") && !m_text.contains(u".TW") && !m_text.contains(u".BJ"))
            return;
        for (auto it = code.globalMatch(m_text); it.hasNext();) {
            const qsizetype open = it.next().capturedStart();
            qsizetype runStart = open;
            while (runStart > 0 && unicode::isHan(m_text[runStart - 1].unicode()))
                --runStart;
            if (open - runStart < 2)
                continue;
            const qsizetype s = orgNameStart(open, runStart);
            if (open - s >= 2)
                add(s, open, EntityType::Organisation, Rule);
        }
    }

    /// 方面, 高度, 周期: a frequent word of the lexicon that is no person's name
    bool isCommonChineseWord(qsizetype start, qsizetype end) const
    {
        const auto word = m_lexicon.lookup(m_text.mid(start, end - start));
        return word && word->tag != ChineseLexicon::Tag::Person && word->frequency >= 20;
    }

    bool startsWithTitle(qsizetype p) const
    {
        static const QStringList titles
            = { u"总统"_s, u"副总统"_s, u"董事长"_s, u"总经理"_s, u"主席"_s, u"部长"_s, u"院长"_s, u"校长"_s,
                u"署长"_s, u"局长"_s,   u"市长"_s,   u"省长"_s,   u"总裁"_s, u"主任"_s, u"书记"_s, u"先生"_s,
                u"女士"_s, u"总理"_s,   u"副总理"_s, u"行长"_s,   u"教授"_s, u"博士"_s, u"委员"_s };
        static const WordIndex index(titles, false);
        return startsWithAny(m_text.mid(p), index);
    }

    /// Foreign names written in Chinese with a middle dot: 唐纳德·特朗普, 埃隆‧马斯克, 吉娜•雷蒙多. Both sides are
    /// read as far as the characters of transliteration go, so 美国总统唐纳德·特朗普表示 gives 唐纳德·特朗普.
    void chineseDotNames()
    {
        auto isDot = [](QChar c) { return c == u'\u00b7' || c == u'\u2027' || c == u'\u2022' || c == u'\u30fb'; };
        static const QString transliteration
            = u"阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯勃布查达戴丹道德迪蒂丁东杜多厄恩尔法凡菲费芬丰弗福盖甘冈戈格"
              u"根贡古圭哈海汉豪赫黑亨洪胡华霍基吉加贾杰捷金京卡凯坎康考柯科克肯库夸拉莱赖兰朗劳勒雷蕾里理利莉"
              u"连林琳隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米密明缪莫墨默姆穆纳娜南内妮尼宁纽努诺欧帕潘佩彭皮珀普"
              u"奇齐恰乔切琴琼丘萨塞桑瑟森沙莎尚舍申什施史斯松苏索塔泰坦汤唐陶特提汀廷通图托瓦万旺威韦维温沃乌"
              u"伍西希锡夏谢辛休许雅亚扬耶伊依尤于约泽扎詹兹佐朱卓茨斐娃娅"_s;
        for (qsizetype i = 1; i + 1 < m_text.size(); ++i) {
            if (!isDot(m_text[i]) || !transliteration.contains(m_text[i - 1])
                || !transliteration.contains(m_text[i + 1]))
                continue;
            qsizetype start = i;
            while (start > 0 && i - start < 6 && transliteration.contains(m_text[start - 1]))
                --start;
            qsizetype end = i + 1;
            // further parts: 约翰·罗纳德·瑞尔·托尔金
            while (end < m_text.size()
                   && (transliteration.contains(m_text[end])
                       || (isDot(m_text[end]) && end + 1 < m_text.size() && transliteration.contains(m_text[end + 1]))))
                ++end;
            if (i - start >= 1 && end - i >= 2)
                add(start, end, EntityType::Person, Rule);
            i = end;
        }
    }

    /// Names jieba's lexicon tags as places (ns) and organisations (nt), where the segmentation has them as words.
    void lexiconNames(qsizetype runStart, qsizetype runEnd)
    {
        for (qsizetype w = runStart; w < runEnd;) {
            qsizetype e = w + 1;
            while (e < runEnd && !m_wordStart[size_t(e)])
                ++e;
            if (e - w >= 2) {
                const auto word = m_lexicon.lookup(m_text.mid(w, e - w));
                // jieba tags plain words as places too (城市, 深度, 入口): a name that ends like a place counts, and
                // another one only where the text puts a place: after 在/于/赴/到/来自/位于, or in a dateline before
                // its date (台北27日电)
                static const QString placeEnds = u"省市县区州镇乡村岛湾港旗盟"_s;
                static const QString unitsAfter = u"市省县区乡镇村"_s;
                const bool unitAfter = e < runEnd && unitsAfter.contains(m_text[e]);
                // a venue named after its place: 新庄球场, 鄂州机场
                if (word && word->tag == ChineseLexicon::Tag::Place) {
                    static const QStringList venues
                        = { u"机场"_s, u"球场"_s, u"体育场"_s, u"体育馆"_s, u"火车站"_s, u"高铁站"_s, u"港口"_s };
                    for (const QString &venue : venues)
                        if (e + venue.size() <= runEnd && m_text.mid(e).startsWith(venue)) {
                            add(w, e + venue.size(), EntityType::Place, Rule);
                            m_aliasSurfaces.insert(m_text.mid(w, e - w).toString(), { EntityType::Place, {} });
                            break;
                        }
                }
                // 亚洲区 is a zone of a competition, not a district
                static const QStringList continents = { u"亚洲"_s, u"欧洲"_s, u"非洲"_s, u"美洲"_s, u"大洋洲"_s };
                const bool zone = m_text[e - 1] == u'区'
                    && std::any_of(continents.cbegin(), continents.cend(),
                                   [&](const QString &c) { return m_text.mid(w, e - 1 - w) == c; });
                if (word && word->tag == ChineseLexicon::Tag::Place && !zone && !isJunkPlace(m_text.mid(e - 2, 2))
                    && ((e - w >= 3 && placeEnds.contains(m_text[e - 1])) || unitAfter || placeCueAround(w, e))) {
                    // the unit belongs to the name (湖北省内) unless it starts an office (台北市长, 北京市政府)
                    static const QString offices = u"长委政府民"_s;
                    const bool withUnit = unitAfter && e + 1 < runEnd && !offices.contains(m_text[e + 1]);
                    add(w, withUnit ? e + 1 : e, EntityType::Place, Lexicon);
                }
                // and organisations too (新兴产业, 人民大会堂): only names that end like one count
                static const QString organisationEnds = u"司团行院校会部局委社报台所厅处署网信党"_s;
                // (not a kind of body: 上市公司, "listed companies")
                if (word && word->tag == ChineseLexicon::Tag::Organisation && organisationEnds.contains(m_text[e - 1])
                    && (e - w < 4 || isSpecificPrefix(m_text.mid(w, e - w - 2))))
                    add(w, e, EntityType::Organisation, Lexicon);
            }
            w = e;
        }
    }

    /// A listed name at the start of a longer name the lexicon knows as one word: 北京 in 北京人民大会堂.
    bool startsLongerName(const Candidate &c) const
    {
        if (c.priority != Listed || !m_wordStart[size_t(c.start)])
            return false;
        qsizetype e = c.end;
        while (e < m_text.size() && !m_wordStart[size_t(e)])
            ++e;
        const auto word = m_lexicon.lookup(m_text.mid(c.start, e - c.start));
        return word && (word->tag == ChineseLexicon::Tag::Place || word->tag == ChineseLexicon::Tag::Organisation);
    }

    bool placeCueAround(qsizetype start, qsizetype end) const
    {
        static const QString before = u"在于赴到往"_s;
        const QStringView head = m_text.left(start);
        if ((start > 0 && before.contains(m_text[start - 1]) && m_wordStart[size_t(start) - 1])
            || head.endsWith(u"来自") || head.endsWith(u"位于") || head.endsWith(u"前往") || head.endsWith(u"进驻")
            || head.endsWith(u"抵达") || head.endsWith(u"来到") || head.endsWith(u"回到"))
            return true;
        // a place opening a sentence with the time of what happened there: 台中近期爆发疫情, 北京今天宣布
        static const QStringList times
            = { u"近期"_s, u"近日"_s, u"日前"_s, u"今天"_s, u"昨天"_s, u"今日"_s, u"昨日"_s };
        if ((start == 0 || !unicode::isHan(m_text[start - 1].unicode()) || isChineseStop(m_text[start - 1].unicode())))
            for (const QString &time : times)
                if (m_text.mid(end).startsWith(time))
                    return true;
        return end < m_text.size() && m_text[end].isDigit() && m_text.mid(end, 8).contains(u"电");
    }

    /// A Chinese name must start and end where words do: 中投 is no name inside 集中投入, nor 李镇介 in 李镇介绍.
    void dropCandidatesAcrossWords()
    {
        // a particle next to the name is evidence enough (在世新大学: jieba reads 在世, "alive")
        auto inHanWord = [this](qsizetype at) {
            return at > 0 && at < m_text.size() && unicode::isHan(m_text[at - 1].unicode())
                && unicode::isHan(m_text[at].unicode()) && !m_wordStart[size_t(at)]
                && !isChineseStop(m_text[at - 1].unicode()) && !isChineseStop(m_text[at].unicode());
        };
        m_candidates.removeIf([&](const Candidate &c) {
            if (c.priority == Number)
                return false;
            // a suffix ends an organisation where the rule says, inside a longer word or not: 广西来宾市委|常委
            const bool suffixEnd = c.priority == Rule && c.type == EntityType::Organisation;
            return inHanWord(c.start) || (!suffixEnd && inHanWord(c.end) && !startsLongerName(c));
        });
    }

    bool startsWithCue(qsizetype p) const
    {
        static const WordIndex cues(chinesePersonAfter(), false);
        return startsWithAny(m_text.mid(p), cues);
    }

    /// Where an organisation's name ends by `p` begins: back to a particle or punctuation, across 和/及/与 inside
    /// one name (工业和信息化部, 国家科学及技术委员会) but not between two names (阿里巴巴和腾讯公司), and after the
    /// last verb (大模型快速进入医院 is no hospital's name).
    qsizetype orgNameStart(qsizetype p, qsizetype runStart) const
    {
        qsizetype s = p;
        while (s > runStart && p - s < 12) {
            const QChar c = m_text[s - 1];
            if (!isStopHere(s - 1)) {
                --s;
                continue;
            }
            if (c != u'和' && c != u'及' && c != u'与')
                break;
            qsizetype t = s - 1;
            while (t > runStart && !isStopHere(t - 1))
                --t;
            const QStringView beforeView = m_text.mid(t, s - 1 - t);
            const QString before = beforeView.toString();
            // a short stem only (工业, 国家科学): a longer run before 及 is another name or a person, unless it
            // starts with a place and names a field (深圳市福田区政务服务和数据管理局)
            const bool placedField = before.size() > 4 && before.size() <= 12 && startsWithPlace(beforeView)
                && !endsWithOrganisationSuffix(beforeView);
            if (before.isEmpty() || (before.size() > 4 && !placedField) || m_gazetteer.lookup(before) >= 0)
                break;
            if (const auto known = m_lexicon.lookup(before);
                known && (known->tag == ChineseLexicon::Tag::Organisation || known->tag == ChineseLexicon::Tag::Place))
                break;
            s = t;
        }
        // a name starts at a place after words that name nothing: 调用|广东医科大学 (not 中国科学院|深圳…, 华为|南京…)
        for (qsizetype k = s + 1; k + 2 <= p; ++k) {
            if (!m_wordStart[size_t(k)])
                continue;
            // the word at k must be a place the lexicon knows (a cheap look-up first)
            qsizetype e = k + 1;
            while (e < p && !m_wordStart[size_t(e)])
                ++e;
            const auto word = e - k >= 2 ? m_lexicon.lookup(m_text.mid(k, e - k)) : std::nullopt;
            if (!word || word->tag != ChineseLexicon::Tag::Place)
                continue;
            const QStringView head = m_text.mid(s, k - s);
            if (startsWithPlace(head) || m_gazetteer.lookup(head.toString()) >= 0 || endsWithOrganisationSuffix(head))
                break;
            if (const auto known = m_lexicon.lookup(head); known && known->tag == ChineseLexicon::Tag::Organisation)
                break;
            s = k;
            break;
        }
        // the word just before a one-character suffix is the name's stem, verb or not: 组织部, 管理局
        const bool stemBefore = p < m_text.size() && QStringView(u"部局厅委办署").contains(m_text[p]);
        for (qsizetype w = s; w < p;) {
            qsizetype e = w + 1;
            while (e < p && !m_wordStart[size_t(e)])
                ++e;
            if (e - w >= 2 && !(stemBefore && e == p)) {
                const auto word = m_lexicon.lookup(m_text.mid(w, e - w));
                if (word && word->tag == ChineseLexicon::Tag::Verb)
                    s = e;
            }
            w = e;
        }
        return s;
    }

    static bool endsWithOrganisationSuffix(QStringView name)
    {
        for (const QString &suffix : chineseOrgSuffixes())
            if (suffix.size() >= 2 && name.endsWith(suffix))
                return true;
        return false;
    }

    /// Whether a prefix names a body before one of its units: 太和医院大数据分析中心, 广东医科大学大数据工程中心.
    bool startsWithBody(QStringView prefix) const
    {
        static const QStringList bodies
            = { u"大学"_s, u"医院"_s, u"学院"_s, u"研究院"_s, u"公司"_s, u"集团"_s, u"中心"_s };
        for (const QString &body : bodies) {
            const qsizetype at = prefix.indexOf(body);
            if (at >= 2 && isSpecificPrefix(prefix.left(at)))
                return true;
        }
        return false;
    }

    /// 研发中心预研部: a department (部) of two or three characters right after a body found: where the body starts,
    /// or -1.
    qsizetype bodyBeforeUnit(qsizetype p) const
    {
        // (部 in 部署, 部门 or 部分 is a word's first character)
        if (m_text[p] != u'部' || (p + 1 < m_text.size() && QStringView(u"署门分位件队落").contains(m_text[p + 1])))
            return -1;
        static const QStringList bodies
            = { u"中心"_s, u"大学"_s, u"医院"_s, u"学院"_s, u"研究院"_s, u"公司"_s, u"集团"_s };
        for (const qsizetype unit : { 2, 3 }) {
            if (!std::any_of(bodies.cbegin(), bodies.cend(),
                             [&](const QString &body) { return m_text.left(p - unit).endsWith(body); }))
                continue;
            bool plain = p - unit > 0;
            for (qsizetype k = p - unit; plain && k < p; ++k)
                plain = unicode::isHan(m_text[k].unicode()) && !isChineseStop(m_text[k].unicode());
            if (!plain)
                continue;
            for (const Candidate &c : std::as_const(m_candidates))
                if (c.type == EntityType::Organisation && c.end == p - unit && c.end - c.start >= 4)
                    return c.start;
        }
        return -1;
    }

    /// A particle that stands as a word of its own here: 家 in 这家 or 一家 but not in 国家.
    bool isStopHere(qsizetype at) const
    {
        // particles that are also parts of words: 据 in 数据, 和 in 共和国, 都 in 首都
        static const QString partOfWords
            = u"家个所多些要年月日号有其该这那各每已又还到至同跟说称如据对将由为从向把被等让给并也都就而或以于和与及"_s;
        const QChar c = m_text[at];
        if (!isChineseStop(c.unicode()))
            return false;
        return !partOfWords.contains(c) || (m_wordStart[size_t(at)] && m_wordStart[size_t(at) + 1]);
    }

    bool singleCharSuffixOk(qsizetype p) const
    {
        // 部, 局, 厅, 委, 办, 署 end an organisation only after the stem of a ministry's or bureau's name
        static const QString stems = u"务政育技交业安防源输利境障康计管据信融税商关卫村化息理察法监建保资展改织象"_s;
        // 社 ends a name when the next word starts after it: 新华社, 中央社 (not 社会)
        if (m_text[p] == u'社')
            return m_wordStart[size_t(p) + 1];
        if (p == 0 || !stems.contains(m_text[p - 1]))
            return false;
        // 政局 ("the political situation") is a word of its own, not a bureau of 政
        if (const auto word = m_lexicon.lookup(m_text.mid(p - 1, 2));
            word && word->tag != ChineseLexicon::Tag::Organisation && word->frequency >= 50)
            return false;
        if (m_text[p] == u'署')
            return m_wordStart[size_t(p) + 1];
        const qsizetype next = p + 1;
        if (next < m_text.size()) {
            // 部长 after a ministry's name is its minister (数位发展部长唐凤); the other glued characters make words
            static const QString glued = u"分门署面势限份员会里外内"_s;
            if (glued.contains(m_text[next]) || (m_text[next] == u'长' && m_text[p] != u'部'))
                return false;
        }
        return true;
    }
    static bool isWeakSuffix(const QString &suffix)
    {
        // 委 and 办 need a place before them (深圳市委, 市政府办); 部, 局, 厅, 署 a specific name (数位发展部)
        return suffix == u"委"_s || suffix == u"办"_s || suffix == u"局"_s || suffix == u"厅"_s || suffix == u"中心"_s
            || suffix == u"政府"_s || suffix == u"办公室"_s || suffix == u"市委"_s || suffix == u"省委"_s
            || suffix == u"县委"_s || suffix == u"区委"_s;
    }

    /// Whether a prefix starts with a known place: 深圳市政府, 杭州市数据资源管理局.
    bool startsWithPlace(QStringView prefix) const
    {
        // 国家超算中心, 国家发展和改革委员会: the nation's own bodies
        if (prefix.startsWith(u"国家"))
            return true;
        for (qsizetype k = std::min<qsizetype>(prefix.size(), 6); k >= 2; --k) {
            const auto word = m_lexicon.lookup(prefix.left(k));
            const qsizetype offset = prefix.data() - m_text.data();
            if (word && word->tag == ChineseLexicon::Tag::Place && m_wordStart[size_t(offset + k)])
                return true;
        }
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
            u"人工智能"_s,
            u"互联网"_s,
            u"多模态"_s,
            u"科技"_s,
            u"创业"_s,
            u"智能"_s,
            u"计算"_s,
            u"技术"_s,
            u"信息"_s,
            u"数据"_s,
            u"此前"_s,
            u"地方"_s,
            u"部分"_s,
            u"省级"_s,
            u"市级"_s,
            u"区级"_s,
            u"县级"_s,
            u"基层"_s,
            u"相关"_s,
            u"国有"_s,
            u"民营"_s,
            u"大型"_s,
            u"中小"_s,
            u"合资"_s,
            u"上市"_s,
            u"一家"_s,
            u"这家"_s,
            u"那家"_s,
            u"多家"_s,
            u"各家"_s,
            u"一些"_s,
            u"其他"_s,
            u"各类"_s,
            u"多个"_s,
            u"国内"_s,
            u"国外"_s,
            u"海外"_s,
            u"全国"_s,
            u"我国"_s,
            u"旗下"_s,
            u"国产"_s,
            u"通用"_s,
            u"行业"_s,
            u"多款"_s,
            u"开源"_s,
            u"垂直"_s,
            u"医疗"_s,
            u"政务"_s,
            u"自研"_s,
            u"参数"_s,
            u"语言"_s,
            u"主流"_s,
            u"新一代"_s,
            u"千亿"_s,
            u"万亿"_s,
            u"规模"_s,
            u"领先"_s,
            u"头部"_s,
            u"知名"_s,
            u"公立"_s,
            u"三甲"_s,
            u"各地"_s,
            u"目前"_s,
            u"当前"_s,
            u"如今"_s,
            u"现在"_s,
            u"近日"_s,
            u"今年"_s,
            u"去年"_s,
            u"管理"_s,
            u"组织"_s,
            u"宣传"_s,
            u"服务"_s,
            u"工作"_s,
            u"办公"_s,
            u"不少"_s,
            u"新兴"_s,
            u"产业"_s,
            u"智慧"_s,
            u"首批"_s,
            u"全省"_s,
            u"全市"_s,
            u"已经"_s,
            u"数字"_s,
            u"线上"_s,
            u"实体"_s,
            u"内地"_s,
            u"外资"_s,
            u"中资"_s,
            u"商业"_s,
            u"股份制"_s,
            u"城商"_s,
            u"农商"_s,
            // dates and conjunctions before 公司 start no name: 上周三公司公告, 一旦公司实际投资
            u"上个月"_s,
            u"上周"_s,
            u"本周"_s,
            u"下周"_s,
            u"本月"_s,
            u"上月"_s,
            u"一旦"_s,
            u"如果"_s,
            u"因为"_s,
            u"虽然"_s,
            u"但是"_s,
        };
        QString rest = prefix.toString();
        for (const QString &g : generic)
            rest.remove(g);
        static const QString singles = u"该本子分总母此新老大小多等各某去他她它我你"_s;
        while (!rest.isEmpty() && singles.contains(rest[0]))
            rest.remove(0, 1);
        return rest;
    }

    static bool isSpecificPrefix(QStringView prefix) { return specificPart(prefix).size() >= 2; }

    /// Districts, cities and counties: 福田区, 赣州市 (two characters and a suffix, after a boundary or a place).
    void chinesePlace(qsizetype p, qsizetype runStart, qsizetype runEnd)
    {
        static const QString suffixes = u"市区县省镇乡村"_s;
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
        // a name of its own between word boundaries: 日前|梅山|乡 (not a plain word: 一个县, 东部省)
        const auto stem = m_lexicon.lookup(m_text.mid(s, 2));
        const bool properStem = !stem || stem->tag == ChineseLexicon::Tag::Place
            || stem->tag == ChineseLexicon::Tag::Person || stem->frequency < 20;
        if (!boundary && m_wordStart[size_t(s)] && m_wordStart[size_t(p)])
            boundary = properStem;
        // a village or township needs a name, not a plain word: 行政村, 农村
        if ((m_text[p] == u'乡' || m_text[p] == u'村') && !properStem)
            return;
        for (qsizetype k = 2; !boundary && k <= 4 && s - k >= runStart; ++k) {
            const int entry = m_gazetteer.lookup(m_text.mid(s - k, k).toString());
            boundary = entry >= 0 && m_gazetteer.entry(entry).type == EntityType::Place;
        }
        if (!boundary)
            return;
        const QString name = m_text.mid(s, 3).toString();
        if (isJunkPlace(name.right(2)) || isJunkPlace(name.left(2)))
            return;
        add(s, p + 1, EntityType::Place, Rule);
    }

    static bool isJunkPlace(QStringView twoCharacters)
    {
        static const QSet<QString> junk
            = lowerSet({ u"城市", u"都市", u"超市", u"上市", u"地区", u"社区", u"园区", u"景区", u"市区", u"城区",
                         u"郊区", u"山区", u"小区", u"专区", u"辖区", u"片区", u"战区", u"街区", u"误区", u"各省",
                         u"全省", u"全市", u"本市", u"该市", u"该区", u"本区", u"全区", u"全县", u"各区", u"各市",
                         u"两市", u"外省", u"分区", u"新区", u"城镇", u"乡镇", u"县区", u"省区", u"市县", u"开市",
                         u"退市", u"面市", u"问市", u"入市", u"股市", u"楼市", u"车市", u"禁区", u"盲区", u"乡村",
                         u"农村", u"城乡", u"家乡", u"故乡", u"下乡", u"返乡", u"全村", u"本村", u"该村", u"各村",
                         u"全乡", u"本乡", u"山村", u"渔村", u"同乡", u"老乡", u"异乡", u"他乡", u"村村" });
        return junk.contains(twoCharacters.toString());
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
            // a second name in parentheses before the short one: 第一医院(中心医院)(下称“一院”)
            if (p + 1 < m_text.size() && (m_text[p] == u')' || m_text[p] == u'\uff09')
                && (m_text[p + 1] == u'(' || m_text[p + 1] == u'\uff08'))
                ++p;
            if (p >= m_text.size() || (m_text[p] != u'(' && m_text[p] != u'\uff08'))
                continue;
            qsizetype open = p + 1;
            const qsizetype close = m_text.indexOf(m_text[p] == u'(' ? u')' : u'\uff09', open);
            if (close < 0 || close - open > 40 || close == open)
                continue;
            // (下称“广东医附属东莞一院”), (简称国发会): the short name the article goes on to use
            for (const QStringView lead : { u"以下简称", u"以下称", u"下称", u"简称", u"以下" })
                if (m_text.mid(open, close - open).startsWith(lead)) {
                    open += lead.size();
                    break;
                }
            while (open < close && QStringView(u"“”\"「」『』").contains(m_text[open]))
                ++open;
            qsizetype innerEnd = close;
            while (innerEnd > open && QStringView(u"“”\"「」『』").contains(m_text[innerEnd - 1]))
                --innerEnd;
            if (innerEnd <= open)
                continue;
            const QStringView inner = m_text.mid(open, innerEnd - open).trimmed();
            const qsizetype innerStart = m_text.mid(open).indexOf(inner) + open;
            if (!(inner[0].isUpper() || unicode::isHan(inner[0].unicode())) || inner.contains(u',') || inner.size() < 2)
                continue;
            if (stopWords().contains(inner.toString().toLower()) || inner.count(u' ') > 3)
                continue;
            // "(D-Detroit)" is a legislator's party and home, no second name (partyAffiliations())
            if (inner.size() > 2 && inner[1] == u'-' && QStringView(u"RDI").contains(inner[0]) && inner[2].isUpper())
                continue;
            // "NEW YORK (AP) —": the agency of a dateline is no second name of the place
            qsizetype after = close + 1;
            while (after < m_text.size() && m_text[after] == u' ')
                ++after;
            if (m.type == EntityType::Place && after < m_text.size()
                && QStringView(u"-\u2013\u2014").contains(m_text[after]))
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
    /// Returns whether it found any name again.
    bool propagate()
    {
        const qsizetype candidatesBefore = m_candidates.size();
        for (const EntityMention &m : std::as_const(m_mentions)) {
            if (m.type == EntityType::Money || m.type == EntityType::Percent)
                continue;
            if (!m_aliasSurfaces.contains(m.text))
                addAlias(m.text, { m.type, m.canonical });
            // what a name says of its short forms is read once per name, not once per mention
            if (m_namesRead.contains(m.text))
                continue;
            m_namesRead.insert(m.text);
            if (m.type == EntityType::Organisation && m.text.count(u' ') == 1) {
                // "Zhipu AI" -> "Zhipu", "Cambricon Technologies" -> "Cambricon"
                static const QSet<QString> generic = lowerSet(
                    { u"ai", u"group", u"corp", u"corporation", u"co", u"inc", u"ltd", u"technologies", u"technology",
                      u"holdings", u"intelligence", u"robotics", u"labs", u"lab", u"systems", u"networks" });
                const qsizetype space = m.text.indexOf(u' ');
                const QString head = m.text.left(space);
                if (generic.contains(m.text.mid(space + 1).toLower()) && head.size() >= 3 && head[0].isUpper()
                    && !stopWords().contains(head.toLower()) && m_gazetteer.lookup(head) < 0
                    && !m_aliasSurfaces.contains(head))
                    addAlias(head, { EntityType::Organisation, m.canonical });
            }
            if (m.type == EntityType::Organisation && m.text.count(u' ') >= 1) {
                // "Hekari United FC" -> "Hekari", "Hyderabad FC" -> "Hyderabad": a club's name before the words
                // every club has is the club in this article, even where it is also a city's
                static const QSet<QString> clubWords
                    = lowerSet({ u"united", u"fc", u"afc", u"sc", u"rovers", u"athletic", u"wanderers" });
                const QStringList words = m.text.split(u' ');
                bool club = true;
                for (qsizetype k = 1; k < words.size() && club; ++k)
                    club = clubWords.contains(words[k].toLower());
                if (club && words.first().size() >= 3 && !m_teams.contains(words.first())
                    && !stopWords().contains(words.first().toLower())) {
                    m_aliasSurfaces.remove(words.first()); // the city's type, when the city came first
                    addAlias(words.first(), { EntityType::Organisation, m.canonical });
                    m_teams.append(words.first());
                }
            }
            if (m.type == EntityType::Organisation && m.text.count(u' ') >= 2) {
                // "English Premier League" -> "Premier League", "Chinese Communist Party" -> "Communist Party"
                static const QSet<QString> demonyms
                    = lowerSet({ u"english", u"british", u"chinese", u"american", u"german", u"french", u"spanish",
                                 u"italian", u"scottish", u"australian", u"japanese", u"indian", u"european" });
                const qsizetype space = m.text.indexOf(u' ');
                if (demonyms.contains(m.text.left(space).toLower()) && !m_aliasSurfaces.contains(m.text.mid(space + 1)))
                    addAlias(m.text.mid(space + 1), { EntityType::Organisation, m.canonical });
                const QString acronym = AliasResolver::initials(m.text);
                if (acronym.size() >= 3 && !m_aliasSurfaces.contains(acronym))
                    addAlias(acronym, { EntityType::Organisation, m.canonical });
            }
            if (m.type == EntityType::Organisation && m.text.size() >= 4 && unicode::isHan(m.text[0].unicode())) {
                // 顺丰控股 -> 顺丰, 华为技术有限公司 -> 华为
                static const QStringList generic
                    = { u"股份有限公司"_s, u"有限公司"_s, u"控股"_s, u"集团"_s, u"股份"_s, u"公司"_s, u"科技"_s };
                for (const QString &suffix : generic)
                    if (m.text.endsWith(suffix) && m.text.size() - suffix.size() >= 2) {
                        const QString head = m.text.chopped(suffix.size());
                        // not a place or a frequent word: 北京 stays a place after 北京公司
                        const auto word = m_lexicon.lookup(head);
                        const bool plainWord
                            = word && (word->tag == ChineseLexicon::Tag::Place || word->frequency >= 20);
                        if (!m_aliasSurfaces.contains(head) && !plainWord && m_gazetteer.lookup(head) < 0)
                            addAlias(head, { EntityType::Organisation, m.canonical.isEmpty() ? m.text : m.canonical });
                        break;
                    }
            }
            if (m.type == EntityType::Place && m.text.size() >= 3 && m.canonical.isEmpty()
                && unicode::isHan(m.text[0].unicode()) && QStringView(u"市县省区乡镇").contains(m.text.back())) {
                // 嘉义 alone for 嘉义县, 东莞 for 东莞市
                const QString head = m.text.chopped(1);
                const auto word = m_lexicon.lookup(head);
                // (jieba tags many places as names: 嘉义 and 梅山 are nr)
                if (!m_aliasSurfaces.contains(head)
                    && (!word || word->tag == ChineseLexicon::Tag::Place || word->tag == ChineseLexicon::Tag::Person
                        || word->frequency < 20))
                    addAlias(head, { EntityType::Place, {} });
            }
            // (a listed body's short names are in the gazetteer)
            if (m.type == EntityType::Organisation && m.text.size() >= 5 && m.canonical.isEmpty()
                && unicode::isHan(m.text[0].unicode()))
                chineseAbbreviations(m.text);
            if (m.type == EntityType::Person && m.text.size() == 3 && unicode::isHan(m.text[0].unicode())) {
                // 蒋 alone for 蒋万安, where the surname stands as a word of its own (要求蒋应安排)
                const QString surname = m.text.left(1);
                if (m_gazetteer.words(u"chinese-surnames"_s).contains(surname))
                    m_familyNames.insert(surname, m.canonical.isEmpty() ? m.text : m.canonical);
            }
            if (m.type == EntityType::Person && !unicode::isHan(m.text[0].unicode())) {
                const QStringList parts = m.text.split(u' ', Qt::SkipEmptyParts);
                if (parts.size() >= 2) {
                    for (const QString &part : { parts.first(), parts.last() })
                        if (part.size() >= 2 && !stopWords().contains(part.toLower())
                            && !m_aliasSurfaces.contains(part)) {
                            addAlias(part, { EntityType::Person, {} });
                            if (!m_english.isCommon(part.toLower()))
                                m_personParts.insert(part);
                        }
                }
            }
        }
        if (m_aliasSurfaces.isEmpty())
            return false;
        // a second pass looks only for the names the first did not know
        const bool again = m_propagated;
        m_propagated = true;
        if (again && m_freshSurfaces.isEmpty())
            return m_candidates.size() > candidatesBefore;
        QStringList freshLatin;
        for (const QString &fresh : std::as_const(m_freshSurfaces))
            if (!unicode::isHan(fresh[0].unicode()))
                freshLatin.append(fresh);
        if (m_hasHan) {
            for (auto family = m_familyNames.cbegin(); family != m_familyNames.cend(); ++family)
                for (qsizetype at = m_text.indexOf(family.key()); at >= 0; at = m_text.indexOf(family.key(), at + 1))
                    if (m_wordStart[size_t(at)] && m_wordStart[size_t(at) + 1] && at + 1 < m_text.size()
                        && unicode::isHan(m_text[at + 1].unicode()) && at > 0
                        && unicode::isHan(m_text[at - 1].unicode()) && !isChineseStop(m_text[at + 1].unicode())
                        && !m_lexicon.lookup(m_text.mid(at, 2))) // 高达 is no 高 of 高睿鸿
                        add(at, at + 1, EntityType::Person, Propagated, family.value());
            const auto findAgain = [this](const QString &surface, const std::pair<EntityType, QString> &alias) {
                if (surface.size() < 2 || !unicode::isHan(surface[0].unicode()))
                    return;
                for (qsizetype at = m_text.indexOf(surface); at >= 0; at = m_text.indexOf(surface, at + surface.size()))
                    add(at, at + surface.size(), alias.first, Propagated, alias.second);
            };
            if (again)
                for (const QString &fresh : std::as_const(m_freshSurfaces))
                    findAgain(fresh, m_aliasSurfaces.value(fresh));
            else
                for (auto it = m_aliasSurfaces.cbegin(); it != m_aliasSurfaces.cend(); ++it)
                    findAgain(it.key(), it.value());
        }
        m_freshSurfaces.clear();
        if (again && freshLatin.isEmpty())
            return m_candidates.size() > candidatesBefore;
        const int n = int(m_t.size());
        for (int i = 0; i < n; ++i) {
            if (!capitalised(i))
                continue;
            if (again && std::none_of(freshLatin.cbegin(), freshLatin.cend(), [&](const QString &fresh) {
                    return fresh.startsWith(word(i))
                        && (fresh.size() == word(i).size() || fresh[word(i).size()] == u' ');
                }))
                continue;
            for (int len = 4; len >= 1; --len) {
                const int last = i + len - 1;
                if (last >= n)
                    continue;
                const QString surface = m_text.mid(m_t[i].start, m_t[last].end - m_t[i].start).toString();
                // "Man City" for "Manchester City": a team's first word shortened
                if (len == 2 && !again && !m_teams.isEmpty() && isAbbreviatedTeam(i)) {
                    add(m_t[i].start, m_t[last].end, EntityType::Organisation, Consistent);
                    i = last;
                    break;
                }
                const auto it = m_aliasSurfaces.constFind(surface);
                if (it == m_aliasSurfaces.cend())
                    continue;
                // a team beside a match score outweighs what its words look like ("Manchester City" is no place)
                add(m_t[i].start, m_t[last].end, it->first, m_teams.contains(surface) ? Consistent : Propagated,
                    it->second);
                i = last;
                break;
            }
        }
        return m_candidates.size() > candidatesBefore;
    }

    void addAlias(const QString &surface, const std::pair<EntityType, QString> &alias)
    {
        if (m_aliasSurfaces.contains(surface))
            return;
        m_aliasSurfaces.insert(surface, alias);
        if (m_propagated)
            m_freshSurfaces.append(surface);
    }

    /// 公督盟 for 公民监督国会联盟: three characters of a body's name in order, its first and its last, standing as a
    /// word of their own that the lexicon does not know.
    void chineseAbbreviations(const QString &name)
    {
        for (qsizetype at = m_text.indexOf(name.front()); at >= 0 && at + 3 <= m_text.size();
             at = m_text.indexOf(name.front(), at + 1)) {
            if (m_text[at + 2] != name.back() || m_text.mid(at).startsWith(name) || !m_wordStart[size_t(at)]
                || !m_wordStart[size_t(at) + 3])
                continue;
            const qsizetype middle = name.indexOf(m_text[at + 1], 1);
            if (middle < 1 || middle >= name.size() - 1 || m_lexicon.lookup(m_text.mid(at, 3)))
                continue;
            const QString abbreviation = m_text.mid(at, 3).toString();
            if (!m_aliasSurfaces.contains(abbreviation))
                addAlias(abbreviation, { EntityType::Organisation, {} });
        }
    }

    /// "including McDonald's and Gilead": a possessive that owns nothing (a join or a stop after it) is the name's.
    void possessiveNames()
    {
        for (EntityMention &m : m_mentions) {
            const qsizetype e = m.end();
            if (m.type != EntityType::Organisation || e + 2 > m_text.size()
                || (m_text.mid(e, 2) != u"'s" && m_text.mid(e, 2) != u"\u2019s"))
                continue;
            const QStringView rest = m_text.mid(e + 2);
            if (rest.isEmpty() || QStringView(u",.;:)").contains(rest.front()) || rest.startsWith(u" and ")
                || rest.startsWith(u" or ")) {
                m.length += 2;
                m.text = m_text.mid(m.start, m.length).toString();
            }
        }
    }

    bool isAbbreviatedTeam(int i) const
    {
        if (!capitalised(i + 1) || word(i).size() < 3)
            return false;
        for (const QString &team : m_teams) {
            const qsizetype space = team.indexOf(u' ');
            if (space > word(i).size() && team.count(u' ') == 1 && team.mid(space + 1) == word(i + 1)
                && team.startsWith(word(i)))
                return true;
        }
        return false;
    }

    QStringView m_text;
    const QList<Token> &m_t;
    const Gazetteer &m_gazetteer;
    bool m_hasHan = false;
    QList<Candidate> m_candidates;
    QList<EntityMention> m_mentions;
    QList<std::pair<qsizetype, qsizetype>> m_linkStarts;
    QHash<QString, std::pair<EntityType, QString>> m_aliasSurfaces;
    QSet<QString> m_personParts; ///< family and given names of people this article names in full
    QHash<QString, QString> m_familyNames; ///< surname -> the Chinese person this article names in full
    const ChineseLexicon &m_lexicon;
    const EnglishWords &m_english;
    mutable std::vector<QString> m_lowerWords; ///< per token, filled on first use by lower()
    mutable std::vector<qint8> m_commonWords; ///< per token: -1 not asked yet, else isCommonWord()
    mutable QHash<int, bool> m_titleCaseLines; ///< by the line's first token: inTitleCaseLine()
    /// Per position: whether a word starts there (false only inside Chinese words). Bytes, not vector<bool>: GCC
    /// at -O3 warns of a null dereference inside vector<bool>::assign.
    std::vector<char> m_wordStart;
    struct UnknownSpan
    {
        int first = 0; ///< tokens
        int last = 0;
    };
    QList<UnknownSpan> m_unknown; ///< capitalised spans with no evidence of their type yet
    std::vector<char> m_partyTag; ///< per token: inside "(D-Ann Arbor)", read by partyAffiliations() only
    QStringList m_teams; ///< teams named beside a match score, and their short names
    bool m_propagated = false; ///< propagate() has looked for every name once
    QStringList m_freshSurfaces; ///< names added since, for its second pass
    QSet<QString> m_namesRead; ///< mentions whose short forms propagate() has derived already

public:
    void setHasHan(bool hasHan) { m_hasHan = hasHan; }
};

} // namespace

EntityExtractor::EntityExtractor(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
    , m_lexicon(ChineseLexicon::builtIn())
    , m_english(EnglishWords::builtIn())
{ }

ExtractedEntities EntityExtractor::extract(QStringView text, const QList<Token> &tokens) const
{
    bool hasHan = false;
    for (const Token &t : tokens)
        if (t.kind == Token::Kind::Han) {
            hasHan = true;
            break;
        }
    if (!hasHan)
        return extract(text, text, tokens);
    const QString simplified = ScriptConverter::toSimplified(text);
    return extract(text, simplified, tokens);
}

ExtractedEntities EntityExtractor::extract(QStringView text, QStringView matching, const QList<Token> &tokens,
                                           const AnalysisDeadline &deadline) const
{
    Extraction extraction(matching, tokens, m_gazetteer, m_lexicon, m_english);
    bool hasHan = false;
    for (const Token &t : tokens)
        if (t.kind == Token::Kind::Han) {
            hasHan = true;
            break;
        }
    extraction.setHasHan(hasHan);
    ExtractedEntities result = extraction.run(deadline);
    // matched in Simplified script, reported as written
    if (matching.data() != text.data())
        for (EntityMention &m : result.mentions)
            m.text = text.mid(m.start, m.length).toString();
    for (EntityMention &m : result.mentions)
        if (m.type == EntityType::Money)
            if (const auto value = MoneyValue::parse(m.text))
                m.normalised = value->amount;
    return result;
}

} // namespace casebook
