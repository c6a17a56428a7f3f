// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitestatement.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringView>
#include <algorithm>
#include <deque>
#include <unordered_map>
#include <utility>
#include <vector>

namespace casebook {

class SqliteDatabase;

/// The casebook's near-duplicate lookup: each article's MinHash signature, and its band keys in a table keyed by
/// key so that candidates are found by a few index probes, however many articles the casebook holds. The keys
/// table has no index by article (it would double its size and the writer's work): each signature row lists its
/// article's keys, and removeKeys() takes exactly those out.
/// New keys go into a small table (`article_signature_keys_recent`) and are merged into the large one in key order
/// once the small one holds `recentKeyLimit` (mergeRecentKeys()): keys are random in key order, and inserted one by
/// one into a b-tree much larger than the page cache they cost a page read and a page written to the WAL each.
/// Lookups read both tables (the view `article_signature_keys_all`).
/// Candidates are then confirmed by comparing whole signatures. Partial copies (a teaser carrying the first third
/// of an article) resemble the whole too little for the bands; they are found by their anchor keys, kept in the
/// same table, and confirmed by exact containment of the shorter text's shingles in the longer's.
class NearDuplicateIndex
{
public:
    explicit NearDuplicateIndex(SqliteDatabase &db);

    /// What an article is looked up and indexed by (ImportedArticle::computeHashes fills both).
    struct Keys
    {
        QByteArray signature;
        QList<qint64> anchors;
    };

    /// Articles by the number of keys they share with a text: its band keys, and its anchor keys.
    struct SharedKeys
    {
        QHash<qint64, int> bands;
        QHash<qint64, int> anchors;
    };

    /// The first copy of the article with this text: the earliest article (following duplicate_of) among the
    /// indexed ones similar enough (NearDuplicateSignature::duplicateThreshold), or of which one is a partial copy
    /// of the other (containmentThreshold); 0 when there is none. Only articles with an id above `afterId` are
    /// looked at.
    qint64 findOriginal(const Keys &keys, QStringView text, qint64 afterId = 0);
    /// The same among the given candidates (from RecentNearDuplicateKeys): only their signatures are read.
    qint64 originalAmong(const SharedKeys &candidates, const Keys &keys, QStringView text);
    /// The first copy `articleId` is linked to (itself when none); 0 when it has no signature (deleted since).
    qint64 rootOf(qint64 articleId);
    /// Indexes an article that is now in the casebook; returns the keys it was indexed by (band and anchor keys,
    /// sorted, once each).
    QList<qint64> add(qint64 articleId, const Keys &keys);
    /// add() in two steps, for a batch: the article's signature row (returning its keys), then every article's
    /// (key, article id) pairs at once, in key order.
    QList<qint64> addSignature(qint64 articleId, const Keys &keys);
    void addKeys(std::vector<std::pair<qint64, qint64>> keys);
    /// Re-indexes an article whose text changed.
    void replace(qint64 articleId, const Keys &keys);
    /// Takes an article's keys out of the keys table (before the article is deleted; its signature row goes with
    /// it). Keys of an article deleted otherwise stay behind, harmlessly: a lookup only considers articles that
    /// have a signature.
    void removeKeys(qint64 articleId);
    /// Puts an article's keys back from the list in its signature row (undoing a deletion).
    void restoreKeys(qint64 articleId);

    /// How many keys the small table may hold before they are merged into the large one: some 20,000 articles'
    /// worth, a b-tree of about 25 MB that stays in the writer's page cache.
    static constexpr qint64 recentKeyLimit = qint64(1) << 21;
    /// Keys in the small table now (a count of its rows).
    qint64 recentKeys() const;
    /// Moves every key of the small table into the large one, in key order, so each leaf page of the large table
    /// is written once for all of them. Runs inside the caller's transaction.
    void mergeRecentKeys();
    /// Keys add() and restoreKeys() wrote through this object.
    qint64 keysWritten() const { return m_keysWritten; }

    /// An article's keys as its signature row lists them: 4 bytes each, little-endian.
    static QByteArray packKeys(const QList<qint64> &keys);
    static QList<qint64> unpackKeys(const QByteArray &packed);

private:
    SqliteStatement m_probe;
    SqliteStatement m_load;
    SqliteStatement m_loadText;
    SqliteStatement m_insertSignature;
    SqliteStatement m_insertKey;
    SqliteStatement m_listedKeys;
    SqliteDatabase &m_db;
    qint64 m_keysWritten = 0;
};

/// The keys of the articles a writer added last, in memory: an import worker looks for an article's near-duplicates
/// among the articles committed when it read the file (CasebookStore::probeNearDuplicates), and the writer then
/// only has to look among those added since, here, instead of probing the casebook's keys tables again (about 100
/// b-tree probes an article, a fifth of the writer's time). Not thread-safe: the writer's alone.
class RecentNearDuplicateKeys
{
public:
    /// Keeps the keys of at most `capacity` articles: an import has two batches in flight at most, and a small
    /// table stays in the processor's cache (at 4,096 articles its lookups were a third of the writer's saving).
    explicit RecentNearDuplicateKeys(qsizetype capacity = 512);
    /// Keeps at least `capacity` articles from now on (twice a larger batch than the default's).
    void ensureCapacity(qsizetype capacity) { m_capacity = std::max(m_capacity, capacity); }

    /// Starts over, knowing every article up to `lastId` (inclusive) is in the casebook's tables.
    void startAfter(qint64 lastId);
    /// Forgets everything: covers() is false until startAfter().
    void forget();
    bool isStarted() const { return m_started; }
    /// The last article added, or the one started after.
    qint64 lastId() const { return m_lastId; }
    /// Whether every article added with an id above `seenUpTo` is here.
    bool covers(qint64 seenUpTo) const { return m_started && seenUpTo >= m_startedAfter; }
    /// Remembers an article just added (ids increase).
    void add(qint64 articleId, const QList<qint64> &keys);
    /// The articles here with an id above `afterId` sharing band or anchor keys with `keys`.
    NearDuplicateIndex::SharedKeys shared(const NearDuplicateIndex::Keys &keys, qint64 afterId) const;

private:
    QHash<qint64, int> sharing(const QList<qint64> &keys, qint64 afterId) const;

    qsizetype m_capacity;
    bool m_started = false;
    qint64 m_startedAfter = 0;
    qint64 m_lastId = 0;
    std::deque<std::pair<qint64, QList<qint64>>> m_articles; // oldest first
    std::unordered_multimap<qint64, qint64> m_articlesByKey;
};

} // namespace casebook
