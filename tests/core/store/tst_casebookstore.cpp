// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/testarticles.h"
#include "search/indextokens.h"
#include "search/searchengine.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "store/migrations.h"
#include "util/casebookerror.h"
#include "util/zstdcodec.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;
using casebook::testing::makeArticle;

namespace {
QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// English and Chinese articles with a stemmed word, a CJK run, full-width letters and an accent, so that every
/// kind of token and the colocated stems and unigrams pass through the index.
std::vector<ImportedArticle> mixedArticles()
{
    const QStringList texts = {
        u"Regulators were reviewing the chatbots' answers; the reviews ended in Zürich on Monday."_s,
        u"杭州的智能助手上线后，市民热线的等待时间缩短了一半。ＡＩ助手"_s,
        u"Hospitals in Wuxi adopted triage software after a pilot reviewed 1,200 cases."_s,
    };
    std::vector<ImportedArticle> articles;
    for (int i = 0; i < texts.size(); ++i) {
        ImportedArticle article = casebook::testing::makeArticle(100 + i);
        article.text = texts[i];
        article.original = texts[i].toUtf8();
        article.meta.setValue(ArticleField::Source, i == 1 ? u"智能纪元"_s : u"Harbour Desk"_s,
                              MetadataOrigin::TextPattern);
        articles.push_back(article);
    }
    return articles;
}

QList<qint64> searchIds(CasebookStore &store, const QString &query)
{
    SearchEngine engine(store);
    SearchRequest request;
    request.query = query;
    QList<qint64> ids;
    for (const SearchResult &result : engine.search(request).results)
        ids.append(result.articleId);
    return ids;
}

QString integrityCheck(CasebookStore &store)
{
    try {
        // FTS5 tokenizes every stored text again and compares the tokens with the index.
        store.database().exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
    } catch (const CasebookError &error) {
        return error.message();
    }
    return u"ok"_s;
}
} // namespace

class TestCasebookStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString bookPath(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void createsMarksAndReopens()
    {
        const QString path = bookPath(u"new.casebook"_s);
        {
            CasebookStore store(path);
            QCOMPARE(store.schemaVersion(), Schema::currentVersion());
            QCOMPARE(store.database().scalar(u"PRAGMA application_id"_s), qint64(Schema::applicationId));
            {
                auto mode = store.database().prepare(u"PRAGMA journal_mode"_s);
                QVERIFY(mode.step());
                QCOMPARE(mode.text(0), u"wal"_s);
            }
            QCOMPARE(store.database().scalar(u"PRAGMA foreign_keys"_s), 1);
            store.addArticles({ makeArticle(1), makeArticle(2) });
        }
        CasebookStore reopened(path);
        QCOMPARE(reopened.articleCount(), 2);
        const auto article = reopened.article(1);
        QVERIFY(article);
        QCOMPARE(article->meta.title, u"Report 1"_s);
        QCOMPARE(reopened.original(1), makeArticle(1).original);
    }

    void refusesAFileThatIsNotACasebook()
    {
        const QString path = bookPath(u"notes.casebook"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
        file.close();
        const QByteArray before = fileDigest(path);
        try {
            CasebookStore store(path);
            QFAIL("opened a text file as a casebook");
        } catch (const CasebookError &error) {
            QVERIFY2(error.message().contains(u"not a casebook"_s), qPrintable(error.message()));
            QVERIFY(error.message().contains(u"notes.casebook"_s));
        }
        QCOMPARE(fileDigest(path), before);
    }

    void refusesAForeignSqliteDatabase()
    {
        const QString path = bookPath(u"foreign.db"_s);
        {
            SqliteDatabase db(path, SqliteDatabase::Access::ReadWriteCreate);
            db.exec(u"CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')"_s);
        }
        const QByteArray before = fileDigest(path);
        QVERIFY_THROWS_EXCEPTION(CasebookError, CasebookStore { path });
        QCOMPARE(fileDigest(path), before);
    }

    void refusesACasebookFromANewerVersion()
    {
        const QString path = bookPath(u"future.casebook"_s);
        {
            CasebookStore store(path);
            store.addArticles({ makeArticle(1) });
            store.database().exec(u"PRAGMA user_version = %1"_s.arg(Schema::currentVersion() + 1));
        }
        const QByteArray before = fileDigest(path);
        try {
            CasebookStore store(path);
            QFAIL("opened a casebook from the future");
        } catch (const CasebookError &error) {
            QVERIFY2(error.message().contains(u"newer version"_s), qPrintable(error.message()));
        }
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
    }

    void sameFileTwiceIsANoOp()
    {
        CasebookStore store(bookPath(u"twice.casebook"_s));
        const auto first = store.addArticles({ makeArticle(1) });
        const auto second = store.addArticles({ makeArticle(1) });
        QCOMPARE(first.front().kind, AddOutcome::Kind::Added);
        QCOMPARE(second.front().kind, AddOutcome::Kind::AlreadyPresent);
        QCOMPARE(second.front().articleId, first.front().articleId);
        QCOMPARE(store.articleCount(), 1);
    }

    void sameTextFromAnotherFileIsLinkedNotDropped()
    {
        CasebookStore store(bookPath(u"copies.casebook"_s));
        ImportedArticle original = makeArticle(7);
        ImportedArticle copy = makeArticle(7);
        copy.path = u"/elsewhere/copy.txt"_s;
        copy.original = "\xEF\xBB\xBF" + copy.original; // same text, different bytes (a BOM)
        const auto outcomes = store.addArticles({ original, copy });
        QCOMPARE(outcomes.at(1).kind, AddOutcome::Kind::Added);
        QCOMPARE(outcomes.at(1).duplicateOf, outcomes.at(0).articleId);
        QCOMPARE(store.articleCount(), 2);
        QCOMPARE(store.article(outcomes.at(1).articleId)->duplicateOf, outcomes.at(0).articleId);
    }

    void analystCorrectionWinsOverReextraction()
    {
        CasebookStore store(bookPath(u"corrections.casebook"_s));
        const qint64 id = store.addArticles({ makeArticle(3) }).front().articleId;
        store.correct(id, ArticleField::Title, u"Wuxi hotline assistant"_s);
        store.correct(id, ArticleField::Published, u"2025-02"_s);

        ArticleMetadata improved;
        improved.setValue(ArticleField::Title, u"Extractor's better title"_s, MetadataOrigin::Document);
        improved.setValue(ArticleField::Source, u"Wuxi Daily"_s, MetadataOrigin::Document);
        improved.setValue(ArticleField::Published, u"2025-02-17"_s, MetadataOrigin::Document);
        store.replaceExtracted(id, improved);

        auto article = store.article(id);
        QCOMPARE(article->meta.title, u"Wuxi hotline assistant"_s);
        QCOMPARE(article->meta.origin(ArticleField::Title), MetadataOrigin::Analyst);
        QCOMPARE(article->meta.published.toIso(), u"2025-02"_s);
        QCOMPARE(article->meta.published.precision, DatePrecision::Month);
        QCOMPARE(article->meta.source, u"Wuxi Daily"_s);
        QCOMPARE(article->correctedFields, (QList<ArticleField> { ArticleField::Title, ArticleField::Published }));

        store.resetCorrection(id, ArticleField::Title);
        article = store.article(id);
        QCOMPARE(article->meta.title, u"Extractor's better title"_s);
        QCOMPARE(article->meta.origin(ArticleField::Title), MetadataOrigin::Document);
    }

    void invalidCorrectionChangesNothing()
    {
        CasebookStore store(bookPath(u"invalid.casebook"_s));
        const qint64 id = store.addArticles({ makeArticle(4) }).front().articleId;
        QVERIFY_THROWS_EXCEPTION(CasebookError, store.correct(id, ArticleField::Published, u"17 Feb"_s));
        QVERIFY_THROWS_EXCEPTION(CasebookError, store.correct(id + 100, ArticleField::Title, u"x"_s));
        QCOMPARE(store.article(id)->meta.title, u"Report 4"_s);
        QCOMPARE(store.stats().corrections, 0);
    }

    void readerSeesWhatTheWriterCommitted()
    {
        const QString path = bookPath(u"shared.casebook"_s);
        CasebookWriter writer(path);
        writer.submit([](CasebookStore &store) {
                  return store.addArticles({ makeArticle(1), makeArticle(2) });
              })
            .waitForFinished();
        CasebookStore reader(path, CasebookStore::Mode::ReadOnly);
        QCOMPARE(reader.articleCount(), 2);
        writer.submit([](CasebookStore &store) { return store.addArticles({ makeArticle(3) }); }).waitForFinished();
        QCOMPARE(reader.articleCount(), 3);
    }

    void writerErrorsReachTheCaller()
    {
        CasebookWriter writer(bookPath(u"errors.casebook"_s));
        auto future = writer.submit([](CasebookStore &store) {
            store.correct(42, ArticleField::Title, u"nothing here"_s);
            return 0;
        });
        QVERIFY_THROWS_EXCEPTION(CasebookError, future.result());
    }

    void originalsAreKeptCompressedAndReadBackWhole()
    {
        CasebookStore store(bookPath(u"compressed.casebook"_s));
        ImportedArticle article = makeArticle(40);
        QByteArray original;
        for (int i = 0; i < 200; ++i)
            original += "<p>The hotline assistant answered " + QByteArray::number(i) + " questions.</p>\n";
        article.original = original;
        const qint64 id = store.addArticles({ article }).front().articleId;
        auto stored = store.database().prepare(
            u"SELECT length(bytes), compression, size FROM article_originals WHERE article_id = ?1"_s);
        stored.bind(1, id);
        QVERIFY(stored.step());
        QCOMPARE(stored.text(1), u"zstd"_s);
        QCOMPARE(stored.int64(2), original.size());
        QVERIFY2(stored.int64(0) * 4 < original.size(), qPrintable(QString::number(stored.int64(0))));
        QCOMPARE(store.original(id), original);
        QCOMPARE(store.stats().originalBytes, original.size());
        const StorageSplit split = store.storageSplit();
        QVERIFY(split.originals > 0 && split.text > 0 && split.index > 0);
        QCOMPARE(split.originals + split.text + split.index + split.entities + split.other, split.fileBytes);
        QCOMPARE(split.textUtf8Bytes, article.text.toUtf8().size());
    }

    void damagedOriginalIsReportedNotReturned()
    {
        CasebookStore store(bookPath(u"damaged.casebook"_s));
        const qint64 id = store.addArticles({ makeArticle(41) }).front().articleId;
        auto damage = store.database().prepare(u"UPDATE article_originals SET bytes = ?2 WHERE article_id = ?1"_s);
        damage.bind(1, id).bind(2, Zstd::compress("some bytes").left(6));
        damage.exec();
        QVERIFY_THROWS_EXCEPTION(CasebookError, store.original(id));
    }

    void workersTokensBuildTheSameIndex()
    {
        // One casebook indexed by the writer's own tokenizer, one from tokens made beforehand (as the import
        // workers do), one whose tokens were made for other text (which must be ignored, not indexed).
        CasebookStore tokenizedByWriter(bookPath(u"writer-tokens.casebook"_s));
        CasebookStore replayed(bookPath(u"worker-tokens.casebook"_s));
        CasebookStore stale(bookPath(u"stale-tokens.casebook"_s));
        const std::vector<ImportedArticle> plain = mixedArticles();
        std::vector<ImportedArticle> withTokens = plain;
        std::vector<ImportedArticle> withStaleTokens = plain;
        for (size_t i = 0; i < plain.size(); ++i) {
            const ImportedArticle &a = plain[i];
            withTokens[i].indexTokens = IndexTokens::make(a.meta.title, a.text, a.meta.source, a.meta.author);
            withStaleTokens[i].indexTokens
                = IndexTokens::make(a.meta.title, a.text + u" extra"_s, a.meta.source, u"someone else"_s);
        }
        tokenizedByWriter.addArticles(plain);
        const qint64 replayedBefore = IndexTokens::replayedOnThisThread();
        replayed.addArticles(withTokens);
        QCOMPARE(IndexTokens::replayedOnThisThread() - replayedBefore, qint64(4 * plain.size()));
        stale.addArticles(withStaleTokens);

        for (CasebookStore *store : { &tokenizedByWriter, &replayed, &stale })
            QCOMPARE(integrityCheck(*store), u"ok"_s);
        for (const QString &query : { u"review"_s, u"reviews"_s, u"zurich"_s, u"杭州"_s, u"助"_s, u"ai"_s,
                                      u"\"hotline assistant\""_s, u"智能纪元"_s, u"harbour"_s, u"someone"_s }) {
            const QList<qint64> expected = searchIds(tokenizedByWriter, query);
            QCOMPARE(searchIds(replayed, query), expected);
            QCOMPARE(searchIds(stale, query), expected);
        }
        QVERIFY(!searchIds(replayed, u"杭州"_s).isEmpty());
        QVERIFY(!searchIds(replayed, u"review"_s).isEmpty());
    }

    void publicationDateParsing_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("precision");
        QTest::newRow("day") << u"2025-02-25"_s << u"2025-02-25"_s << int(DatePrecision::Day);
        QTest::newRow("month") << u"2025-02"_s << u"2025-02"_s << int(DatePrecision::Month);
        QTest::newRow("year") << u"2025"_s << u"2025"_s << int(DatePrecision::Year);
        QTest::newRow("timestamp") << u"2025-02-25T08:30:00+08:00"_s << u"2025-02-25"_s << int(DatePrecision::Day);
        QTest::newRow("bad month") << u"2025-13"_s << QString() << int(DatePrecision::None);
        QTest::newRow("words") << u"Feb 2025"_s << QString() << int(DatePrecision::None);
    }

    void publicationDateParsing()
    {
        QFETCH(QString, input);
        QFETCH(QString, iso);
        QFETCH(int, precision);
        const auto date = PublicationDate::fromIso(input);
        QCOMPARE(date.has_value(), !iso.isEmpty());
        if (date) {
            QCOMPARE(date->toIso(), iso);
            QCOMPARE(int(date->precision), precision);
        }
    }
};

QTEST_GUILESS_MAIN(TestCasebookStore)
#include "tst_casebookstore.moc"
