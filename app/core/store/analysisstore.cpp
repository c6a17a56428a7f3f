// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"

#include "analysis/analyzer.h"
#include "sqlitedatabase.h"
#include "storedtext.h"
#include "util/casebookerror.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace casebook {

QString decisionActionName(EntityDecision::Action action)
{
    switch (action) {
    case EntityDecision::Action::Merge:
        return u"merge"_s;
    case EntityDecision::Action::Split:
        return u"split"_s;
    case EntityDecision::Action::Rename:
        return u"rename"_s;
    case EntityDecision::Action::Retype:
        return u"retype"_s;
    case EntityDecision::Action::Reject:
        return u"reject"_s;
    }
    return {};
}

std::optional<EntityDecision::Action> decisionActionFromName(const QString &name)
{
    for (const auto action :
         { EntityDecision::Action::Merge, EntityDecision::Action::Split, EntityDecision::Action::Rename,
           EntityDecision::Action::Retype, EntityDecision::Action::Reject })
        if (decisionActionName(action) == name)
            return action;
    return std::nullopt;
}

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

EntityType typeFromStored(const QString &name)
{
    return entityTypeFromName(name).value_or(EntityType::Organisation);
}

class UnionFind
{
public:
    int add()
    {
        m_parent.push_back(int(m_parent.size()));
        return m_parent.back();
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    int unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[size_t(a)] = b;
        return b;
    }

private:
    std::vector<int> m_parent;
};

} // namespace

AnalysisStore::AnalysisStore(SqliteDatabase &db)
    : m_db(db)
{ }

QString AnalysisStore::anchorOf(const PublicationDate &published, MetadataOrigin origin)
{
    if (!published.isValid())
        return {};
    const QString anchor = published.toIso() + u'/' + precisionName(published.precision);
    return Analyzer::anchorFor(origin) == Analyzer::Anchor::Estimated ? anchor + u"/estimated"_s : anchor;
}

QList<qint64> AnalysisStore::staleArticles() const
{
    QList<qint64> ids;
    auto query = m_db.prepare(
        u"SELECT a.id FROM articles a LEFT JOIN analysis_state s ON s.article_id = a.id "
        u"WHERE s.article_id IS NULL OR s.analyzer_version NOT IN (?1, -?1) "
        u"OR s.anchor <> CASE WHEN a.published IS NULL THEN '' ELSE a.published || '/' || a.published_precision || "
        u"CASE WHEN a.published_origin IN ('estimated', 'file-time') THEN '/estimated' ELSE '' END END "
        u"ORDER BY a.id"_s);
    query.bind(1, Analyzer::version);
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

QList<qint64> AnalysisStore::tooSlowArticles() const
{
    QList<qint64> ids;
    auto query
        = m_db.prepare(u"SELECT article_id FROM analysis_state WHERE analyzer_version = -?1 ORDER BY article_id"_s);
    query.bind(1, Analyzer::version);
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

QList<AnalysisInput> AnalysisStore::inputs(const QList<qint64> &articleIds) const
{
    QList<AnalysisInput> result;
    result.reserve(articleIds.size());
    auto query
        = m_db.prepare(u"SELECT %1, published, published_precision, published_origin FROM articles WHERE id = ?1"_s.arg(
            StoredText::plainTextSql()));
    for (const qint64 id : articleIds) {
        query.bind(1, id);
        if (query.step()) {
            AnalysisInput input;
            input.articleId = id;
            input.text = query.text(0);
            if (!query.isNull(1))
                if (auto date = PublicationDate::fromIso(query.text(1))) {
                    input.published = *date;
                    input.published.precision = precisionFromName(query.text(2));
                }
            input.publishedOrigin = originFromName(query.text(3));
            result.append(input);
        }
        query.reset();
    }
    return result;
}

EntityChanges AnalysisStore::replaceAnalyses(const QList<std::pair<AnalysisInput, ArticleAnalysis>> &batch)
{
    EntityChanges changes;
    SqliteTransaction transaction(m_db);
    auto replaced = m_db.prepare(
        u"SELECT DISTINCT COALESCE(entity_id, 0), local_key, text FROM mentions WHERE article_id = ?1"_s);
    auto deleteMentions = m_db.prepare(u"DELETE FROM mentions WHERE article_id = ?1"_s);
    auto deleteEvents = m_db.prepare(u"DELETE FROM events WHERE article_id = ?1"_s);
    auto insertMention = m_db.prepare(u"INSERT INTO mentions (article_id, start, length, text, type, local_key, "
                                      u"local_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s);
    auto insertEvent = m_db.prepare(
        u"INSERT INTO events (article_id, start, length, phrase, date, precision, granularity, relative, "
        u"sentence_start, sentence_length, sentence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"_s);
    auto upsertState = m_db.prepare(
        u"INSERT INTO analysis_state (article_id, anchor, analyzer_version, analysed_at) VALUES (?1, ?2, ?3, ?4) "
        u"ON CONFLICT (article_id) DO UPDATE SET anchor = excluded.anchor, "
        u"analyzer_version = excluded.analyzer_version, analysed_at = excluded.analysed_at"_s);
    const QString at = nowIso();
    for (const auto &[input, analysis] : batch) {
        const qint64 id = input.articleId;
        replaced.bind(1, id);
        while (replaced.step()) {
            if (replaced.int64(0))
                changes.entities.insert(replaced.int64(0));
            changes.keys.insert(replaced.text(1));
            changes.keys.insert(entityKey(replaced.text(2)));
        }
        replaced.reset();
        deleteMentions.bind(1, id);
        deleteMentions.exec();
        deleteEvents.bind(1, id);
        deleteEvents.exec();
        for (const EntityMention &m : analysis.mentions) {
            const LocalEntity &entity = analysis.entities[m.entity];
            insertMention.bind(1, id).bind(2, qint64(m.start)).bind(3, qint64(m.length)).bind(4, m.text);
            insertMention.bind(5, entityTypeName(m.type)).bind(6, entity.key).bind(7, entity.name);
            insertMention.exec();
        }
        for (const AnalysedEvent &event : analysis.events) {
            const DateExpression &date = analysis.dates[event.expression];
            insertEvent.bind(1, id).bind(2, qint64(date.start)).bind(3, qint64(date.length)).bind(4, date.text);
            if (date.resolved.isValid())
                insertEvent.bind(5, date.resolved.toIso());
            else
                insertEvent.bindNull(5);
            insertEvent.bind(6, precisionName(date.resolved.isValid() ? date.resolved.precision : DatePrecision::None));
            insertEvent.bind(7, precisionName(date.granularity)).bind(8, date.relative ? 1 : 0);
            insertEvent.bind(9, qint64(event.sentenceStart)).bind(10, qint64(event.sentenceLength));
            insertEvent.bind(11, input.text.mid(event.sentenceStart, event.sentenceLength));
            insertEvent.exec();
        }
        upsertState.bind(1, id)
            .bind(2, anchorOf(input.published, input.publishedOrigin))
            .bind(3, analysis.tooSlow ? -qint64(Analyzer::version) : qint64(Analyzer::version))
            .bind(4, at);
        upsertState.exec();
    }
    transaction.commit();
    return changes;
}

QList<EntityDecision> AnalysisStore::decisions() const
{
    QList<EntityDecision> result;
    auto query = m_db.prepare(u"SELECT action, subject, target, decided_at FROM entity_decisions ORDER BY id"_s);
    while (query.step()) {
        const auto action = decisionActionFromName(query.text(0));
        if (!action)
            continue;
        result.append(
            { *action, query.text(1), query.text(2), QDateTime::fromString(query.text(3), Qt::ISODateWithMs) });
    }
    return result;
}

void AnalysisStore::addDecision(const EntityDecision &decision)
{
    if (decision.action != EntityDecision::Action::Split && !findEntity(decision.subject))
        throw CasebookError(u"No entity is named \"%1\" (see 'casebook-cli entities')."_s.arg(decision.subject));
    if (decision.action == EntityDecision::Action::Merge && !findEntity(decision.target))
        throw CasebookError(u"No entity is named \"%1\" (see 'casebook-cli entities')."_s.arg(decision.target));
    if (decision.action == EntityDecision::Action::Retype && !entityTypeFromName(decision.target))
        throw CasebookError(u"\"%1\" is not an entity type; types are person, organisation, place, product, money, "
                            u"percent."_s.arg(decision.target));
    if (decision.action == EntityDecision::Action::Split) {
        auto query = m_db.prepare(u"SELECT 1 FROM entity_aliases WHERE alias_key = ?1 LIMIT 1"_s);
        query.bind(1, entityKey(decision.subject));
        if (!query.step())
            throw CasebookError(u"No entity has the alias \"%1\"."_s.arg(decision.subject));
    }
    if (decision.action == EntityDecision::Action::Rename && decision.target.trimmed().isEmpty())
        throw CasebookError(u"The new name for \"%1\" is empty."_s.arg(decision.subject));
    SqliteTransaction transaction(m_db);
    auto insert
        = m_db.prepare(u"INSERT INTO entity_decisions (action, subject, target, decided_at) VALUES (?1, ?2, ?3, ?4)"_s);
    insert.bind(1, decisionActionName(decision.action)).bind(2, decision.subject.trimmed());
    insert.bind(3, decision.target.trimmed()).bind(4, nowIso());
    insert.exec();
    applyDecision(decision);
    transaction.commit();
}

QList<qint64> AnalysisStore::entitiesWithAlias(const QString &name) const
{
    QList<qint64> ids;
    auto query = m_db.prepare(u"SELECT DISTINCT entity_id FROM entity_aliases WHERE alias_key = ?1"_s);
    query.bind(1, entityKey(name));
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

QList<qint64> AnalysisStore::mentionsWithKey(qint64 entityId, const QString &key) const
{
    QList<qint64> ids;
    auto query = m_db.prepare(u"SELECT id, text FROM mentions WHERE entity_id = ?1"_s);
    query.bind(1, entityId);
    while (query.step())
        if (entityKey(query.text(1)) == key)
            ids.append(query.int64(0));
    return ids;
}

void AnalysisStore::assignMentions(const QList<qint64> &mentionIds, qint64 entityId)
{
    auto update = m_db.prepare(u"UPDATE mentions SET entity_id = ?2 WHERE id = ?1"_s);
    for (const qint64 id : mentionIds) {
        update.bind(1, id);
        if (entityId)
            update.bind(2, entityId);
        else
            update.bindNull(2);
        update.exec();
    }
}

void AnalysisStore::recount(qint64 entityId)
{
    QHash<QString, qint64> aliases;
    QSet<qint64> articles;
    qint64 mentionCount = 0;
    auto mentions = m_db.prepare(u"SELECT article_id, text FROM mentions WHERE entity_id = ?1"_s);
    mentions.bind(1, entityId);
    while (mentions.step()) {
        articles.insert(mentions.int64(0));
        aliases[mentions.text(1)] += 1;
        ++mentionCount;
    }
    auto dropAliases = m_db.prepare(u"DELETE FROM entity_aliases WHERE entity_id = ?1"_s);
    dropAliases.bind(1, entityId);
    dropAliases.exec();
    if (mentionCount == 0) {
        auto drop = m_db.prepare(u"DELETE FROM entities WHERE id = ?1"_s);
        drop.bind(1, entityId);
        drop.exec();
        return;
    }
    auto update = m_db.prepare(u"UPDATE entities SET mention_count = ?2, article_count = ?3 WHERE id = ?1"_s);
    update.bind(1, entityId).bind(2, mentionCount).bind(3, qint64(articles.size()));
    update.exec();
    QString name;
    {
        auto named = m_db.prepare(u"SELECT name FROM entities WHERE id = ?1"_s);
        named.bind(1, entityId);
        if (named.step())
            name = named.text(0);
    }
    auto insertAlias = m_db.prepare(
        u"INSERT INTO entity_aliases (entity_id, alias, alias_key, mention_count) VALUES (?1, ?2, ?3, ?4)"_s);
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        insertAlias.bind(1, entityId).bind(2, it.key()).bind(3, entityKey(it.key())).bind(4, it.value());
        insertAlias.exec();
    }
    if (!aliases.contains(name)) {
        insertAlias.bind(1, entityId).bind(2, name).bind(3, entityKey(name)).bind(4, qint64(0));
        insertAlias.exec();
    }
}

void AnalysisStore::applyDecision(const EntityDecision &decision)
{
    // What rebuildEntities() would do for this one decision, done to the entities it names only: a decision costs
    // the mentions of those entities, not the whole casebook. The next rebuild replays every decision in order.
    const QString subjectKey = entityKey(decision.subject);
    switch (decision.action) {
    case EntityDecision::Action::Merge: {
        const auto from = findEntity(decision.subject);
        const auto into = findEntity(decision.target);
        if (!from || !into || from->id == into->id)
            return;
        auto move = m_db.prepare(u"UPDATE mentions SET entity_id = ?2 WHERE entity_id = ?1"_s);
        move.bind(1, from->id).bind(2, into->id);
        move.exec();
        recount(from->id); // no mentions left: removed
        recount(into->id);
        return;
    }
    case EntityDecision::Action::Rename: {
        const auto entity = findEntity(decision.subject);
        if (!entity)
            return;
        const QString name = decision.target.trimmed();
        auto rename = m_db.prepare(u"UPDATE entities SET name = ?2, key = ?3 WHERE id = ?1"_s);
        rename.bind(1, entity->id).bind(2, name).bind(3, entityKey(name));
        rename.exec();
        recount(entity->id);
        return;
    }
    case EntityDecision::Action::Retype: {
        const auto entity = findEntity(decision.subject);
        const auto type = entityTypeFromName(decision.target);
        if (!entity || !type)
            return;
        auto retype = m_db.prepare(u"UPDATE entities SET type = ?2 WHERE id = ?1"_s);
        retype.bind(1, entity->id).bind(2, entityTypeName(*type));
        retype.exec();
        return;
    }
    case EntityDecision::Action::Reject: {
        // The name is rejected wherever it was written; an entity called so loses all its mentions.
        const auto named = findEntity(decision.subject);
        if (named && entityKey(named->name) == subjectKey) {
            auto detach = m_db.prepare(u"UPDATE mentions SET entity_id = NULL WHERE entity_id = ?1"_s);
            detach.bind(1, named->id);
            detach.exec();
            recount(named->id);
        }
        for (const qint64 entityId : entitiesWithAlias(decision.subject)) {
            assignMentions(mentionsWithKey(entityId, subjectKey), 0);
            recount(entityId);
        }
        return;
    }
    case EntityDecision::Action::Split: {
        // The alias becomes an entity of its own (one per entity that had it), named as it is written most.
        for (const qint64 entityId : entitiesWithAlias(decision.subject)) {
            const QList<qint64> moved = mentionsWithKey(entityId, subjectKey);
            if (moved.isEmpty())
                continue;
            auto total = m_db.prepare(u"SELECT count(*) FROM mentions WHERE entity_id = ?1"_s);
            total.bind(1, entityId);
            if (total.step() && total.int64(0) == moved.size())
                continue; // nothing else in it: already on its own
            // Named as written most, typed as the analyzer typed those mentions (not by the entity's decisions).
            QHash<QString, int> written;
            QHash<QString, int> typed;
            auto texts = m_db.prepare(u"SELECT text, type FROM mentions WHERE entity_id = ?1"_s);
            texts.bind(1, entityId);
            while (texts.step()) {
                if (entityKey(texts.text(0)) != subjectKey)
                    continue;
                written[texts.text(0)] += 1;
                typed[texts.text(1)] += 1;
            }
            QString name;
            int votes = -1;
            for (auto it = written.cbegin(); it != written.cend(); ++it)
                if (it.value() > votes || (it.value() == votes && it.key().size() > name.size())) {
                    name = it.key();
                    votes = it.value();
                }
            QString typeName;
            int typeVotes = -1;
            for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                if (it.value() > typeVotes) {
                    typeName = it.key();
                    typeVotes = it.value();
                }
            auto insert = m_db.prepare(u"INSERT INTO entities (name, key, type, mention_count, article_count) "
                                       u"VALUES (?1, ?2, ?3, 0, 0)"_s);
            insert.bind(1, name).bind(2, entityKey(name)).bind(3, typeName);
            insert.exec();
            const qint64 splitId = m_db.lastInsertId();
            assignMentions(moved, splitId);
            recount(splitId);
            recount(entityId);
        }
        return;
    }
    }
}

void AnalysisStore::rebuildEntities()
{
    std::vector<EntityMentionRow> rows;
    auto query = m_db.prepare(
        u"SELECT id, article_id, text, type, local_key, local_name, COALESCE(entity_id, 0) FROM mentions ORDER BY id"_s);
    while (query.step())
        rows.push_back({ query.int64(0), query.int64(1), query.text(2), query.text(3), query.text(4), query.text(5),
                         query.int64(6) });
    regroup(rows, decisions(), nullptr);
}

namespace {
constexpr qint64 minimumPartLimit = 50'000;
}

EntityRebuildFigures AnalysisStore::rebuildEntities(const EntityChanges &changes)
{
    const QList<EntityDecision> decided = decisions();
    QSet<QString> rejected;
    for (const EntityDecision &d : decided)
        if (d.action == EntityDecision::Action::Reject)
            rejected.insert(entityKey(d.subject));
    SqliteTransaction transaction(m_db); // what is read and what is written, one state of the casebook
    // A part past a quarter of the casebook's mentions (names that run through most articles bring that in) costs
    // more than one pass over all of them; small casebooks are always done in part.
    const qint64 assigned = m_db.scalar(u"SELECT COALESCE(sum(mention_count), 0) FROM entities"_s);
    EntityRebuildScope scope(m_db, rejected, std::max<qint64>(assigned / 4, minimumPartLimit));
    if (!scope.collect(changes, decided)) {
        const qint64 read = scope.figures.mentionsRead;
        rebuildEntities();
        transaction.commit();
        EntityRebuildFigures figures;
        figures.whole = true;
        figures.mentionLimit = scope.figures.mentionLimit;
        figures.mentionsRead = read + m_db.scalar(u"SELECT count(*) FROM mentions"_s);
        figures.scans = scope.figures.scans + 1;
        figures.mentionsRegrouped = m_db.scalar(u"SELECT count(*) FROM mentions"_s);
        return figures;
    }
    if (!scope.rows.empty())
        regroup(scope.rows, decided, &scope.entities);
    transaction.commit();
    return scope.figures;
}

void AnalysisStore::regroup(const std::vector<EntityMentionRow> &mentions, const QList<EntityDecision> &decided,
                            const QSet<qint64> *scopeEntities)
{
    QSet<QString> rejected;
    QSet<QString> splitOff;
    for (const EntityDecision &d : decided) {
        if (d.action == EntityDecision::Action::Reject)
            rejected.insert(entityKey(d.subject));
        if (d.action == EntityDecision::Action::Split)
            splitOff.insert(entityKey(d.subject));
    }

    struct MentionRow
    {
        qint64 id;
        qint64 articleId;
        int node; ///< -1 when rejected
        QString text;
        qint64 currentEntity;
    };
    std::vector<MentionRow> rows;
    rows.reserve(mentions.size());
    QHash<QString, int> nodeIndex; // type \t key -> node
    std::vector<QString> nodeKey;
    std::vector<EntityType> nodeType;
    std::vector<bool> nodeSplit;
    UnionFind sets;
    QHash<QString, QSet<int>> nodesByAlias; // alias key -> nodes (not split ones)
    QHash<QString, QHash<QString, int>> nameVotes;

    for (const EntityMentionRow &mention : mentions) {
        const QString &text = mention.text;
        const QString aliasKey = entityKey(text);
        const QString &localKey = mention.localKey;
        if (rejected.contains(aliasKey)) {
            rows.push_back({ mention.id, mention.articleId, -1, text, mention.currentEntity });
            continue;
        }
        const bool split = splitOff.contains(aliasKey);
        const QString &typeName = mention.type;
        const QString nk = typeName + u'\t' + (split ? aliasKey : localKey);
        int node = nodeIndex.value(nk, -1);
        if (node < 0) {
            node = sets.add();
            nodeIndex.insert(nk, node);
            nodeKey.push_back(split ? aliasKey : localKey);
            nodeType.push_back(typeFromStored(typeName));
            nodeSplit.push_back(split);
        }
        if (!split)
            nodesByAlias[aliasKey].insert(node);
        rows.push_back({ mention.id, mention.articleId, node, text, mention.currentEntity });
        nameVotes[nk][split ? text : mention.localName] += 1;
    }

    // a name that is an alias of exactly one other entity of its type joins it ("Xi" -> "Xi Jinping")
    const int nodes = int(nodeKey.size());
    for (int n = 0; n < nodes; ++n) {
        if (nodeSplit[size_t(n)])
            continue;
        const auto it = nodesByAlias.constFind(nodeKey[size_t(n)]);
        if (it == nodesByAlias.cend())
            continue;
        // Joins the one other group the alias names; an alias of several groups joins none.
        const int ownRoot = sets.find(n);
        int otherRoot = -1;
        bool several = false;
        for (const int other : *it) {
            if (other == n || nodeType[size_t(other)] != nodeType[size_t(n)])
                continue;
            const int root = sets.find(other);
            if (root == ownRoot || root == otherRoot)
                continue;
            several = otherRoot != -1;
            otherRoot = root;
            if (several)
                break;
        }
        if (otherRoot != -1 && !several)
            sets.unite(n, otherRoot);
    }

    // group state: each group's name is the local name with the most mentions (the longer one on a tie)
    QHash<int, QString> names; // root -> name
    QHash<int, EntityType> types; // root -> type chosen by the analyst
    QSet<int> rejectedRoots;
    {
        QHash<int, QHash<QString, int>> votesByRoot;
        for (auto it = nodeIndex.cbegin(); it != nodeIndex.cend(); ++it) {
            QHash<QString, int> &votes = votesByRoot[sets.find(it.value())];
            const auto &v = nameVotes[it.key()];
            for (auto vote = v.cbegin(); vote != v.cend(); ++vote)
                votes[vote.key()] += vote.value();
        }
        for (auto it = votesByRoot.cbegin(); it != votesByRoot.cend(); ++it) {
            QString best;
            int bestVotes = -1;
            for (auto vote = it->cbegin(); vote != it->cend(); ++vote)
                if (vote.value() > bestVotes || (vote.value() == bestVotes && vote.key().size() > best.size())) {
                    best = vote.key();
                    bestVotes = vote.value();
                }
            names.insert(it.key(), best);
        }
    }
    // When groups share a name, the lowest root answers for it (not the hash's order), so that a rebuild of part
    // of the casebook finds the same group as a rebuild of all of it.
    QHash<QString, int> rootByName;
    {
        QList<int> named = names.keys();
        std::sort(named.begin(), named.end());
        for (const int root : std::as_const(named))
            if (!rootByName.contains(entityKey(names.value(root))))
                rootByName.insert(entityKey(names.value(root)), root);
    }
    auto currentName = [&](int root) { return names.value(root); };
    // finds the group a name refers to: its current name, then a node's key, then an alias
    auto groupNamed = [&](const QString &name) -> int {
        const QString key = entityKey(name);
        const auto byName = rootByName.constFind(key);
        if (byName != rootByName.cend() && entityKey(names.value(sets.find(*byName))) == key)
            return sets.find(*byName);
        for (int n = 0; n < nodes; ++n)
            if (nodeKey[size_t(n)] == key)
                return sets.find(n);
        int lowest = -1; // the first node with the alias, not the set's order
        for (const int node : nodesByAlias.value(key))
            if (lowest < 0 || node < lowest)
                lowest = node;
        if (lowest >= 0)
            return sets.find(lowest);
        return -1;
    };
    auto setName = [&](int root, const QString &name) {
        names.insert(root, name);
        rootByName.insert(entityKey(name), root);
    };

    for (const EntityDecision &d : decided) {
        switch (d.action) {
        case EntityDecision::Action::Merge: {
            const int a = groupNamed(d.subject);
            const int b = groupNamed(d.target);
            if (a < 0 || b < 0 || a == b)
                break;
            const QString targetName = currentName(b);
            const auto targetType = types.contains(b) ? std::optional<EntityType>(types.value(b)) : std::nullopt;
            const int root = sets.unite(a, b);
            setName(root, targetName);
            if (targetType)
                types.insert(root, *targetType);
            break;
        }
        case EntityDecision::Action::Rename: {
            const int root = groupNamed(d.subject);
            if (root >= 0)
                setName(root, d.target);
            break;
        }
        case EntityDecision::Action::Retype: {
            const int root = groupNamed(d.subject);
            if (root >= 0)
                types.insert(root, entityTypeFromName(d.target).value_or(EntityType::Organisation));
            break;
        }
        case EntityDecision::Action::Reject: {
            const int root = groupNamed(d.subject);
            if (root >= 0 && entityKey(currentName(root)) == entityKey(d.subject))
                rejectedRoots.insert(root);
            break;
        }
        case EntityDecision::Action::Split:
            break;
        }
    }

    // write the groups, keeping each entity's id when its type and name are unchanged, so that only mentions
    // whose entity really changed are written again
    SqliteTransaction transaction(m_db);
    QHash<QString, qint64> previousIds;
    QList<qint64> previousAll; // every entity before, also one that shares its type and key with another
    if (scopeEntities) {
        // Only the entities of the part regrouped: the rest keep their ids, rows and aliases.
        QList<qint64> ids(scopeEntities->cbegin(), scopeEntities->cend());
        std::sort(ids.begin(), ids.end());
        auto previous = m_db.prepare(u"SELECT id, type, key FROM entities WHERE id = ?1"_s);
        auto forget = m_db.prepare(u"DELETE FROM entity_aliases WHERE entity_id = ?1"_s);
        for (const qint64 id : std::as_const(ids)) {
            previous.bind(1, id);
            if (previous.step()) {
                previousIds.insert(previous.text(1) + u'\t' + previous.text(2), previous.int64(0));
                previousAll.append(previous.int64(0));
            }
            previous.reset();
            forget.bind(1, id);
            forget.exec();
            forget.reset();
        }
    } else {
        auto previous = m_db.prepare(u"SELECT id, type, key FROM entities ORDER BY id"_s);
        while (previous.step()) {
            previousIds.insert(previous.text(1) + u'\t' + previous.text(2), previous.int64(0));
            previousAll.append(previous.int64(0));
        }
        m_db.exec(u"DELETE FROM entity_aliases"_s);
    }
    auto updateEntity = m_db.prepare(u"UPDATE entities SET name = ?2, key = ?3, type = ?4, mention_count = ?5, "
                                     u"article_count = ?6 WHERE id = ?1"_s);
    auto insertEntity = m_db.prepare(
        u"INSERT INTO entities (name, key, type, mention_count, article_count) VALUES (?1, ?2, ?3, ?4, ?5)"_s);
    auto insertAlias = m_db.prepare(
        u"INSERT INTO entity_aliases (entity_id, alias, alias_key, mention_count) VALUES (?1, ?2, ?3, ?4)"_s);
    auto updateMention = m_db.prepare(u"UPDATE mentions SET entity_id = ?2 WHERE id = ?1"_s);

    struct Group
    {
        QList<size_t> rows;
        QSet<qint64> articles;
        QHash<QString, int> aliases;
    };
    QHash<int, Group> groups;
    std::vector<qint64> newEntity(rows.size(), 0);
    for (size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].node < 0)
            continue;
        const int root = sets.find(rows[r].node);
        if (rejectedRoots.contains(root))
            continue;
        Group &g = groups[root];
        g.rows.append(r);
        g.articles.insert(rows[r].articleId);
        g.aliases[rows[r].text] += 1;
    }
    QList<int> roots = groups.keys();
    std::sort(roots.begin(), roots.end());
    QSet<qint64> usedIds;
    for (const int root : std::as_const(roots)) {
        const Group &g = groups[root];
        const QString name = currentName(root);
        EntityType type = EntityType::Organisation;
        if (types.contains(root)) {
            type = types.value(root);
        } else {
            QHash<EntityType, int> votes;
            for (const size_t r : g.rows)
                votes[nodeType[size_t(rows[r].node)]] += 1;
            int bestVotes = -1;
            for (auto it = votes.cbegin(); it != votes.cend(); ++it)
                if (it.value() > bestVotes) {
                    type = it.key();
                    bestVotes = it.value();
                }
        }
        qint64 entityId = previousIds.value(entityTypeName(type) + u'\t' + entityKey(name), 0);
        if (entityId && !usedIds.contains(entityId)) {
            updateEntity.bind(1, entityId).bind(2, name).bind(3, entityKey(name)).bind(4, entityTypeName(type));
            updateEntity.bind(5, qint64(g.rows.size())).bind(6, qint64(g.articles.size()));
            updateEntity.exec();
        } else {
            insertEntity.bind(1, name).bind(2, entityKey(name)).bind(3, entityTypeName(type));
            insertEntity.bind(4, qint64(g.rows.size())).bind(5, qint64(g.articles.size()));
            insertEntity.exec();
            entityId = m_db.lastInsertId();
        }
        usedIds.insert(entityId);
        for (auto it = g.aliases.cbegin(); it != g.aliases.cend(); ++it) {
            insertAlias.bind(1, entityId).bind(2, it.key()).bind(3, entityKey(it.key())).bind(4, qint64(it.value()));
            insertAlias.exec();
        }
        if (!g.aliases.contains(name)) {
            insertAlias.bind(1, entityId).bind(2, name).bind(3, entityKey(name)).bind(4, qint64(0));
            insertAlias.exec();
        }
        for (const size_t r : g.rows)
            newEntity[r] = entityId;
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].currentEntity == newEntity[r])
            continue;
        updateMention.bind(1, rows[r].id);
        if (newEntity[r])
            updateMention.bind(2, newEntity[r]);
        else
            updateMention.bindNull(2);
        updateMention.exec();
    }
    // entities no longer used (no mention refers to them any more)
    auto remove = m_db.prepare(u"DELETE FROM entities WHERE id = ?1"_s);
    for (const qint64 id : std::as_const(previousAll)) {
        if (usedIds.contains(id))
            continue;
        remove.bind(1, id);
        remove.exec();
        remove.reset();
    }
    transaction.commit();
}

namespace {

QStringList aliasesOf(const SqliteDatabase &db, qint64 entityId)
{
    QStringList aliases;
    auto query
        = db.prepare(u"SELECT alias FROM entity_aliases WHERE entity_id = ?1 ORDER BY mention_count DESC, alias"_s);
    query.bind(1, entityId);
    while (query.step())
        aliases.append(query.text(0));
    return aliases;
}

StoredEntity readEntity(const SqliteDatabase &db, const SqliteStatement &row)
{
    StoredEntity e;
    e.id = row.int64(0);
    e.name = row.text(1);
    e.type = typeFromStored(row.text(2));
    e.mentionCount = row.int64(3);
    e.articleCount = row.int64(4);
    e.aliases = aliasesOf(db, e.id);
    return e;
}

} // namespace

QList<StoredEntity> AnalysisStore::entities(std::optional<EntityType> type) const
{
    QList<StoredEntity> result;
    auto query = m_db.prepare(u"SELECT id, name, type, mention_count, article_count FROM entities "
                              u"WHERE ?1 = '' OR type = ?1 ORDER BY article_count DESC, mention_count DESC, name"_s);
    query.bind(1, type ? entityTypeName(*type) : QString());
    while (query.step())
        result.append(readEntity(m_db, query));
    return result;
}

std::optional<StoredEntity> AnalysisStore::findEntity(const QString &name) const
{
    const QString key = entityKey(name);
    auto byName = m_db.prepare(u"SELECT id, name, type, mention_count, article_count FROM entities WHERE key = ?1 "
                               u"ORDER BY mention_count DESC LIMIT 1"_s);
    byName.bind(1, key);
    if (byName.step())
        return readEntity(m_db, byName);
    auto byAlias = m_db.prepare(u"SELECT e.id, e.name, e.type, e.mention_count, e.article_count FROM entity_aliases a "
                                u"JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ?1 "
                                u"ORDER BY a.mention_count DESC LIMIT 1"_s);
    byAlias.bind(1, key);
    if (byAlias.step())
        return readEntity(m_db, byAlias);
    return std::nullopt;
}

namespace {
constexpr auto mentionColumns = u"m.id, m.article_id, m.start, m.length, m.text, m.type, COALESCE(m.entity_id, 0), "
                                u"COALESCE(e.name, '')";

StoredMention readMention(const SqliteStatement &row)
{
    StoredMention m;
    m.id = row.int64(0);
    m.articleId = row.int64(1);
    m.start = row.int64(2);
    m.length = row.int64(3);
    m.text = row.text(4);
    m.type = typeFromStored(row.text(5));
    m.entityId = row.int64(6);
    m.entityName = row.text(7);
    return m;
}
} // namespace

QList<StoredMention> AnalysisStore::mentions(qint64 articleId) const
{
    QList<StoredMention> result;
    auto query = m_db.prepare(u"SELECT %1, e.type FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id "
                              u"WHERE m.article_id = ?1 ORDER BY m.start"_s.arg(mentionColumns));
    query.bind(1, articleId);
    while (query.step()) {
        StoredMention m = readMention(query);
        if (!query.isNull(8))
            m.type = typeFromStored(query.text(8));
        result.append(m);
    }
    return result;
}

QList<StoredMention> AnalysisStore::mentionsOfEntity(qint64 entityId) const
{
    QList<StoredMention> result;
    auto query = m_db.prepare(u"SELECT %1 FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id "
                              u"WHERE m.entity_id = ?1 ORDER BY m.article_id, m.start"_s.arg(mentionColumns));
    query.bind(1, entityId);
    while (query.step())
        result.append(readMention(query));
    return result;
}

QList<StoredEvent> AnalysisStore::events(qint64 articleId) const
{
    QList<StoredEvent> result;
    auto query = m_db.prepare(
        u"SELECT v.id, v.article_id, v.start, v.length, v.phrase, v.date, v.precision, v.granularity, v.relative, "
        u"v.sentence_start, v.sentence_length, v.sentence, "
        u"(SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT e.name AS name FROM mentions m "
        u" JOIN entities e ON e.id = m.entity_id WHERE m.article_id = v.article_id AND m.start >= v.sentence_start "
        u" AND m.start < v.sentence_start + v.sentence_length ORDER BY m.start)) "
        u"FROM events v WHERE ?1 = 0 OR v.article_id = ?1 "
        u"ORDER BY v.date IS NULL, v.date, v.article_id, v.start"_s);
    query.bind(1, articleId);
    while (query.step()) {
        StoredEvent e;
        e.id = query.int64(0);
        e.articleId = query.int64(1);
        e.start = query.int64(2);
        e.length = query.int64(3);
        e.phrase = query.text(4);
        if (!query.isNull(5))
            if (auto date = PublicationDate::fromIso(query.text(5))) {
                e.date = *date;
                e.date.precision = precisionFromName(query.text(6));
            }
        e.granularity = precisionFromName(query.text(7));
        e.relative = query.int64(8) != 0;
        e.sentenceStart = query.int64(9);
        e.sentenceLength = query.int64(10);
        e.sentence = query.text(11);
        if (!query.isNull(12))
            e.entities = query.text(12).split(QChar(31), Qt::SkipEmptyParts);
        result.append(e);
    }
    return result;
}

QList<qint64> AnalysisStore::articlesMentioning(const QString &name) const
{
    QList<qint64> ids;
    const auto entity = findEntity(name);
    if (!entity)
        return ids;
    auto query = m_db.prepare(u"SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?1 ORDER BY article_id"_s);
    query.bind(1, entity->id);
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

QList<TimelineEvent> AnalysisStore::timelineEvents() const
{
    QList<TimelineEvent> events;
    auto query = m_db.prepare(u"SELECT article_id, date, precision, phrase, sentence, sentence_start FROM events "
                              u"WHERE date IS NOT NULL ORDER BY date"_s);
    while (query.step()) {
        const auto date = PublicationDate::fromIso(query.text(1));
        if (!date)
            continue;
        events.append({ query.int64(0), date->date, precisionFromName(query.text(2)), query.text(3), query.text(4),
                        query.int64(5) });
    }
    return events;
}

QHash<qint64, EntityCount> AnalysisStore::entityNames() const
{
    QHash<qint64, EntityCount> byId;
    auto query = m_db.prepare(u"SELECT e.id, e.name, e.type, (SELECT group_concat(alias, char(31)) FROM "
                              u"entity_aliases WHERE entity_id = e.id) FROM entities e"_s);
    while (query.step()) {
        EntityCount entity;
        entity.name = query.text(1);
        entity.type = entityTypeFromName(query.text(2)).value_or(EntityType::Organisation);
        entity.aliases = query.text(3).split(QChar(31), Qt::SkipEmptyParts);
        entity.aliases.removeAll(entity.name);
        byId.insert(query.int64(0), entity);
    }
    return byId;
}

} // namespace casebook
