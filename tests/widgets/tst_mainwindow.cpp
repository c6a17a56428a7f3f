// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the window, offscreen: open, import, read, correct — and a screenshot to look at. It imports the
// seed articles when they are here, and tests/data/articles (our own writing) otherwise, with the encoding fixtures.
#include "../support/seeds.h"
#include "../support/testarticles.h"
#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "mainwindow.h"
#include "search/searchresultsmodel.h"
#include "session/casebooksession.h"
#include "session/filterstate.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// Five articles (the seeds, or ours) and the encoding fixtures.
QStringList articleFolders()
{
    return { testing::haveSeeds() ? testing::seedsDir() : testing::fixtureArticlesDir(),
             QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/encodings"_s };
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(u"CasebookTests"_s); }

    void secondOpenOfTheSameCasebookRaisesTheFirstWindow()
    {
        QTemporaryDir dir;
        const QString book = dir.filePath(u"once.casebook"_s);
        MainWindow first;
        QVERIFY(first.openCasebook(book));
        QSignalSpy raised(&first, &MainWindow::raisedForSecondOpen);
        MainWindow second; // a second double-click on the same file
        QVERIFY(!second.openCasebook(QDir(dir.path()).filePath(u"./once.casebook"_s)));
        QVERIFY(!second.session());
        QTRY_COMPARE(raised.count(), 1);
        // Another casebook opens in the second window as usual, and the first can then be opened elsewhere.
        QVERIFY(second.openCasebook(dir.filePath(u"other.casebook"_s)));
        QVERIFY(first.openCasebook(dir.filePath(u"third.casebook"_s)));
        QVERIFY(second.openCasebook(book));
    }

    void importShowsBatchesAndAnalysisCanBeResumed()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"many"_s), 10000);
        MainWindow window;
        window.show();
        QVERIFY(window.openCasebook(dir.filePath(u"batches.casebook"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isReady(), 30000);
        // Cancel the first analysis as soon as it starts, from the Jobs panel's side (by its id).
        bool analysisCancelled = false;
        connect(window.session(), &CasebookSession::jobChanged, this, [&](const JobStatus &job) {
            if (job.title == u"Analysis"_s && job.state == JobStatus::State::Running && !analysisCancelled) {
                analysisCancelled = true;
                window.session()->cancelJob(job.id);
            }
        });
        QSignalSpy imported(&window, &MainWindow::importDone);
        window.importPaths({ dir.filePath(u"many"_s) });
        // Committed batches are listed while the import still runs.
        QTRY_VERIFY_WITH_TIMEOUT(window.articleModel()->articleCount() > 0, 60000);
        const bool listedWhileImporting = imported.isEmpty();
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60000);
        QVERIFY2(listedWhileImporting, "the list stayed empty until the import ended");
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleCount(), 10000, 60000);

        // The cancelled analysis left articles that the list and the status bar point out.
        QTRY_VERIFY_WITH_TIMEOUT(window.articleModel()->notAnalysedCount() > 0, 30000);
        const QModelIndex first = window.articleModel()->index(0, ArticleListModel::TitleColumn);
        QCOMPARE(first.data(ArticleListModel::AnalysedRole).toBool(), false);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"Not analysed"_s));
        QAction *analyse = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == MainWindow::tr("&Analyse Articles Not Yet Analysed"))
                analyse = action;
        QVERIFY(analyse);
        analyse->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->notAnalysedCount(), 0, 60000);
        QCOMPARE(first.data(ArticleListModel::AnalysedRole).toBool(), true);

        // A corrected date moves the article on the timeline at once.
        QSignalSpy overview(&window, &MainWindow::overviewShown);
        window.session()->correctMetadata(1, { { ArticleField::Published, u"2024-05-06"_s } }, {});
        QTRY_VERIFY_WITH_TIMEOUT(overview.count() >= 1, 30000);
    }

    void importsShowsAndCorrects()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openCasebook(dir.filePath(u"window.casebook"_s)));
        QSignalSpy imported(&window, &MainWindow::importDone);
        QSignalSpy listed(&window, &MainWindow::articlesShown);
        window.importPaths(articleFolders());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        const auto summary = imported.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.counts.failed, 6); // the broken fixtures, each named with its reason
        QTRY_VERIFY_WITH_TIMEOUT(window.articleModel()->articleCount() >= 5 + 11, 10000);
        // Copies of the same text in other encodings fold under their first copy.
        QVERIFY(window.articleModel()->rowCount() < window.articleModel()->articleCount());

        // Chinese text reaches the document pane intact.
        qint64 chineseId = 0;
        for (const Article &article : window.articleModel()->loadedArticles())
            if (article.meta.language == u"zh-Hans"_s)
                chineseId = article.id;
        QVERIFY(chineseId);
        window.selectArticle(chineseId);
        QTRY_COMPARE_WITH_TIMEOUT(window.documentView()->articleId(), chineseId, 30000);
        QVERIFY(window.documentView()->plainText().contains(u"杭州市"_s));

        window.session()->correctMetadata(chineseId, { { ArticleField::Source, u"杭州日报"_s } }, {});
        // Background work runs at a lower priority: on a loaded CI machine it may take a while.
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->article(chineseId)->meta.source, u"杭州日报"_s, 30000);

        // Delete the article shown, then undo: it comes back with its id and its correction.
        const qint64 countBefore = window.articleModel()->articleCount();
        QAction *remove = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == MainWindow::tr("&Delete Article"))
                remove = action;
        QVERIFY(remove);
        remove->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleCount(), countBefore - 1, 30000);
        QVERIFY(!window.articleModel()->article(chineseId));
        QAction *undo = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleCount(), countBefore, 30000);
        QCOMPARE(window.articleModel()->article(chineseId)->meta.source, u"杭州日报"_s);

        const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + u"/mainwindow.png"_s));
    }

    void searchHitsAreHighlightedAtTheRightRanges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedHit");
        const QString english = testing::haveSeeds() ? u"pipechina"_s : u"zegc"_s;
        QTest::newRow("english") << english << english;
        QTest::newRow("chinese") << u"模型"_s << u"模型"_s;
    }

    void searchHitsAreHighlightedAtTheRightRanges()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedHit);
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openCasebook(dir.filePath(u"search.casebook"_s)));
        QSignalSpy imported(&window, &MainWindow::importDone);
        window.importPaths(articleFolders());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);

        QSignalSpy shown(&window, &MainWindow::articleShown);
        QSignalSpy searched(&window, &MainWindow::searchShown);
        window.filterState()->setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() >= 1, 10000);
        QVERIFY(window.resultsModel()->rowCount() > 0);
        const qint64 first = window.resultsModel()->resultAt(0)->articleId;
        QTRY_COMPARE_WITH_TIMEOUT(window.documentView()->articleId(), first, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.documentView()->searchHitCount() > 0, 10000);

        // Every highlighted range holds the word searched for, in the text the pane shows.
        const QString text = window.documentView()->plainText();
        const auto hits = window.resultsModel()->resultAt(0)->hits;
        QCOMPARE(window.documentView()->searchHitCount(), hits.size());
        for (const TextRange &hit : hits)
            QCOMPARE(text.mid(hit.start, hit.end - hit.start).toCaseFolded(), expectedHit);
        QCOMPARE(window.documentView()->currentHit(), 0);
        window.documentView()->nextHit();
        QCOMPARE(window.documentView()->currentHit(), hits.size() > 1 ? 1 : 0);

        // Back in the filter history returns to the plain article list, and the status bar to the article count.
        auto *count = window.findChild<QLabel *>(u"articleCount"_s);
        QVERIFY(count);
        QVERIFY2(count->text().contains(u"match the filter"_s), qPrintable(count->text()));
        window.filterState()->back();
        QVERIFY(window.filterState()->filter().isEmpty());
        QVERIFY2(!count->text().contains(u"match the filter"_s), qPrintable(count->text()));
    }

    void malformedQueryNamesTheProblem()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openCasebook(dir.filePath(u"bad-query.casebook"_s)));
        QSignalSpy failed(window.session(), &CasebookSession::searchFailed);
        window.filterState()->setQuery(u"\"deepseek"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.at(0).at(1).toString().contains(u"position"_s), qPrintable(failed.at(0).at(1).toString()));
    }

    /// With a chip beside the typed query, the position is still the one the CLI gives for the same text.
    void malformedQueryPositionMatchesTheCli()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openCasebook(dir.filePath(u"positions.casebook"_s)));
        QSignalSpy failed(window.session(), &CasebookSession::searchFailed);
        window.filterState()->toggleLanguage(u"en"_s); // a chip: the window adds lang:en to the search
        window.filterState()->setQuery(u"deepseek (hospital"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        const QString message = failed.constLast().at(1).toString();
        QVERIFY2(message.endsWith(u"Unclosed parenthesis (at position 10)"_s), qPrintable(message));
        QCOMPARE(failed.constLast().at(2).toInt(), 9);
    }

    /// A pasted headline with a colon searches as text; the search bar says how it read the colon.
    void pastedHeadlineNoticeInTheSearchBar()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openCasebook(dir.filePath(u"notice.casebook"_s)));
        window.filterState()->setQuery(u"DeepSeek rollout: what changes"_s);
        auto *status = window.findChild<QLabel *>(u"searchStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"rollout: is not a field; searched as text"_s), 30000);
    }

    void refusesANonCasebookAndKeepsWhatItHad()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openCasebook(dir.filePath(u"good.casebook"_s)));
        const QString notes = dir.filePath(u"notes.casebook"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain notes");
        file.close();
        QVERIFY(!window.openCasebook(notes));
        QCOMPARE(window.session()->path(), dir.filePath(u"good.casebook"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
