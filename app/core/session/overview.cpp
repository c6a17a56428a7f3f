// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview.h"

#include "search/querycompiler.h"
#include "search/queryparser.h"
#include "search/searchtokenizer.h"
#include "store/casebookstore.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
bool canceled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}
} // namespace

OverviewQuery::OverviewQuery(CasebookStore &store)
    : m_store(store)
{ }

bool OverviewQuery::hasAnalysisTables() const
{
    return m_store.database().scalar(
               u"SELECT count(*) FROM sqlite_master WHERE name IN ('mentions', 'events', 'entities')"_s)
        == 3;
}

QList<std::pair<qint64, QString>> OverviewQuery::matchingArticles(const Filter &filter)
{
    QList<std::pair<qint64, QString>> rows;
    SqliteDatabase &db = m_store.database();
    if (filter.isEmpty()) {
        auto query = db.prepare(u"SELECT id, COALESCE(published, '') FROM articles"_s);
        while (query.step())
            rows.append({ query.int64(0), query.text(1) });
        return rows;
    }
    SearchTokenizer tokenizer;
    const CompiledQuery compiled = QueryCompiler::compile(QueryParser::parse(filter.toQuery(), tokenizer));
    const QString where = compiled.where.isEmpty() ? QString() : u" AND "_s + compiled.where;
    const QString sql = compiled.match.isEmpty()
        ? u"SELECT a.id, COALESCE(a.published, '') FROM articles a WHERE ?1 IS NULL%1"_s.arg(where)
        : u"SELECT a.id, COALESCE(a.published, '') FROM articles a WHERE a.id IN "
          u"(SELECT rowid FROM search_index WHERE search_index MATCH ?1)%1"_s.arg(where);
    auto query = db.prepare(sql);
    if (compiled.match.isEmpty())
        query.bindNull(1);
    else
        query.bind(1, compiled.match);
    for (int i = 0; i < compiled.parameters.size(); ++i)
        query.bind(QueryCompiler::firstParameter + i, compiled.parameters.at(i));
    while (query.step())
        rows.append({ query.int64(0), query.text(1) });
    return rows;
}

Overview OverviewQuery::compute(const Filter &filter, const std::atomic_bool *cancel)
{
    Overview overview;
    const auto timelineRows = matchingArticles(filter.withoutDateRange());
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
    if (canceled(cancel) || !hasAnalysisTables()) {
        overview.canceled = canceled(cancel);
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

    SqliteDatabase &db = m_store.database();
    auto events = db.prepare(u"SELECT article_id, date, precision, phrase, sentence, sentence_start FROM events "
                             u"WHERE date IS NOT NULL ORDER BY date"_s);
    while (events.step()) {
        if (!inTimeline.contains(events.int64(0)))
            continue;
        const auto date = PublicationDate::fromIso(events.text(1));
        if (!date)
            continue;
        overview.events.append({ events.int64(0), date->date, precisionFromName(events.text(2)), events.text(3),
                                 events.text(4), events.int64(5) });
    }
    if (canceled(cancel)) {
        overview.canceled = true;
        return overview;
    }

    struct Tally
    {
        qint64 mentions = 0;
        QSet<qint64> articles;
    };
    QHash<qint64, Tally> tallies;
    QHash<qint64, QSet<qint64>> entitiesOfArticle;
    auto mentions = db.prepare(u"SELECT entity_id, article_id FROM mentions WHERE entity_id IS NOT NULL"_s);
    while (mentions.step()) {
        const qint64 article = mentions.int64(1);
        if (!inFilter.contains(article))
            continue;
        Tally &tally = tallies[mentions.int64(0)];
        ++tally.mentions;
        tally.articles.insert(article);
        entitiesOfArticle[article].insert(mentions.int64(0));
    }
    QHash<qint64, EntityCount> byId;
    auto entities
        = db.prepare(u"SELECT e.id, e.name, e.type, (SELECT group_concat(alias, char(31)) FROM entity_aliases "
                     u"WHERE entity_id = e.id) FROM entities e"_s);
    while (entities.step()) {
        const auto found = tallies.constFind(entities.int64(0));
        if (found == tallies.cend())
            continue;
        EntityCount count;
        count.name = entities.text(1);
        count.type = entityTypeFromName(entities.text(2)).value_or(EntityType::Organisation);
        count.aliases = entities.text(3).split(QChar(31), Qt::SkipEmptyParts);
        count.aliases.removeAll(count.name);
        count.mentions = found->mentions;
        count.articles = found->articles.size();
        byId.insert(entities.int64(0), count);
        overview.entities.append(count);
    }
    std::sort(overview.entities.begin(), overview.entities.end(), [](const EntityCount &a, const EntityCount &b) {
        return a.articles != b.articles ? a.articles > b.articles : a.mentions > b.mentions;
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
    overview.canceled = canceled(cancel);
    return overview;
}

} // namespace casebook
