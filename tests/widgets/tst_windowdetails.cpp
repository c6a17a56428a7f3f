// SPDX-License-Identifier: GPL-3.0-or-later
// The small things an analyst trips over in the first hour (issue "The first hour in the window"), each checked on
// the window itself, offscreen, with articles of our own writing (tests/data/articles).
#include "../support/windowactions.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationspanel.h"
#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "entities/entitytableview.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspanel.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "search/searchbar.h"
#include "search/searchresultsmodel.h"
#include "session/casebooksession.h"
#include "session/filterstate.h"
#include "store/casebookstore.h"
#include "timeline/timelineview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace casebook;
using testing::actionNamed;

namespace {
constexpr int slow = 30000; // background work runs niced; CI machines are loaded

} // namespace

class TestWindowDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CasebookTests"_s);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(m_window->openCasebook(m_dir.filePath(u"details.casebook"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isReady(), slow);
        // An empty casebook says how to fill it.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->documentView()->headerText().contains(u"empty"_s), slow);
        QSignalSpy imported(m_window.get(), &MainWindow::importDone);
        QSignalSpy analysed(m_window.get(), &MainWindow::overviewShown);
        m_window->importPaths({ QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/articles"_s });
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, slow);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->articleModel()->articleCount() >= 5, slow);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->notAnalysedCount(), 0, slow);
        QVERIFY(m_window->jobsPanel()->model()->rowCount() >= 2); // Import and Analysis
        // the analysis job may still be writing when the list first counts no unanalysed article (its first run
        // loads the lexicons): wait for what it writes
        QTRY_VERIFY_WITH_TIMEOUT(!CasebookStore(m_window->session()->path(), CasebookStore::Mode::ReadOnly)
                                      .analysis()
                                      .timelineEvents()
                                      .isEmpty(),
                                 slow);
    }

    void eventClickSelectsTheRowAndMarksTheSentence()
    {
        TimelineEvent event;
        {
            CasebookStore store(m_window->session()->path(), CasebookStore::Mode::ReadOnly);
            const QList<TimelineEvent> events = store.analysis().timelineEvents();
            QVERIFY(!events.isEmpty());
            event = events.last();
        }
        QSignalSpy narrowed(m_window.get(), &MainWindow::overviewShown);
        m_window->filterState()->setQuery(u"hospital"_s);
        QTRY_VERIFY_WITH_TIMEOUT(narrowed.count() >= 1, slow);
        QSignalSpy overview(m_window.get(), &MainWindow::overviewShown);
        m_window->filterState()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(overview.count() >= 1, slow); // the timeline has every event to click
        // Read another article first, so that the click has to change the row.
        for (const Article &other : m_window->articleModel()->loadedArticles())
            if (other.id != event.articleId && !other.duplicateOf) {
                QSignalSpy reading(m_window.get(), &MainWindow::articleShown);
                m_window->selectArticle(other.id);
                QTRY_VERIFY_WITH_TIMEOUT(!reading.isEmpty(), slow);
                break;
            }
        QVERIFY(m_window->documentView()->articleId() != event.articleId);
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        Q_EMIT m_window->timelineView()->eventActivated(event);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), slow);
        QCOMPARE(m_window->documentView()->articleId(), event.articleId);
        QCOMPARE(m_window->articleView()->currentIndex().data(ArticleListModel::ArticleIdRole).toLongLong(),
                 event.articleId);
        const QList<Highlight> marked = m_window->documentView()->highlights(HighlightLayer::Selection);
        QCOMPARE(marked.size(), 1);
        QCOMPARE(marked.first().start, event.sentenceStart);
        QCOMPARE(
            m_window->documentView()->plainText().mid(marked.first().start, marked.first().end - marked.first().start),
            event.sentence);
    }

    void theEventsOfAPointAreReadWhenWanted()
    {
        // The timeline holds counts per day; the events of a point, sentences and all, come when it is hovered.
        TimelineEvent event;
        {
            CasebookStore store(m_window->session()->path(), CasebookStore::Mode::ReadOnly);
            const QList<TimelineEvent> events = store.analysis().timelineEvents();
            QVERIFY(!events.isEmpty());
            event = events.first();
        }
        m_window->filterState()->clear();
        QSignalSpy loaded(m_window->session(), &CasebookSession::timelineEventsLoaded);
        Q_EMIT m_window->timelineView()->eventsWanted(event.date, event.date.addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, slow);
        QCOMPARE(loaded.first().at(0).toDate(), event.date);
        const auto events = loaded.first().at(2).value<QList<TimelineEvent>>();
        QVERIFY(!events.isEmpty());
        QVERIFY(events.size() <= TimelineView::eventsListed);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const TimelineEvent &e) {
            return e.articleId == event.articleId && e.sentence == event.sentence;
        }));
        for (const TimelineEvent &e : events)
            QCOMPARE(e.date, event.date);
    }

    void f3GoesOnToTheNextResult()
    {
        m_window->filterState()->setQuery(u"hospital OR 医院 OR model OR 模型"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->resultsModel()->rowCount() >= 2, slow);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->resultsView()->currentIndex().isValid(), slow);
        m_window->resultsView()->setCurrentIndex(m_window->resultsModel()->index(0));
        const qint64 first = m_window->resultsModel()->resultAt(0)->articleId;
        QTRY_COMPARE_WITH_TIMEOUT(m_window->documentView()->articleId(), first, slow);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->documentView()->searchHitCount() > 0, slow);
        QAction *next = actionNamed(m_window.get(), MainWindow::tr("&Next Hit"));
        QVERIFY(next);
        const int hits = m_window->documentView()->searchHitCount();
        for (int i = 0; i < hits; ++i) // past the last hit of the first result
            next->trigger();
        const qint64 second = m_window->resultsModel()->resultAt(1)->articleId;
        QTRY_COMPARE_WITH_TIMEOUT(m_window->documentView()->articleId(), second, slow);
        QCOMPARE(m_window->resultsView()->currentIndex().row(), 1);
        // and Shift+F3 before its first hit goes back to the first result
        QAction *previous = actionNamed(m_window.get(), MainWindow::tr("&Previous Hit"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->documentView()->searchHitCount() > 0, slow);
        previous->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->documentView()->articleId(), first, slow);
        // the status bar counts the filter's matches, not the whole casebook
        bool found = false;
        for (QLabel *label : m_window->findChildren<QLabel *>())
            found = found || label->text().contains(u"match the filter"_s);
        QVERIFY(found);
        m_window->filterState()->clear();
    }

    void rejectingAFilteredEntityTakesItOutOfTheFilter()
    {
        QList<StoredEntity> entities;
        {
            CasebookStore store(m_window->session()->path(), CasebookStore::Mode::ReadOnly);
            entities = store.analysis().entities();
        }
        QVERIFY(!entities.isEmpty());
        const QString name = entities.first().name;
        qint64 mentioning = 0;
        {
            CasebookStore store(m_window->session()->path(), CasebookStore::Mode::ReadOnly);
            mentioning = store.analysis().mentionsOfEntity(entities.first().id).first().articleId;
        }
        auto marked = [&] {
            for (const EntityMark &mark : m_window->documentView()->entityMarks())
                if (mark.name == name)
                    return true;
            return false;
        };
        m_window->selectArticle(mentioning);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->documentView()->articleId() == mentioning && marked(), slow);
        m_window->filterState()->addEntity(name);
        QVERIFY(m_window->filterState()->filter().entities.contains(name));
        EntityDecision reject;
        reject.action = EntityDecision::Action::Reject;
        reject.subject = name;
        Q_EMIT m_window->findChild<EntityTableView *>()->decisionRequested(reject);
        QVERIFY(!m_window->filterState()->filter().entities.contains(name));
        // and its names lose their colour in the article shown
        QTRY_VERIFY_WITH_TIMEOUT(!marked(), slow);
    }

    void searchHistoryDropsDown()
    {
        SearchBar *bar = m_window->searchBar();
        auto *edit = bar->findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(edit);
        edit->setFocus();
        edit->setText(u"grid operator"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(bar->history().contains(u"grid operator"_s));
        edit->clear();
        QTest::keyClick(edit, Qt::Key_Down); // Down in the box drops the recent searches down
        QTRY_VERIFY(edit->completer()->popup()->isVisible());
        QVERIFY(edit->completer()->completionCount() >= 1);
        edit->completer()->popup()->hide();
        m_window->filterState()->clear();
    }

    void annotatingASelectionDrawsItsLayer()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->documentView()->articleId() > 0, slow);
        const qint64 id = m_window->documentView()->articleId();
        const QString text = m_window->documentView()->plainText();
        QVERIFY(text.size() > 30);
        m_window->documentView()->selectRange(10, 30);
        QSignalSpy saved(m_window->session(), &CasebookSession::annotationsChanged);
        m_window->annotateSelection({ u"Worth quoting"_s, { u"quotes"_s }, u"green"_s });
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, slow);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->documentView()->highlights(HighlightLayer::Annotation).size(), 1, slow);
        const Highlight drawn = m_window->documentView()->highlights(HighlightLayer::Annotation).first();
        QCOMPARE(drawn.start, 10);
        QCOMPARE(drawn.end, 30);
        QVERIFY(drawn.tooltip.contains(u"Worth quoting"_s));
        CasebookStore store(m_window->session()->path(), CasebookStore::Mode::ReadOnly);
        const QList<Annotation> stored = store.annotations().annotations({ u"quotes"_s, id });
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().quote, text.mid(10, 20));

        // The Annotations dock lists it; activating it from another article opens the passage, selected.
        AnnotationsPanel *panel = m_window->annotationsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->proxy()->rowCount(), 1, slow);
        for (const Article &other : m_window->articleModel()->loadedArticles())
            if (other.id != id) {
                QSignalSpy reading(m_window.get(), &MainWindow::articleShown);
                m_window->selectArticle(other.id);
                QTRY_VERIFY_WITH_TIMEOUT(!reading.isEmpty(), slow);
                break;
            }
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        Q_EMIT panel->view()->activated(panel->proxy()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), slow);
        QCOMPARE(m_window->documentView()->articleId(), id);
        QCOMPARE(m_window->documentView()->selectedRange(), (std::pair<qsizetype, qsizetype> { 10, 30 }));
        // A picture to look at: the dock in front, the passage selected and drawn.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            if (dock->objectName() == u"annotationsDock"_s)
                dock->raise();
        const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(m_window->grab().save(shots + u"/annotations.png"_s));
    }

    void annotationStepsUndoAndRedo()
    {
        AnnotationsPanel *panel = m_window->annotationsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->proxy()->rowCount(), 1, slow); // from the test before
        const qint64 id = panel->proxy()->index(0, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong();
        auto note = [&] { return panel->proxy()->index(0, AnnotationListModel::NoteColumn).data().toString(); };
        QUndoStack *undo = m_window->undoStack();
        QTRY_VERIFY_WITH_TIMEOUT(undo->canUndo(), slow); // making it was a step

        m_window->editAnnotation(id, { u"Reworded"_s, { u"quotes"_s }, u"blue"_s });
        QTRY_COMPARE_WITH_TIMEOUT(note(), u"Reworded"_s, slow);
        undo->undo();
        QTRY_COMPARE_WITH_TIMEOUT(note(), u"Worth quoting"_s, slow);

        m_window->deleteAnnotation(id);
        QTRY_COMPARE_WITH_TIMEOUT(panel->proxy()->rowCount(), 0, slow);
        undo->undo(); // back with the same id, passage and note
        QTRY_COMPARE_WITH_TIMEOUT(panel->proxy()->rowCount(), 1, slow);
        QCOMPARE(panel->proxy()->index(0, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong(), id);
        QCOMPARE(note(), u"Worth quoting"_s);

        undo->undo(); // the annotating itself
        QTRY_COMPARE_WITH_TIMEOUT(panel->proxy()->rowCount(), 0, slow);
        undo->redo();
        QTRY_COMPARE_WITH_TIMEOUT(panel->proxy()->rowCount(), 1, slow);
        QCOMPARE(panel->proxy()->index(0, 0).data(AnnotationListModel::StartRole).toLongLong(), 10);
    }

    void fileDialogsRememberTheirFolders()
    {
        QTemporaryDir imports;
        QCOMPARE(RecentFiles::folder(u"test-kind"_s, u"/fallback"_s), u"/fallback"_s);
        RecentFiles::rememberFolder(u"test-kind"_s, imports.path());
        QCOMPARE(RecentFiles::folder(u"test-kind"_s, u"/fallback"_s), imports.path());
        RecentFiles::rememberFolder(u"test-kind"_s, imports.path() + u"/gone"_s);
        QCOMPARE(RecentFiles::folder(u"test-kind"_s, u"/fallback"_s), u"/fallback"_s); // a folder no more
    }

    void anotherCasebookStartsWithAnEmptyJobsPanel()
    {
        QVERIFY(m_window->jobsPanel()->model()->rowCount() > 0);
        QVERIFY(m_window->openCasebook(m_dir.filePath(u"other.casebook"_s)));
        QCOMPARE(m_window->jobsPanel()->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->documentView()->headerText().contains(u"empty"_s), slow);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestWindowDetails)
#include "tst_windowdetails.moc"
