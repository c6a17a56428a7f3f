// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/testarticles.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "store/migrations.h"
#include "util/casebookerror.h"

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
