// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcorpus.h"

#include <QStringList>
#include <random>

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

} // namespace

SyntheticCorpus::SyntheticCorpus(quint32 seed)
    : m_seed(seed)
{ }

SyntheticArticle SyntheticCorpus::article(qint64 index, int chars, bool chinese) const
{
    std::mt19937 rng(m_seed ^ quint32(index * 2654435761u));
    SyntheticArticle article;
    article.source = pick(sources(), rng);
    article.published = QDate(2023, 1, 1).addDays(qint64(rng() % (365 * 3)));
    article.language = chinese ? u"zh-Hans"_s : u"en"_s;

    QString text;
    text.reserve(chars + 200);
    if (chinese) {
        article.title = pick(chineseWords(), rng) % pick(chineseWords(), rng) % pick(chineseWords(), rng) % u" 第"_s
            % QString::number(index) % u"号"_s;
        int sentence = 0;
        while (text.size() < chars) {
            const int length = 4 + int(rng() % 8);
            for (int i = 0; i < length; ++i)
                text += pick(chineseWords(), rng);
            text += (++sentence % 5 == 0) ? u"。\n\n"_s : u"。"_s;
        }
    } else {
        article.title = pick(englishSubjects(), rng) % u" "_s % pick(englishVerbs(), rng) % u" "_s
            % pick(englishObjects(), rng) % u" (report "_s % QString::number(index) % u")"_s;
        article.title[0] = article.title[0].toUpper();
        int sentence = 0;
        while (text.size() < chars) {
            QString line = pick(englishSubjects(), rng) % u" "_s % pick(englishVerbs(), rng) % u" "_s
                % pick(englishObjects(), rng) % u" "_s % pick(englishTails(), rng) % u"."_s;
            line[0] = line[0].toUpper();
            text += line;
            text += (++sentence % 5 == 0) ? u"\n\n"_s : u" "_s;
        }
    }
    article.text = text.trimmed();
    return article;
}

} // namespace casebook::bench
