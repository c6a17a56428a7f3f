// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymention.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QList>

namespace casebook {

class Gazetteer;

/// A short name tied to a long one by the text itself: "China Oil and Gas Pipeline Network Corp (PipeChina)".
struct AliasLink
{
    int shortMention = -1;
    int longMention = -1;
};

struct ExtractedEntities
{
    QList<EntityMention> mentions; ///< sorted by start, never overlapping
    QList<AliasLink> links;
};

/// Finds entity mentions in English and Chinese text with a gazetteer and rules: capitalised spans with
/// organisation and place suffixes, titles and roles around person names, Chinese organisation suffixes and
/// surnames with a cue, money and percentages. The rules are described in docs/analysis.md.
class EntityExtractor
{
public:
    explicit EntityExtractor(const Gazetteer &gazetteer);

    /// `tokens` must come from Tokenizer::tokenize(text) with sentence starts marked.
    ExtractedEntities extract(QStringView text, const QList<Token> &tokens) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace casebook
