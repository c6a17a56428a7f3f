// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace casebook::bench {

struct SyntheticArticle
{
    QString title;
    QString source;
    QDate published;
    QString language; ///< "en" or "zh-Hans"
    QString text; ///< paragraphs separated by blank lines
};

/// Deterministic articles for benchmarks: the same index always gives the same article, in English or Chinese,
/// built from this domain's vocabulary so that word frequencies look like news text.
class SyntheticCorpus
{
public:
    explicit SyntheticCorpus(quint32 seed = 20250217);

    /// Article `index`; about `chars` characters long; Chinese when `chinese` is true.
    SyntheticArticle article(qint64 index, int chars, bool chinese) const;

private:
    quint32 m_seed;
};

} // namespace casebook::bench
