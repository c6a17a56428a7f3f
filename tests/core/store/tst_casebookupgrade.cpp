// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casebookupgrade.h"
#include "store/migrations.h"
#include "store/sqlitedatabase.h"
#include "util/casebookerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QString formatOnePath = QStringLiteral(CASEBOOK_TEST_DATA_DIR "/casebooks/format-1.casebook");

/// Read only when no connection is open on the file.
QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString copyOfFormatOne(const QTemporaryDir &dir, const QString &name = u"cases.casebook"_s)
{
    const QString path = dir.filePath(name);
    if (!QFile::copy(formatOnePath, path) || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return path;
}

QStringList backupsIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({ u"*backup*"_s }, QDir::Files);
}

enum class Start { Normally, Canceled };

/// Runs the job on this thread, as a test can drive it.
QFuture<UpgradeOutcome> runUpgrade(const QString &path, Start start = Start::Normally)
{
    QPromise<UpgradeOutcome> promise;
    QFuture<UpgradeOutcome> future = promise.future();
    promise.start();
    if (start == Start::Canceled)
        future.cancel();
    CasebookUpgrade::run(promise, path);
    promise.finish();
    return future;
}

void expectError(const std::function<void()> &action, const QString &fragment, const QString &fileName)
{
    try {
        action();
        QFAIL("no error");
    } catch (const CasebookError &error) {
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
        QVERIFY2(error.message().contains(fileName), qPrintable(error.message()));
    }
}

} // namespace

class TestCasebookUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatOfMissingOrEmptyFileIsZero()
    {
        QTemporaryDir dir;
        QCOMPARE(CasebookUpgrade::formatOf(dir.filePath(u"missing.casebook"_s)), 0);
        QVERIFY(!QFile::exists(dir.filePath(u"missing.casebook"_s)));
        QFile empty(dir.filePath(u"empty.casebook"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(CasebookUpgrade::formatOf(empty.fileName()), 0);
        QVERIFY(!CasebookUpgrade::needsUpgrade(empty.fileName()));
    }

    void formatOfReadsTheCommittedFile()
    {
        QCOMPARE(CasebookUpgrade::formatOf(formatOnePath), 1);
        QVERIFY(CasebookUpgrade::needsUpgrade(formatOnePath));
    }

    void formatOfRefusesATextFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.casebook"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are my notes, not a database.\n").repeated(40));
        file.close();
        const QByteArray before = fileDigest(path);
        expectError([&] { CasebookUpgrade::formatOf(path); }, u"not a casebook"_s, u"notes.casebook"_s);
        auto future = runUpgrade(path);
        expectError([&] { future.waitForFinished(); }, u"untouched"_s, u"notes.casebook"_s);
        QCOMPARE(fileDigest(path), before);
    }

    void formatOfRefusesAForeignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"contacts.db"_s);
        {
            SqliteDatabase db(path, SqliteDatabase::Access::ReadWriteCreate);
            db.exec(u"CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')"_s);
        }
        const QByteArray before = fileDigest(path);
        expectError([&] { CasebookUpgrade::formatOf(path); }, u"not a casebook"_s, u"contacts.db"_s);
        QCOMPARE(fileDigest(path), before);
    }

    void formatOfRefusesANewerFormat()
    {
        QTemporaryDir dir;
        const QString path = copyOfFormatOne(dir);
        {
            SqliteDatabase db(path, SqliteDatabase::Access::ReadWrite);
            db.exec(u"PRAGMA user_version = %1"_s.arg(Schema::currentVersion() + 1));
        }
        const QByteArray before = fileDigest(path);
        expectError([&] { CasebookUpgrade::formatOf(path); }, u"newer version"_s, u"cases.casebook"_s);
        auto future = runUpgrade(path);
        expectError([&] { future.waitForFinished(); }, u"newer version"_s, u"cases.casebook"_s);
        QCOMPARE(fileDigest(path), before);
        QVERIFY(backupsIn(dir).isEmpty());
    }

    void upgradeMakesAReadableBackupFirst()
    {
        QTemporaryDir dir;
        const QString path = copyOfFormatOne(dir);
        const QByteArray before = fileDigest(path);
        qint64 articles = 0;
        {
            const SqliteDatabase old(path, SqliteDatabase::Access::ReadOnly);
            articles = old.scalar(u"SELECT count(*) FROM articles"_s);
        }
        const UpgradeOutcome outcome = runUpgrade(path).result();
        QCOMPARE(outcome.fromVersion, 1);
        QCOMPARE(outcome.toVersion, Schema::currentVersion());
        QCOMPARE(outcome.backupPath, dir.filePath(u"cases.format-1-backup.casebook"_s));
        QCOMPARE(fileDigest(path) == before, false);
        {
            const SqliteDatabase backup(outcome.backupPath, SqliteDatabase::Access::ReadOnly);
            QCOMPARE(backup.scalar(u"PRAGMA user_version"_s), 1);
            QCOMPARE(backup.scalar(u"SELECT count(*) FROM articles"_s), articles);
        }
        QCOMPARE(CasebookUpgrade::formatOf(path), Schema::currentVersion());
        QVERIFY(!CasebookUpgrade::needsUpgrade(path));

        // Upgrading again has nothing to do and makes no backup.
        const UpgradeOutcome again = runUpgrade(path).result();
        QCOMPARE(again.fromVersion, Schema::currentVersion());
        QCOMPARE(again.toVersion, Schema::currentVersion());
        QVERIFY(again.backupPath.isEmpty());
        QCOMPARE(backupsIn(dir).size(), 1);
    }

    void anExistingBackupIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = copyOfFormatOne(dir);
        const QString taken = dir.filePath(u"cases.format-1-backup.casebook"_s);
        QFile other(taken);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("an earlier backup");
        other.close();
        const UpgradeOutcome outcome = runUpgrade(path).result();
        QCOMPARE(outcome.backupPath, dir.filePath(u"cases.format-1-backup-2.casebook"_s));
        QCOMPARE(fileDigest(taken), QCryptographicHash::hash("an earlier backup", QCryptographicHash::Sha256));
    }

    void progressIsReported()
    {
        QTemporaryDir dir;
        const QString path = copyOfFormatOne(dir);
        QPromise<UpgradeOutcome> promise;
        QFuture<UpgradeOutcome> future = promise.future();
        QFutureWatcher<UpgradeOutcome> watcher;
        QList<int> values;
        QStringList texts;
        connect(&watcher, &QFutureWatcher<UpgradeOutcome>::progressValueChanged, this,
                [&](int value) { values.append(value); });
        connect(&watcher, &QFutureWatcher<UpgradeOutcome>::progressTextChanged, this,
                [&](const QString &text) { texts.append(text); });
        watcher.setFuture(future);
        promise.start();
        CasebookUpgrade::run(promise, path);
        promise.finish();
        QTRY_VERIFY2(!values.isEmpty() && values.last() == 100, "no progress signal");
        QCOMPARE(future.progressMinimum(), 0);
        QCOMPARE(future.progressMaximum(), 100);
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        // Progress signals are throttled; the first and the last always come through.
        QVERIFY2(!texts.isEmpty() && texts.first().startsWith(u"Backing up"_s), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(future.progressText().startsWith(u"Upgraded to format %1"_s.arg(Schema::currentVersion())),
                 qPrintable(future.progressText()));
    }

    void canceledUpgradeLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = copyOfFormatOne(dir);
        const QByteArray before = fileDigest(path);
        auto future = runUpgrade(path, Start::Canceled);
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(CasebookUpgrade::formatOf(path), 1);
        QVERIFY(backupsIn(dir).isEmpty());
    }

    void canceledFromAnotherThread()
    {
        QTemporaryDir dir;
        const QString path = copyOfFormatOne(dir);
        QFuture<UpgradeOutcome> future = QtConcurrent::run(&CasebookUpgrade::run, path);
        future.cancel();
        future.waitForFinished();
        // However far it got, the file is either as it was or fully upgraded; never half-way.
        const int format = CasebookUpgrade::formatOf(path);
        QVERIFY(format == 1 || format == Schema::currentVersion());
        if (future.isCanceled() && future.resultCount() == 0)
            QCOMPARE(format, 1);
    }

    void failedUpgradeLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = copyOfFormatOne(dir);
        {
            // A table that a later step creates is already there (someone's own), so that step fails.
            SqliteDatabase db(path, SqliteDatabase::Access::ReadWrite);
            db.exec(u"CREATE TABLE article_signatures (note TEXT)"_s);
        }
        const QByteArray before = fileDigest(path);
        auto future = runUpgrade(path);
        expectError([&] { future.waitForFinished(); }, u"left untouched"_s, u"cases.casebook"_s);
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(CasebookUpgrade::formatOf(path), 1);
        QVERIFY(backupsIn(dir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCasebookUpgrade)
#include "tst_casebookupgrade.moc"
