// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcorpus.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

const QStringList &englishSubjects()
{
    static const QStringList words = {
        u"DeepSeek"_s,      u"the hospital"_s,
        u"Sinopec"_s,       u"the city government"_s,
        u"PetroChina"_s,    u"SASAC"_s,
        u"the regulator"_s, u"China Mobile"_s,
        u"the automaker"_s, u"BYD"_s,
        u"Geely"_s,         u"the provincial bureau"_s,
        u"State Grid"_s,    u"the startup"_s,
        u"Alibaba Cloud"_s, u"Huawei"_s,
        u"the ministry"_s,  u"PipeChina"_s,
        u"the bank"_s,      u"Baidu"_s,
        u"Tencent"_s,       u"the research team"_s,
        u"Zhipu"_s,         u"Moonshot"_s,
    };
    return words;
}

const QStringList &englishVerbs()
{
    static const QStringList words = {
        u"deployed"_s, u"integrated"_s, u"tested"_s,  u"announced"_s, u"expanded"_s, u"evaluated"_s,  u"linked"_s,
        u"trained"_s,  u"rolled out"_s, u"adopted"_s, u"reviewed"_s,  u"funded"_s,   u"restricted"_s, u"approved"_s,
    };
    return words;
}

const QStringList &englishObjects()
{
    static const QStringList words = {
        u"a large language model"_s,   u"the R1 reasoning model"_s,
        u"medical record summaries"_s, u"pipeline inspection drones"_s,
        u"customer service agents"_s,  u"a private cloud"_s,
        u"chip export rules"_s,        u"Ascend accelerators"_s,
        u"an AI+ action plan"_s,       u"government hotline assistants"_s,
        u"power grid forecasting"_s,   u"open-source weights"_s,
        u"diagnostic imaging tools"_s, u"smart cockpits"_s,
        u"data centres in Guizhou"_s,  u"training clusters"_s,
        u"procurement guidelines"_s,   u"safety reviews"_s,
    };
    return words;
}

const QStringList &englishTails()
{
    static const QStringList words = {
        u"within weeks"_s,
        u"last month"_s,
        u"on Monday"_s,
        u"across 20 provinces"_s,
        u"at a cost of 3m yuan"_s,
        u"cutting processing time by 10%"_s,
        u"according to officials"_s,
        u"despite concerns about accuracy"_s,
        u"in a pilot programme"_s,
        u"before the end of the year"_s,
        u"as demand grew"_s,
        u"in Hangzhou"_s,
        u"in Shenzhen"_s,
        u"in Beijing"_s,
        u"under new guidance"_s,
        u"with mixed results"_s,
    };
    return words;
}

const QStringList &chineseWords()
{
    static const QStringList words = {
        u"深度求索"_s, u"大模型"_s, u"国企"_s,     u"医院"_s,     u"北京"_s,
        u"上海"_s,     u"杭州"_s,   u"深圳"_s,     u"人工智能"_s, u"国务院国有资产监督管理委员会"_s,
        u"部署"_s,     u"接入"_s,   u"推理"_s,     u"算力"_s,     u"芯片"_s,
        u"出口管制"_s, u"政务"_s,   u"服务"_s,     u"智能"_s,     u"模型"_s,
        u"应用"_s,     u"发布"_s,   u"中国石化"_s, u"国家电网"_s, u"比亚迪"_s,
        u"吉利"_s,     u"华为"_s,   u"阿里云"_s,   u"百度"_s,     u"腾讯"_s,
        u"试点"_s,     u"效率"_s,   u"提升"_s,     u"数据"_s,     u"安全"_s,
        u"监管"_s,     u"投资"_s,   u"亿元"_s,     u"去年"_s,     u"上个月"_s,
        u"城市"_s,     u"治理"_s,   u"诊断"_s,     u"病历"_s,     u"客服"_s,
        u"管道"_s,     u"巡检"_s,   u"开源"_s,
    };
    return words;
}

const QStringList &sources()
{
    static const QStringList names = { u"Asia Wire"_s, u"Global Ledger"_s, u"Tech Daily"_s,    u"Pearl River Post"_s,
                                       u"财经观察"_s,  u"科技日报网"_s,    u"Harbour Times"_s, u"Northern Review"_s };
    return names;
}

template<typename Rng> const QString &pick(const QStringList &list, Rng &rng)
{
    return list.at(int(rng() % quint32(list.size())));
}

/// Function words, most frequent first: the head of a news vocabulary.
const QStringList &englishFunctionWords()
{
    static const QStringList words = {
        u"the"_s,  u"of"_s,   u"to"_s,    u"and"_s,   u"a"_s,      u"in"_s,         u"said"_s, u"that"_s, u"for"_s,
        u"on"_s,   u"is"_s,   u"was"_s,   u"with"_s,  u"it"_s,     u"as"_s,         u"by"_s,   u"at"_s,   u"from"_s,
        u"its"_s,  u"has"_s,  u"be"_s,    u"have"_s,  u"are"_s,    u"will"_s,       u"an"_s,   u"this"_s, u"which"_s,
        u"were"_s, u"not"_s,  u"after"_s, u"but"_s,   u"year"_s,   u"also"_s,       u"more"_s, u"new"_s,  u"would"_s,
        u"been"_s, u"than"_s, u"their"_s, u"about"_s, u"people"_s, u"government"_s,
    };
    return words;
}

const QStringList &chineseFunctionWords()
{
    static const QStringList words = {
        u"的"_s,   u"了"_s,   u"在"_s,   u"是"_s,   u"和"_s,   u"也"_s,   u"有"_s,   u"对"_s,   u"将"_s,
        u"等"_s,   u"与"_s,   u"中"_s,   u"为"_s,   u"上"_s,   u"年"_s,   u"这"_s,   u"个"_s,   u"我们"_s,
        u"表示"_s, u"进行"_s, u"发展"_s, u"工作"_s, u"企业"_s, u"记者"_s, u"已经"_s, u"目前"_s,
    };
    return words;
}

const QStringList &syllables()
{
    static const QStringList parts = {
        u"ka"_s,  u"ren"_s, u"to"_s, u"mi"_s,  u"vel"_s, u"dor"_s, u"sa"_s,  u"lin"_s, u"que"_s, u"bar"_s,
        u"tem"_s, u"os"_s,  u"ri"_s, u"an"_s,  u"gel"_s, u"pho"_s, u"nus"_s, u"ter"_s, u"di"_s,  u"ma"_s,
        u"cor"_s, u"el"_s,  u"fa"_s, u"hin"_s, u"ju"_s,  u"lo"_s,  u"mer"_s, u"no"_s,  u"pol"_s, u"ra"_s,
        u"sen"_s, u"tu"_s,  u"va"_s, u"wen"_s, u"xi"_s,  u"yor"_s, u"zan"_s, u"be"_s,  u"ce"_s,  u"de"_s,
        u"fi"_s,  u"go"_s,  u"ha"_s, u"is"_s,  u"ke"_s,  u"lu"_s,  u"mo"_s,  u"nar"_s,
    };
    return parts;
}

/// A made-up word for rank slot `n`: distinct for every n below 113,000.
QString pseudoWord(int n)
{
    const QStringList &parts = syllables();
    const int base = int(parts.size());
    QString word = parts.at(n % base) + parts.at((n / base) % base);
    if (n >= base * base)
        word += parts.at((n / (base * base) - 1) % base);
    return word;
}

/// A made-up Chinese word of two or three characters from the first 4,000 of the CJK block.
QString pseudoChineseWord(int n)
{
    std::mt19937 rng(quint32(n) * 2246822519u + 7u);
    QString word;
    const int length = n % 3 == 0 ? 3 : 2;
    for (int i = 0; i < length; ++i)
        word += QChar(char16_t(0x4E00 + rng() % 4000));
    return word;
}

} // namespace

/// Items (words, phrases, names) ranked by frequency, with the cumulative distribution to draw them from.
class ZipfVocabulary
{
public:
    struct Item
    {
        QString text;
        std::optional<EntityType> type; ///< set for names
    };

    ZipfVocabulary(const QStringList &head, const QList<Item> &domain, int size, bool chinese)
    {
        m_items.reserve(size_t(size));
        for (const QString &word : head)
            m_items.push_back({ word, std::nullopt });
        // The domain's phrases and names spread over ranks 500 to ~7,500: each in roughly 0.5-7% of articles.
        const int firstDomainRank = 500;
        const int domainStep = 7000 / std::max(1, int(domain.size()));
        int nextDomain = 0;
        int generated = 0;
        static const EntityType nameTypes[] = { EntityType::Organisation, EntityType::Person, EntityType::Place };
        while (int(m_items.size()) < size) {
            const int rank = int(m_items.size());
            if (nextDomain < domain.size() && rank == firstDomainRank + nextDomain * domainStep) {
                m_items.push_back(domain.at(nextDomain++));
                continue;
            }
            // One generated item in ten is a name (organisation, person, place in turn).
            const bool name = generated % 10 == 9;
            QString text = chinese ? pseudoChineseWord(generated) : pseudoWord(generated);
            std::optional<EntityType> type;
            if (name) {
                type = nameTypes[(generated / 10) % 3];
                if (!chinese) {
                    text[0] = text[0].toUpper();
                    if (*type == EntityType::Person) { // "Firstname Surname"
                        QString surname = pseudoWord(generated + 50000);
                        surname[0] = surname[0].toUpper();
                        text += u' ' + surname;
                    }
                }
            }
            m_items.push_back({ text, type });
            ++generated;
        }
        m_cumulative.reserve(m_items.size());
        double sum = 0;
        for (size_t r = 0; r < m_items.size(); ++r)
            m_cumulative.push_back(sum += 1.0 / double(r + 1));
    }

    template<typename Rng> const Item &draw(Rng &rng) const
    {
        const double x = std::uniform_real_distribution<double>(0, m_cumulative.back())(rng);
        const auto found = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_items[size_t(std::min<std::ptrdiff_t>(found - m_cumulative.begin(), m_items.size() - 1))];
    }

private:
    std::vector<Item> m_items;
    std::vector<double> m_cumulative;
};

namespace {

std::shared_ptr<const ZipfVocabulary> englishVocabulary()
{
    QList<ZipfVocabulary::Item> domain;
    // Interleaved so that each kind of phrase spreads over the whole range of ranks.
    const QList<const QStringList *> lists
        = { &englishSubjects(), &englishObjects(), &englishVerbs(), &englishTails() };
    for (int i = 0; i < 24; ++i)
        for (const QStringList *list : lists)
            if (i < list->size()) {
                const QString &text = list->at(i);
                const bool name = list == &englishSubjects() && !text.startsWith(u"the "_s);
                domain.append({ text, name ? std::optional(EntityType::Organisation) : std::nullopt });
            }
    for (const QString &place : { u"Hangzhou"_s, u"Shenzhen"_s, u"Beijing"_s, u"Guizhou"_s })
        domain.append({ place, EntityType::Place });
    return std::make_shared<ZipfVocabulary>(englishFunctionWords(), domain, 40000, false);
}

std::shared_ptr<const ZipfVocabulary> chineseVocabulary()
{
    static const QStringList organisations
        = { u"深度求索"_s, u"中国石化"_s, u"国家电网"_s, u"比亚迪"_s, u"吉利"_s,
            u"华为"_s,     u"阿里云"_s,   u"百度"_s,     u"腾讯"_s,   u"国务院国有资产监督管理委员会"_s };
    static const QStringList places = { u"北京"_s, u"上海"_s, u"杭州"_s, u"深圳"_s };
    QList<ZipfVocabulary::Item> domain;
    for (const QString &word : chineseWords()) {
        std::optional<EntityType> type;
        if (organisations.contains(word))
            type = EntityType::Organisation;
        else if (places.contains(word))
            type = EntityType::Place;
        domain.append({ word, type });
    }
    return std::make_shared<ZipfVocabulary>(chineseFunctionWords(), domain, 20000, true);
}

/// The names the narrow mix uses, with their types, for the mentions it reports.
std::optional<EntityType> narrowNameType(const QString &text)
{
    static const QHash<QString, EntityType> names = [] {
        QHash<QString, EntityType> all;
        for (const QString &subject : englishSubjects())
            if (!subject.startsWith(u"the "_s))
                all.insert(subject, EntityType::Organisation);
        for (const QString &word : { u"深度求索"_s, u"中国石化"_s, u"国家电网"_s, u"比亚迪"_s, u"吉利"_s, u"华为"_s,
                                     u"阿里云"_s, u"百度"_s, u"腾讯"_s, u"国务院国有资产监督管理委员会"_s })
            all.insert(word, EntityType::Organisation);
        for (const QString &word : { u"北京"_s, u"上海"_s, u"杭州"_s, u"深圳"_s })
            all.insert(word, EntityType::Place);
        return all;
    }();
    const auto found = names.constFind(text);
    return found == names.cend() ? std::nullopt : std::optional(*found);
}

/// An article with its source, date and language drawn; the first draws of every article, whatever its words.
SyntheticArticle withSourceAndDate(std::mt19937 &rng, bool chinese)
{
    SyntheticArticle article;
    article.source = pick(sources(), rng);
    article.published = QDate(2023, 1, 1).addDays(qint64(rng() % (365 * 3)));
    article.language = chinese ? u"zh-Hans"_s : u"en"_s;
    return article;
}

/// Appends `item` to `text`, noting it as a mention when it is a name.
void append(SyntheticArticle &article, QString &text, const QString &item, std::optional<EntityType> type)
{
    if (type)
        article.mentions.append({ text.size(), item.size(), *type });
    text += item;
}

} // namespace

SyntheticCorpus::SyntheticCorpus(Vocabulary vocabulary, quint32 seed)
    : m_vocabulary(vocabulary)
    , m_seed(seed)
{
    if (vocabulary == Vocabulary::Zipf) {
        m_english = englishVocabulary();
        m_chinese = chineseVocabulary();
    }
}

SyntheticCorpus::~SyntheticCorpus() = default;

QString SyntheticCorpus::vocabularyName(Vocabulary vocabulary)
{
    return vocabulary == Vocabulary::Zipf ? u"zipf"_s : u"narrow"_s;
}

std::optional<SyntheticCorpus::Vocabulary> SyntheticCorpus::vocabularyFromName(const QString &name)
{
    if (name == u"zipf"_s)
        return Vocabulary::Zipf;
    if (name == u"narrow"_s)
        return Vocabulary::Narrow;
    return std::nullopt;
}

SyntheticArticle SyntheticCorpus::article(qint64 index, int chars, bool chinese) const
{
    return m_vocabulary == Vocabulary::Zipf ? zipfArticle(index, chars, chinese) : narrowArticle(index, chars, chinese);
}

SyntheticArticle SyntheticCorpus::zipfArticle(qint64 index, int chars, bool chinese) const
{
    std::mt19937 rng(m_seed ^ quint32(index * 2654435761u));
    SyntheticArticle article = withSourceAndDate(rng, chinese);
    const ZipfVocabulary &vocabulary = chinese ? *m_chinese : *m_english;

    QString title;
    for (int i = 0; i < 5; ++i)
        title += vocabulary.draw(rng).text + (chinese ? QString() : u" "_s);
    article.title = chinese ? title + u" 第"_s + QString::number(index) + u"号"_s
                            : title + u"(report "_s + QString::number(index) + u")"_s;
    article.title[0] = article.title[0].toUpper();

    QString text;
    text.reserve(chars + 200);
    int sentence = 0;
    while (text.size() < chars) {
        const int length = chinese ? 8 + int(rng() % 12) : 10 + int(rng() % 12);
        const qsizetype sentenceStart = text.size();
        for (int i = 0; i < length; ++i) {
            if (i > 0 && !chinese)
                text += u' ';
            const ZipfVocabulary::Item &item = vocabulary.draw(rng);
            append(article, text, item.text, item.type);
        }
        text[sentenceStart] = text[sentenceStart].toUpper();
        const bool paragraphEnd = ++sentence % 5 == 0;
        if (chinese)
            text += paragraphEnd ? u"。\n\n"_s : u"。"_s;
        else
            text += paragraphEnd ? u".\n\n"_s : u". "_s;
    }
    // Trimming only removes the final line break, after every mention.
    article.text = text.trimmed();
    return article;
}

SyntheticArticle SyntheticCorpus::narrowArticle(qint64 index, int chars, bool chinese) const
{
    std::mt19937 rng(m_seed ^ quint32(index * 2654435761u));
    SyntheticArticle article = withSourceAndDate(rng, chinese);

    QString text;
    text.reserve(chars + 200);
    if (chinese) {
        article.title = pick(chineseWords(), rng) % pick(chineseWords(), rng) % pick(chineseWords(), rng) % u" 第"_s
            % QString::number(index) % u"号"_s;
        int sentence = 0;
        while (text.size() < chars) {
            const int length = 4 + int(rng() % 8);
            for (int i = 0; i < length; ++i) {
                const QString &word = pick(chineseWords(), rng);
                append(article, text, word, narrowNameType(word));
            }
            text += (++sentence % 5 == 0) ? u"。\n\n"_s : u"。"_s;
        }
    } else {
        article.title = pick(englishSubjects(), rng) % u" "_s % pick(englishVerbs(), rng) % u" "_s
            % pick(englishObjects(), rng) % u" (report "_s % QString::number(index) % u")"_s;
        article.title[0] = article.title[0].toUpper();
        int sentence = 0;
        while (text.size() < chars) {
            const QString &subject = pick(englishSubjects(), rng);
            const qsizetype lineStart = text.size();
            append(article, text, subject, narrowNameType(subject));
            text += u" "_s % pick(englishVerbs(), rng) % u" "_s % pick(englishObjects(), rng) % u" "_s
                % pick(englishTails(), rng) % u"."_s;
            text[lineStart] = text[lineStart].toUpper();
            text += (++sentence % 5 == 0) ? u"\n\n"_s : u" "_s;
        }
    }
    article.text = text.trimmed();
    return article;
}

} // namespace casebook::bench
