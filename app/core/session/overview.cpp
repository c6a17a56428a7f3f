// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview.h"

#include "search/searchengine.h"
#include "store/casebookstore.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}
} // namespace

OverviewQuery::OverviewQuery(CasebookStore &store)
    : m_store(store)
{ }

Overview OverviewQuery::compute(const Filter &filter, const std::function<bool()> &isCanceled)
{
    auto canceled = [&isCanceled] { return isCanceled && isCanceled(); };
    Overview overview;
    const Filter timelineFilter = filter.withoutDateRange();
    const auto timelineRows
        = SearchEngine(m_store).matchingArticles(timelineFilter.isEmpty() ? QString() : timelineFilter.toQuery());
    QSet<qint64> inTimeline;
    inTimeline.reserve(timelineRows.size());
    for (const auto &[id, published] : timelineRows) {
        overview.articleIds.append(id);
        inTimeline.insert(id);
        if (const auto date = PublicationDate::fromIso(published))
            overview.articleDates.append(date->date);
        else
            ++overview.undatedArticles;
    }
    if (canceled()) {
        overview.canceled = true;
        return overview;
    }

    // The whole filter (with its date range) decides which articles the entity counts come from.
    QSet<qint64> inFilter = inTimeline;
    QHash<qint64, QDate> dateOf;
    for (const auto &[id, published] : timelineRows)
        if (const auto date = PublicationDate::fromIso(published))
            dateOf.insert(id, date->date);
    if (filter.hasDateRange()) {
        inFilter.clear();
        for (const auto &[id, published] : timelineRows) {
            const QDate date = dateOf.value(id);
            if (date.isValid() && (!filter.from.isValid() || date >= filter.from)
                && (!filter.to.isValid() || date <= filter.to))
                inFilter.insert(id);
        }
    }

    AnalysisStore analysis = m_store.analysis();
    for (TimelineEvent &event : analysis.timelineEvents())
        if (inTimeline.contains(event.articleId))
            overview.events.append(std::move(event));
    if (canceled()) {
        overview.canceled = true;
        return overview;
    }

    struct Tally
    {
        qint64 mentions = 0;
        QSet<qint64> articles;
        qint64 articleCount = 0; ///< articles.size(), or SQLite's count when the set was not gathered
    };
    QHash<qint64, Tally> tallies;
    QHash<qint64, QSet<qint64>> entitiesOfArticle;
    if (filter.isEmpty()) {
        // Every article is in: SQLite counts, and no mention crosses into C++ (at a million articles, tens of
        // millions of them).
        for (const AnalysisStore::EntityTally &tally : analysis.entityTallies())
            tallies.insert(tally.entityId, { tally.mentions, {}, tally.articles });
    } else {
        // A filter reads only its articles' mentions, by index, in id order (neighbours on the same pages).
        QList<qint64> ids(inFilter.cbegin(), inFilter.cend());
        std::sort(ids.begin(), ids.end());
        const QList<std::pair<qint64, qint64>> pairs = analysis.entityMentionsIn(ids);
        for (const auto &[entity, article] : pairs) {
            Tally &tally = tallies[entity];
            ++tally.mentions;
            tally.articles.insert(article);
            entitiesOfArticle[article].insert(entity);
        }
        for (Tally &tally : tallies)
            tally.articleCount = tally.articles.size();
    }
    if (canceled()) {
        overview.canceled = true;
        return overview;
    }
    QHash<qint64, EntityCount> byId;
    const QHash<qint64, EntityCount> names = analysis.entityNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const auto found = tallies.constFind(it.key());
        if (found == tallies.cend())
            continue;
        EntityCount count = it.value();
        count.mentions = found->mentions;
        count.articles = found->articleCount;
        byId.insert(it.key(), count);
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
            QMap<QDate, int> perMonth;
            QHash<qint64, QMap<QDate, int>> companions;
            QHash<qint64, int> shared;
            for (const qint64 article : tallies.value(focus).articles) {
                const QDate date = dateOf.value(article);
                if (!date.isValid())
                    continue;
                ++perMonth[monthOf(date)];
                for (const qint64 other : entitiesOfArticle.value(article)) {
                    if (other == focus)
                        continue;
                    ++companions[other][monthOf(date)];
                    ++shared[other];
                }
            }
            if (!perMonth.isEmpty()) {
                for (QDate month = perMonth.firstKey(); month <= perMonth.lastKey(); month = month.addMonths(1)) {
                    overview.trend.months.append(month);
                    overview.trend.articles.append(perMonth.value(month));
                }
            }
            QList<qint64> top = shared.keys();
            std::sort(top.begin(), top.end(), [&](qint64 a, qint64 b) { return shared.value(a) > shared.value(b); });
            for (const qint64 other : top.mid(0, 3)) {
                EntityTrend::Companion companion { byId.value(other).name, {} };
                for (const QDate &month : std::as_const(overview.trend.months))
                    companion.articles.append(companions.value(other).value(month));
                overview.trend.companions.append(companion);
            }
        }
    }
    overview.canceled = canceled();
    return overview;
}

} // namespace casebook
