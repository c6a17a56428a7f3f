// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview.h"

#include "search/overviewcounts.h"
#include "store/casebookstore.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

QString queryOf(const Filter &filter)
{
    return filter.isEmpty() ? QString() : filter.toQuery();
}

/// Counts per stored date folded onto months (dates that do not parse are left out).
QMap<QDate, int> perMonth(const OverviewCounts::DateCounts &counts)
{
    QMap<QDate, int> months;
    for (const auto &[published, count] : counts)
        if (const auto date = PublicationDate::fromIso(published))
            months[monthOf(date->date)] += int(count);
    return months;
}
} // namespace

OverviewQuery::OverviewQuery(CasebookStore &store)
    : m_store(store)
{ }

QList<TimelineEvent> OverviewQuery::events(const Filter &filter, const QDate &from, const QDate &before, int limit)
{
    return OverviewCounts(m_store).events(queryOf(filter.withoutDateRange()), from, before, limit);
}

Overview OverviewQuery::compute(const Filter &filter, const std::function<bool()> &isCanceled)
{
    auto canceled = [&isCanceled] { return isCanceled && isCanceled(); };
    Overview overview;
    OverviewCounts counts(m_store);
    const QString timelineQuery = queryOf(filter.withoutDateRange());
    for (const auto &[published, count] : counts.articlesByPublished(timelineQuery)) {
        overview.matchingArticles += count;
        if (const auto date = PublicationDate::fromIso(published))
            overview.articlesPerDay[date->date] += count;
        else
            overview.undatedArticles += count;
    }
    if (canceled()) {
        overview.canceled = true;
        return overview;
    }
    for (const auto &[stored, count] : counts.eventsByDate(timelineQuery))
        if (const auto date = PublicationDate::fromIso(stored))
            overview.eventsPerDay[date->date] += count;
    if (canceled()) {
        overview.canceled = true;
        return overview;
    }

    // The whole filter (with its date range) decides which articles the entity counts come from.
    const QString query = queryOf(filter);
    const QList<OverviewCounts::EntityTally> tallies = counts.entityTallies(query);
    if (canceled()) {
        overview.canceled = true;
        return overview;
    }
    if (!m_names)
        m_names = std::make_shared<const EntityNames>(m_store.analysis().entityNames());
    QHash<qint64, EntityCount> byId;
    for (const OverviewCounts::EntityTally &tally : tallies) {
        const auto named = m_names->constFind(tally.entityId);
        if (named == m_names->cend())
            continue;
        EntityCount count = *named;
        count.mentions = tally.mentions;
        count.articles = tally.articles;
        byId.insert(tally.entityId, count);
        overview.entities.append(count);
    }
    std::sort(overview.entities.begin(), overview.entities.end(), [](const EntityCount &a, const EntityCount &b) {
        if (a.articles != b.articles)
            return a.articles > b.articles;
        return a.mentions != b.mentions ? a.mentions > b.mentions : a.name < b.name;
    });

    // The trend of the first entity in the filter, and of the entities that share most articles with it.
    if (!filter.entities.isEmpty()) {
        const QString key = entityKey(filter.entities.first());
        qint64 focus = 0;
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            bool matches = entityKey(it->name) == key;
            for (const QString &alias : it->aliases)
                matches = matches || entityKey(alias) == key;
            if (matches)
                focus = it.key();
        }
        if (focus) {
            overview.trend.entity = byId.value(focus).name;
            const QMap<QDate, int> focusMonths = perMonth(counts.articlesMentioning(query, focus));
            if (!focusMonths.isEmpty()) {
                for (QDate month = focusMonths.firstKey(); month <= focusMonths.lastKey(); month = month.addMonths(1)) {
                    overview.trend.months.append(month);
                    overview.trend.articles.append(focusMonths.value(month));
                }
            }
            for (const auto &[other, shared] : counts.companions(query, focus, 3)) {
                Q_UNUSED(shared);
                const QMap<QDate, int> together = perMonth(counts.articlesMentioningBoth(query, focus, other));
                EntityTrend::Companion companion { byId.contains(other) ? byId.value(other).name
                                                                        : m_names->value(other).name,
                                                   {} };
                for (const QDate &month : std::as_const(overview.trend.months))
                    companion.articles.append(together.value(month));
                overview.trend.companions.append(companion);
            }
        }
    }
    overview.canceled = canceled();
    return overview;
}

} // namespace casebook
