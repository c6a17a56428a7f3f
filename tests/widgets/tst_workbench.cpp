// SPDX-License-Identifier: GPL-3.0-or-later
// One selection for all, offscreen: brushing the timeline filters the list, clicking an entity bar filters the
// timeline, clicking a mention in the document selects its entity — on the demo corpus.
#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "entities/entitychartview.h"
#include "filterbar/filterchipsbar.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspanel.h"
#include "mainwindow.h"
#include "search/searchresultsmodel.h"
#include "session/casebooksession.h"
#include "timeline/timelineview.h"

#include <QChartView>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestWorkbench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void saveScreenshot(const QString &name)
    {
        const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        m_window->grab().save(shots + u'/' + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 980);
        m_window->show();
        QVERIFY(m_window->openCasebook(m_dir.filePath(u"demo.casebook"_s)));
        QSignalSpy imported(m_window.get(), &MainWindow::importDone);
        QSignalSpy overview(m_window.get(), &MainWindow::overviewShown);
        const QString demo = QStringLiteral(CASEBOOK_SOURCE_DIR) + u"/resources/demo"_s;
        m_window->importPaths({ demo + u"/html"_s, demo + u"/text"_s });
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60000);
        // Import, then analysis, then the overview of everything.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->entityCharts()->shownEntities().isEmpty(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->articleCount(), 49, 10000);
        QCOMPARE(m_window->articleModel()->rowCount(), 48); // the repost folds under its original
        QVERIFY(m_window->jobsPanel()->model()->rowCount() >= 2); // import and analysis
    }

    void brushingTheTimelineFiltersTheList()
    {
        TimelineView *timeline = m_window->timelineView();
        timeline->setVisibleRange(QDate(2023, 1, 1), QDate(2026, 1, 1));
        QCOMPARE(timeline->bin(), TimelineView::Bin::Month);
        QSignalSpy searched(m_window.get(), &MainWindow::searchShown);
        const QPoint from = timeline->positionOf(QDate(2025, 2, 10));
        const QPoint to = timeline->positionOf(QDate(2025, 3, 20));
        QTest::mousePress(timeline->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {}, to);

        const Filter &filter = m_window->filterState()->filter();
        QCOMPARE(filter.from, QDate(2025, 2, 1)); // snapped to whole months
        QCOMPARE(filter.to, QDate(2025, 3, 31));
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() >= 1, 10000);
        QVERIFY(m_window->resultsModel()->rowCount() > 0);
        for (int row = 0; row < m_window->resultsModel()->rowCount(); ++row) {
            const QString published = m_window->resultsModel()->resultAt(row)->published;
            QVERIFY2(published >= u"2025-02-01"_s && published <= u"2025-03-31"_s, qPrintable(published));
        }
        QVERIFY(m_window->resultsModel()->rowCount() < 49);
        QVERIFY(m_window->filterChips()->chipLabels().first().startsWith(u"2025-02-01 – 2025-03-31"_s));
        saveScreenshot(u"timeline-brushed.png"_s);
        m_window->filterState()->clear();
    }

    void clickingAnEntityBarFiltersTheTimeline()
    {
        EntityChartView *charts = m_window->entityCharts();
        QTRY_VERIFY_WITH_TIMEOUT(!charts->shownEntities().isEmpty(), 10000);
        const QString top = charts->shownEntities().first();
        const int datedBefore = int(m_window->timelineView()->binnedCounts().size());
        QSignalSpy overview(m_window.get(), &MainWindow::overviewShown);
        QSignalSpy searched(m_window.get(), &MainWindow::searchShown);
        QChartView *bars = charts->barChartView();
        QTest::mouseClick(bars->viewport(), Qt::LeftButton, {},
                          bars->viewport()->mapFrom(charts, charts->barPosition(0)));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->filterState()->filter().entities.contains(top), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(overview.size() >= 1, 10000);

        // The timeline now counts only the articles that mention the entity.
        int timelineArticles = 0;
        const auto counts = m_window->timelineView()->binnedCounts();
        for (const int count : counts)
            timelineArticles += count;
        QVERIFY(timelineArticles > 0);
        QVERIFY(timelineArticles < 49);
        // The results list shows the same articles (the search for the new filter, not an older one).
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() >= 1, 10000);
        const qint64 matching = searched.last().at(0).toLongLong();
        QVERIFY(matching > 0);
        QVERIFY(timelineArticles <= matching);
        Q_UNUSED(datedBefore);
        saveScreenshot(u"entity-selected.png"_s);
        m_window->filterState()->clear();
    }

    void clickingAMentionSelectsItsEntity()
    {
        DocumentView *document = m_window->documentView();
        QTRY_VERIFY_WITH_TIMEOUT(document->articleId() != 0, 10000);
        // Find a highlighted mention in the article on show and click it.
        const QString text = document->plainText();
        const EntityMark *mark = nullptr;
        for (qsizetype offset = 0; offset < text.size() && !mark; ++offset)
            mark = document->entityAt(offset);
        QVERIFY(mark);
        const QString name = mark->name;
        const qsizetype middle = (mark->start + mark->end) / 2;
        document->scrollToOffset(middle);
        QTest::mouseClick(document->textViewport(), Qt::LeftButton, {}, document->viewportPositionOf(middle));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->filterState()->filter().entities.contains(name), 5000);

        // Switching a type off removes its colour but keeps the text.
        document->setEntityTypeVisible(mark->type, false);
        QVERIFY(!document->entityAt(middle));
        document->setEntityTypeVisible(EntityType::Person, true);
        m_window->filterState()->clear();
        for (const EntityType type : { EntityType::Person, EntityType::Organisation, EntityType::Place,
                                       EntityType::Product, EntityType::Money, EntityType::Percent })
            document->setEntityTypeVisible(type, true);
    }

    void sourceAndLanguageNarrowEveryView()
    {
        FilterState *state = m_window->filterState();
        state->clear();
        QSignalSpy searched(m_window.get(), &MainWindow::searchShown);
        state->toggleSource(u"The Harbour Post"_s);
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() >= 1, 10000);
        QVERIFY(m_window->resultsModel()->rowCount() >= 3);
        for (int row = 0; row < m_window->resultsModel()->rowCount(); ++row)
            QCOMPARE(m_window->resultsModel()->resultAt(row)->source, u"The Harbour Post"_s);
        searched.clear();
        state->clear();
        state->toggleLanguage(u"zh-Hant"_s);
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() >= 1, 10000);
        QCOMPARE(searched.last().at(0).toLongLong(), 2); // the two traditional-Chinese articles of the demo
        for (int row = 0; row < m_window->resultsModel()->rowCount(); ++row)
            QCOMPARE(m_window->resultsModel()->resultAt(row)->language, u"zh-Hant"_s);
        state->clear();
    }

    void repostsFoldIntoTheirOriginalInResults()
    {
        FilterState *state = m_window->filterState();
        state->clear();
        QSignalSpy searched(m_window.get(), &MainWindow::searchShown);
        state->setQuery(u"H20"_s);
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() >= 1, 10000);
        int folded = 0;
        for (int row = 0; row < m_window->resultsModel()->rowCount(); ++row) {
            const QModelIndex index = m_window->resultsModel()->index(row);
            if (index.data(SearchResultsModel::CopiesRole).toInt() > 0) {
                ++folded;
                QVERIFY(index.data(SearchResultsModel::MetaLineRole).toString().contains(u"+1"_s));
            }
        }
        QCOMPARE(folded, 1); // the Newsloop repost sits in the Harbour Post original's row
        state->clear();
    }

    void backAndForwardThroughTheFilterHistory()
    {
        FilterState *state = m_window->filterState();
        state->clear();
        state->setQuery(u"deepseek"_s);
        state->addEntity(u"Huawei"_s);
        QCOMPARE(m_window->filterChips()->chipLabels().size(), 3); // query, entity, clear all
        state->back();
        QCOMPARE(state->filter().entities.size(), 0);
        state->forward();
        QCOMPARE(state->filter().entities, QStringList { u"Huawei"_s });
        state->clear();
    }

    void darkPaletteRenders()
    {
        m_window->setDarkPalette(true);
        m_window->filterState()->setQuery(u"医院"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->resultsModel()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->documentView()->searchHitCount() > 0, 10000);
        saveScreenshot(u"dark-chinese-search.png"_s);
        m_window->setDarkPalette(false);
        m_window->filterState()->clear();
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
