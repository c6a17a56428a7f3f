// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"

#include "aliasresolver.h"
#include "datefinder.h"
#include "gazetteer.h"
#include "scriptconverter.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <algorithm>

namespace casebook {

Analyzer::Analyzer()
    : Analyzer(Gazetteer::builtIn())
{ }

Analyzer::Analyzer(const Gazetteer &gazetteer)
    : m_extractor(gazetteer)
{ }

Analyzer::Anchor Analyzer::anchorFor(MetadataOrigin publishedOrigin)
{
    return publishedOrigin == MetadataOrigin::Estimated || publishedOrigin == MetadataOrigin::FileTime
        ? Anchor::Estimated
        : Anchor::Stated;
}

ArticleAnalysis Analyzer::analyse(QStringView text, const PublicationDate &published, Anchor anchor,
                                  const AnalysisDeadline &deadline) const
{
    QList<Token> tokens = Tokenizer::tokenize(text);
    deadline.check();
    const QList<SentenceSpan> sentences = SentenceSplitter::split(text);
    deadline.check();

    // mark the first word of each sentence (after any opening quote or bracket)
    qsizetype s = 0;
    bool waitingForFirstWord = true;
    for (Token &token : tokens) {
        while (s < sentences.size() && token.start >= sentences[s].end) {
            ++s;
            waitingForFirstWord = true;
        }
        if (token.lineStart)
            waitingForFirstWord = true;
        if (waitingForFirstWord && (token.kind == Token::Kind::Word || token.kind == Token::Kind::Han)) {
            token.sentenceStart = true;
            waitingForFirstWord = false;
        }
    }

    // Traditional Chinese is read in Simplified script (上週三 as 上周三, 中國移動 as 中国移动), same offsets
    bool hasHan = false;
    for (const Token &token : tokens)
        if (token.kind == Token::Kind::Han) {
            hasHan = true;
            break;
        }
    const QString simplified = hasHan ? ScriptConverter::toSimplified(text) : QString();
    const QStringView matching = hasHan ? QStringView(simplified) : text;

    ArticleAnalysis result;
    result.dates = DateFinder::find(matching, tokens, anchor == Anchor::Stated ? published : PublicationDate {});
    if (hasHan)
        for (DateExpression &date : result.dates)
            date.text = text.mid(date.start, date.length).toString();
    deadline.check();
    AliasResolver::resolve(m_extractor.extract(text, matching, tokens, deadline), result);
    deadline.check();

    result.events.reserve(result.dates.size());
    for (int d = 0; d < result.dates.size(); ++d) {
        const DateExpression &date = result.dates[d];
        AnalysedEvent event;
        event.expression = d;
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), date.start,
                                         [](qsizetype pos, const SentenceSpan &span) { return pos < span.end; });
        if (it != sentences.cend() && it->start <= date.start) {
            event.sentenceStart = it->start;
            event.sentenceLength = it->end - it->start;
        } else {
            event.sentenceStart = date.start;
            event.sentenceLength = date.length;
        }
        const qsizetype sentenceEnd = event.sentenceStart + event.sentenceLength;
        for (const EntityMention &m : std::as_const(result.mentions)) {
            if (m.start >= sentenceEnd)
                break;
            if (m.start >= event.sentenceStart && !event.entities.contains(m.entity))
                event.entities.append(m.entity);
        }
        result.events.append(event);
    }
    return result;
}

} // namespace casebook
