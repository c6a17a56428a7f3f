// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting articles and putting them back: everything that belongs to an article goes in one transaction, copies
// are relinked, entities recounted, and restoreArticles() brings back exactly what went.
#include "importers/importerregistry.h"
#include "search/searchengine.h"
#include "session/analysisjob.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// Every row of the tables that belong to articles, as text, so that two states of a casebook can be compared.
QStringList dump(CasebookStore &store)
{
    QStringList lines;
    for (const QString &table : { u"articles"_s, u"article_originals"_s, u"corrections"_s, u"article_signatures"_s,
                                  u"article_signature_keys_all"_s, u"mentions"_s, u"events"_s, u"analysis_state"_s,
                                  u"entities"_s, u"entity_aliases"_s }) {
        auto rows = store.database().prepare(u"SELECT * FROM %1"_s.arg(table));
        while (rows.step()) {
            QStringList values;
            for (int c = 0; c < rows.columnCount(); ++c)
                values.append(rows.value(c).toString());
            lines.append(table + u": "_s + values.join(u'|'));
        }
    }
    lines.sort();
    return lines;
}

qint64 hits(CasebookStore &store, const QString &query)
{
    SearchRequest request;
    request.query = query;
    return SearchEngine(store).search(request).total;
}

} // namespace

class TestDeleteArticles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void deleteThenRestoreIsExact()
    {
        const QString folder = m_dir.filePath(u"in"_s);
        QDir().mkpath(folder);
        // Three articles of our own writing; the third is a repost of the first.
        const QString first = u"Harbour city opens AI desk\n\nThe Harbour city government said its Lumen assistant "
                              u"answered 4,000 questions in March. Mayor Lin Qiao called it useful."_s;
        const QString second = u"Riverside hospital pilots triage model\n\nRiverside Hospital said the Lumen model "
                               u"sorted 30% of calls."_s;
        const QList<std::pair<QString, QString>> files
            = { { u"a.txt"_s, first }, { u"b.txt"_s, second }, { u"c.txt"_s, first + u"\n"_s } };
        for (const auto &[name, text] : files) {
            QFile file(folder + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        const QString book = m_dir.filePath(u"d.casebook"_s);
        CasebookWriter writer(book);
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
        const ImportSummary imported = ImportJob(writer, registry).run({ folder });
        QCOMPARE(imported.counts.added, 3);
        AnalysisJob(writer).runStale();
        writer.submit([](CasebookStore &store) { store.correct(1, ArticleField::Source, u"Harbour Daily"_s); })
            .waitForFinished();

        writer
            .submit([&](CasebookStore &store) {
                const QStringList before = dump(store);
                QCOMPARE(store.importBatchOf(2), (QList<qint64> { 1, 2, 3 })); // one batch
                QCOMPARE(hits(store, u"lumen"_s), 3);
                const qint64 repostOf = store.article(3)->duplicateOf;
                QCOMPARE(repostOf, 1);

                const DeletedArticles deleted = store.deleteArticles({ 1, 99 }); // 99: unknown, ignored
                QCOMPARE(deleted.ids, QList<qint64> { 1 });
                QVERIFY(!store.article(1));
                QCOMPARE(store.articleCount(), 2);
                QCOMPARE(hits(store, u"lumen"_s), 2); // its index rows went too
                QCOMPARE(store.database().scalar(u"SELECT count(*) FROM mentions WHERE article_id = 1"_s), 0);
                QCOMPARE(store.database().scalar(u"SELECT count(*) FROM events WHERE article_id = 1"_s), 0);
                QCOMPARE(store.database().scalar(u"SELECT count(*) FROM corrections WHERE article_id = 1"_s), 0);
                QCOMPARE(store.article(3)->duplicateOf, 0); // the repost is now the first copy
                auto check = store.database().prepare(u"PRAGMA foreign_key_check"_s);
                QVERIFY(!check.step());
                // Entities that lost mentions were recounted: counts agree with the mentions left.
                QCOMPARE(store.database().scalar(u"SELECT count(*) FROM entities e WHERE mention_count <> "
                                                 u"(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)"_s),
                         0);

                store.restoreArticles(deleted);
                QCOMPARE(store.article(3)->duplicateOf, 1);
                QCOMPARE(hits(store, u"lumen"_s), 3);
                QCOMPARE(store.article(1)->meta.source, u"Harbour Daily"_s);
                QCOMPARE(dump(store), before); // row for row
                auto integrity = store.database().prepare(
                    u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
                integrity.exec();
            })
            .waitForFinished();
    }

    void deletingAWholeImportBatch()
    {
        const QString book = m_dir.filePath(u"batch.casebook"_s);
        CasebookWriter writer(book);
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
        ImportJob(writer, registry).run({ QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/articles"_s });
        const qint64 firstBatch = writer.submit([](CasebookStore &s) { return s.articleCount(); }).result();
        QVERIFY(firstBatch > 1);
        const QString later = m_dir.filePath(u"later"_s);
        QDir().mkpath(later);
        QFile file(later + u"/later.txt"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("A later note\n\nSomething imported on another day.");
        file.close();
        ImportJob(writer, registry).run({ later });
        writer
            .submit([firstBatch](CasebookStore &store) {
                const QList<qint64> batch = store.importBatchOf(1);
                QCOMPARE(batch.size(), firstBatch);
                const DeletedArticles deleted = store.deleteArticles(batch);
                QCOMPARE(deleted.ids.size(), firstBatch);
                QCOMPARE(store.articleCount(), 1); // the later import stays
            })
            .waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestDeleteArticles)
#include "tst_deletearticles.moc"
