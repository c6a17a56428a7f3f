// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelist/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
Article article(qint64 id, const QString &title, const QString &date, const QString &source, const QString &language)
{
    Article a;
    a.id = id;
    a.meta.setValue(ArticleField::Title, title, MetadataOrigin::Document);
    a.meta.setValue(ArticleField::Published, date, MetadataOrigin::Document);
    a.meta.setValue(ArticleField::Source, source, MetadataOrigin::Document);
    a.meta.setValue(ArticleField::Language, language, MetadataOrigin::TextPattern);
    a.chars = 1000 * id;
    return a;
}

/// The page the model asked for last, answered with `originals` (ids) and the totals given.
ArticleListPage answer(const QSignalSpy &asked, const QList<qint64> &originals, qint64 matching, qint64 articles)
{
    ArticleListPage page;
    page.request = asked.last().first().value<ArticleListRequest>();
    for (const qint64 id : originals)
        page.originals.append(article(id, u"Article %1"_s.arg(id), u"2025-01-01"_s, u"Wire"_s, u"en"_s));
    if (page.request.countTotals) {
        page.matchingOriginals = matching;
        page.articles = articles;
    }
    return page;
}
} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ArticleListRequest>(); }

    void foldsCopiesUnderTheirOriginal()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy asked(&model, &ArticleListModel::pageWanted);
        model.reload();
        QCOMPARE(asked.size(), 1);
        Article original = article(1, u"Nvidia to resume H20 sales"_s, u"2025-07-15"_s, u"Harbour Post"_s, u"en"_s);
        Article repost = article(2, u"Nvidia to Resume H20 Sales"_s, u"2025-07-16"_s, u"Newsloop"_s, u"en"_s);
        repost.duplicateOf = 1;
        Article repostOfRepost = article(5, u"Nvidia resumes"_s, u"2025-07-18"_s, u"Aggregator"_s, u"en"_s);
        repostOfRepost.duplicateOf = 2;
        Article other = article(3, u"Kimi K2 first look"_s, u"2025-07-14"_s, u"DevPulse"_s, u"en"_s);
        ArticleListPage page;
        page.request = asked.last().first().value<ArticleListRequest>();
        page.originals = { original, other };
        page.copiesOf.insert(1, { repost, repostOfRepost }); // the store folds a copy of a copy under the original
        page.matchingOriginals = 2;
        page.articles = 4;
        model.addPage(page);
        QCOMPARE(model.articleCount(), 4);
        QCOMPARE(model.loadedCount(), 4);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex parent = model.indexOf(1, 0);
        QCOMPARE(model.rowCount(parent), 2);
        QVERIFY(model.hasChildren(parent));
        QVERIFY(!model.hasChildren(model.indexOf(3, 0)));
        QCOMPARE(
            model.index(0, ArticleListModel::TitleColumn, parent).data(ArticleListModel::ArticleIdRole).toLongLong(),
            2);
        QCOMPARE(model.indexOf(5).parent(), parent);
        QVERIFY(model.indexOf(1).data().toString().contains(u"+2"_s));
        QCOMPARE(model.indexOf(2).data(Qt::FontRole).value<QFont>().italic(), true);
        QCOMPARE(model.loadedArticles().size(), 4);

        // An edit updates a child row in place; greyed rows say why.
        repost.meta.setValue(ArticleField::Title, u"Nvidia resumes H20 sales"_s, MetadataOrigin::Analyst);
        model.updateArticle(repost);
        QCOMPARE(model.indexOf(2).data().toString(), u"Nvidia resumes H20 sales"_s);
        model.setNotAnalysed({ 2 });
        QCOMPARE(model.indexOf(2).data(ArticleListModel::AnalysedRole).toBool(), false);
        QVERIFY(model.indexOf(2).data(Qt::ToolTipRole).toString().contains(u"Not analysed"_s));
        QCOMPARE(model.indexOf(1).data(ArticleListModel::AnalysedRole).toBool(), true);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.articleCount(), 0);
    }

    void scrollingToTheEndAsksForTheNextPage()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        QSignalSpy asked(&model, &ArticleListModel::pageWanted);
        model.reload();
        QCOMPARE(asked.last().first().value<ArticleListRequest>().limit, 3);
        QVERIFY(!model.canFetchNextPage()); // nothing to fetch while the first page is on its way
        model.addPage(answer(asked, { 9, 8, 7 }, 7, 8));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.matchingCount(), 7);
        QVERIFY(model.canFetchNextPage());

        model.fetchNextPage();
        const auto second = asked.last().first().value<ArticleListRequest>();
        QCOMPARE(second.offset, 3);
        QCOMPARE(second.limit, 3);
        QVERIFY(!second.countTotals);
        QVERIFY(!model.canFetchNextPage());
        // An article arrived meanwhile and moved the rows down by one: the row seen already is not listed twice.
        model.addPage(answer(asked, { 7, 6, 5 }, -1, -1));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), 5);
        QCOMPARE(model.indexOf(6).row(), 3);
        QCOMPARE(model.matchingCount(), 7); // counted with the first page only
        model.fetchNextPage();
        QCOMPARE(asked.last().first().value<ArticleListRequest>().offset, 6);
        model.addPage(answer(asked, { 4 }, -1, -1));
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.canFetchNextPage()); // seven originals read: the end of the list

        // A reload asks for as far as the list was scrolled, and its answer replaces the rows.
        model.reload();
        const auto again = asked.last().first().value<ArticleListRequest>();
        QCOMPARE(again.offset, 0);
        QCOMPARE(again.limit, 9);
        QVERIFY(again.countTotals);
        model.addPage(answer(asked, { 10, 9, 8 }, 8, 9));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.articleCount(), 9);
        QVERIFY(!model.article(4)); // no longer on a page shown
    }

    void sortAndFilterAskSqlAndDropOutdatedPages()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy asked(&model, &ArticleListModel::pageWanted);
        model.reload();
        const ArticleListPage byDate = answer(asked, { 3, 2, 1 }, 3, 3);
        QCOMPARE(byDate.request.sort, ArticleListRequest::SortKey::Published);
        QVERIFY(byDate.request.descending);

        model.sort(ArticleListModel::SizeColumn, Qt::AscendingOrder);
        const auto bySize = asked.last().first().value<ArticleListRequest>();
        QCOMPARE(bySize.sort, ArticleListRequest::SortKey::Size);
        QVERIFY(!bySize.descending);
        QCOMPARE(bySize.offset, 0);
        model.addPage(byDate); // the answer to the order asked for before: dropped
        QCOMPARE(model.rowCount(), 0);
        model.addPage(answer(asked, { 1, 2, 3 }, 3, 3));
        QCOMPARE(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), 1);

        const QList<std::pair<int, ArticleListRequest::SortKey>> columns {
            { ArticleListModel::DateColumn, ArticleListRequest::SortKey::Published },
            { ArticleListModel::TitleColumn, ArticleListRequest::SortKey::Title },
            { ArticleListModel::SourceColumn, ArticleListRequest::SortKey::Source },
            { ArticleListModel::LanguageColumn, ArticleListRequest::SortKey::Language },
        };
        for (const auto &[column, key] : columns) {
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(asked.last().first().value<ArticleListRequest>().sort, key);
        }

        model.setQuickFilter(u"  wire "_s);
        const auto filtered = asked.last().first().value<ArticleListRequest>();
        QCOMPARE(filtered.quickFilter, u"wire"_s);
        QCOMPARE(filtered.sort, ArticleListRequest::SortKey::Language); // the order stays
        model.addPage(answer(asked, { 2 }, 1, 3));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.matchingCount(), 1);
        QCOMPARE(model.articleCount(), 3);
        const int requests = int(asked.size());
        model.setQuickFilter(u"wire"_s); // the same filter: nothing to ask
        QCOMPARE(asked.size(), requests);
    }
};

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
