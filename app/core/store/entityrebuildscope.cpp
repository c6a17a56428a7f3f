// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrebuildscope.h"

#include "analysis/entitytype.h"
#include "sqlitedatabase.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr auto rowColumns = u"id, article_id, text, type, local_key, local_name, COALESCE(entity_id, 0)";
}

EntityRebuildScope::EntityRebuildScope(SqliteDatabase &db, const QSet<QString> &rejectedKeys, qint64 mentionLimit)
    : m_db(db)
    , m_rejected(rejectedKeys)
    , m_limit(mentionLimit)
{
    figures.mentionLimit = mentionLimit;
}

void EntityRebuildScope::add(EntityMentionRow row)
{
    if (m_byId.contains(row.id))
        return;
    const QString aliasKey = entityKey(row.text);
    if (row.currentEntity && !entities.contains(row.currentEntity))
        m_pendingEntities.insert(row.currentEntity);
    if (!m_rejected.contains(aliasKey)) { // a rejected mention belongs to no node and relates to nothing
        for (const QString &key : { row.localKey, aliasKey }) {
            if (!m_aliasKeysDone.contains(key))
                m_pendingAliasKeys.insert(key);
            if (!m_scannedKeys.contains(key))
                m_pendingScanKeys.insert(key);
        }
    }
    m_byId.insert(row.id, std::move(row));
}

void EntityRebuildScope::readRows(const QString &sql, const std::function<void(SqliteStatement &)> &bind)
{
    auto query = m_db.prepare(sql);
    bind(query);
    while (query.step()) {
        ++figures.mentionsRead;
        add({ query.int64(0), query.int64(1), query.text(2), query.text(3), query.text(4), query.text(5),
              query.int64(6) });
    }
}

void EntityRebuildScope::scanForKeys()
{
    // Format 8 has no index on local_key: one pass over the mentions finds every row with any of the keys
    // (an index on mentions(local_key) would make this a lookup per key).
    m_db.exec(u"CREATE TEMP TABLE IF NOT EXISTS entity_rebuild_keys (key TEXT PRIMARY KEY) WITHOUT ROWID; "
              u"DELETE FROM temp.entity_rebuild_keys"_s);
    {
        auto insert = m_db.prepare(u"INSERT OR IGNORE INTO temp.entity_rebuild_keys (key) VALUES (?1)"_s);
        for (const QString &key : std::as_const(m_pendingScanKeys)) {
            insert.bind(1, key);
            insert.exec();
            insert.reset();
        }
    }
    m_scannedKeys.unite(m_pendingScanKeys);
    m_pendingScanKeys.clear();
    ++figures.scans;
    readRows(u"SELECT %1 FROM mentions WHERE local_key IN (SELECT key FROM temp.entity_rebuild_keys)"_s.arg(rowColumns),
             [](SqliteStatement &) {});
}

bool EntityRebuildScope::collect(const EntityChanges &changes, const QList<EntityDecision> &decisions)
{
    m_pendingEntities = changes.entities;
    for (const QString &key : changes.keys) {
        m_pendingAliasKeys.insert(key);
        m_pendingScanKeys.insert(key);
    }
    // Decisions find their groups by name, node key or alias anywhere in the casebook: those groups are always in.
    for (const EntityDecision &decision : decisions)
        for (const QString &name : { decision.subject, decision.target })
            if (!name.trimmed().isEmpty()) {
                m_pendingAliasKeys.insert(entityKey(name));
                m_pendingScanKeys.insert(entityKey(name));
            }
    // The mentions written since the last rebuild (and the rejected ones, which stay unassigned).
    readRows(u"SELECT %1 FROM mentions WHERE entity_id IS NULL"_s.arg(rowColumns), [](SqliteStatement &) {});

    auto byEntity = m_db.prepare(u"SELECT %1 FROM mentions WHERE entity_id = ?1"_s.arg(rowColumns));
    auto counted = m_db.prepare(u"SELECT mention_count FROM entities WHERE id = ?1"_s);
    auto tooLarge = [this] { return qint64(m_byId.size()) + m_promised > m_limit; };
    auto aliasOwners = m_db.prepare(u"SELECT DISTINCT entity_id FROM entity_aliases WHERE alias_key = ?1"_s);
    for (;;) {
        // Indexed steps first (whole entities, owners of an alias), then a pass for the local keys still open.
        while (!m_pendingEntities.isEmpty() || !m_pendingAliasKeys.isEmpty()) {
            const QSet<QString> keys = std::exchange(m_pendingAliasKeys, {});
            for (const QString &key : keys) {
                m_aliasKeysDone.insert(key);
                aliasOwners.bind(1, key);
                while (aliasOwners.step())
                    if (!entities.contains(aliasOwners.int64(0)))
                        m_pendingEntities.insert(aliasOwners.int64(0));
                aliasOwners.reset();
            }
            const QSet<qint64> wanted = std::exchange(m_pendingEntities, {});
            m_promised = 0;
            for (const qint64 entity : wanted) {
                if (entities.contains(entity))
                    continue;
                counted.bind(1, entity);
                if (counted.step())
                    m_promised += counted.int64(0);
                counted.reset();
            }
            if (tooLarge())
                return false;
            for (const qint64 entity : wanted) {
                if (entities.contains(entity))
                    continue;
                entities.insert(entity);
                byEntity.bind(1, entity);
                while (byEntity.step()) {
                    ++figures.mentionsRead;
                    add({ byEntity.int64(0), byEntity.int64(1), byEntity.text(2), byEntity.text(3), byEntity.text(4),
                          byEntity.text(5), byEntity.int64(6) });
                }
                byEntity.reset();
            }
        }
        if (tooLarge())
            return false;
        if (m_pendingScanKeys.isEmpty())
            break;
        scanForKeys();
    }

    rows.reserve(size_t(m_byId.size()));
    for (EntityMentionRow &row : m_byId)
        rows.push_back(std::move(row));
    m_byId.clear();
    std::sort(rows.begin(), rows.end(),
              [](const EntityMentionRow &a, const EntityMentionRow &b) { return a.id < b.id; });
    figures.mentionsRegrouped = qint64(rows.size());
    figures.entitiesRegrouped = entities.size();
    return true;
}

} // namespace casebook
