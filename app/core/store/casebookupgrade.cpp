// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebookupgrade.h"

#include "duplicates/nearduplicatesignature.h"
#include "migrations.h"
#include "nearduplicateindex.h"
#include "sqlitedatabase.h"
#include "storedtext.h"
#include "util/casebookerror.h"
#include "util/zstdcodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Progress is 0..100: the backup takes the first part, the migration steps the next, signing the rest.
constexpr int backupEnd = 40;
constexpr int stepsEnd = 80;
constexpr int refreshEnd = 99;
/// Pages copied per backup step, between progress reports and cancel checks.
constexpr int backupPagesPerStep = 256;
/// Articles signed between progress reports and cancel checks.
constexpr int articlesPerReport = 64;

bool canceled(const QPromise<UpgradeOutcome> *promise)
{
    return promise && promise->isCanceled();
}

void report(QPromise<UpgradeOutcome> *promise, int value, const QString &text)
{
    if (promise)
        promise->setProgressValueAndText(value, text);
}

/// One header pragma, read with the C API so that "not a database" can be told from other errors.
qint64 readPragma(const SqliteDatabase &db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &statement, nullptr);
    qint64 value = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int64(statement, 0);
            rc = SQLITE_OK;
        }
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(db.handle()));
    sqlite3_finalize(statement);
    if ((rc & 0xff) == SQLITE_NOTADB)
        throw CasebookError(u"%1 is not a casebook (not an SQLite database at all). It was left untouched."_s.arg(
            displayPath(db.path())));
    if (rc != SQLITE_OK) {
        if (std::optional<CasebookError> actionable = SqliteDatabase::actionableError(db.handle(), rc))
            throw *actionable;
        throw CasebookError(u"Cannot read %1: %2. It was left untouched."_s.arg(displayPath(db.path()), reason));
    }
    return value;
}

/// Copies the file behind `db` to `target` page by page. Returns false, with no target left, when canceled.
bool backUp(SqliteDatabase &db, const QString &target, QPromise<UpgradeOutcome> *promise)
{
    const QString where = displayPath(target);
    sqlite3 *copy = nullptr;
    int rc = sqlite3_open_v2(where.toUtf8().constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString failure;
    bool done = false;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", db.handle(), "main");
        if (!backup) {
            failure = QString::fromUtf8(sqlite3_errmsg(copy));
        } else {
            while (true) {
                if (canceled(promise))
                    break;
                rc = sqlite3_backup_step(backup, backupPagesPerStep);
                const int total = sqlite3_backup_pagecount(backup);
                const int remaining = sqlite3_backup_remaining(backup);
                if (total > 0)
                    report(promise, int(qint64(backupEnd) * (total - remaining) / total),
                           u"Backing up to %1"_s.arg(where));
                if (rc == SQLITE_DONE) {
                    done = true;
                    break;
                }
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    sqlite3_sleep(50);
                    continue;
                }
                if (rc != SQLITE_OK)
                    break;
            }
            sqlite3_backup_finish(backup);
            rc = sqlite3_errcode(copy);
            if (done && rc != SQLITE_OK)
                done = false;
            if (!done && !canceled(promise))
                failure = QString::fromUtf8(sqlite3_errmsg(copy));
        }
    } else {
        failure = copy ? QString::fromUtf8(sqlite3_errmsg(copy)) : u"out of memory"_s;
    }
    sqlite3_close(copy);
    if (!done)
        QFile::remove(target);
    if (!failure.isEmpty())
        throw CasebookError(u"Cannot back up %1 to %2: %3. The casebook was left untouched."_s.arg(
            displayPath(db.path()), where, failure));
    return done;
}

/// The ids `sql` selects, in its order.
QList<qint64> idsOf(SqliteDatabase &db, const QString &sql)
{
    QList<qint64> ids;
    auto query = db.prepare(sql);
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

/// Lists each signed article's near-duplicate keys in its signature row where a step left the list empty (format 9
/// moved the keys to a table without an index by article), from the keys table, so that deleting the article can
/// take them out.
void listSignatureKeys(SqliteDatabase &db)
{
    auto keys = db.prepare(u"SELECT k.article_id, k.key FROM article_signature_keys k JOIN article_signatures s "
                           u"ON s.article_id = k.article_id WHERE s.keys IS NULL ORDER BY k.article_id, k.key"_s);
    auto list = db.prepare(u"UPDATE article_signatures SET keys = ?2 WHERE article_id = ?1"_s);
    qint64 article = 0;
    QList<qint64> articleKeys;
    auto flush = [&] {
        if (!article)
            return;
        list.bind(1, article).bind(2, NearDuplicateIndex::packKeys(articleKeys));
        list.exec();
        articleKeys.clear();
    };
    while (keys.step()) {
        if (keys.int64(0) != article) {
            flush();
            article = keys.int64(0);
        }
        articleKeys.append(keys.int64(1));
    }
    flush();
    // A signed article without a single key (none of its own survived) still needs a list, empty.
    db.exec(u"UPDATE article_signatures SET keys = x'' WHERE keys IS NULL"_s);
}

/// Stores what a step left as older Casebooks stored it as Casebook stores it now: text uncompressed before format
/// 9 (text_compression 'none') as a zstd frame, and originals stored alone (reference 'none') against their
/// article's text. The plain text stays the same, so the index's update trigger leaves the index alone. Returns
/// false when canceled.
bool compressStoredText(SqliteDatabase &db, QPromise<UpgradeOutcome> *promise)
{
    const QList<qint64> ids = idsOf(db,
                                    u"SELECT a.id FROM articles a LEFT JOIN article_originals o ON o.article_id = a.id "
                                    u"WHERE a.text_compression = 'none' OR o.reference = 'none' ORDER BY a.id"_s);
    auto read = db.prepare(u"SELECT a.text, a.text_compression, o.bytes, o.compression, o.reference FROM articles a "
                           u"LEFT JOIN article_originals o ON o.article_id = a.id WHERE a.id = ?1"_s);
    auto storeText = db.prepare(u"UPDATE articles SET text = ?2, text_compression = 'zstd' WHERE id = ?1"_s);
    auto storeOriginal = db.prepare(u"UPDATE article_originals SET bytes = ?2, compression = 'zstd', "
                                    u"reference = 'text' WHERE article_id = ?1"_s);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i % articlesPerReport == 0) {
            if (canceled(promise))
                return false;
            report(promise, stepsEnd, u"Compressing article text (%1 of %2)"_s.arg(i + 1).arg(ids.size()));
        }
        read.bind(1, ids[i]);
        if (!read.step()) {
            read.reset();
            continue;
        }
        // Only text from before format 9 is read here: uncompressed, or already a frame (then left as it is).
        const bool plainText = read.text(1) == u"none"_s;
        const QString text = plainText ? read.text(0) : QString::fromUtf8(Zstd::decompress(read.blob(0)));
        const bool originalAlone = read.text(4) == u"none"_s;
        QByteArray original;
        if (originalAlone)
            original = read.text(3) == u"zstd"_s ? Zstd::decompress(read.blob(2)) : read.blob(2);
        read.reset();
        if (plainText) {
            storeText.bind(1, ids[i]).bind(2, StoredText::compress(text));
            storeText.exec();
        }
        if (originalAlone) {
            storeOriginal.bind(1, ids[i]).bind(2, StoredText::compressOriginal(original, text));
            storeOriginal.exec();
        }
    }
    return true;
}

/// Rewrites the file without its free pages (SQLite's VACUUM) after an upgrade, which stored the text compressed:
/// the rows shrank where they were, so the file only gets smaller this way. It comes after the commit, so it is
/// not canceled (the file is already upgraded), and it is skipped, leaving the upgraded file as it is, when it
/// cannot be done (another connection is reading, or the disk has no room for the copy).
void compact(SqliteDatabase &db, QPromise<UpgradeOutcome> *promise)
{
    report(promise, refreshEnd, u"Compacting %1"_s.arg(displayPath(db.path())));
    try {
        db.exec(u"VACUUM"_s);
    } catch (const CasebookError &) {
        // the upgrade is committed and whole; only the space is not given back
    }
}

/// Signs the articles that have no near-duplicate signature yet (a step left them unsigned, or dropped signatures
/// an older signer made) with today's signer. Returns false when canceled.
bool signUnsignedArticles(SqliteDatabase &db, QPromise<UpgradeOutcome> *promise)
{
    const QList<qint64> ids = idsOf(db,
                                    u"SELECT id FROM articles a WHERE NOT EXISTS "
                                    u"(SELECT 1 FROM article_signatures s WHERE s.article_id = a.id) ORDER BY id"_s);
    if (ids.isEmpty())
        return true;
    NearDuplicateIndex index(db);
    auto text = db.prepare(u"SELECT text FROM article_texts WHERE id = ?1"_s);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i % articlesPerReport == 0) {
            if (canceled(promise))
                return false;
            report(promise, stepsEnd + int(qint64(refreshEnd - stepsEnd) * i / ids.size()),
                   u"Signing articles for near-duplicate detection (%1 of %2)"_s.arg(i + 1).arg(ids.size()));
        }
        text.bind(1, ids[i]);
        if (text.step())
            index.add(
                ids[i],
                { NearDuplicateSignature::compute(text.text(0)), NearDuplicateSignature::anchorKeys(text.text(0)) });
        text.reset();
    }
    return true;
}

/// Every step from `fromVersion` on, then the refresh of derived data, in one transaction. Returns false, having
/// rolled back, when canceled.
bool migrateInTransaction(SqliteDatabase &db, int fromVersion, QPromise<UpgradeOutcome> *promise)
{
    SqliteTransaction transaction(db);
    if (fromVersion == 0)
        db.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId));
    const int toVersion = Schema::currentVersion();
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (canceled(promise))
            return false;
        report(promise, backupEnd + (stepsEnd - backupEnd) * (version - fromVersion - 1) / (toVersion - fromVersion),
               u"Format %1: %2"_s.arg(version).arg(Schema::describe(version)));
        Schema::migrate(db, version - 1, version);
    }
    listSignatureKeys(db);
    if (!compressStoredText(db, promise) || !signUnsignedArticles(db, promise) || canceled(promise))
        return false;
    transaction.commit();
    return true;
}

} // namespace

int CasebookUpgrade::checkedFormat(const SqliteDatabase &db)
{
    const QString where = displayPath(db.path());
    const qint64 applicationId = readPragma(db, "PRAGMA application_id");
    const int version = int(readPragma(db, "PRAGMA user_version"));
    const qint64 objects = readPragma(db, "SELECT count(*) FROM sqlite_master");
    if (applicationId == 0 && version == 0 && objects == 0)
        return 0;
    if (applicationId != Schema::applicationId)
        throw CasebookError(u"%1 is an SQLite database but not a casebook. It was left untouched."_s.arg(where));
    if (version > Schema::currentVersion())
        throw CasebookError(u"%1 was written by a newer version of Casebook (format %2; this version reads formats up "
                            u"to %3). Update Casebook to open it. The file was left untouched."_s.arg(where)
                                .arg(version)
                                .arg(Schema::currentVersion()));
    return version;
}

int CasebookUpgrade::formatOf(const QString &path)
{
    // A stat, not an open: see the class comment.
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    const SqliteDatabase db(path, SqliteDatabase::Access::ReadOnly);
    return checkedFormat(db);
}

bool CasebookUpgrade::needsUpgrade(const QString &path)
{
    const int version = formatOf(path);
    return version > 0 && version < Schema::currentVersion();
}

QString CasebookUpgrade::backupPathFor(const QString &path, int fromVersion)
{
    const QFileInfo info(path);
    QString name = info.fileName();
    if (name.endsWith(u".casebook"_s))
        name.chop(qsizetype(sizeof(".casebook") - 1));
    const QString stem = info.dir().filePath(u"%1.format-%2-backup"_s.arg(name).arg(fromVersion));
    QString candidate = stem + u".casebook"_s;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = u"%1-%2.casebook"_s.arg(stem).arg(n);
    return candidate;
}

void CasebookUpgrade::createSchema(SqliteDatabase &db)
{
    migrateInTransaction(db, 0, nullptr);
}

UpgradeOutcome CasebookUpgrade::upgrade(SqliteDatabase &db, int fromVersion, QPromise<UpgradeOutcome> *promise)
{
    const int toVersion = Schema::currentVersion();
    UpgradeOutcome outcome { fromVersion, fromVersion, {} };
    if (fromVersion >= toVersion)
        return outcome;
    const QString backupPath = backupPathFor(db.path(), fromVersion);
    if (!backUp(db, backupPath, promise))
        return outcome;
    bool committed = false;
    try {
        committed = migrateInTransaction(db, fromVersion, promise);
    } catch (const CasebookError &error) {
        QFile::remove(backupPath); // the original is as it was, so the copy says nothing new
        throw CasebookError(u"Could not upgrade %1 from format %2 to format %3 (%4). The file was left untouched."_s
                                .arg(displayPath(db.path()))
                                .arg(fromVersion)
                                .arg(toVersion)
                                .arg(error.message()));
    }
    if (!committed) {
        QFile::remove(backupPath);
        return outcome;
    }
    outcome.toVersion = toVersion;
    outcome.backupPath = backupPath;
    compact(db, promise);
    report(promise, 100,
           u"Upgraded to format %1; the old file was kept as %2"_s.arg(toVersion).arg(displayPath(backupPath)));
    return outcome;
}

void CasebookUpgrade::run(QPromise<UpgradeOutcome> &promise, const QString &path)
{
    try {
        promise.setProgressRange(0, 100);
        const QFileInfo info(path); // a stat, not an open
        UpgradeOutcome outcome;
        if (info.exists() && info.size() > 0) {
            SqliteDatabase db(path, SqliteDatabase::Access::ReadWrite);
            const int version = checkedFormat(db); // before anything else touches the file
            db.exec(u"PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536"_s);
            outcome = upgrade(db, version, &promise);
        }
        if (promise.isCanceled())
            return;
        if (outcome.fromVersion == outcome.toVersion)
            promise.setProgressValueAndText(100, u"Nothing to upgrade"_s);
        promise.addResult(outcome);
    } catch (const QException &error) {
        promise.setException(error);
    } catch (...) {
        promise.setException(std::current_exception());
    }
}

} // namespace casebook
