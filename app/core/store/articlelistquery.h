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
/// Indexes it relies on: `articles_by_published` (the default order, newest first, walks it without sorting) and
/// `articles_by_duplicate` (originals are the articles not in its non-null range; copies are found through it).
/// The other orders (title, source, language, size) have no index in format 8: they sort the casebook's articles
/// on every page asked for (see docs/scale.md).
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
