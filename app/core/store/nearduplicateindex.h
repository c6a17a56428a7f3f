// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitestatement.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

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

    /// The first copy of the article with this text: the earliest article (following duplicate_of) among the
    /// indexed ones similar enough (NearDuplicateSignature::duplicateThreshold), or of which one is a partial copy
    /// of the other (containmentThreshold); 0 when there is none.
    qint64 findOriginal(const Keys &keys, QStringView text);
    /// Indexes an article that is now in the casebook.
    void add(qint64 articleId, const Keys &keys);
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

} // namespace casebook
