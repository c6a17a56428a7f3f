// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisdeadline.h"
#include "entitymention.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QList>

namespace casebook {

class ChineseLexicon;
class EnglishWords;
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

/// Finds entity mentions in English and Chinese text by evidence, with the gazetteer as a prior: capitalised spans
/// typed by suffixes, titles, cues around them, lists and the rest of the article; Chinese names at word
/// boundaries (jieba's lexicon), with its name tags, suffixes and surnames with a cue; money and percentages. The rules
/// are described in docs/analysis.md.
class EntityExtractor
{
public:
    explicit EntityExtractor(const Gazetteer &gazetteer);

    /// `tokens` must come from Tokenizer::tokenize(text) with sentence starts marked. Traditional Chinese is
    /// matched in Simplified script (ScriptConverter); mentions keep the text as written.
    ExtractedEntities extract(QStringView text, const QList<Token> &tokens) const;
    /// The same with the Simplified form of the text already made (`matching`, same length as `text`).
    /// `deadline` is checked between the passes (AnalysisDeadline::Passed ends the extraction).
    ExtractedEntities extract(QStringView text, QStringView matching, const QList<Token> &tokens,
                              const AnalysisDeadline &deadline = {}) const;

private:
    const Gazetteer &m_gazetteer;
    const ChineseLexicon &m_lexicon;
    const EnglishWords &m_english;
};

} // namespace casebook
