// SPDX-License-Identifier: GPL-3.0-or-later
// entity: in the query language: any name of an entity finds the articles that mention it.
#include "importers/importerregistry.h"
#include "search/queryerror.h"
#include "search/searchengine.h"
#include "session/analysisjob.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestEntitySearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_book;

    QList<qint64> ids(const QString &query)
    {
        CasebookStore store(m_book, CasebookStore::Mode::ReadOnly);
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
        m_book = m_dir.filePath(u"seeds.casebook"_s);
        CasebookWriter writer(m_book);
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
        QCOMPARE(ImportJob(writer, registry).run({ QStringLiteral(CASEBOOK_SEEDS_DIR) }).counts.added, 5);
        QVERIFY(AnalysisJob(writer).runStale().counts.mentions > 0);
    }

    void anyNameOfTheEntityFindsTheSameArticles()
    {
        const QList<qint64> byShortName = ids(u"entity:PipeChina"_s);
        QVERIFY(!byShortName.isEmpty());
        // The long form was introduced with the acronym in parentheses, so it is the same entity.
        QCOMPARE(ids(u"entity:\"China Oil and Gas Pipeline Network Corp\""_s), byShortName);
        // Case and spacing do not matter.
        QCOMPARE(ids(u"entity:pipechina"_s), byShortName);
    }

    void combinesWithWordsAndOtherFilters()
    {
        const QList<qint64> sasac = ids(u"entity:SASAC"_s);
        QVERIFY(!sasac.isEmpty());
        const QList<qint64> withWord = ids(u"entity:SASAC artificial"_s);
        for (const qint64 id : withWord)
            QVERIFY(sasac.contains(id));
        const QList<qint64> without = ids(u"deepseek -entity:SASAC"_s);
        for (const qint64 id : without)
            QVERIFY(!sasac.contains(id));
    }

    void unknownEntityFindsNothingAndMalformedOneSaysWhere()
    {
        QVERIFY(ids(u"entity:\"No Such Company Ltd\""_s).isEmpty());
        CasebookStore store(m_book, CasebookStore::Mode::ReadOnly);
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
