// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisrecords.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <vector>

namespace casebook {

class SqliteDatabase;
class SqliteStatement;

/// A mention as rebuildEntities() groups it.
struct EntityMentionRow
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString text;
    QString type;
    QString localKey;
    QString localName;
    qint64 currentEntity = 0; ///< 0 when unassigned (new, or rejected)
};

/// What an analysis changed besides the mentions it wrote (which are unassigned until the rebuild): the entities
/// that lost mentions when their articles were analysed again, and the keys those mentions had.
struct EntityChanges
{
    QSet<qint64> entities;
    QSet<QString> keys;
    EntityChanges &operator+=(const EntityChanges &other)
    {
        entities.unite(other.entities);
        keys.unite(other.keys);
        return *this;
    }
};

/// What a rebuild read and wrote, for benchmarks (figures that do not depend on the machine's load).
struct EntityRebuildFigures
{
    qint64 mentionsRead = 0; ///< mention rows read into Casebook (the scans' rows examined by SQLite excluded)
    int scans = 0; ///< passes over the mentions table (no index on local_key in format 8)
    qint64 mentionsRegrouped = 0; ///< mentions in the part regrouped
    qint64 entitiesRegrouped = 0; ///< entities of that part before the rebuild
    bool whole = false; ///< every mention was regrouped (a full rebuild)
    qint64 mentionLimit = 0; ///< the part's size past which the whole casebook is regrouped instead
};

/// The part of the mentions an incremental rebuild must regroup so that it comes to what a full rebuild would:
/// the smallest set of mentions that holds the unassigned ones and the changed keys and entities, and is closed
/// under everything rebuildEntities() relates mentions by: the same local key (one node), an alias key equal to a
/// local key (the "Xi" → "Xi Jinping" rule), the same alias key, the same entity before, and the names the
/// analyst's decisions refer to. Type-blind, so it may hold more than needed, never less.
class EntityRebuildScope
{
public:
    /// Gives up once the scope would hold more than `mentionLimit` mentions (read, or counted in the entities
    /// still to read): reading a part by its entities costs more per mention than a full rebuild's one pass.
    EntityRebuildScope(SqliteDatabase &db, const QSet<QString> &rejectedKeys, qint64 mentionLimit);
    /// Collects the scope; `rows` are then in id order (the order the full rebuild reads them in). False when it
    /// gave up at the limit: then rebuild everything.
    bool collect(const EntityChanges &changes, const QList<EntityDecision> &decisions);

    std::vector<EntityMentionRow> rows;
    QSet<qint64> entities; ///< every entity a row of the scope belonged to (wholly inside the scope)
    EntityRebuildFigures figures;

private:
    void add(EntityMentionRow row);
    void readRows(const QString &sql, const std::function<void(SqliteStatement &)> &bind);
    void scanForKeys();

    SqliteDatabase &m_db;
    const QSet<QString> &m_rejected;
    QHash<qint64, EntityMentionRow> m_byId;
    QSet<qint64> m_pendingEntities;
    QSet<QString> m_pendingAliasKeys;
    QSet<QString> m_aliasKeysDone;
    QSet<QString> m_pendingScanKeys;
    QSet<QString> m_scannedKeys;
    qint64 m_limit = 0;
    qint64 m_promised = 0; ///< mentions of the entities queued to be read, by their stored counts
};

} // namespace casebook
