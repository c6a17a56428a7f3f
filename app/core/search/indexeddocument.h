// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textrange.h"

#include <QString>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

class SearchTokenizer;
class TermDictionary;

/// One token of an IndexedDocument: its term id, its stem's id ("~stem", 0 when none) and its FTS5 position.
struct IndexedToken
{
    unsigned term = 0;
    unsigned stem = 0;
    int position = 0;
};

/// An article tokenized in memory exactly as the FTS5 index holds it, for QueryMatcher: hit ranges of a shown
/// article, and the brute-force baseline of the search benchmark.
struct IndexedDocument
{
    /// The index's columns, in order.
    enum Field { Title, Text, Source, Author, FieldCount };

    struct Column
    {
        std::vector<IndexedToken> tokens;
        std::vector<TextRange> spans; ///< per token, UTF-16 offsets; empty unless built with spans
    };

    std::array<Column, FieldCount> columns;
    QString language;
    QString published; ///< ISO text as stored, empty when unknown

    enum class Spans { Without, With };

    /// Limits interning to the tokens a query can match (others keep their position with term 0), which makes
    /// building a document for one query's hit ranges several times cheaper.
    struct TermFilter
    {
        std::vector<std::string> exact; ///< whole tokens
        std::vector<std::string> stems; ///< stems (without the marker)
        std::vector<std::string> prefixes; ///< token beginnings
        bool accepts(std::string_view text, std::string_view stem) const;
    };

    /// Tokenizes the fields; `filter` may be null (every token is interned).
    static IndexedDocument build(SearchTokenizer &tokenizer, TermDictionary &dictionary,
                                 const std::array<QString, FieldCount> &fields, const QString &language,
                                 const QString &published, Spans spans, const TermFilter *filter = nullptr);
};

} // namespace casebook
