// SPDX-License-Identifier: GPL-3.0-or-later
// The search results list's model under QAbstractItemModelTester: snapshots replace each other, copies fold.
#include "search/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
SearchResult result(qint64 id, const QString &title, qint64 duplicateOf = 0)
{
    SearchResult r;
    r.articleId = id;
    r.title = title;
    r.duplicateOf = duplicateOf;
    r.published = u"2025-07-15"_s;
    r.source = u"Harbour Post"_s;
    r.snippet = u"…Nvidia will resume sales of the H20…"_s;
    r.snippetHits = { { 1, 7 } };
    r.score = 3.5;
    return r;
}
} // namespace

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void furtherPagesComeWhenTheViewWantsThem()
    {
        SearchResultsModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        QSignalSpy wanted(&model, &SearchResultsModel::moreWanted);
        SearchResults first;
        for (int i = 1; i <= 3; ++i)
            first.results.append(result(i, u"Result %1"_s.arg(i)));
        first.total = 7;
        model.setResults(first);
        // (The model tester may ask for more itself, as a view does; either way the page is asked for once.)
        model.fetchMore({});
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.first().first().toInt(), 3);
        QVERIFY(!model.canFetchMore({})); // asked once until the page comes
        model.fetchMore({});
        QCOMPARE(wanted.size(), 1);

        // The next page: a repost of a result already shown folds into its row; the others are appended.
        SearchResults second;
        second.results = { result(4, u"Result 4"_s), result(5, u"Repost of 2"_s, 2), result(6, u"Result 6"_s) };
        model.appendResults(second);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1).data(SearchResultsModel::CopiesRole).toInt(), 1);
        QCOMPARE(model.resultAt(4)->articleId, 6);
        model.fetchMore({});
        QCOMPARE(wanted.size(), 2);
        QCOMPARE(wanted.last().first().toInt(), 6); // counted in results received, copies included

        model.appendResults({ { result(7, u"Result 7"_s) }, -1, false, {}, {} });
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.canFetchMore({})); // all seven received
        QCOMPARE(model.total(), 7);

        // A new search starts over.
        model.setResults(first);
        QCOMPARE(model.rowCount(), 3);
        model.fetchMore({});
        QCOMPARE(wanted.size(), 3);
        QCOMPARE(wanted.last().first().toInt(), 3);
    }

    void snapshotsReplaceEachOther()
    {
        SearchResultsModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        QCOMPARE(model.rowCount(), 0);

        SearchResults first;
        first.results = { result(1, u"Nvidia to resume H20 sales"_s), result(2, u"Repost"_s, 1), result(3, QString()),
                          result(4, u"Copy of an article not found"_s, 99) };
        first.total = 10;
        model.setResults(first);
        QCOMPARE(model.rowCount(), 3); // the repost folds into its original's row
        QCOMPARE(model.total(), 10);
        QCOMPARE(model.index(0).data(SearchResultsModel::CopiesRole).toInt(), 1);
        QVERIFY(model.index(0).data(SearchResultsModel::MetaLineRole).toString().contains(u"+1"_s));
        QCOMPARE(model.index(1).data().toString(), u"(untitled)"_s);
        QCOMPARE(model.index(0).data(SearchResultsModel::SnippetHitsRole).value<QList<TextRange>>().size(), 1);

        SearchResults second;
        second.results = { result(5, u"Kimi K2"_s) };
        model.setResults(second);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.total(), 1); // not counted: the rows are all there is
        QCOMPARE(model.index(0).data(SearchResultsModel::CopiesRole).toInt(), 0);

        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.resultAt(0), nullptr);
    }
};

QTEST_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
