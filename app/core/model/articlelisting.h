// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace casebook {

/// What the window's article list shows: the order, the quick filter and which page. Its top-level rows are the
/// originals (articles that are no one's copy); each copy (a repost, a near-duplicate, a copy of a copy) is listed
/// under the original its chain of copies leads to.
struct ArticleListRequest
{
    enum class SortKey { Published, Title, Source, Language, Size };

    SortKey sort = SortKey::Published;
    bool descending = true;
    /// Matched against title, source, language and date, ignoring ASCII case; an original is listed when it or one
    /// of its copies matches, and only matching copies are listed under it. Empty: every article.
    QString quickFilter;
    qint64 offset = 0; ///< originals skipped
    qint64 limit = 200; ///< originals in the page
    bool countTotals = true; ///< also count the originals matching and the articles of the casebook

    /// The same list (order and filter), whichever page.
    bool sameListAs(const ArticleListRequest &other) const
    {
        return sort == other.sort && descending == other.descending && quickFilter == other.quickFilter;
    }
};

/// One page of the article list, as read off the GUI thread. Articles carry their metadata, path and size, not
/// their text.
struct ArticleListPage
{
    ArticleListRequest request;
    QList<Article> originals; ///< in the order asked for
    QHash<qint64, QList<Article>> copiesOf; ///< original's id → its copies (matching the filter), in id order
    qint64 matchingOriginals = -1; ///< top-level rows of the whole list; -1 when not counted
    qint64 articles = -1; ///< every article of the casebook, copies included; -1 when not counted
};

/// What the annotation list and the report outline show of an article they name.
struct ArticleHeading
{
    qint64 id = 0;
    QString title;
    QDate published; ///< invalid when unknown
};

} // namespace casebook
