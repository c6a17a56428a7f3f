// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace casebook::bench {

struct SyntheticArticle
{
    QString title;
    QString source;
    QDate published;
    QString language; ///< "en" or "zh-Hans"
    QString text; ///< paragraphs separated by blank lines

    /// A name the generator put into the text, where it put it: what an analysis would find.
    struct Mention
    {
        qsizetype start = 0;
        qsizetype length = 0;
        EntityType type = EntityType::Organisation;
    };
    QList<Mention> mentions; ///< in the text, sorted by start
};

class ZipfVocabulary;

/// Deterministic articles for benchmarks: the same index always gives the same article, in English or Chinese.
class SyntheticCorpus
{
public:
    enum class Vocabulary {
        /// A hundred or so phrases of this domain drawn uniformly: almost every query word is in 70-75% of all
        /// articles, so every query ranks most of the casebook. The worst case, and what benchmarks used first.
        Narrow,
        /// Tens of thousands of words and names drawn with Zipf's-law frequencies (the r-th most frequent has
        /// probability proportional to 1/r), the domain's phrases among the rarer ones: as in real news, a few
        /// function words are everywhere and a typical name or topic word is in well under 5% of articles.
        Zipf,
    };

    explicit SyntheticCorpus(Vocabulary vocabulary = Vocabulary::Narrow, quint32 seed = 20250217);
    ~SyntheticCorpus();

    /// Article `index`; about `chars` characters long; Chinese when `chinese` is true.
    SyntheticArticle article(qint64 index, int chars, bool chinese) const;

    static QString vocabularyName(Vocabulary vocabulary); ///< "narrow" or "zipf"
    static std::optional<Vocabulary> vocabularyFromName(const QString &name);

private:
    SyntheticArticle narrowArticle(qint64 index, int chars, bool chinese) const;
    SyntheticArticle zipfArticle(qint64 index, int chars, bool chinese) const;

    Vocabulary m_vocabulary;
    quint32 m_seed;
    std::shared_ptr<const ZipfVocabulary> m_english;
    std::shared_ptr<const ZipfVocabulary> m_chinese;
};

} // namespace casebook::bench
