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
};

} // namespace casebook
