// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace casebook {

/// The columns of the index a text node may be restricted to (bit flags).
enum SearchColumn : int {
    TitleColumn = 1,
    TextColumn = 2,
    SourceColumn = 4,
    AuthorColumn = 8,
    AllColumns = TitleColumn | TextColumn | SourceColumn | AuthorColumn,
};

/// One token of a query term, already folded by SearchTokenizer exactly as the index folds documents.
struct QueryToken
{
    QByteArray text; ///< exact folded form
    QByteArray stem; ///< the stem a plain word matches by ("running" and "runs" both match "run"); may be empty
    bool prefix = false; ///< matches every indexed token that starts with `text`
    bool cjkChar = false; ///< a single CJK character searched as a prefix of the bigrams; highlights one character
};

/// A parsed search query. Text nodes (Term, Phrase, Near) go to the full-text index; Language, DateRange and
/// Entity become SQL conditions on the articles table. Every node remembers where it came from in the query text.
struct QueryNode
{
    enum class Kind {
        And, ///< all children
        Or, ///< any child
        Not, ///< one child, which must not match
        Term, ///< a bare word (prefix when it ended in *); several tokens make an implicit phrase
        Phrase, ///< "an exact phrase": tokens in a row, exact word forms
        Near, ///< children (Term/Phrase) within `distance` tokens of each other, exact word forms
        Column, ///< one child restricted to `columns` (title:, source:, author:, text:)
        Language, ///< lang:xx, the article's language (xx or xx-Variant)
        DateRange, ///< date:, after:, before: on the publication date
        Entity, ///< entity:name, the articles mentioning that entity under any of its names; `text` is its key
        Tag, ///< tag:name, the articles with an annotation tagged so (without case); `text` is the tag
        Note, ///< note:word, the articles with an annotation whose note contains the word; `text` is the word
    };

    Kind kind = Kind::And;
    int position = 0; ///< 0-based offset in the query text
    int length = 0;
    QString text; ///< the raw text of a Term/Phrase, the language code of a Language node
    std::vector<QueryNode> children;
    std::vector<QueryToken> tokens; ///< Term/Phrase
    int distance = 10; ///< Near
    int columns = AllColumns; ///< Column
    /// DateRange: published >= from (when set) and published < before (when set), comparing ISO text, so a
    /// date known only to the month or year falls in a range that covers all of it.
    QString from;
    QString before;

    bool isText() const { return kind == Kind::Term || kind == Kind::Phrase || kind == Kind::Near; }
};

} // namespace casebook
