// SPDX-License-Identifier: GPL-3.0-or-later
#include "querymatcher.h"

#include "searchtokenizer.h"
#include "termdictionary.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

int columnBit(int field)
{
    return 1 << field; // TitleColumn, TextColumn, SourceColumn, AuthorColumn follow the field order
}

} // namespace

QueryMatcher::QueryMatcher(const QueryNode &root, const TermDictionary &dictionary)
{
    m_root = compileNode(root, dictionary, false);
}

int QueryMatcher::compileNode(const QueryNode &node, const TermDictionary &dictionary, bool exactForms)
{
    Node compiled;
    compiled.kind = node.kind;
    compiled.distance = node.distance;
    compiled.columns = node.columns;
    compiled.text = node.text;
    compiled.from = node.from;
    compiled.before = node.before;
    // NEAR groups match exact word forms, as the compiler writes them.
    const bool singleStemmed = !exactForms && node.kind == QueryNode::Kind::Term && node.tokens.size() == 1
        && !node.tokens.front().stem.isEmpty();
    for (const QueryToken &token : node.tokens) {
        TokenTest test;
        test.exact = dictionary.find(view(token.text));
        if (singleStemmed) {
            test.useStem = true;
            test.stemExact = dictionary.find(view(token.stem));
            test.stemMarked = dictionary.find(std::string(1, SearchTokenizer::stemMarker) + token.stem.toStdString());
        }
        if (token.prefix) {
            const std::string_view prefix = view(token.text);
            std::vector<bool> set(dictionary.terms().size(), false);
            for (size_t id = 1; id < dictionary.terms().size(); ++id) {
                const std::string &term = dictionary.terms()[id];
                if (term.size() >= prefix.size() && std::string_view(term).substr(0, prefix.size()) == prefix)
                    set[id] = true;
            }
            test.prefixSet = int(m_prefixSets.size());
            m_prefixSets.push_back(std::move(set));
        }
        if (token.cjkChar && token.prefix)
            test.highlightLength = int(QString::fromUtf8(token.text).size());
        compiled.tokens.push_back(test);
    }
    for (const QueryNode &child : node.children)
        compiled.children.push_back(compileNode(child, dictionary, node.kind == QueryNode::Kind::Near));
    m_nodes.push_back(std::move(compiled));
    return int(m_nodes.size()) - 1;
}

IndexedDocument::TermFilter QueryMatcher::termFilter(const QueryNode &root)
{
    IndexedDocument::TermFilter filter;
    std::vector<const QueryNode *> pending { &root };
    while (!pending.empty()) {
        const QueryNode *node = pending.back();
        pending.pop_back();
        for (const QueryToken &token : node->tokens) {
            if (token.prefix)
                filter.prefixes.push_back(token.text.toStdString());
            else
                filter.exact.push_back(token.text.toStdString());
            if (!token.stem.isEmpty())
                filter.stems.push_back(token.stem.toStdString());
        }
        for (const QueryNode &child : node->children)
            pending.push_back(&child);
    }
    return filter;
}

bool QueryMatcher::tokenMatches(const TokenTest &test, const IndexedToken &token) const
{
    if (test.useStem)
        return (test.stemExact && token.term == test.stemExact) || (test.stemMarked && token.stem == test.stemMarked);
    if (test.prefixSet >= 0) {
        const std::vector<bool> &set = m_prefixSets[size_t(test.prefixSet)];
        return token.term < set.size() && set[token.term];
    }
    return test.exact && token.term == test.exact;
}

void QueryMatcher::phraseMatches(const Node &node, const IndexedDocument::Column &column,
                                 std::vector<int> *starts) const
{
    const std::vector<IndexedToken> &tokens = column.tokens;
    const size_t count = tokens.size();
    for (size_t k = 0; k < count; ++k) {
        if (!tokenMatches(node.tokens.front(), tokens[k]))
            continue;
        // Each following query token must match a token at the next position.
        bool ok = true;
        size_t cursor = k;
        int position = tokens[k].position;
        for (size_t i = 1; i < node.tokens.size() && ok; ++i) {
            ++position;
            while (cursor < count && tokens[cursor].position < position)
                ++cursor;
            bool found = false;
            for (size_t j = cursor; j < count && tokens[j].position == position; ++j) {
                if (tokenMatches(node.tokens[i], tokens[j])) {
                    found = true;
                    break;
                }
            }
            ok = found;
        }
        if (ok) {
            // Colocated tokens at one position count once, as in FTS5's position lists.
            if (starts->empty() || tokens[size_t(starts->back())].position != tokens[k].position)
                starts->push_back(int(k));
        }
    }
}

bool QueryMatcher::nearMatches(const Node &node, const IndexedDocument::Column &column) const
{
    // FTS5's rule: instances of every phrase such that, with S the last start, each phrase i starts at or after
    // S - length(i) - distance.
    std::vector<std::vector<int>> positions;
    for (const int childIndex : node.children) {
        std::vector<int> starts;
        phraseMatches(m_nodes[size_t(childIndex)], column, &starts);
        if (starts.empty())
            return false;
        std::vector<int> list;
        for (const int start : starts)
            list.push_back(column.tokens[size_t(start)].position);
        positions.push_back(std::move(list));
    }
    for (const auto &candidates : positions) {
        for (const int last : candidates) {
            bool all = true;
            for (size_t i = 0; i < positions.size() && all; ++i) {
                const int low = last - phraseLength(m_nodes[size_t(node.children[i])]) - node.distance;
                const auto it = std::lower_bound(positions[i].begin(), positions[i].end(), low);
                all = it != positions[i].end() && *it <= last;
            }
            if (all)
                return true;
        }
    }
    return false;
}

bool QueryMatcher::evaluate(int index, const IndexedDocument &document, int columns) const
{
    const Node &node = m_nodes[size_t(index)];
    switch (node.kind) {
    case QueryNode::Kind::And:
        for (const int child : node.children)
            if (!evaluate(child, document, columns))
                return false;
        return true;
    case QueryNode::Kind::Or:
        for (const int child : node.children)
            if (evaluate(child, document, columns))
                return true;
        return false;
    case QueryNode::Kind::Not:
        return !evaluate(node.children.front(), document, columns);
    case QueryNode::Kind::Column:
        return evaluate(node.children.front(), document, columns & node.columns);
    case QueryNode::Kind::Term:
    case QueryNode::Kind::Phrase:
        for (int field = 0; field < IndexedDocument::FieldCount; ++field) {
            if (!(columns & columnBit(field)))
                continue;
            const auto &column = document.columns[size_t(field)];
            if (node.tokens.size() == 1) {
                for (const IndexedToken &token : column.tokens)
                    if (tokenMatches(node.tokens.front(), token))
                        return true;
                continue;
            }
            std::vector<int> starts;
            phraseMatches(node, column, &starts);
            if (!starts.empty())
                return true;
        }
        return false;
    case QueryNode::Kind::Near:
        for (int field = 0; field < IndexedDocument::FieldCount; ++field)
            if ((columns & columnBit(field)) && nearMatches(node, document.columns[size_t(field)]))
                return true;
        return false;
    case QueryNode::Kind::Language:
        return document.language.compare(node.text, Qt::CaseInsensitive) == 0
            || document.language.startsWith(node.text + u'-', Qt::CaseInsensitive);
    case QueryNode::Kind::DateRange:
        return (node.from.isEmpty() || document.published >= node.from)
            && (node.before.isEmpty() || document.published < node.before);
    case QueryNode::Kind::Entity:
    case QueryNode::Kind::Tag:
    case QueryNode::Kind::Note:
        return true; // decided by the database (mentions, annotations); a text scan cannot tell
    }
    return false;
}

bool QueryMatcher::matches(const IndexedDocument &document) const
{
    return evaluate(m_root, document, AllColumns);
}

void QueryMatcher::addPhraseRanges(const Node &node, const IndexedDocument::Column &column, QList<TextRange> *out) const
{
    if (column.spans.size() != column.tokens.size())
        return;
    std::vector<int> starts;
    phraseMatches(node, column, &starts);
    for (const int start : starts) {
        const int lastPosition = column.tokens[size_t(start)].position + int(node.tokens.size()) - 1;
        TextRange range = column.spans[size_t(start)];
        for (size_t j = size_t(start); j < column.tokens.size() && column.tokens[j].position <= lastPosition; ++j)
            if (column.tokens[j].position == lastPosition)
                range.end = std::max(range.end, column.spans[j].end);
        if (node.tokens.size() == 1 && node.tokens.front().highlightLength > 0)
            range.end = range.start + node.tokens.front().highlightLength;
        out->append(range);
    }
}

void QueryMatcher::collectHits(int index, const IndexedDocument &document, IndexedDocument::Field field, int columns,
                               QList<TextRange> *out) const
{
    const Node &node = m_nodes[size_t(index)];
    switch (node.kind) {
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or:
        for (const int child : node.children)
            collectHits(child, document, field, columns, out);
        return;
    case QueryNode::Kind::Not:
    case QueryNode::Kind::Language:
    case QueryNode::Kind::DateRange:
    case QueryNode::Kind::Entity:
    case QueryNode::Kind::Tag:
    case QueryNode::Kind::Note:
        return;
    case QueryNode::Kind::Column:
        collectHits(node.children.front(), document, field, columns & node.columns, out);
        return;
    case QueryNode::Kind::Term:
    case QueryNode::Kind::Phrase:
        if (columns & columnBit(field))
            addPhraseRanges(node, document.columns[size_t(field)], out);
        return;
    case QueryNode::Kind::Near:
        if ((columns & columnBit(field)) && nearMatches(node, document.columns[size_t(field)]))
            for (const int child : node.children)
                addPhraseRanges(m_nodes[size_t(child)], document.columns[size_t(field)], out);
        return;
    }
}

QList<TextRange> QueryMatcher::hits(const IndexedDocument &document, IndexedDocument::Field field) const
{
    QList<TextRange> ranges;
    collectHits(m_root, document, field, AllColumns, &ranges);
    return mergedRanges(ranges);
}

} // namespace casebook
