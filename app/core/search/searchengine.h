// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchtokenizer.h"
#include "textrange.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace casebook {

class CasebookStore;
struct QueryNode;

struct SearchRequest
{
    enum class Sort {
        Relevance, ///< bm25, title weighted up; newest first for queries without words
        Date, ///< newest first
        Oldest, ///< oldest first, undated last
        Title, ///< by title, A to Z (ignoring case)
        Source, ///< by source, A to Z, newest first within a source; no source last
    };
    /// What the analyst typed, in the query language. QueryError positions point into this text.
    QString query;
    /// Conditions the program adds (the window's chips and brushed dates), in the query language, ANDed with
    /// `query`; either may be empty, not both. Kept apart so that error positions stay those of the typed text; a
    /// problem in the filter is a QueryError with position -1.
    QString filter;
    Sort sort = Sort::Relevance;
    int limit = 50;
    int offset = 0;
    /// Also count every match (one more query); off for type-ahead where only the first page matters.
    bool countTotal = true;
    /// Length of the snippet around the best hit, in UTF-16 units.
    int snippetLength = 200;
    /// Polled (also from inside SQLite) to abandon the search, e.g. `promise.isCanceled()` of the job running
    /// it when a newer query supersedes it; may be empty. Called on the searching thread.
    std::function<bool()> isCanceled;
};

struct SearchResult
{
    qint64 articleId = 0;
    QString title;
    QString source;
    QString published; ///< ISO date as precise as known (2025, 2025-02, 2025-02-25); empty when unknown
    QString language;
    qint64 duplicateOf = 0; ///< the first copy of this article, when it is a repost or near-duplicate
    double score = 0; ///< bm25, higher is better; 0 when sorted by date and for queries without words
    QString snippet; ///< text around the best hit, line breaks flattened; starts/ends with … when cut
    QList<TextRange> snippetHits; ///< hit ranges inside `snippet`
    QList<TextRange> hits; ///< hit ranges in the article's text (Article::text), UTF-16 offsets
    QList<TextRange> titleHits; ///< hit ranges in the title
};

struct SearchResults
{
    QList<SearchResult> results;
    qint64 total = -1; ///< every match, when counted; -1 otherwise
    bool canceled = false;
    QString matchExpression; ///< the FTS5 expression the query compiled to (for diagnostics)
    /// What the query was read as where that differs from what was typed, for the search bar to say quietly
    /// ("rollout: is not a field; searched as text"); empty for most queries.
    QStringList notices;
};

/// Runs queries against one casebook connection. Value in, value out: the GUI creates one per worker thread
/// with that thread's own ReadOnly CasebookStore. Not thread-safe itself.
class SearchEngine
{
public:
    explicit SearchEngine(CasebookStore &store);

    /// Throws QueryError for a malformed query (message and position), CasebookError for database trouble.
    /// A canceled search returns `canceled` set and whatever it had.
    SearchResults search(const SearchRequest &request);

    /// Hit ranges of `query` in `text` (an article's text), e.g. for the document pane; throws QueryError.
    QList<TextRange> hitsInText(const QString &query, const QString &text);

    /// Every article matching `query` (all articles for an empty one) with its ISO publication date ("" when
    /// unknown), unranked: the timeline and entity charts count them. Throws QueryError.
    QList<std::pair<qint64, QString>> matchingArticles(const QString &query);

    /// Validates a query without running it; throws QueryError.
    void check(const QString &query);

private:
    QueryNode parse(const SearchRequest &request, QStringList *notices);
    void fillHits(const QueryNode &root, const SearchRequest &request, SearchResult *result, const QString &text);

    CasebookStore &m_store;
    SearchTokenizer m_tokenizer;
    QString m_filterIndex; ///< "INDEXED BY articles_search_filters" when the casebook has that index
};

} // namespace casebook
