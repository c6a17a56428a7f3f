// SPDX-License-Identifier: GPL-3.0-or-later
// The window's article list on a casebook with more articles than a page: it reads a page at a time, fetches the
// next when scrolled to its end, sorts in SQL's order, keeps the row being read across reloads and counts what
// the quick filter lists.
#include "../support/testarticles.h"
#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "mainwindow.h"
#include "session/casebooksession.h"
#include "store/casebookstore.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

constexpr int slow = 30000;
constexpr int originals = 130;
constexpr int pageSize = 50;

/// Articles with distinct words (so none is a near-duplicate of another), dates, titles out of date order, and
/// sizes out of both; then five reposts.
void fillCasebook(const QString &path)
{
    CasebookStore store(path);
    std::vector<ImportedArticle> batch;
    for (int i = 0; i < originals; ++i) {
        ImportedArticle article = testing::makeArticle(i, u"Title %1"_s.arg((i * 37) % originals, 3, 10, QChar(u'0')));
        for (int word = 0; word < 30 + (i * 11) % 17; ++word)
            article.text += u" w%1"_s.arg(i * 100 + word);
        article.original = article.text.toUtf8();
        article.meta.setValue(ArticleField::Published, QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate),
                              MetadataOrigin::Document);
        article.meta.setValue(ArticleField::Source, i % 3 ? u"Asia Wire"_s : u"Harbour Post"_s,
                              MetadataOrigin::Document);
        batch.push_back(article);
    }
    for (const int i : { 2, 40, 77, 90, 128 }) {
        ImportedArticle copy = batch.at(size_t(i));
        copy.path += u".repost"_s;
        copy.original.prepend("\xEF\xBB\xBF");
        batch.push_back(copy);
    }
    store.addArticles(batch);
}

QList<qint64> listedIds(const ArticleListModel *model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    return ids;
}

} // namespace

class TestArticleListPaging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_book;
    std::unique_ptr<MainWindow> m_window;

    ArticleListModel *model() const { return m_window->articleModel(); }

    /// Scrolls the list to its end until every original is listed.
    void scrollToTheEnd()
    {
        for (int round = 0; round < originals / pageSize + 2 && model()->rowCount() < model()->matchingCount();
             ++round) {
            const int before = model()->rowCount();
            m_window->articleView()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > before, slow);
        }
        QCOMPARE(model()->rowCount(), int(model()->matchingCount()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"CasebookTests"_s);
        m_book = m_dir.filePath(u"paging.casebook"_s);
        fillCasebook(m_book);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        model()->setPageSize(pageSize);
        QSignalSpy shown(m_window.get(), &MainWindow::articlesShown);
        QVERIFY(m_window->openCasebook(m_book));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, slow);
        QCOMPARE(shown.first().first().toInt(), originals + 5);
    }

    void theFirstPageIsAllThatIsRead()
    {
        QCOMPARE(model()->rowCount(), pageSize);
        QCOMPARE(model()->articleCount(), qint64(originals + 5));
        QCOMPARE(model()->matchingCount(), qint64(originals));
        QVERIFY(model()->loadedCount() < originals);
        // Newest first: the last article added is the newest.
        const Article *first = model()->article(listedIds(model()).first());
        QVERIFY(first);
        QCOMPARE(first->meta.published.toIso(), QDate(2025, 1, 1).addDays(originals - 1).toString(Qt::ISODate));
        QVERIFY(model()->canFetchNextPage());
    }

    void scrollingFetchesTheNextPage()
    {
        m_window->articleView()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 2 * pageSize, slow);
        scrollToTheEnd();
        QVERIFY(!model()->canFetchNextPage());
        const QList<qint64> ids = listedIds(model());
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), originals); // no row twice
        QCOMPARE(model()->loadedCount(), originals + 5); // the reposts are folded under their originals
    }

    void sortingByEachColumnFollowsSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<ArticleListRequest::SortKey>("key");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("title up") << int(ArticleListModel::TitleColumn) << ArticleListRequest::SortKey::Title
                                  << Qt::AscendingOrder;
        QTest::newRow("source down") << int(ArticleListModel::SourceColumn) << ArticleListRequest::SortKey::Source
                                     << Qt::DescendingOrder;
        QTest::newRow("language up") << int(ArticleListModel::LanguageColumn) << ArticleListRequest::SortKey::Language
                                     << Qt::AscendingOrder;
        QTest::newRow("size down") << int(ArticleListModel::SizeColumn) << ArticleListRequest::SortKey::Size
                                   << Qt::DescendingOrder;
        QTest::newRow("date up") << int(ArticleListModel::DateColumn) << ArticleListRequest::SortKey::Published
                                 << Qt::AscendingOrder;
        QTest::newRow("date down") << int(ArticleListModel::DateColumn) << ArticleListRequest::SortKey::Published
                                   << Qt::DescendingOrder;
    }

    void sortingByEachColumnFollowsSql()
    {
        QFETCH(int, column);
        QFETCH(ArticleListRequest::SortKey, key);
        QFETCH(Qt::SortOrder, order);
        QSignalSpy shown(m_window.get(), &MainWindow::articlesShown);
        QSignalSpy asked(model(), &ArticleListModel::pageWanted);
        m_window->articleView()->header()->setSortIndicator(column, order); // as a click on the heading does
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, slow);
        const auto first = asked.first().first().value<ArticleListRequest>(); // a new order starts from its top
        QCOMPARE(first.offset, qint64(0));
        QCOMPARE(first.limit, qint64(pageSize));
        QCOMPARE(first.sort, key);
        scrollToTheEnd();

        ArticleListRequest request;
        request.sort = key;
        request.descending = order == Qt::DescendingOrder;
        request.limit = originals;
        CasebookStore store(m_book, CasebookStore::Mode::ReadOnly);
        QList<qint64> expected;
        for (const Article &article : store.articleList().page(request).originals)
            expected.append(article.id);
        QCOMPARE(listedIds(model()), expected);
    }

    void theRowBeingReadSurvivesAReloadAndAFilter()
    {
        // An article on the third page.
        const qint64 id = listedIds(model()).at(2 * pageSize + 7);
        QSignalSpy reading(m_window.get(), &MainWindow::articleShown);
        m_window->selectArticle(id);
        QTRY_VERIFY_WITH_TIMEOUT(!reading.isEmpty(), slow);
        QCOMPARE(m_window->documentView()->articleId(), id);

        QSignalSpy shown(m_window.get(), &MainWindow::articlesShown);
        model()->reload(); // what an import, a deletion or an undo does
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, slow);
        QCOMPARE(model()->rowCount(), originals); // as far as it was scrolled
        QCOMPARE(m_window->articleView()->currentIndex().data(ArticleListModel::ArticleIdRole).toLongLong(), id);

        // A quick filter that the article matches keeps it selected; the count is the filter's.
        const QString source = model()->article(id)->meta.source;
        int matching = 0;
        for (int i = 0; i < originals; ++i)
            matching += (i % 3 ? u"Asia Wire"_s : u"Harbour Post"_s) == source;
        auto *quickFilter = m_window->findChild<QLineEdit *>(u"quickFilter"_s);
        QVERIFY(quickFilter);
        quickFilter->setText(source.toUpper());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, slow);
        QCOMPARE(model()->matchingCount(), qint64(matching));
        QCOMPARE(model()->articleCount(), qint64(originals + 5));
        scrollToTheEnd();
        QCOMPARE(m_window->articleView()->currentIndex().data(ArticleListModel::ArticleIdRole).toLongLong(), id);
        for (const qint64 listed : listedIds(model()))
            QCOMPARE(model()->article(listed)->meta.source, source);
        quickFilter->clear();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, slow);
        QCOMPARE(model()->matchingCount(), qint64(originals));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestArticleListPaging)
#include "tst_articlelistpaging.moc"
