// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitestatement.h"
#include "util/casebookerror.h"

#include <QMultiHash>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace casebook {

/// One SQLite connection through the C API. Not shared between threads at the same time.
class SqliteDatabase
{
public:
    enum class Access { ReadOnly, ReadWrite, ReadWriteCreate };

    SqliteDatabase(const QString &path, Access access);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    void exec(const QString &sql);
    /// A statement for `sql`, prepared once per connection: statements come back to a small cache when they die
    /// and the next prepare() of the same text reuses one (reset, bindings cleared).
    SqliteStatement prepare(const QString &sql) const;
    qint64 scalar(const QString &sql) const;
    qint64 lastInsertId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }
    /// The error for people after `rc` failed on `db` ("Database error: ..." with SQLite's words, except for the
    /// failures an analyst can act on: a full disk, a casebook another process is writing, a read-only file).
    static CasebookError errorFor(sqlite3 *db, int rc, const QString &sqliteMessage);
    /// The error for people after `rc` failed on `db` when it is one an analyst can act on (a full disk, a
    /// casebook another process is writing, a read-only file); nothing for the others.
    static std::optional<CasebookError> actionableError(sqlite3 *db, int rc);
    const QString &path() const { return m_path; }
    /// True when a ReadOnly connection had to read the file as immutable (a read-only folder or disk that cannot
    /// hold SQLite's -shm file): it then sees the file as it was when opened.
    bool isImmutable() const { return m_immutable; }
    /// False when the database at `path` exists and SQLite can only read it: the file may not be written, or its
    /// folder cannot take the -wal and -shm files. Opens and closes one connection.
    static bool canWrite(const QString &path);

    /// What the statements from prepare() have done on this connection so far, for benchmarks that want figures
    /// independent of the machine's load: rows handed to Casebook, and SQLite's virtual-machine steps (its own
    /// measure of the rows it walked, sorted and looked up), counted when each statement goes back to the cache;
    /// and the sorts SQLite made because no index gave the order asked for.
    struct Work
    {
        qint64 rows = 0;
        qint64 steps = 0;
        qint64 sorts = 0;
    };
    Work work() const { return m_work; }

private:
    static bool canReadWal(sqlite3 *db);
    friend class SqliteStatement;
    void giveBack(const QString &sql, sqlite3_stmt *statement) const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    bool m_immutable = false;
    mutable QMultiHash<QString, sqlite3_stmt *> m_statementCache;
    mutable Work m_work;
};

/// Begins a transaction; rolls back unless commit() is called. BEGIN IMMEDIATE takes the write lock up front so
/// a batch never fails half-way on a lock upgrade. Inside another transaction it is a savepoint of that one.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;
    void commit();

private:
    SqliteDatabase &m_db;
    bool m_nested = false;
    bool m_open = true;
};

} // namespace casebook
