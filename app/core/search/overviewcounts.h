// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/overview.h"
#include "searchtokenizer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <utility>

namespace casebook {

class CasebookStore;
struct CompiledQuery;

/// What the timeline and the entity charts draw for the articles a query matches, aggregated by SQLite: per
/// publication date, per event date, per entity. No row per article crosses into C++, so the cost of a filter that
/// matches most of the casebook is SQLite's walk of the matches (and, with no filter at all, of an index or the
/// entities table), not a list of ids and a hash set per entity. An empty query means every article. Every method
/// throws QueryError for a malformed query and CasebookError for database trouble.
class OverviewCounts
{
public:
    explicit OverviewCounts(CasebookStore &store);

    /// (stored publication date as written, "2025-02-25", "2025-02" or "2025", "" when unknown; articles).
    using DateCounts = QList<std::pair<QString, qint64>>;
    struct EntityTally
    {
        qint64 entityId = 0;
        qint64 mentions = 0;
        qint64 articles = 0;
    };

    DateCounts articlesByPublished(const QString &query);
    /// Resolved events of the matching articles per event date (as stored).
    DateCounts eventsByDate(const QString &query);
    /// Resolved events dated from `from` up to (not including) `before`, of the matching articles, with their
    /// sentences: by date, article and place, at most `limit`. What a hover or a click on the timeline shows.
    QList<TimelineEvent> events(const QString &query, const QDate &from, const QDate &before, int limit);
    /// Mentions and distinct articles per entity in the matching articles. Without a query, the counts
    /// rebuildEntities() stored in each entity (the same numbers, read without touching a mention).
    QList<EntityTally> entityTallies(const QString &query);
    /// Dated matching articles that mention `entityId`, per publication date.
    DateCounts articlesMentioning(const QString &query, qint64 entityId);
    /// Dated matching articles that mention both entities, per publication date.
    DateCounts articlesMentioningBoth(const QString &query, qint64 entityId, qint64 otherId);
    /// The `limit` entities that share the most dated matching articles with `entityId` (ties: lower id first),
    /// with the number of articles shared.
    QList<std::pair<qint64, qint64>> companions(const QString &query, qint64 entityId, int limit);

    /// Where a date stored as an ISO string ("2025", "2025-02", "2025-02-25", with or without a time) sorts on or
    /// after every date that is `day` or later once parsed: the lower bound of a range over stored dates.
    static QString storedDateBound(const QDate &day);

private:
    /// The matching articles as an SQL condition over `a` (the articles table), and its parameters.
    struct ArticleSet
    {
        QString table; ///< "articles a", with the filters' covering index when the index finds the matches
        QString condition;
        QString match; ///< ?1: the FTS5 expression, or empty for none (bound as NULL)
        QStringList parameters; ///< ?2, ?3, ...
    };
    ArticleSet articleSet(const QString &query);
    DateCounts dateCounts(const QString &sql, const ArticleSet &set, const QList<qint64> &entities);

    CasebookStore &m_store;
    SearchTokenizer m_tokenizer;
    QString m_filterIndex; ///< " INDEXED BY articles_search_filters" when the casebook has that index
};

} // namespace casebook
