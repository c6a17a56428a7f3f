// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one casebook: both write, nothing is lost or corrupted, and a writer kept waiting too long
// gets a message saying the casebook is in use, never SQLite's "database is locked". And a backlog of articles a
// killed import left unanalysed does not make the next small import wait for it.
#include "../support/testarticles.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "store/sqlitedatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

QString cliPath()
{
    return QStringLiteral(CASEBOOK_BINARY_DIR) + u"/bin/casebook-cli"_s;
}

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Finished finish(QProcess &process)
{
    process.waitForFinished(180000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             QString::fromUtf8(process.readAllStandardError()) };
}

Finished runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(cliPath(), arguments);
    return finish(process);
}

void checkIntact(const QString &book)
{
    CasebookStore store(book, CasebookStore::Mode::ReadOnly);
    auto integrity = store.database().prepare(u"PRAGMA integrity_check"_s);
    QVERIFY(integrity.step());
    QCOMPARE(integrity.text(0), u"ok"_s);
    auto foreignKeys = store.database().prepare(u"PRAGMA foreign_key_check"_s);
    QVERIFY(!foreignKeys.step());
}

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoImportsAndAnnotationsAtOnce()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"a"_s), 600);
        testing::writeTextFiles(dir.filePath(u"b"_s), 600, 5000);
        testing::writeTextFiles(dir.filePath(u"first"_s), 5, 9000);
        const QString book = dir.filePath(u"shared.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, dir.filePath(u"first"_s) }).exitCode, 0);

        QProcess first;
        QProcess second;
        first.start(cliPath(), { u"import"_s, book, dir.filePath(u"a"_s), u"--json"_s });
        second.start(cliPath(), { u"import"_s, book, dir.filePath(u"b"_s), u"--json"_s });
        // A third process annotates while both import.
        QList<qint64> annotations;
        for (int i = 0; i < 5; ++i) {
            const Finished annotated
                = runCli({ u"annotate"_s, book, QString::number(1 + i % 5), u"--quote"_s, u"hotline"_s, u"--note"_s,
                           u"while importing %1"_s.arg(i), u"--json"_s });
            QCOMPARE(annotated.exitCode, 0);
            QVERIFY2(!annotated.err.contains(u"locked"_s), qPrintable(annotated.err));
            annotations.append(QJsonDocument::fromJson(annotated.out).object().value(u"id"_s).toInteger());
        }
        for (QProcess *process : { &first, &second }) {
            const Finished done = finish(*process);
            QCOMPARE(done.exitCode, 0);
            QVERIFY2(!done.err.contains(u"locked"_s), qPrintable(done.err));
            QCOMPARE(QJsonDocument::fromJson(done.out).object().value(u"added"_s).toInt(), 600);
        }
        checkIntact(book);
        CasebookStore store(book, CasebookStore::Mode::ReadOnly);
        QCOMPARE(store.articleCount(), 1205);
        for (const qint64 id : std::as_const(annotations))
            QVERIFY(store.annotations().annotation(id).has_value());
    }

    /// A writer that holds the casebook longer than the others will wait: a message naming the casebook in use.
    void aCasebookHeldTooLongIsInUse()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"few"_s), 3);
        const QString book = dir.filePath(u"held.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, dir.filePath(u"few"_s) }).exitCode, 0);
        Finished refused;
        {
            SqliteDatabase holder(book, SqliteDatabase::Access::ReadWrite);
            holder.exec(u"BEGIN IMMEDIATE"_s); // another writer, holding the casebook past the 10 s others wait
            refused = runCli({ u"annotate"_s, book, u"1"_s, u"--quote"_s, u"hotline"_s, u"--note"_s, u"waits"_s });
            holder.exec(u"ROLLBACK"_s);
        }
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"is in use by another Casebook window or process"_s), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(u"locked"_s), qPrintable(refused.err));
        // Once the other writer is done, the same command goes through.
        QCOMPARE(runCli({ u"annotate"_s, book, u"1"_s, u"--quote"_s, u"hotline"_s, u"--note"_s, u"waits"_s }).exitCode,
                 0);
        checkIntact(book);
    }

    /// Articles a killed import left unanalysed wait for `analyse --stale`; a new small import analyses its own.
    void aBacklogDoesNotHoldUpTheNextImport()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"backlog"_s), 300);
        testing::writeTextFiles(dir.filePath(u"tiny"_s), 1, 7000);
        const QString book = dir.filePath(u"backlog.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, dir.filePath(u"backlog"_s), u"--no-analysis"_s }).exitCode, 0);
        const Finished tiny = runCli({ u"import"_s, book, dir.filePath(u"tiny"_s) });
        QCOMPARE(tiny.exitCode, 0);
        QVERIFY2(tiny.err.contains(u"analysed 1 article(s)"_s), qPrintable(tiny.err));
        QVERIFY2(tiny.err.contains(u"300 article(s) from earlier imports still wait for analysis"_s),
                 qPrintable(tiny.err));
        const Finished backlog = runCli({ u"analyse"_s, book, u"--stale"_s, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(backlog.out).object().value(u"articles"_s).toInt(), 300);
    }
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"
