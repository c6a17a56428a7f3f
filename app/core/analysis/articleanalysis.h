// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateexpression.h"
#include "entitymention.h"

#include <QList>

namespace casebook {

/// A dated event: the sentence around a date expression, with its date and the entities the sentence names.
struct AnalysedEvent
{
    int expression = -1; ///< index into ArticleAnalysis::dates
    qsizetype sentenceStart = 0;
    qsizetype sentenceLength = 0;
    QList<int> entities; ///< indexes into ArticleAnalysis::entities, in order of first mention in the sentence
};

/// Everything the analyzer finds in one article.
struct ArticleAnalysis
{
    QList<EntityMention> mentions; ///< sorted by start, never overlapping
    QList<LocalEntity> entities;
    QList<DateExpression> dates; ///< sorted by start
    QList<AnalysedEvent> events; ///< one per date expression
    /// The analysis ran out of time (AnalysisDeadline) and found nothing: the article is "not analysed: too slow".
    bool tooSlow = false;
};

} // namespace casebook
