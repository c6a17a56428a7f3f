// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/testarticles.h"
#include "importers/importerregistry.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"

#include <QFile>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestImportJob : public QObject
{
    Q_OBJECT

private:
    ImporterRegistry m_registry = ImporterRegistry::withDefaultImporters();

private Q_SLOTS:
    void importsFoldersRecursivelyAndReportsBadFiles()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"inbox"_s), 5);
        testing::writeTextFiles(dir.filePath(u"inbox/deeper/still"_s), 3, 100);
        QFile::copy(QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/encodings/broken-binary.txt"_s,
                    dir.filePath(u"inbox/deeper/photo.txt"_s));
        QFile::copy(QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/encodings/broken-empty.txt"_s,
                    dir.filePath(u"inbox/empty.txt"_s));

        const QString book = dir.filePath(u"case.casebook"_s);
        {
            CasebookWriter writer(book);
            // A first batch already in the casebook must come through the failing import unchanged.
            ImportJob(writer, m_registry).run({ dir.filePath(u"inbox/deeper/still"_s) });
            ImportJob job(writer, m_registry, ImportOptions { 2, 4, 1 << 20 });
            const ImportSummary summary = job.run({ dir.filePath(u"inbox"_s), dir.filePath(u"missing-folder"_s) });
            QCOMPARE(summary.counts.added, 5);
            QCOMPARE(summary.counts.alreadyPresent, 3);
            QCOMPARE(summary.counts.failed, 3);
            QStringList failed;
            for (const auto &failure : summary.failures)
                failed.append(QFileInfo(failure.path).fileName() + u": "_s + failure.reason);
            failed.sort();
            QCOMPARE(failed.size(), 3);
            QVERIFY2(failed.at(0).startsWith(u"empty.txt: the file is empty"_s), qPrintable(failed.join(u'\n')));
            QVERIFY2(failed.at(1).startsWith(u"missing-folder: does not exist"_s), qPrintable(failed.join(u'\n')));
            QVERIFY2(failed.at(2).startsWith(u"photo.txt: is a PNG image"_s), qPrintable(failed.join(u'\n')));
        }
        CasebookStore store(book, CasebookStore::Mode::ReadOnly);
        QCOMPARE(store.articleCount(), 8);
        QCOMPARE(store.importFailures().size(), 3);
    }

    void countsAddUp()
    {
        // Every file falls in one kind: imported, linked as a copy, already present, refused (with its reason).
        QTemporaryDir dir;
        const QStringList notes = testing::writeTextFiles(dir.filePath(u"inbox"_s), 3);
        QFile::copy(QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/encodings/broken-empty.txt"_s,
                    dir.filePath(u"inbox/empty.txt"_s));
        QFile original(notes.first());
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray text = original.readAll();
        // The same article in another file (other line endings): linked as a copy.
        QFile copy(dir.filePath(u"inbox/copy.txt"_s));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QByteArray(text).replace("\n", "\r\n"));
        copy.close();

        CasebookWriter writer(dir.filePath(u"case.casebook"_s));
        ImportJob(writer, m_registry).run({ original.fileName() }); // already present the second time
        const ImportSummary summary = ImportJob(writer, m_registry).run({ dir.filePath(u"inbox"_s) });
        const ImportProgress &c = summary.counts;
        QCOMPARE(c.filesTotal, 5);
        QCOMPARE(c.alreadyPresent, 1);
        QCOMPARE(c.failed, 1);
        QCOMPARE(c.duplicates, 1);
        QCOMPARE(c.imported(), 2);
        QCOMPARE(c.imported() + c.duplicates + c.alreadyPresent + c.failed, c.filesTotal);
        QCOMPARE(c.countsLine(), u"5 files: 2 imported, 1 linked as a copy, 1 already present, 1 refused"_s);
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY(summary.failures.first().reason.contains(u"empty"_s));
    }

    void importingTheSameFolderTwiceIsANoOp()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"a"_s), 12);
        CasebookWriter writer(dir.filePath(u"twice.casebook"_s));
        const ImportSummary first = ImportJob(writer, m_registry).run({ dir.filePath(u"a"_s) });
        const ImportSummary second = ImportJob(writer, m_registry).run({ dir.filePath(u"a"_s) });
        QCOMPARE(first.counts.added, 12);
        QCOMPARE(second.counts.added, 0);
        QCOMPARE(second.counts.alreadyPresent, 12);
    }

    void cancelKeepsCommittedBatches()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"many"_s), 1000);
        const QString book = dir.filePath(u"cancel.casebook"_s);
        {
            CasebookWriter writer(book);
            ImportJob job(writer, m_registry, ImportOptions { 2, 10, 1 << 20 });
            const QStringList paths { dir.filePath(u"many"_s) };
            QFuture<ImportSummary> future
                = QtConcurrent::run([&](QPromise<ImportSummary> &promise) { job.run(promise, paths); });
            QFutureWatcher<ImportSummary> watcher;
            int lastProgress = 0;
            connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&](int done) {
                lastProgress = done;
                if (done >= 20)
                    future.cancel(); // what the Jobs panel's Cancel does
            });
            watcher.setFuture(future);
            QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
            QVERIFY(future.isCanceled());
            QCOMPARE(future.resultCount(), 0); // a cancelled job's summary is dropped; the casebook tells
            QVERIFY(lastProgress >= 20);
        }
        CasebookStore store(book, CasebookStore::Mode::ReadOnly);
        QVERIFY(store.articleCount() >= 20);
        QVERIFY(store.articleCount() < 1000);
        QCOMPARE(store.articleCount() % 10, 0); // whole batches only
    }

    void sameResultWithOneOrManyWorkers()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"corpus"_s), 40);
        QStringList titles[2];
        for (int run = 0; run < 2; ++run) {
            const QString book = dir.filePath(u"run%1.casebook"_s.arg(run));
            {
                CasebookWriter writer(book);
                ImportJob(writer, m_registry, ImportOptions { run == 0 ? 1 : 4, 7, 1 << 20 })
                    .run({ dir.filePath(u"corpus"_s) });
            }
            CasebookStore store(book, CasebookStore::Mode::ReadOnly);
            for (const Article &article : store.articles())
                titles[run].append(article.meta.title);
        }
        QCOMPARE(titles[0].size(), 40);
        QCOMPARE(titles[0], titles[1]); // same order too: files are committed in sorted order
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
