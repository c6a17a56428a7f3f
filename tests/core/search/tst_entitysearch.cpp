// SPDX-License-Identifier: GPL-3.0-or-later
// entity: in the query language: any name of an entity finds the articles that mention it. Each test runs on the
// seed articles (when present) and on tests/data/articles (our own writing, English and Chinese).
#include "../../support/seeds.h"
#include "importers/importerregistry.h"
#include "search/queryerror.h"
#include "search/searchengine.h"
#include "session/analysisjob.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestEntitySearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_books; ///< "seeds" / "fixtures" → casebook path

    static void addBookColumn()
    {
        QTest::addColumn<QString>("rows"); // the articles: "seeds" or "fixtures"
    }

    void importAndAnalyse(const QString &name, const QString &folder, int articles)
    {
        const QString path = m_dir.filePath(name + u".casebook"_s);
        CasebookWriter writer(path);
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
        QCOMPARE(ImportJob(writer, registry).run({ folder }).counts.added, articles);
        QVERIFY(AnalysisJob(writer).runStale().counts.mentions > 0);
        m_books.insert(name, path);
    }

    static QList<qint64> ids(const QString &book, const QString &query)
    {
        CasebookStore store(book, CasebookStore::Mode::ReadOnly);
        SearchRequest request;
        request.query = query;
        request.limit = 100;
        QList<qint64> found;
        for (const SearchResult &result : SearchEngine(store).search(request).results)
            found.append(result.articleId);
        std::sort(found.begin(), found.end());
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        importAndAnalyse(u"fixtures"_s, testing::fixtureArticlesDir(), 5);
        if (testing::haveSeeds())
            importAndAnalyse(u"seeds"_s, testing::seedsDir(), 5);
    }

    void anyNameOfTheEntityFindsTheSameArticles_data()
    {
        addBookColumn();
        QTest::addColumn<QString>("shortName");
        QTest::addColumn<QString>("longName");
        QTest::addColumn<QString>("otherCase");
        QTest::newRow("seeds") << u"seeds"_s << u"PipeChina"_s << u"China Oil and Gas Pipeline Network Corp"_s
                               << u"pipechina"_s;
        QTest::newRow("fixtures") << u"fixtures"_s << u"ZEGC"_s << u"Zhejiang Electric Grid Corporation"_s << u"zegc"_s;
        QTest::newRow("fixtures, Chinese")
            << u"fixtures"_s << u"国资委"_s << u"国务院国有资产监督管理委员会"_s << u"国资委"_s;
        QTest::newRow("fixtures, Chinese and English names") << u"fixtures"_s << u"国资委"_s
                                                             << u"State-owned Assets Supervision and Administration "
                                                                u"Commission"_s
                                                             << u"sasac"_s;
    }

    void anyNameOfTheEntityFindsTheSameArticles()
    {
        QFETCH(QString, rows);
        if (rows == u"seeds"_s)
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const QString book = m_books.value(rows);
        QFETCH(QString, shortName);
        QFETCH(QString, longName);
        QFETCH(QString, otherCase);
        const QList<qint64> byShortName = ids(book, u"entity:"_s + shortName);
        QVERIFY(!byShortName.isEmpty());
        // The long form was introduced with the short one in parentheses, so it is the same entity.
        QCOMPARE(ids(book, u"entity:\""_s + longName + u'"'), byShortName);
        // Case and spacing do not matter.
        QCOMPARE(ids(book, u"entity:"_s + otherCase), byShortName);
    }

    void combinesWithWordsAndOtherFilters_data()
    {
        addBookColumn();
        QTest::addColumn<QString>("word");
        QTest::newRow("seeds") << u"seeds"_s << u"artificial"_s;
        QTest::newRow("fixtures") << u"fixtures"_s << u"artificial"_s;
        QTest::newRow("fixtures, Chinese word") << u"fixtures"_s << u"医院"_s;
    }

    void combinesWithWordsAndOtherFilters()
    {
        QFETCH(QString, rows);
        if (rows == u"seeds"_s)
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const QString book = m_books.value(rows);
        QFETCH(QString, word);
        const QList<qint64> sasac = ids(book, u"entity:SASAC"_s);
        QVERIFY(!sasac.isEmpty());
        const QList<qint64> withWord = ids(book, u"entity:SASAC "_s + word);
        QVERIFY(!withWord.isEmpty());
        for (const qint64 id : withWord)
            QVERIFY(sasac.contains(id));
        const QList<qint64> without = ids(book, u"deepseek -entity:SASAC"_s);
        QVERIFY(!without.isEmpty());
        for (const qint64 id : without)
            QVERIFY(!sasac.contains(id));
    }

    void unknownEntityFindsNothingAndMalformedOneSaysWhere_data()
    {
        addBookColumn();
        QTest::newRow("seeds") << u"seeds"_s;
        QTest::newRow("fixtures") << u"fixtures"_s;
    }

    void unknownEntityFindsNothingAndMalformedOneSaysWhere()
    {
        QFETCH(QString, rows);
        if (rows == u"seeds"_s)
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const QString book = m_books.value(rows);
        QVERIFY(ids(book, u"entity:\"No Such Company Ltd\""_s).isEmpty());
        CasebookStore store(book, CasebookStore::Mode::ReadOnly);
        SearchRequest request;
        request.query = u"entity:\"PipeChina"_s;
        try {
            SearchEngine(store).search(request);
            QFAIL("an unclosed quote was accepted");
        } catch (const QueryError &error) {
            QCOMPARE(error.position(), 7);
        }
    }
};

QTEST_GUILESS_MAIN(TestEntitySearch)
#include "tst_entitysearch.moc"
