// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include "search/searchindex.h"
#include "storedtext.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#include <QUrl>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace casebook {

SqliteDatabase::SqliteDatabase(const QString &path, Access access)
    : m_path(path)
{
    // SQLite's memory statistics take one process-wide mutex on every allocation, and the writer thread allocates
    // for every row and index page; nothing reads the statistics. Only possible before SQLite's first use (later
    // it is refused, harmlessly).
    static const int memoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(memoryStatisticsOff)
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const QByteArray nativePath = QDir::toNativeSeparators(path).toUtf8();
    int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc == SQLITE_OK && access == Access::ReadOnly && !canReadWal(m_db)) {
        // A WAL casebook is read through its -shm file, which a read-only folder or disk cannot take. SQLite
        // reads such a file with `immutable=1` (its documented way for read-only media): nobody can be writing a
        // casebook that no one can put a -wal file beside. Without a -wal left behind nothing committed is missed.
        sqlite3_close(m_db);
        m_db = nullptr;
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(u"immutable=1"_s);
        rc = sqlite3_open_v2(uri.toEncoded().constData(), &m_db, flags | SQLITE_OPEN_URI, nullptr);
        m_immutable = true;
    }
    if (rc != SQLITE_OK) {
        const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s;
        sqlite3_close(m_db);
        m_db = nullptr;
        throw CasebookError(u"Cannot open %1: %2"_s.arg(QDir::toNativeSeparators(path), reason));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // SQLite opens a file it may not write (permissions, a read-only disk) read-only without a word, and a
    // writable file in a folder that cannot take the -wal and -shm files fails at its first read: say so now,
    // before any work is done that could not be saved.
    if (access != Access::ReadOnly && (sqlite3_db_readonly(m_db, "main") == 1 || !canReadWal(m_db))) {
        const CasebookError error = errorFor(m_db, SQLITE_READONLY, {});
        sqlite3_close(m_db);
        m_db = nullptr;
        throw error;
    }
    // Readers and the writer live on different connections; wait for a lock instead of failing at once.
    sqlite3_busy_timeout(m_db, 10000);
    // Every connection needs the search tokenizer before it touches the full-text index (triggers included), and
    // the function that reads article text (the index's content view, its triggers, the store's queries).
    try {
        SearchIndex::registerFunctions(m_db);
        StoredText::registerFunctions(m_db);
    } catch (...) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

bool SqliteDatabase::canReadWal(sqlite3 *db)
{
    // The first read maps the WAL index; it fails (SQLITE_READONLY_CANTINIT, SQLITE_CANTOPEN) where the -shm
    // file can be neither opened nor created.
    sqlite3_stmt *probe = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA schema_version", -1, &probe, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(probe);
    sqlite3_finalize(probe);
    const int primary = rc & 0xff;
    return !(primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN);
}

bool SqliteDatabase::canWrite(const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    sqlite3 *db = nullptr;
    const QByteArray nativePath = QDir::toNativeSeparators(path).toUtf8();
    const int rc = sqlite3_open_v2(nativePath.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    const bool writable = rc == SQLITE_OK && sqlite3_db_readonly(db, "main") == 0 && canReadWal(db);
    sqlite3_close(db);
    return writable;
}

SqliteDatabase::~SqliteDatabase()
{
    for (sqlite3_stmt *statement : std::as_const(m_statementCache))
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

void SqliteDatabase::giveBack(const QString &sql, sqlite3_stmt *statement) const
{
    // Queries built from a search's WHERE clause vary without end: keep the cache small.
    constexpr qsizetype maxCached = 64;
    m_work.steps += sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_VM_STEP, 1);
    m_work.sorts += sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_SORT, 1);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_statementCache.size() >= maxCached) {
        sqlite3_finalize(statement);
        return;
    }
    m_statementCache.insert(sql, statement);
}

void SqliteDatabase::exec(const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = error ? QString::fromUtf8(error) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(error);
        throw errorFor(m_db, rc, message);
    }
}

namespace {
/// Whether this process may write the file, asked without opening it: a descriptor opened and closed on a file
/// SQLite has locks on (its -shm) would drop those locks. The effective user decides, as for open(2).
bool mayWrite(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}
} // namespace

std::optional<CasebookError> SqliteDatabase::actionableError(sqlite3 *db, int rc)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString where = file && *file ? QDir::toNativeSeparators(QString::fromUtf8(file)) : u"the casebook"_s;
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return CasebookError(u"The disk holding %1 is full: the change was not saved, and everything saved before "
                             u"is still in the casebook. Free some space and try again."_s.arg(where));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return CasebookError(u"%1 is in use by another Casebook window or process that is writing to it: the "
                             u"change was not saved. Try again once that work has finished."_s.arg(where));
    case SQLITE_READONLY:
        // SQLite's companion files, left by another user's reader, stop a writer as surely as the file's own mode.
        for (const char *suffix : { "-wal", "-shm" }) {
            const QFileInfo companion(where + QLatin1StringView(suffix));
            if (companion.exists() && !mayWrite(companion.filePath()))
                return CasebookError(
                    u"%1 can only be read: the file beside it, %2, cannot be written (it belongs to "
                    u"%3). Delete it or give it the casebook's permissions (when no one has the "
                    u"casebook open): the change was not saved."_s.arg(where, companion.filePath(), companion.owner()));
        }
        return CasebookError(u"%1 can only be read (file or folder permissions, or a read-only disk): the change "
                             u"was not saved."_s.arg(where));
    case SQLITE_IOERR:
        if (rc == SQLITE_IOERR_SHMSIZE || rc == SQLITE_IOERR_SHMMAP || rc == SQLITE_IOERR_SHMOPEN
            || rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_TRUNCATE) {
            const QStorageInfo disk(QFileInfo(where).absolutePath());
            if (disk.isValid() && disk.bytesAvailable() < 1024 * 1024)
                return CasebookError(u"The disk holding %1 is full: SQLite needs a little room beside the casebook "
                                     u"even to read it. Free some space and open it again; what it holds is "
                                     u"kept."_s.arg(where));
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

CasebookError SqliteDatabase::errorFor(sqlite3 *db, int rc, const QString &sqliteMessage)
{
    if (std::optional<CasebookError> actionable = actionableError(db, rc))
        return *actionable;
    return CasebookError(u"Database error: %1"_s.arg(sqliteMessage));
}

SqliteStatement SqliteDatabase::prepare(const QString &sql) const
{
    if (const auto cached = m_statementCache.constFind(sql); cached != m_statementCache.cend()) {
        sqlite3_stmt *statement = cached.value();
        m_statementCache.erase(cached);
        return SqliteStatement(m_db, statement, this, sql);
    }
    SqliteStatement fresh(m_db, sql);
    fresh.m_owner = this;
    fresh.m_sql = sql;
    return fresh;
}

qint64 SqliteDatabase::scalar(const QString &sql) const
{
    SqliteStatement statement(m_db, sql);
    return statement.step() ? statement.int64(0) : 0;
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    // Inside another transaction this is a savepoint, so store operations compose (a delete that rebuilds the
    // entities, an upgrade that signs articles) and still commit or roll back as one.
    m_db.exec(m_nested ? u"SAVEPOINT casebook_nested"_s : u"BEGIN IMMEDIATE"_s);
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_open)
        return;
    if (m_nested)
        sqlite3_exec(m_db.handle(), "ROLLBACK TO casebook_nested; RELEASE casebook_nested", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_db.exec(m_nested ? u"RELEASE casebook_nested"_s : u"COMMIT"_s);
    m_open = false;
}

} // namespace casebook
