// SPDX-License-Identifier: GPL-3.0-or-later
// A casebook whose disk fills up mid-import: a message naming the file, every committed article kept, and the
// casebook works again once there is room. SQLite's max_page_count stands in for a small disk.
#include "../../support/testarticles.h"
#include "importers/importerregistry.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestFullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsUpMidImportKeepsWhatWasCommittedAndRecovers()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"first"_s), 40);
        testing::writeTextFiles(dir.filePath(u"second"_s), 400, 1000);
        const QString book = dir.filePath(u"small-disk.casebook"_s);
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
        const ImportOptions smallBatches { 1, 16, 1 << 20 };
        qint64 committed = 0;
        {
            CasebookWriter writer(book);
            QCOMPARE(ImportJob(writer, registry, smallBatches).run({ dir.filePath(u"first"_s) }).counts.added, 40);
            // Room for a few more pages only: the disk fills up part of the way through the second folder.
            writer
                .submit([](CasebookStore &store) {
                    const qint64 pages = store.database().scalar(u"PRAGMA page_count"_s);
                    store.database().exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 6));
                })
                .waitForFinished();
            QString message;
            try {
                ImportJob(writer, registry, smallBatches).run({ dir.filePath(u"second"_s) });
            } catch (const CasebookError &error) {
                message = error.message();
            }
            QVERIFY2(message.startsWith(u"The disk holding %1 is full"_s.arg(QDir::toNativeSeparators(book))),
                     qPrintable(message));
            QVERIFY2(message.contains(u"everything saved before"_s), qPrintable(message));

            committed = writer.submit([](CasebookStore &store) { return store.articleCount(); }).result();
            QVERIFY(committed >= 40);
            QVERIFY(committed < 440);

            // Room again: the same writer goes on, and importing the folder again adds what was missing.
            writer.submit([](CasebookStore &store) { store.database().exec(u"PRAGMA max_page_count = 1073741823"_s); })
                .waitForFinished();
            const ImportSummary again = ImportJob(writer, registry, smallBatches).run({ dir.filePath(u"second"_s) });
            QCOMPARE(again.counts.alreadyPresent, committed - 40);
            QCOMPARE(again.counts.added + committed, 440);
        }
        CasebookStore store(book, CasebookStore::Mode::ReadOnly);
        auto integrity = store.database().prepare(u"PRAGMA integrity_check"_s);
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), u"ok"_s);
        QCOMPARE(store.articleCount(), 440);
        QCOMPARE(store.database().scalar(u"SELECT count(*) FROM article_originals"_s), 440);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
