// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "indexeddocument.h"
#include "querycompiler.h"
#include "queryerror.h"
#include "querymatcher.h"
#include "queryparser.h"
#include "searchindex.h"
#include "store/casebookstore.h"
#include "store/storedtext.h"
#include "termdictionary.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

int progressCallback(void *isCanceled)
{
    return (*static_cast<const std::function<bool()> *>(isCanceled))() ? 1 : 0;
}

/// Interrupts SQLite while the cancel flag is set, for as long as it lives.
class CancelGuard
{
public:
    CancelGuard(sqlite3 *db, const std::function<bool()> &isCanceled)
        : m_db(isCanceled ? db : nullptr)
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 2000, progressCallback, const_cast<std::function<bool()> *>(&isCanceled));
    }
    ~CancelGuard()
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    sqlite3 *m_db;
};

bool isCanceled(const SearchRequest &request)
{
    return request.isCanceled && request.isCanceled();
}

/// The snippet: a window of the text around the place with the most hits.
void makeSnippet(const QString &text, const QList<TextRange> &hits, int length, SearchResult *result)
{
    length = std::max(length, 20);
    qsizetype start = 0;
    if (!hits.isEmpty()) {
        int best = 0;
        int bestCount = -1;
        for (int i = 0; i < hits.size(); ++i) {
            int count = 0;
            for (int j = i; j < hits.size() && hits[j].end <= hits[i].start + length * 3 / 4; ++j)
                ++count;
            if (count > bestCount) {
                bestCount = count;
                best = i;
            }
        }
        start = std::max(0, hits[best].start - length / 4);
        // Start at a word or line boundary when one is near.
        for (qsizetype k = start; k > 0 && k > start - 20; --k) {
            if (text.at(k - 1).isSpace()) {
                start = k;
                break;
            }
        }
    }
    start = std::min<qsizetype>(start, std::max<qsizetype>(0, text.size() - length));
    // Never start or end inside a hit: "…epSeek" marks a word that is not there.
    for (const TextRange &hit : hits)
        if (hit.start < start && start < hit.end)
            start = hit.start;
    if (start > 0 && text.at(start).isLowSurrogate())
        --start;
    qsizetype end = std::min<qsizetype>(text.size(), start + length);
    for (const TextRange &hit : hits)
        if (hit.start < end && end < hit.end)
            end = hit.end;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    QString snippet = text.mid(start, end - start);
    for (QChar &c : snippet)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    const int shift = start > 0 ? 1 : 0;
    result->snippet = (start > 0 ? u"…"_s : QString()) + snippet + (end < text.size() ? u"…"_s : QString());
    for (const TextRange &hit : hits) {
        if (hit.end <= start || hit.start >= end)
            continue;
        result->snippetHits.append({ int(std::max<qsizetype>(hit.start, start) - start) + shift,
                                     int(std::min<qsizetype>(hit.end, end) - start) + shift });
    }
}

/// The program's filter, parsed apart from the typed query: its problems are not at a position the analyst typed.
QueryNode parseFilter(const QString &filter, SearchTokenizer &tokenizer)
{
    QueryNode root;
    try {
        root = QueryParser::parse(filter, tokenizer);
    } catch (const QueryError &error) {
        throw QueryError(error.problem(), -1);
    }
    std::function<void(QueryNode &)> unplace = [&unplace](QueryNode &node) {
        node.position = -1; // so the compiler's errors about it carry no position either
        for (QueryNode &child : node.children)
            unplace(child);
    };
    unplace(root);
    return root;
}

} // namespace

SearchEngine::SearchEngine(CasebookStore &store)
    : m_store(store)
{
    m_filterIndex = SearchIndex::filterIndexHint(m_store.database());
    // A query walks long doclists and, for filters, the filter index; reading them through a memory map and a
    // larger page cache keeps that off the system-call path. Both only concern this connection.
    m_store.database().exec(u"PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768"_s);
}

void SearchEngine::check(const QString &query)
{
    const QueryNode root = QueryParser::parse(query, m_tokenizer);
    QueryCompiler::compile(root);
}

QList<TextRange> SearchEngine::hitsInText(const QString &query, const QString &text)
{
    const QueryNode root = QueryParser::parse(query, m_tokenizer);
    TermDictionary dictionary;
    const IndexedDocument document
        = IndexedDocument::build(m_tokenizer, dictionary, { QString(), text, QString(), QString() }, QString(),
                                 QString(), IndexedDocument::Spans::With);
    const QueryMatcher matcher(root, dictionary);
    return matcher.hits(document, IndexedDocument::Text);
}

void SearchEngine::fillHits(const QueryNode &root, const SearchRequest &request, SearchResult *result,
                            const QString &text)
{
    TermDictionary dictionary;
    const IndexedDocument::TermFilter filter = QueryMatcher::termFilter(root);
    const IndexedDocument document
        = IndexedDocument::build(m_tokenizer, dictionary, { result->title, text, QString(), QString() }, QString(),
                                 QString(), IndexedDocument::Spans::With, &filter);
    const QueryMatcher matcher(root, dictionary);
    result->hits = matcher.hits(document, IndexedDocument::Text);
    result->titleHits = matcher.hits(document, IndexedDocument::Title);
    makeSnippet(text, result->hits, request.snippetLength, result);
}

QueryNode SearchEngine::parse(const SearchRequest &request, QStringList *notices)
{
    if (request.filter.trimmed().isEmpty() || !request.query.trimmed().isEmpty()) {
        QList<QueryNotice> found;
        QueryNode root = QueryParser::parse(request.query, m_tokenizer, &found);
        for (const QueryNotice &notice : std::as_const(found))
            notices->append(notice.message);
        if (request.filter.trimmed().isEmpty())
            return root;
        QueryNode both;
        both.kind = QueryNode::Kind::And;
        both.children.push_back(std::move(root));
        both.children.push_back(parseFilter(request.filter, m_tokenizer));
        return both;
    }
    return parseFilter(request.filter, m_tokenizer);
}

SearchResults SearchEngine::search(const SearchRequest &request)
{
    SearchResults results;
    const QueryNode root = parse(request, &results.notices);
    const CompiledQuery compiled = QueryCompiler::compile(root);
    results.matchExpression = compiled.match;

    SqliteDatabase &db = m_store.database();
    CancelGuard guard(db.handle(), request.isCanceled);
    const bool ranked = !compiled.match.isEmpty();
    const bool byRelevance = ranked && request.sort == SearchRequest::Sort::Relevance;
    const QString where = compiled.where.isEmpty() ? QString() : u" AND "_s + compiled.where;
    const QString page = u" LIMIT %1 OFFSET %2"_s.arg(std::max(0, request.limit)).arg(std::max(0, request.offset));
    auto bindAll = [&](SqliteStatement &statement) {
        if (ranked)
            statement.bind(1, compiled.match);
        else
            statement.bindNull(1);
        for (int i = 0; i < compiled.parameters.size(); ++i)
            statement.bind(QueryCompiler::firstParameter + i, compiled.parameters.at(i));
    };

    QString orderBy = u"a.published DESC, a.id DESC"_s; // newest first, and for queries without words
    switch (request.sort) {
    case SearchRequest::Sort::Oldest:
        orderBy = u"a.published IS NULL, a.published, a.id"_s; // undated last
        break;
    case SearchRequest::Sort::Title:
        orderBy = u"a.title COLLATE NOCASE, a.id"_s;
        break;
    case SearchRequest::Sort::Source:
        orderBy = u"a.source = '', a.source COLLATE NOCASE, a.published DESC, a.id DESC"_s;
        break;
    case SearchRequest::Sort::Relevance:
    case SearchRequest::Sort::Date:
        break;
    }

    // The plans: ranking scores every match, so the articles table is joined only when a filter needs
    // it; newest-first walks the date index and keeps the matches, which stops after one page.
    QString select;
    QString count;
    if (byRelevance && where.isEmpty()) {
        select = u"SELECT rowid, -%1 AS score FROM search_index WHERE search_index MATCH ?1 ORDER BY score DESC"_s.arg(
            SearchIndex::rankExpression());
        count = u"SELECT count(*) FROM search_index WHERE search_index MATCH ?1"_s;
    } else if (byRelevance) {
        // CROSS JOIN keeps the index as the outer loop: driven from the articles side, FTS5 would start (and
        // recompute its statistics) once per article.
        select = u"SELECT a.id, -%1 AS score FROM search_index CROSS JOIN articles a%2 ON a.id = search_index.rowid "
                 u"WHERE search_index MATCH ?1%3 ORDER BY score DESC"_s.arg(SearchIndex::rankExpression(),
                                                                            m_filterIndex, where);
        count = u"SELECT count(*) FROM search_index CROSS JOIN articles a%1 ON a.id = search_index.rowid "
                u"WHERE search_index MATCH ?1%2"_s.arg(m_filterIndex, where);
    } else if (ranked) {
        select = u"SELECT a.id, 0.0 FROM articles a%1 WHERE a.id IN "
                 u"(SELECT rowid FROM search_index WHERE search_index MATCH ?1)%2 ORDER BY %3"_s.arg(
                     request.sort == SearchRequest::Sort::Date ? u" INDEXED BY articles_by_published"_s : QString(),
                     where, orderBy);
        count = u"SELECT count(*) FROM articles a WHERE a.id IN "
                u"(SELECT rowid FROM search_index WHERE search_index MATCH ?1)%1"_s.arg(where);
    } else {
        select = u"SELECT a.id, 0.0 FROM articles a WHERE ?1 IS NULL%1 ORDER BY %2"_s.arg(where, orderBy);
        count = u"SELECT count(*) FROM articles a WHERE ?1 IS NULL%1"_s.arg(where);
    }

    try {
        auto query = db.prepare(select + page);
        bindAll(query);
        while (query.step()) {
            SearchResult result;
            result.articleId = query.int64(0);
            result.score = query.real(1);
            results.results.append(result);
        }
        if (request.countTotal && !isCanceled(request)) {
            auto counting = db.prepare(count);
            bindAll(counting);
            results.total = counting.step() ? counting.int64(0) : 0;
        }
        auto article
            = db.prepare(u"SELECT title, source, COALESCE(published, ''), language, %1, "
                         u"COALESCE(duplicate_of, 0) FROM articles WHERE id = ?1"_s.arg(StoredText::plainTextSql()));
        for (SearchResult &result : results.results) {
            if (isCanceled(request))
                break;
            article.bind(1, result.articleId);
            if (!article.step()) {
                article.reset();
                continue;
            }
            result.title = article.text(0);
            result.source = article.text(1);
            result.published = article.text(2);
            result.language = article.text(3);
            result.duplicateOf = article.int64(5);
            const QString text = article.text(4);
            article.reset();
            fillHits(root, request, &result, text);
        }
    } catch (const CasebookError &) {
        if (!isCanceled(request))
            throw;
    }
    results.canceled = isCanceled(request);
    return results;
}

QList<std::pair<qint64, QString>> SearchEngine::matchingArticles(const QString &query)
{
    QList<std::pair<qint64, QString>> rows;
    SqliteDatabase &db = m_store.database();
    if (query.trimmed().isEmpty()) {
        auto all = db.prepare(u"SELECT id, COALESCE(published, '') FROM articles"_s);
        while (all.step())
            rows.append({ all.int64(0), all.text(1) });
        return rows;
    }
    const CompiledQuery compiled = QueryCompiler::compile(QueryParser::parse(query, m_tokenizer));
    const QString where = compiled.where.isEmpty() ? QString() : u" AND "_s + compiled.where;
    const QString sql = compiled.match.isEmpty()
        ? u"SELECT a.id, COALESCE(a.published, '') FROM articles a WHERE ?1 IS NULL%1"_s.arg(where)
        : u"SELECT a.id, COALESCE(a.published, '') FROM articles a WHERE a.id IN "
          u"(SELECT rowid FROM search_index WHERE search_index MATCH ?1)%1"_s.arg(where);
    auto matching = db.prepare(sql);
    if (compiled.match.isEmpty())
        matching.bindNull(1);
    else
        matching.bind(1, compiled.match);
    for (int i = 0; i < compiled.parameters.size(); ++i)
        matching.bind(QueryCompiler::firstParameter + i, compiled.parameters.at(i));
    while (matching.step())
        rows.append({ matching.int64(0), matching.text(1) });
    return rows;
}

} // namespace casebook
