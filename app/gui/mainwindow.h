// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"
#include "democasebook.h"
#include "documentpane/highlight.h"
#include "model/article.h"
#include "model/overview.h"
#include "search/searchengine.h"
#include "session/casebooksession.h"
#include "session/filterstate.h"
#include "session/importjob.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QMenu;
class QProgressBar;
class QToolButton;
class QUndoStack;
class QTreeView;

namespace casebook {

class AnnotationListModel;
class AnnotationsPanel;
class ReportComposer;
class TagManager;
class ArticleListModel;
class DocumentView;
class EntityChartView;
class EntityTableModel;
class EntityTableView;
class FilterChipsBar;
class JobsPanel;
class SearchBar;
class TimelineView;
struct LoadedArticle;
struct Overview;
class SearchResultsModel;
class SingleWindowGuard;

/// The workbench window: the article list beside the document pane, import with progress and cancel in the
/// status bar, metadata correction, recent casebooks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a casebook (creating it if the file does not exist). Returns false, after telling the user why, if
    /// it cannot be opened; the window then keeps what it had.
    bool openCasebook(const QString &path, CasebookSession::Access access = CasebookSession::Access::ReadWrite);
    void importPaths(const QStringList &paths);
    /// Annotates the passage selected in the document pane (what Article › Annotate Selection does after asking).
    void annotateSelection(const AnnotationContent &content);
    /// Deletes or edits an annotation listed in the Annotations dock, as undoable steps.
    void deleteAnnotation(qint64 id);
    void editAnnotation(qint64 id, const AnnotationContent &content);
    QUndoStack *undoStack() const { return m_undo; }
    void selectArticle(qint64 id);

    CasebookSession *session() const { return m_session.get(); }
    ArticleListModel *articleModel() const { return m_model; }
    QTreeView *articleView() const { return m_list; }
    DocumentView *documentView() const { return m_document; }
    FilterState *filterState() const { return m_filter; }
    SearchBar *searchBar() const { return m_searchBar; }
    SearchResultsModel *resultsModel() const { return m_results; }
    QListView *resultsView() const { return m_resultsView; }
    TimelineView *timelineView() const { return m_timeline; }
    EntityChartView *entityCharts() const { return m_entityCharts; }
    EntityTableModel *entityTable() const { return m_entityModel; }
    FilterChipsBar *filterChips() const { return m_chips; }
    JobsPanel *jobsPanel() const { return m_jobs; }
    AnnotationsPanel *annotationsPanel() const { return m_annotationsPanel; }
    ReportComposer *reportComposer() const { return m_reportComposer; }
    /// The timeline or the entity chart as a PNG at print resolution (three times the screen's), for reports.
    QByteArray renderFigure(bool timeline) const;
    /// Switches between the light and the dark palette.
    void setDarkPalette(bool dark);

    /// The welcome (Help › Welcome…, and at start without a casebook): demo, new, open, recent.
    void showWelcome();
    /// Edit › Settings…: language, OCR languages, theme, worker threads.
    void showSettings();
    /// Makes the settings current: saves them and applies each at once where it can (theme, OCR languages,
    /// worker threads, the language of dialogs opened from now on).
    void applySettings(const AppSettings &settings);
    /// Opens the analyst's copy of the demo casebook: copied from a prebuilt demo the first time, or built from the
    /// demo's articles by an import (with progress) when there is none. False, after saying why, if neither is found.
    bool openDemoCasebook(const DemoLocations &where = DemoLocations::standard());

Q_SIGNALS:
    /// The open casebook can be read, and written unless it is read-only (after its upgrade, when it needed one).
    void casebookReady();
    /// Someone tried to open this window's casebook again (a second double-click); the window came to the front.
    void raisedForSecondOpen();
    /// The first page of the article list is shown; `count` articles in the casebook.
    void articlesShown(int count);
    void articleShown(qint64 id);
    void importDone(const casebook::ImportSummary &summary);
    void searchShown(qint64 total);
    void overviewShown();

private Q_SLOTS:
    void onCasebookReady();
    void createReportDock(QDockWidget *besides);
    /// Asks for the titles and dates of the articles the annotation list and the report name.
    void requestArticleHeadings();
    void exportReport(const QString &format);

private:
    void deleteCurrentArticle(CasebookSession::DeleteScope scope);
    void reloadEverything();
    void updateArticleCount();
    std::optional<Annotation> listedAnnotation(qint64 id) const;
    void showInLists(qint64 id);
    void stepHit(int direction);
    QString lastFolder(const QString &kind) const;
    void rememberFolder(const QString &kind, const QString &folder);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void newCasebook();
    /// The casebook file chosen in an open dialog with this title (empty when cancelled).
    QString askForCasebook(const QString &title);
    void openCasebookDialog();
    void openReadOnlyDialog();
    /// Offers or withdraws everything that would change the casebook (menus, docks' editing, drops).
    void applyReadOnly(bool readOnly);
    void importFilesDialog();
    void importFolderDialog();
    void editMetadata();
    void rebuildRecentMenu();
    /// Opens a casebook from the recent list, or drops it from the list when it is gone.
    void openRecentCasebook(const QString &path);
    void onArticlePageLoaded(const ArticleListPage &page);
    void onArticleHeadingsLoaded(const QList<ArticleHeading> &headings);
    void onCurrentRowChanged();
    void onResultChanged();
    void onFilterChanged(const Filter &filter);
    void onSearchFinished(quint64 requestId, const SearchResults &results);
    void onArticleLoaded(const LoadedArticle &loaded);
    void onOverviewReady(const Overview &overview);
    void createDocks();
    void refreshOverview();
    /// Context menu of the article and results lists: narrow the filter to an article's source or language.
    void showFilterMenu(const QPoint &globalPosition, const QString &source, const QString &language);
    void openArticleAt(qint64 id, qsizetype offset);
    /// Opens the article of a dated event and marks its sentence.
    void openEvent(const TimelineEvent &event);
    void runSearch();
    void searchNextPage(int offset);
    void onImportProgress(const ImportProgress &progress);
    void onImportFinished(const ImportSummary &summary);
    void showError(const QString &message);
    void updateTitle();

    std::unique_ptr<CasebookSession> m_session;
    SingleWindowGuard *m_windowGuard = nullptr;
    static constexpr int resultsPageSize = 50;
    SearchRequest m_lastSearch; ///< the search the results list shows, for its next pages
    quint64 m_pageRequest = 0; ///< the request for the next page, 0 when none
    quint64 m_overviewShowing = 0; ///< counts overviews received; the views of an older one are not drawn
    Highlight m_pendingSentence; ///< the event sentence marked in article m_sentenceArticle
    qint64 m_sentenceArticle = 0;
    int m_hitIndex = -1;
    int m_hitCount = 0;
    AnnotationListModel *m_annotationModel = nullptr;
    AnnotationsPanel *m_annotationsPanel = nullptr;
    ReportComposer *m_reportComposer = nullptr;
    TagManager *m_tagManager = nullptr; ///< while the Tags dialog is open
    std::pair<qsizetype, qsizetype> m_pendingSelectionRange;
    QSet<quint64> m_userAnnotations; ///< annotate requests made by the analyst, to become undo steps when saved ///< a
                                     ///< passage to select once its article is shown
    bool m_showAnnotations = true; ///< View › Show Annotations
    bool m_keepPlace = false; ///< the article is shown again for new entity colours: keep the scroll position
    bool m_goToLastHit = false; ///< Shift+F3 went back to the previous result: show its last hit
    QElapsedTimer m_listRefresh; ///< when the list was last reloaded during an import
    QUndoStack *m_undo = nullptr; ///< undoable steps on the open casebook (deletions), cleared when it closes
    ArticleListModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    DocumentView *m_document = nullptr;
    FilterState *m_filter = nullptr;
    SearchBar *m_searchBar = nullptr;
    SearchResultsModel *m_results = nullptr;
    QListView *m_resultsView = nullptr;
    QComboBox *m_sort = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_hitLabel = nullptr;
    std::optional<Article> m_current;
    qsizetype m_pendingOffset = -1;
    TimelineView *m_timeline = nullptr;
    EntityChartView *m_entityCharts = nullptr;
    EntityTableModel *m_entityModel = nullptr;
    EntityTableView *m_entityTableView = nullptr;
    FilterChipsBar *m_chips = nullptr;
    JobsPanel *m_jobs = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_darkAction = nullptr;
    QString m_demoBuildPending; ///< the demo copy an import is filling, marked complete when it ends well
    QLabel *m_statusCount = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QList<QAction *> m_casebookActions;
    QList<QAction *> m_changeActions; ///< the casebook actions that change it: off for a read-only casebook
    QLabel *m_readOnlyNotice = nullptr;
    qint64 m_pendingSelection = 0;
    ArticleListRequest m_shownList; ///< the order and filter of the article list's rows
};

} // namespace casebook
