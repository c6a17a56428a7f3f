// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace casebook {

class SqliteDatabase;

/// The full-text index inside a casebook: the FTS5 table `search_index` over the articles' title, text, source
/// and author (an external-content table, so the text is stored once, in `articles`), kept in step by triggers
/// in the same transaction as every insert, update and delete of an article.
namespace SearchIndex {

/// The FTS5 table and the tokenizer's name.
constexpr const char *tableName = "search_index";
constexpr const char *tokenizerName = "casebook";

/// Ranking weights per column, in column order: title, text, source, author.
constexpr double titleWeight = 10.0;
constexpr double textWeight = 1.0;
constexpr double sourceWeight = 2.0;
constexpr double authorWeight = 2.0;

/// Registers the "casebook" FTS5 tokenizer and the casebook_rank() ranking function on a connection. Every
/// connection (writer and readers) needs them before it touches the index; SqliteDatabase calls this when it
/// opens. Throws CasebookError if SQLite lacks FTS5.
void registerFunctions(sqlite3 *db);

/// The ranking expression for ORDER BY (ascending: best first). casebook_rank is BM25 (k1 = 1.2) with the
/// column weights above and without document-length normalisation (b = 0): FTS5's bm25() looks up every
/// matching row's length, which costs eight times more than the rest of ranking on large result sets.
QString rankExpression();

/// " INDEXED BY articles_search_filters" when the casebook has that index (id, language, published: the filters'
/// columns, a fraction of an article's row), else "": for `FROM articles a` where the index finds the matches.
QString filterIndexHint(const SqliteDatabase &db);

} // namespace SearchIndex

} // namespace casebook
