// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indexeddocument.h"
#include "querynode.h"
#include "textrange.h"

#include <QList>
#include <vector>

namespace casebook {

class TermDictionary;

/// Evaluates a parsed query against documents tokenized in memory, by the same rules as the FTS5 query the
/// compiler writes: the search engine uses it for exact hit ranges, the benchmark as its brute-force baseline.
/// Resolves the query's tokens against `dictionary` once; documents must be built with that dictionary, and
/// terms interned after construction are not seen.
class QueryMatcher
{
public:
    QueryMatcher(const QueryNode &root, const TermDictionary &dictionary);

    /// The tokens `root` can match, for IndexedDocument::build.
    static IndexedDocument::TermFilter termFilter(const QueryNode &root);

    bool matches(const IndexedDocument &document) const;

    /// The ranges of the query's positive terms, phrases and NEAR groups in one column of a document built with
    /// spans, sorted and merged, in UTF-16 offsets.
    QList<TextRange> hits(const IndexedDocument &document, IndexedDocument::Field field) const;

private:
    struct TokenTest
    {
        unsigned exact = 0; ///< the term id; 0 when the dictionary lacks it
        unsigned stemExact = 0; ///< Term with a stem: the stem as an exact word
        unsigned stemMarked = 0; ///< Term with a stem: "~stem"
        bool useStem = false;
        int prefixSet = -1; ///< index into m_prefixSets for prefix tokens
        int highlightLength = -1; ///< for a CJK character searched by prefix: highlight only this many units
    };
    struct Node
    {
        QueryNode::Kind kind = QueryNode::Kind::And;
        std::vector<int> children;
        std::vector<TokenTest> tokens;
        int distance = 0;
        int columns = AllColumns;
        QString text;
        QString from;
        QString before;
    };

    int compileNode(const QueryNode &node, const TermDictionary &dictionary, bool exactForms);
    bool evaluate(int node, const IndexedDocument &document, int columns) const;
    bool tokenMatches(const TokenTest &test, const IndexedToken &token) const;
    /// Start indexes (into the column's tokens) of each match of a Term/Phrase node.
    void phraseMatches(const Node &node, const IndexedDocument::Column &column, std::vector<int> *starts) const;
    bool nearMatches(const Node &node, const IndexedDocument::Column &column) const;
    void collectHits(int node, const IndexedDocument &document, IndexedDocument::Field field, int columns,
                     QList<TextRange> *out) const;
    void addPhraseRanges(const Node &node, const IndexedDocument::Column &column, QList<TextRange> *out) const;
    int phraseLength(const Node &node) const { return int(node.tokens.size()); }

    std::vector<Node> m_nodes;
    std::vector<std::vector<bool>> m_prefixSets;
    int m_root = 0;
};

} // namespace casebook
