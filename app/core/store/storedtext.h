// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace casebook {

/// How an article's text is kept in `articles.text`. Since format 9 a new article's text is one zstd frame of its
/// UTF-8 (`text_compression` 'zstd'), made on the import workers beside the compressed original; text stored by an
/// older Casebook stays as it was ('none'). Whatever reads the text, SQL included, reads it through the one SQL
/// function `casebook_text(id, text, text_compression)`, registered on every connection: the view
/// `article_texts` (the full-text index's content, which FTS5 reads for 'rebuild', 'integrity-check', snippets and
/// highlights), the index's triggers, and every query in the store. A damaged frame is an error naming the
/// article, never other text.
namespace StoredText {

constexpr const char *functionName = "casebook_text";

/// The plain text of an `articles` row as an SQL expression, over the row's columns qualified by `alias`
/// ("a" gives `casebook_text(a.id, a.text, a.text_compression)`; empty: unqualified).
QString plainTextSql(const QString &alias = {});

/// `text` as the casebook keeps it: one zstd frame (with a checksum) of its UTF-8.
QByteArray compress(const QString &text);

/// An article's original as the casebook keeps it since format 9 (`article_originals.reference` 'text'): one zstd
/// frame made with the article's text (its UTF-8) as reference, so that an original which is mostly its text (a
/// text file, much of a saved page) costs little beyond its differences. Reading it back needs that same text.
QByteArray compressOriginal(QByteArrayView original, const QString &text);

/// Registers casebook_text() on a connection. SqliteDatabase calls this when it opens.
void registerFunctions(sqlite3 *db);

} // namespace StoredText

} // namespace casebook
