// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlitestatement.h"

#include <QByteArray>

namespace casebook {

class SqliteDatabase;

/// The casebook's near-duplicate lookup: each article's MinHash signature, and its band keys in an indexed
/// table so that candidates are found by a few index probes, however many articles the casebook holds.
/// Candidates are then confirmed by comparing whole signatures.
class NearDuplicateIndex
{
public:
    explicit NearDuplicateIndex(SqliteDatabase &db);

    /// The first copy of the article whose signature this is: the earliest article (following duplicate_of)
    /// among the indexed ones similar enough; 0 when there is none.
    qint64 findOriginal(const QByteArray &signature);
    /// Indexes an article that is now in the casebook.
    void add(qint64 articleId, const QByteArray &signature);
    /// Re-indexes an article whose text changed.
    void replace(qint64 articleId, const QByteArray &signature);

private:
    SqliteStatement m_probe;
    SqliteStatement m_load;
    SqliteStatement m_insertSignature;
    SqliteStatement m_insertBand;
    SqliteDatabase &m_db;
};

} // namespace casebook
