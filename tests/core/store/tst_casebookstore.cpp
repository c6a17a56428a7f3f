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
/// One row of `sql` (its ?1 bound to `id`), each column as text; empty when there is no such row.
QStringList rowOf(CasebookStore &store, const QString &sql, qint64 id)
{
    auto query = store.database().prepare(sql);
    query.bind(1, id);
    QStringList columns;
    if (query.step())
        for (int column = 0; column < query.columnCount(); ++column)
            columns << query.text(column);
    return columns;
}

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
        const QStringList stored = rowOf(
            store, u"SELECT length(bytes), compression, size FROM article_originals WHERE article_id = ?1"_s, id);
        QCOMPARE(stored.value(1), u"zstd"_s);
        QCOMPARE(stored.value(2).toLongLong(), original.size());
        QVERIFY2(stored.value(0).toLongLong() * 4 < original.size(), qPrintable(stored.value(0)));
        QCOMPARE(store.original(id), original);
        QCOMPARE(store.stats().originalBytes, original.size());
        const StorageSplit split = store.storageSplit();
        QVERIFY(split.originals > 0 && split.text > 0 && split.index > 0);
        QVERIFY(split.nearDuplicates > 0);
        QCOMPARE(split.originals + split.text + split.index + split.entities + split.nearDuplicates + split.other,
                 split.fileBytes);
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

    void textIsKeptCompressedAndReadBackWhole()
    {
        CasebookStore store(bookPath(u"compressed-text.casebook"_s));
        ImportedArticle article = makeArticle(42);
        for (int i = 0; i < 100; ++i)
            article.text += u"\n\nThe hotline assistant answered %1 questions about 社保 in Wuxi."_s.arg(i);
        const qint64 id = store.addArticles({ article }).front().articleId;
        const QStringList stored = rowOf(
            store, u"SELECT length(CAST(text AS BLOB)), typeof(text), text_compression FROM articles WHERE id = ?1"_s,
            id);
        QCOMPARE(stored.value(1), u"blob"_s);
        QCOMPARE(stored.value(2), u"zstd"_s);
        QVERIFY2(stored.value(0).toLongLong() * 4 < article.text.toUtf8().size(), qPrintable(stored.value(0)));
        QCOMPARE(store.article(id)->text, article.text);
        QCOMPARE(store.storageSplit().textUtf8Bytes, article.text.toUtf8().size());
        // The index reads the text through the view: FTS5's own check (which tokenizes it again), its highlight()
        // and a rebuild all see the plain text.
        store.database().exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
        auto highlighted = store.database().prepare(u"SELECT highlight(search_index, 1, '[', ']') FROM search_index "
                                                    u"WHERE search_index MATCH '\"社保\"'"_s);
        QVERIFY(highlighted.step());
        QVERIFY2(highlighted.text(0).contains(u"about [社保] in Wuxi"_s), qPrintable(highlighted.text(0).left(200)));
        highlighted.reset();
        store.rebuildSearchIndex();
        store.database().exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
        // A deleted article leaves the index whole (its trigger hands FTS5 the plain text to take out).
        store.deleteArticles({ id });
        store.database().exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
        QCOMPARE(store.database().scalar(u"SELECT count(*) FROM search_index WHERE search_index MATCH '\"社保\"'"_s),
                 0);
    }

    void originalOfATextFileCostsLittleAndSurvivesReextraction()
    {
        CasebookStore store(bookPath(u"original-against-text.casebook"_s));
        ImportedArticle article = makeArticle(44);
        for (int i = 0; i < 100; ++i)
            article.text += u"\n\nParagraph %1 tells of the hotline in Wuxi and its %2 callers."_s.arg(i).arg(i * 7);
        article.original = (u"  "_s + article.text + u"\n\n-- sent from the newsroom\n"_s).toUtf8();
        const qint64 id = store.addArticles({ article }).front().articleId;
        const QStringList stored
            = rowOf(store, u"SELECT length(bytes), reference, size FROM article_originals WHERE article_id = ?1"_s, id);
        QCOMPARE(stored.value(1), u"text"_s);
        QCOMPARE(stored.value(2).toLongLong(), article.original.size());
        // Stored against its text, the original takes far less than it would alone.
        QVERIFY2(stored.value(0).toLongLong() * 4 < Zstd::compress(article.original).size(),
                 qPrintable(stored.value(0)));
        QCOMPARE(store.original(id), article.original);

        // An improved extractor replaces the text: the original is stored again against the new text.
        ImportedArticle reread = article;
        reread.text = article.text.section(u"\n\n"_s, 0, 20) + u"\n\nA new last paragraph."_s;
        store.replaceExtractedArticle(id, reread);
        QCOMPARE(store.article(id)->text, reread.text);
        QCOMPARE(store.original(id), article.original);
        // Undoing a deletion puts back the text and the original that go together.
        const DeletedArticles deleted = store.deleteArticles({ id });
        store.restoreArticles(deleted);
        QCOMPARE(store.original(id), article.original);
        QCOMPARE(store.article(id)->text, reread.text);
    }

    void damagedTextIsReportedNotReturned_data()
    {
        QTest::addColumn<bool>("truncated");
        QTest::newRow("truncated frame") << true;
        QTest::newRow("one byte changed") << false;
    }

    void damagedTextIsReportedNotReturned()
    {
        QFETCH(bool, truncated);
        CasebookStore store(bookPath(u"damaged-text-%1.casebook"_s.arg(truncated ? u"truncated"_s : u"changed"_s)));
        ImportedArticle article = makeArticle(43);
        for (int i = 0; i < 50; ++i)
            article.text += u"\n\nParagraph %1 of a text long enough to be worth compressing."_s.arg(i);
        const qint64 id = store.addArticles({ article }).front().articleId;
        QByteArray frame;
        {
            auto read = store.database().prepare(u"SELECT text FROM articles WHERE id = ?1"_s);
            read.bind(1, id);
            QVERIFY(read.step());
            frame = read.blob(0);
        }
        if (truncated)
            frame.chop(frame.size() / 2);
        else
            frame[frame.size() / 2] = char(frame.at(frame.size() / 2) ^ 0x20);
        // Damage as a failing disk would: under the index's update trigger, which would refuse the damaged text.
        store.database().exec(u"DROP TRIGGER articles_search_update"_s);
        auto damage = store.database().prepare(u"UPDATE articles SET text = ?2 WHERE id = ?1"_s);
        damage.bind(1, id).bind(2, frame);
        damage.exec();
        try {
            store.article(id);
            QFAIL("damaged text was read back");
        } catch (const CasebookError &error) {
            QVERIFY2(error.message().contains(u"article %1"_s.arg(id)), qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"damaged"_s), qPrintable(error.message()));
        }
        // Search reads it for the snippet: the same error, not a snippet of other text.
        SearchEngine engine(store);
        SearchRequest request;
        request.query = u"paragraph"_s;
        QVERIFY_THROWS_EXCEPTION(CasebookError, engine.search(request));
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
