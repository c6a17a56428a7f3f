// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "indextokens.h"
#include "searchtokenizer.h"
#include "store/sqlitedatabase.h"
#include "util/casebookerror.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <new>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook::SearchIndex {

namespace {

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    auto *tokenizer = new (std::nothrow) SearchTokenizer;
    if (!tokenizer)
        return SQLITE_NOMEM;
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<SearchTokenizer *>(tokenizer);
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

/// Queries arrive already tokenized by QueryCompiler (tokens separated by spaces, each quoted), so in query mode
/// the tokenizer only splits on spaces: a stem keeps its marker and a CJK bigram stays one token.
int tokenizeQuery(void *context, const char *text, int length, TokenCallback callback)
{
    int start = 0;
    while (start < length) {
        while (start < length && text[start] == ' ')
            ++start;
        int end = start;
        while (end < length && text[end] != ' ')
            ++end;
        if (end > start) {
            const int rc = callback(context, 0, text + start, end - start, start, end);
            if (rc != SQLITE_OK)
                return rc;
        }
        start = end;
    }
    return SQLITE_OK;
}

int tokenize(Fts5Tokenizer *handle, void *context, int flags, const char *text, int length, TokenCallback callback)
{
    if (flags & FTS5_TOKENIZE_QUERY)
        return tokenizeQuery(context, text, length, callback);
    const std::string_view utf8(text, size_t(std::max(0, length)));
    try {
        // Tokens an import worker already made for this very text (IndexTokens): the writer only hands them over.
        int rc = SQLITE_OK;
        if (IndexTokens::replay(utf8, context, callback, &rc))
            return rc;
        return IndexTokens::tokenize(*reinterpret_cast<SearchTokenizer *>(handle), utf8, context, callback);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

fts5_tokenizer tokenizerMethods = { createTokenizer, deleteTokenizer, tokenize };

// --- casebook_rank --------------------------------------------------------------------------------------------

struct RankData
{
    std::vector<double> idf; ///< per phrase of the query
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *context)
{
    ++*static_cast<sqlite3_int64 *>(context);
    return SQLITE_OK;
}

void deleteRankData(void *data)
{
    delete static_cast<RankData *>(data);
}

/// casebook_rank(search_index, weight...): BM25 with k1 = 1.2 and b = 0, summed over the query's phrases and
/// the columns, each column's term weighted by its weight. Returns the negated score, so ascending order is best
/// first, as with bm25().
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                  sqlite3_value **argv)
{
    constexpr double k1 = 1.2;
    auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    const int phrases = api->xPhraseCount(fts);
    if (!data) {
        auto owned = std::make_unique<RankData>();
        sqlite3_int64 rows = 0;
        int rc = api->xRowCount(fts, &rows);
        for (int phrase = 0; phrase < phrases && rc == SQLITE_OK; ++phrase) {
            sqlite3_int64 hits = 0;
            rc = api->xQueryPhrase(fts, phrase, &hits, countRow);
            // The same floor as FTS5's bm25(): a term in more than half the rows still counts a little.
            const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
            owned->idf.push_back(std::max(idf, 1e-6));
        }
        if (rc == SQLITE_OK)
            rc = api->xSetAuxdata(fts, owned.get(), deleteRankData);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        data = owned.release();
    }
    const int columns = api->xColumnCount(fts);
    std::vector<int> counts(size_t(std::max(columns, 1)), 0);
    double score = 0;
    for (int phrase = 0; phrase < phrases; ++phrase) {
        std::fill(counts.begin(), counts.end(), 0);
        Fts5PhraseIter iterator;
        int column = 0;
        int offset = 0;
        if (api->xPhraseFirst(fts, phrase, &iterator, &column, &offset) != SQLITE_OK)
            continue;
        while (column >= 0) {
            if (column < columns)
                ++counts[size_t(column)];
            api->xPhraseNext(fts, &iterator, &column, &offset);
        }
        for (int c = 0; c < columns; ++c) {
            if (!counts[size_t(c)])
                continue;
            const double weight = c < argc ? sqlite3_value_double(argv[c]) : 1.0;
            const double tf = counts[size_t(c)];
            score += weight * data->idf[size_t(phrase)] * tf * (k1 + 1) / (tf + k1);
        }
    }
    sqlite3_result_double(context, -score);
}

} // namespace

void registerFunctions(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        throw CasebookError(u"This SQLite library has no full-text search (FTS5); Casebook needs it."_s);
    rc = api->xCreateTokenizer(api, tokenizerName, nullptr, &tokenizerMethods, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, "casebook_rank", nullptr, rankFunction, nullptr);
    if (rc != SQLITE_OK)
        throw CasebookError(u"Cannot register the search tokenizer: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

QString rankExpression()
{
    return u"casebook_rank(search_index, %1, %2, %3, %4)"_s.arg(titleWeight)
        .arg(textWeight)
        .arg(sourceWeight)
        .arg(authorWeight);
}

QString filterIndexHint(const SqliteDatabase &db)
{
    return db.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'articles_search_filters'"_s)
        ? u" INDEXED BY articles_search_filters"_s
        : QString();
}

} // namespace casebook::SearchIndex
