// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexeddocument.h"

#include "searchtokenizer.h"
#include "termdictionary.h"

#include <algorithm>

namespace casebook {

QList<TextRange> mergedRanges(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    QList<TextRange> merged;
    for (const TextRange &range : ranges) {
        if (!merged.isEmpty() && range.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, range.end);
        else
            merged.append(range);
    }
    return merged;
}

bool IndexedDocument::TermFilter::accepts(std::string_view text, std::string_view stem) const
{
    for (const std::string &term : exact)
        if (text == term)
            return true;
    for (const std::string &term : stems)
        if (stem == term || text == term)
            return true;
    for (const std::string &prefix : prefixes)
        if (text.substr(0, prefix.size()) == prefix)
            return true;
    return false;
}

IndexedDocument IndexedDocument::build(SearchTokenizer &tokenizer, TermDictionary &dictionary,
                                       const std::array<QString, FieldCount> &fields, const QString &language,
                                       const QString &published, Spans spans, const TermFilter *filter)
{
    IndexedDocument document;
    document.language = language;
    document.published = published;
    std::string stem;
    for (int field = 0; field < FieldCount; ++field) {
        Column &column = document.columns[size_t(field)];
        const QByteArray utf8 = fields[size_t(field)].toUtf8();
        int position = -1;
        tokenizer.tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), SearchTokenizer::Purpose::Document,
                           [&](const SearchToken &token) {
                               if (!token.colocated)
                                   ++position;
                               IndexedToken indexed;
                               indexed.position = position;
                               if (filter && !filter->accepts(token.text, token.stem)) {
                                   column.tokens.push_back(indexed);
                                   if (spans == Spans::With)
                                       column.spans.push_back({ token.utf16Start, token.utf16End });
                                   return true;
                               }
                               indexed.term = dictionary.intern(token.text);
                               if (!token.stem.empty()) {
                                   stem.assign(1, SearchTokenizer::stemMarker);
                                   stem.append(token.stem);
                                   indexed.stem = dictionary.intern(stem);
                               }
                               indexed.position = position;
                               column.tokens.push_back(indexed);
                               if (spans == Spans::With)
                                   column.spans.push_back({ token.utf16Start, token.utf16End });
                               return true;
                           });
    }
    return document;
}

} // namespace casebook
