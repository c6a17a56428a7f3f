// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace casebook {

class SqliteDatabase;

/// A prepared statement with Qt-typed binding and reading. Move-only. One from SqliteDatabase::prepare() goes back
/// to its connection's statement cache when it dies (reset, bindings cleared); any other finalizes itself.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters are 1-based, as in SQLite.
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &blob);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bindNull(int index);
    /// Binds what value() read: null, integer, real, text or blob.
    SqliteStatement &bind(int index, const QVariant &value);

    /// Steps once; returns true while a row is available. Throws CasebookError on failure.
    bool step();
    /// Runs a statement that returns no rows.
    void exec();
    void reset();

    // Columns are 0-based, as in SQLite.
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    int columnCount() const;
    QString columnName(int column) const;
    /// The column as SQLite stores it: null, qint64, double, QString or QByteArray.
    QVariant value(int column) const;

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *prepared, const SqliteDatabase *owner, const QString &sql);
    void release();
    void check(int rc, const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    const SqliteDatabase *m_owner = nullptr; ///< the connection whose cache takes the statement back
    QString m_sql;
};

} // namespace casebook
