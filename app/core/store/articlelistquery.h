// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articlelisting.h"

#include <QList>

namespace casebook {

class SqliteDatabase;

/// The window's article list as SQL: one page of originals in the order asked for (sorted and paged by SQLite, so
/// the list never holds more than the pages it has shown), their copies folded under them, and the totals from
/// COUNT queries. Works on a connection it does not own (a pooled reader's).
///
/// Indexes it relies on (format 10): one per order over the originals, `articles_originals_by_published`, `_title`,
/// `_source`, `_language` and `_chars`, so a page is read from its order's index without sorting; and
/// `articles_by_duplicate` (copies only), through which copies are found.
class ArticleListQuery
{
public:
    explicit ArticleListQuery(SqliteDatabase &db);

    ArticleListPage page(const ArticleListRequest &request) const;
    /// Title and publication date of each article asked for that exists (annotations and reports name articles).
    QList<ArticleHeading> headings(const QList<qint64> &ids) const;

private:
    SqliteDatabase &m_db;
};

} // namespace casebook
