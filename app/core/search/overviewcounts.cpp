// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewcounts.h"

#include "querycompiler.h"
#include "queryparser.h"
#include "searchindex.h"
#include "store/casebookstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
// Parameters of our own, numbered past any the query compiler writes (?2, ?3, ... one per condition).
constexpr int entityParameter = 900;
constexpr int otherEntityParameter = 901;
constexpr int fromParameter = 902;
constexpr int beforeParameter = 903;
constexpr int limitParameter = 904;
} // namespace

OverviewCounts::OverviewCounts(CasebookStore &store)
    : m_store(store)
    , m_filterIndex(SearchIndex::filterIndexHint(store.database()))
{ }

QString OverviewCounts::storedDateBound(const QDate &day)
{
    // "2025" and "2025-02" stand for their first day and sort before "2025-01-01" and "2025-02-01".
    if (day.month() == 1 && day.day() == 1)
        return QString::number(day.year()).rightJustified(4, u'0');
    if (day.day() == 1)
        return day.toString(u"yyyy-MM"_s);
    return day.toString(Qt::ISODate);
}

OverviewCounts::ArticleSet OverviewCounts::articleSet(const QString &query)
{
    ArticleSet set;
    set.table = u"articles a"_s;
    if (query.trimmed().isEmpty()) {
        set.condition = u"?1 IS NULL"_s;
        return set;
    }
    const CompiledQuery compiled = QueryCompiler::compile(QueryParser::parse(query, m_tokenizer));
    const QString where = compiled.where.isEmpty() ? QString() : u" AND "_s + compiled.where;
    set.condition = compiled.match.isEmpty()
        ? u"?1 IS NULL"_s + where
        : u"a.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?1)"_s + where;
    set.match = compiled.match;
    // Matches found by the index are looked up in (id, language, published), a fraction of an article's row.
    if (!compiled.match.isEmpty())
        set.table += m_filterIndex;
    set.parameters = compiled.parameters;
    Q_ASSERT(QueryCompiler::firstParameter + compiled.parameters.size() < entityParameter);
    return set;
}

namespace {
void bindSet(SqliteStatement &statement, const QString &match, const QStringList &parameters)
{
    if (match.isEmpty())
        statement.bindNull(1);
    else
        statement.bind(1, match);
    for (int i = 0; i < parameters.size(); ++i)
        statement.bind(QueryCompiler::firstParameter + i, parameters.at(i));
}
} // namespace

OverviewCounts::DateCounts OverviewCounts::dateCounts(const QString &sql, const ArticleSet &set,
                                                      const QList<qint64> &entities)
{
    DateCounts counts;
    auto statement = m_store.database().prepare(sql);
    bindSet(statement, set.match, set.parameters);
    for (int i = 0; i < entities.size(); ++i)
        statement.bind(entityParameter + i, entities.at(i));
    while (statement.step())
        counts.append({ statement.text(0), statement.int64(1) });
    return counts;
}

OverviewCounts::DateCounts OverviewCounts::articlesByPublished(const QString &query)
{
    const ArticleSet set = articleSet(query);
    if (query.trimmed().isEmpty()) // one walk of the date index, no table row read
        return dateCounts(u"SELECT COALESCE(published, ''), count(*) FROM articles INDEXED BY articles_by_published "
                          u"WHERE ?1 IS NULL GROUP BY published"_s,
                          set, {});
    // The matches first (the FTS5 doclist, or the filters' scan), then one row lookup each; `+` keeps SQLite
    // from walking the whole date index to group and testing every article against the matches.
    return dateCounts(u"SELECT COALESCE(a.published, ''), count(*) FROM %1 WHERE %2 GROUP BY +a.published"_s.arg(
                          set.table, set.condition),
                      set, {});
}

OverviewCounts::DateCounts OverviewCounts::eventsByDate(const QString &query)
{
    const ArticleSet set = articleSet(query);
    if (query.trimmed().isEmpty())
        return dateCounts(u"SELECT date, count(*) FROM events WHERE date IS NOT NULL AND ?1 IS NULL GROUP BY date"_s,
                          set, {});
    return dateCounts(u"SELECT v.date, count(*) FROM events v WHERE v.date IS NOT NULL AND v.article_id IN "
                      u"(SELECT a.id FROM %1 WHERE %2) GROUP BY +v.date"_s.arg(set.table, set.condition),
                      set, {});
}

QList<TimelineEvent> OverviewCounts::events(const QString &query, const QDate &from, const QDate &before, int limit)
{
    const ArticleSet set = articleSet(query);
    const QString inSet = query.trimmed().isEmpty()
        ? u"?1 IS NULL"_s
        : u"v.article_id IN (SELECT a.id FROM %1 WHERE %2)"_s.arg(set.table, set.condition);
    auto statement = m_store.database().prepare(
        u"SELECT v.article_id, v.date, v.precision, v.phrase, v.sentence, v.sentence_start FROM events v "
        u"WHERE v.date >= ?%1 AND v.date < ?%2 AND %3 ORDER BY v.date, v.article_id, v.start LIMIT ?%4"_s.arg(
            QString::number(fromParameter), QString::number(beforeParameter), inSet, QString::number(limitParameter)));
    bindSet(statement, set.match, set.parameters);
    statement.bind(fromParameter, storedDateBound(from));
    statement.bind(beforeParameter, storedDateBound(before));
    statement.bind(limitParameter, qint64(limit));
    QList<TimelineEvent> events;
    while (statement.step()) {
        const auto date = PublicationDate::fromIso(statement.text(1));
        if (!date)
            continue;
        events.append({ statement.int64(0), date->date, precisionFromName(statement.text(2)), statement.text(3),
                        statement.text(4), statement.int64(5) });
    }
    return events;
}

QList<OverviewCounts::EntityTally> OverviewCounts::entityTallies(const QString &query)
{
    QList<EntityTally> tallies;
    const ArticleSet set = articleSet(query);
    if (query.trimmed().isEmpty()) {
        auto stored = m_store.database().prepare(
            u"SELECT id, mention_count, article_count FROM entities WHERE mention_count > 0"_s);
        while (stored.step())
            tallies.append({ stored.int64(0), stored.int64(1), stored.int64(2) });
        return tallies;
    }
    // Each matching article's mentions through the by-article index, article after article. Counted here as they
    // stream by, an entity's distinct articles by the last one seen: SQLite's GROUP BY with count(DISTINCT) sorts
    // every row twice, four to five times the cost of the walk itself.
    struct Running
    {
        qint64 mentions = 0;
        qint64 articles = 0;
        qint64 lastArticle = 0;
    };
    QHash<qint64, Running> byEntity;
    auto mentions = m_store.database().prepare(
        u"SELECT m.entity_id, m.article_id FROM mentions m WHERE m.article_id IN (SELECT a.id FROM %1 WHERE %2) "
        u"AND m.entity_id IS NOT NULL ORDER BY m.article_id"_s.arg(set.table, set.condition));
    bindSet(mentions, set.match, set.parameters);
    while (mentions.step()) {
        Running &running = byEntity[mentions.int64(0)];
        ++running.mentions;
        const qint64 article = mentions.int64(1);
        if (article != running.lastArticle) {
            ++running.articles;
            running.lastArticle = article;
        }
    }
    tallies.reserve(byEntity.size());
    for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it)
        tallies.append({ it.key(), it->mentions, it->articles });
    return tallies;
}

namespace {
QString mentioning(int parameter)
{
    return u"a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?%1)"_s.arg(parameter);
}
} // namespace

OverviewCounts::DateCounts OverviewCounts::articlesMentioning(const QString &query, qint64 entityId)
{
    const ArticleSet set = articleSet(query);
    return dateCounts(u"SELECT a.published, count(*) FROM %1 WHERE COALESCE(a.published, '') <> '' AND %2 "
                      u"AND %3 GROUP BY +a.published"_s.arg(set.table, mentioning(entityParameter), set.condition),
                      set, { entityId });
}

OverviewCounts::DateCounts OverviewCounts::articlesMentioningBoth(const QString &query, qint64 entityId, qint64 otherId)
{
    const ArticleSet set = articleSet(query);
    // The other entity is looked up in each of the first one's articles (a few dozen mentions each), not listed
    // whole: a companion is usually a name in half the casebook, and its list alone cost 0.8 s at a million
    // articles (0.12 s this way).
    return dateCounts(u"SELECT a.published, count(*) FROM %1 WHERE COALESCE(a.published, '') <> '' AND %2 "
                      u"AND EXISTS (SELECT 1 FROM mentions other WHERE other.article_id = a.id AND other.entity_id = "
                      u"?%3) AND %4 GROUP BY +a.published"_s.arg(set.table, mentioning(entityParameter),
                                                                 QString::number(otherEntityParameter), set.condition),
                      set, { entityId, otherId });
}

QList<std::pair<qint64, qint64>> OverviewCounts::companions(const QString &query, qint64 entityId, int limit)
{
    const ArticleSet set = articleSet(query);
    auto statement = m_store.database().prepare(
        u"SELECT m.entity_id, count(DISTINCT m.article_id) AS shared FROM mentions m WHERE m.article_id IN "
        u"(SELECT a.id FROM %1 WHERE COALESCE(a.published, '') <> '' AND %2 AND %3) "
        u"AND m.entity_id IS NOT NULL AND m.entity_id <> ?%4 GROUP BY m.entity_id ORDER BY shared DESC, m.entity_id "
        u"LIMIT ?%5"_s.arg(set.table, mentioning(entityParameter), set.condition, QString::number(entityParameter),
                           QString::number(limitParameter)));
    bindSet(statement, set.match, set.parameters);
    statement.bind(entityParameter, entityId);
    statement.bind(limitParameter, qint64(limit));
    QList<std::pair<qint64, qint64>> result;
    while (statement.step())
        result.append({ statement.int64(0), statement.int64(1) });
    return result;
}

} // namespace casebook
