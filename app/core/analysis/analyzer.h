// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisdeadline.h"
#include "articleanalysis.h"
#include "entityextractor.h"

namespace casebook {

class Gazetteer;

/// The analysis of one article as a pure function of its text and publication date: entity mentions grouped
/// into entities, date expressions resolved against the date, and one event per date expression. Const and
/// thread-safe: one Analyzer serves every worker.
class Analyzer
{
public:
    /// Version of the rules; stored with each analysed article so a newer Casebook can re-run stale analyses.
    /// 2: names by evidence, jieba's lexicon and OpenCC (issue 14).
    /// 3: the fourth held-out round's rules; one key for a Chinese foreign name however its middle dot is typed.
    static constexpr int version = 3;

    Analyzer();
    explicit Analyzer(const Gazetteer &gazetteer);

    /// How far the publication date may place relative dates ("yesterday", "last Monday", "January 20").
    enum class Anchor {
        Stated, ///< the article, its file's name or the analyst gave the date: relative dates resolve against it
        Estimated, ///< guessed from a file time or a relative dateline: only dates with a year resolve
    };
    /// Estimated for the origins of guessed dates (`estimated`, `file-time`), Stated otherwise.
    static Anchor anchorFor(MetadataOrigin publishedOrigin);

    ArticleAnalysis analyse(QStringView text, const PublicationDate &published) const
    {
        return analyse(text, published, Anchor::Stated);
    }
    /// With an estimated date, relative dates stay unresolved: a guess never places an event on the timeline.
    ArticleAnalysis analyse(QStringView text, const PublicationDate &published, Anchor anchor) const
    {
        return analyse(text, published, anchor, AnalysisDeadline {});
    }
    /// Checks `deadline` between its passes: AnalysisDeadline::Passed when the time is up.
    ArticleAnalysis analyse(QStringView text, const PublicationDate &published, Anchor anchor,
                            const AnalysisDeadline &deadline) const;

private:
    EntityExtractor m_extractor;
};

} // namespace casebook
