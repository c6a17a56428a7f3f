// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    static constexpr int version = 1;

    Analyzer();
    explicit Analyzer(const Gazetteer &gazetteer);

    ArticleAnalysis analyse(QStringView text, const PublicationDate &published) const;

private:
    EntityExtractor m_extractor;
};

} // namespace casebook
