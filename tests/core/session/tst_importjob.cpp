// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/testarticles.h"
#include "importers/importerregistry.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
/// An article of generated words (our own, from a fixed list), long enough for a near-duplicate signature; each
/// `seed` gives other words.
QString generatedArticle(int seed)
{
    static const QStringList words
        = u"city hospital model report data council energy group board plan market bank court school river port "
          u"project budget office policy service system network research capital province agency factory harbour "
          u"committee railway airport contract tender pilot review license campus clinic archive bureau ministry"_s
              .split(u' ');
    quint32 state = 2654435761u * quint32(seed + 1);
    QStringList paragraphs;
    for (int paragraph = 0; paragraph < 4; ++paragraph) {
        QStringList sentence;
        for (int word = 0; word < 45; ++word) {
            state = state * 1664525u + 1013904223u;
            sentence.append(words.at(int((state >> 16) % quint32(words.size()))));
        }
        paragraphs.append(sentence.join(u' ') + u'.');
    }
    return paragraphs.join(u"\n\n"_s);
}

/// What a site reposting it makes of an article: a line of its own, a word changed.
QString reposted(const QString &text)
{
    QString copy = text;
    copy.replace(copy.indexOf(u"city"_s), 4, u"town"_s);
    return u"First published by a partner site.\n\n"_s + copy;
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}
} // namespace

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

    void copiesAreLinkedAlikeWhetherWorkersOrTheWriterLookThemUp()
    {
        // Copies in the batch of their first copy, in a later batch, and copies of copies; batches of three.
        QTemporaryDir dir;
        const QString corpus = dir.filePath(u"corpus"_s);
        QDir().mkpath(corpus);
        for (int i = 0; i < 12; ++i)
            writeFile(corpus + u"/a-%1.txt"_s.arg(i, 2, 10, QChar(u'0')), generatedArticle(i));
        for (const int i : { 1, 7 })
            writeFile(corpus + u"/a-%1-copy.txt"_s.arg(i, 2, 10, QChar(u'0')), reposted(generatedArticle(i)));
        for (const int i : { 0, 3, 5, 9 })
            writeFile(corpus + u"/b-%1.txt"_s.arg(i, 2, 10, QChar(u'0')), reposted(generatedArticle(i)));
        writeFile(corpus + u"/c-03.txt"_s, reposted(reposted(generatedArticle(3))));

        QMap<QString, QString> firstCopies[2];
        for (int run = 0; run < 2; ++run) {
            const QString book = dir.filePath(u"run%1.casebook"_s.arg(run));
            ImportOptions options;
            options.threads = run == 0 ? 1 : 2;
            options.batchSize = 3;
            options.minimumWorkersToProbe = run == 0 ? 2 : 1; // the writer looks, then the workers do
            {
                CasebookWriter writer(book);
                const ImportSummary summary = ImportJob(writer, m_registry, options).run({ corpus });
                QCOMPARE(summary.counts.duplicates, 7);
            }
            CasebookStore store(book, CasebookStore::Mode::ReadOnly);
            QHash<qint64, QString> names;
            const QList<Article> articles = store.articles();
            for (const Article &article : articles)
                names.insert(article.id, QFileInfo(article.path).fileName());
            for (const Article &article : articles)
                if (article.duplicateOf)
                    firstCopies[run].insert(names.value(article.id), names.value(article.duplicateOf));
        }
        // Files go in by name: "a-01-copy.txt" comes before "a-01.txt", so it is the first copy.
        QCOMPARE(firstCopies[0].value(u"a-01.txt"_s), u"a-01-copy.txt"_s);
        QCOMPARE(firstCopies[0].value(u"b-05.txt"_s), u"a-05.txt"_s);
        QCOMPARE(firstCopies[0].value(u"c-03.txt"_s), u"a-03.txt"_s); // the first copy, not the copy it came from
        QCOMPARE(firstCopies[1], firstCopies[0]);
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
