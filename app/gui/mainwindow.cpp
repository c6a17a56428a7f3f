// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysis/entitytype.h"
#include "annotationcommands.h"
#include "annotations/annotationeditor.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationspanel.h"
#include "annotations/tagmanager.h"
#include "articlelist/articlelistmodel.h"
#include "deletearticlescommand.h"
#include "dockshare.h"
#include "documentpane/documentview.h"
#include "entities/entitychartview.h"
#include "entities/entitytablemodel.h"
#include "entities/entitytableview.h"
#include "filterbar/filterchipsbar.h"
#include "importers/ocr/ocrengine.h"
#include "interfacelanguage.h"
#include "jobs/jobspanel.h"
#include "layout/columnfitter.h"
#include "metadataeditor/metadataeditor.h"
#include "recentfiles.h"
#include "reports/exportfile.h"
#include "reports/reportcomposer.h"
#include "reports/reportitemmime.h"
#include "search/searchbar.h"
#include "search/searchresultsmodel.h"
#include "search/snippetdelegate.h"
#include "session/casebooksession.h"
#include "settingsdialog.h"
#include "singlewindowguard.h"
#include "style/apppalette.h"
#include "timeline/timelineview.h"
#include "util/casebookerror.h"
#include "welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// Bumped when the dock layout changes, so an old saved layout is not forced onto new docks.
constexpr int layoutVersion = 2;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_windowGuard(new SingleWindowGuard(this))
    , m_undo(new QUndoStack(this))
    , m_model(new ArticleListModel(this))
    , m_filter(new FilterState(this))
    , m_results(new SearchResultsModel(this))
{
    setAcceptDrops(true);
    // The list holds the pages shown so far; each is sorted, filtered and read by SQL off the GUI thread.
    connect(m_model, &ArticleListModel::pageWanted, this, [this](const ArticleListRequest &request) {
        if (m_session && m_session->isReady())
            m_session->loadArticlePage(request);
    });

    m_list = new QTreeView(this);
    m_list->setObjectName(u"articleList"_s);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(true); // copies fold under their original
    m_list->setUniformRowHeights(true); // keeps many rows fast
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_list->indexAt(position);
        if (const Article *article
            = index.isValid() ? m_model->article(index.data(ArticleListModel::ArticleIdRole).toLongLong()) : nullptr)
            showFilterMenu(m_list->viewport()->mapToGlobal(position), article->meta.source, article->meta.language);
    });
    m_list->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->resizeSection(ArticleListModel::DateColumn, 100);
    m_list->header()->resizeSection(ArticleListModel::SourceColumn, 110);
    m_list->header()->resizeSection(ArticleListModel::LanguageColumn, 62);
    m_list->header()->resizeSection(ArticleListModel::SizeColumn, 62);
    m_list->header()->setMinimumSectionSize(40);
    // The title stretches; a narrow list drops the size, the language, then the source before titles shrink.
    new ColumnFitter(
        m_list, m_list->header(), ArticleListModel::TitleColumn, 150,
        { ArticleListModel::SizeColumn, ArticleListModel::LanguageColumn, ArticleListModel::SourceColumn });
    // The next page is read when the list is scrolled to its end, or while it does not fill its view.
    const auto fetchAtTheEnd = [this] {
        const QScrollBar *bar = m_list->verticalScrollBar();
        if (bar->value() == bar->maximum())
            m_model->fetchNextPage();
    };
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, fetchAtTheEnd);
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, fetchAtTheEnd);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_list, &QTreeView::doubleClicked, this, &MainWindow::editMetadata);

    m_quickFilter = new QLineEdit(this);
    m_quickFilter->setObjectName(u"quickFilter"_s);
    m_quickFilter->setPlaceholderText(tr("Filter by title, source, language or date…"));
    m_quickFilter->setClearButtonEnabled(true);
    connect(m_quickFilter, &QLineEdit::textChanged, m_model, &ArticleListModel::setQuickFilter);

    m_searchBar = new SearchBar(this);
    connect(m_searchBar, &SearchBar::queryChanged, m_filter, &FilterState::setQuery);
    connect(m_filter, &FilterState::filterChanged, this, &MainWindow::onFilterChanged);

    m_resultsView = new QListView(this);
    m_resultsView->setObjectName(u"resultsList"_s);
    m_resultsView->setModel(m_results);
    connect(m_results, &SearchResultsModel::moreWanted, this, &MainWindow::searchNextPage);
    m_resultsView->setItemDelegate(new SnippetDelegate(m_resultsView));
    m_resultsView->setUniformItemSizes(true);
    m_resultsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows fit the list and elide
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_resultsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_resultsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_resultsView->indexAt(position);
        if (const SearchResult *result = index.isValid() ? m_results->resultAt(index.row()) : nullptr)
            showFilterMenu(m_resultsView->viewport()->mapToGlobal(position), result->source, result->language);
    });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onResultChanged);

    m_sort = new QComboBox(this);
    // In the order of SearchRequest::Sort.
    m_sort->addItem(tr("Most relevant first"));
    m_sort->addItem(tr("Newest first"));
    m_sort->addItem(tr("Oldest first"));
    m_sort->addItem(tr("By title"));
    m_sort->addItem(tr("By source"));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &MainWindow::runSearch);

    auto *allArticles = new QWidget(this);
    auto *allLayout = new QVBoxLayout(allArticles);
    allLayout->setContentsMargins(0, 0, 0, 0);
    allLayout->addWidget(m_quickFilter);
    allLayout->addWidget(m_list, 1);
    auto *resultsPane = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_sort);
    resultsLayout->addWidget(m_resultsView, 1);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(allArticles);
    m_listStack->addWidget(resultsPane);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(4, 4, 0, 4);
    listLayout->addWidget(m_searchBar);
    listLayout->addWidget(m_listStack, 1);

    m_document = new DocumentView(this);
    m_hitLabel = new QLabel(this);
    connect(m_document, &DocumentView::currentHitChanged, this, [this](int index, int count) {
        m_hitIndex = index;
        m_hitCount = count;
        m_hitLabel->setText(count > 0 ? tr("Hit %1 of %2 (F3 / Shift+F3)").arg(index + 1).arg(count) : QString());
    });
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(listPane);
    splitter->addWidget(m_document);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 560, 720 });
    m_chips = new FilterChipsBar(m_filter, this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_chips);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_document, &DocumentView::entityClicked, m_filter, &FilterState::addEntity);

    m_statusCount = new QLabel(this);
    m_statusCount->setObjectName(u"articleCount"_s);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel import"));
    m_cancel->hide();
    statusBar()->addWidget(m_statusCount, 1);
    m_readOnlyNotice = new QLabel(tr("Read-only"), this);
    m_readOnlyNotice->setObjectName(u"readOnlyNotice"_s);
    m_readOnlyNotice->setStyleSheet(u"QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 0 6px; "
                                    u"font-weight: bold; }"_s);
    m_readOnlyNotice->hide();
    statusBar()->addPermanentWidget(m_readOnlyNotice);
    statusBar()->addPermanentWidget(m_hitLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    createDocks();
    createActions();
    resize(1600, 980);
    // Restored after the docks exist, so their places and sizes come back too.
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray(), layoutVersion);
    splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Casebook…"), QKeySequence::New, this, &MainWindow::newCasebook);
    file->addAction(tr("&Open Casebook…"), QKeySequence::Open, this, &MainWindow::openCasebookDialog);
    file->addAction(tr("Open Read-&Only…"), this, &MainWindow::openReadOnlyDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *importFiles
        = file->addAction(tr("&Import Files…"), QKeySequence(u"Ctrl+I"_s), this, &MainWindow::importFilesDialog);
    QAction *importFolder = file->addAction(tr("Import &Folder…"), QKeySequence(u"Ctrl+Shift+I"_s), this,
                                            &MainWindow::importFolderDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    // On macOS Qt moves it to the application menu as Preferences….
    QAction *settingsAction
        = editMenu->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    QAction *edit
        = article->addAction(tr("Edit &Metadata…"), QKeySequence(u"Ctrl+E"_s), this, &MainWindow::editMetadata);
    QAction *remove = article->addAction(tr("&Delete Article"), QKeySequence::Delete, this,
                                         [this] { deleteCurrentArticle(CasebookSession::DeleteScope::Articles); });
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the list's Delete key, not the search box's
    m_list->addAction(remove);
    m_resultsView->addAction(remove);
    QAction *removeBatch = article->addAction(tr("Delete Its &Import Batch"), this, [this] {
        deleteCurrentArticle(CasebookSession::DeleteScope::ImportBatches);
    });
    QAction *annotate = article->addAction(tr("A&nnotate Selection…"), QKeySequence(u"Ctrl+M"_s), this, [this] {
        const auto [start, end] = m_document->selectedRange();
        if (!m_current || start >= end) {
            statusBar()->showMessage(tr("Select a passage of the article to annotate it."), 5000);
            return;
        }
        AnnotationEditor editor(m_document->plainText().mid(start, end - start), {}, this);
        if (editor.exec() == QDialog::Accepted)
            annotateSelection(editor.content());
    });
    article->addAction(tr("&OCR Languages…"), this, [this] {
        showSettings();
        if (auto *list = findChild<QWidget *>(u"ocrLanguages"_s))
            list->setFocus();
    });
    QAction *analyse = article->addAction(tr("&Analyse Articles Not Yet Analysed"), this, [this] {
        if (m_session)
            m_session->analyseNotAnalysed();
    });
    QAction *filter = article->addAction(tr("&Filter List"), QKeySequence(u"Ctrl+Shift+F"_s), this, [this] {
        m_filter->clear();
        m_quickFilter->setFocus();
        m_quickFilter->selectAll();
    });

    QMenu *search = menuBar()->addMenu(tr("&Search"));
    QAction *find = search->addAction(tr("&Search…"), QKeySequence::Find, m_searchBar, &SearchBar::focusSearch);
    QAction *next = search->addAction(tr("&Next Hit"), QKeySequence::FindNext, this, [this] { stepHit(+1); });
    QAction *previous
        = search->addAction(tr("&Previous Hit"), QKeySequence::FindPrevious, this, [this] { stepHit(-1); });
    search->addSeparator();
    QAction *back = search->addAction(tr("&Back"), QKeySequence::Back, m_filter, &FilterState::back);
    QAction *forward = search->addAction(tr("&Forward"), QKeySequence::Forward, m_filter, &FilterState::forward);
    QAction *clear = search->addAction(tr("&Clear Filter"), QKeySequence(u"Ctrl+Shift+Backspace"_s), m_filter,
                                       &FilterState::clear);
    search->addSeparator();
    search->addAction(tr("Search &Syntax…"), this,
                      [this] { QMessageBox::information(this, tr("Search syntax"), SearchBar::syntaxHelpHtml()); });
    connect(m_filter, &FilterState::historyChanged, this, [this, back, forward] {
        back->setEnabled(m_filter->canGoBack());
        forward->setEnabled(m_filter->canGoForward());
    });
    back->setEnabled(false);
    forward->setEnabled(false);
    m_casebookActions = { importFiles, importFolder, edit, remove, removeBatch, annotate,
                          analyse,     filter,       find, next,   previous,    clear };
    m_changeActions = { importFiles, importFolder, edit, remove, removeBatch, annotate, analyse };
    for (QAction *action : std::as_const(m_casebookActions))
        action->setEnabled(false);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_darkAction = m_viewMenu->addAction(tr("&Dark Palette"));
    m_darkAction->setCheckable(true);
    m_darkAction->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    const Theme theme = AppSettings::load().theme;
    m_darkAction->setChecked(theme == Theme::Dark);
    // The system's look is the platform's own, left as it is; the others are Fusion with Casebook's palettes.
    if (theme != Theme::System)
        applyTheme(theme);
    connect(m_darkAction, &QAction::triggered, this, [this](bool on) {
        AppSettings settings = AppSettings::load();
        settings.theme = on ? Theme::Dark : Theme::Light;
        applySettings(settings);
    });
    m_viewMenu->addAction(tr("Reset &Timeline Zoom"), QKeySequence(u"Ctrl+0"_s), m_timeline, &TimelineView::resetZoom);
    QAction *showAnnotations = m_viewMenu->addAction(tr("Show &Annotations"));
    showAnnotations->setCheckable(true);
    showAnnotations->setChecked(true);
    connect(showAnnotations, &QAction::toggled, this, [this](bool on) {
        m_showAnnotations = on;
        if (m_session && m_current) {
            m_keepPlace = true;
            m_session->loadArticle(m_current->id, m_filter->filter().query);
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome);
    help->addAction(tr("&About Casebook"), this, [this] {
        QMessageBox::about(this, tr("About Casebook"),
                           tr("<h3>Casebook %1</h3><p>A workbench for analysts who read, search, annotate and report "
                              "on piles of news articles.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_session)
            m_session->cancelImport();
        m_cancel->setEnabled(false);
        m_progress->setFormat(tr("Cancelling…"));
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::load();
    for (const QString &path : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openRecentCasebook(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            RecentFiles::clear();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::openRecentCasebook(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        showError(tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        RecentFiles::remove(path);
        rebuildRecentMenu();
        return;
    }
    openCasebook(path);
}

bool MainWindow::openCasebook(const QString &path, CasebookSession::Access access)
{
    const QString previous = m_session ? m_session->path() : QString();
    if (!m_windowGuard->claim(path)) {
        statusBar()->showMessage(tr("%1 is already open in another Casebook window; that window was brought to the "
                                    "front.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
        return false;
    }
    std::unique_ptr<CasebookSession> session;
    try {
        session = std::make_unique<CasebookSession>(path, access);
    } catch (const CasebookError &error) {
        if (previous.isEmpty())
            m_windowGuard->release();
        else
            m_windowGuard->claim(previous);
        showError(error.message());
        return false;
    }
    m_undo->clear(); // its steps belong to the casebook being closed
    m_jobs->clear(); // so do its jobs
    m_session = std::move(session);
    connect(m_session.get(), &CasebookSession::articlePageLoaded, this, &MainWindow::onArticlePageLoaded);
    connect(m_session.get(), &CasebookSession::articleHeadingsLoaded, this, &MainWindow::onArticleHeadingsLoaded);
    connect(m_session.get(), &CasebookSession::articleLoaded, this, &MainWindow::onArticleLoaded);
    connect(m_session.get(), &CasebookSession::searchFinished, this, &MainWindow::onSearchFinished);
    connect(m_session.get(), &CasebookSession::overviewReady, this, &MainWindow::onOverviewReady);
    connect(m_session.get(), &CasebookSession::timelineEventsLoaded, m_timeline, &TimelineView::showEvents);
    connect(m_session.get(), &CasebookSession::entitiesChanged, this, [this] {
        refreshOverview();
        // The article shown (or being loaded) gets its names coloured as the entities now are.
        m_keepPlace = true;
        m_session->reloadLastArticle();
    });
    connect(m_session.get(), &CasebookSession::jobChanged, m_jobs, &JobsPanel::updateJob);
    connect(m_session.get(), &CasebookSession::searchFailed, this,
            [this](quint64, const QString &message, int position) { m_searchBar->showError(message, position); });
    connect(m_session.get(), &CasebookSession::articleUpdated, this, [this](const Article &article) {
        m_model->updateArticle(article);
        requestArticleHeadings(); // its title may be named in the annotations or a report
        if (m_document->articleId() == article.id)
            m_session->loadArticle(article.id, m_filter->filter().query);
        refreshOverview(); // a new date moves the article on the timeline
        statusBar()->showMessage(tr("Metadata saved."), 3000);
    });
    connect(m_session.get(), &CasebookSession::importProgress, this, &MainWindow::onImportProgress);
    connect(m_session.get(), &CasebookSession::importFinished, this, &MainWindow::onImportFinished);
    connect(m_session.get(), &CasebookSession::errorOccurred, this, &MainWindow::showError);

    connect(m_session.get(), &CasebookSession::ready, this, &MainWindow::onCasebookReady);
    connect(m_session.get(), &CasebookSession::annotationAdded, this, [this](quint64 request, const Annotation &made) {
        // Made by the analyst now (not put back by an undo): one step to undo.
        if (m_userAnnotations.remove(request))
            m_undo->push(new AddedAnnotationCommand(m_session.get(), made));
    });
    connect(m_session.get(), &CasebookSession::annotationsLoaded, this, [this](const QList<Annotation> &list) {
        m_annotationModel->setAnnotations(list);
        requestArticleHeadings();
        m_session->loadTags();
    });
    connect(m_session.get(), &CasebookSession::annotationsChanged, this, [this](qint64 id) {
        m_session->loadAnnotations();
        statusBar()->showMessage(tr("Annotation saved."), 3000);
        if (m_current && m_current->id == id) {
            m_keepPlace = true;
            m_session->loadArticle(id, m_filter->filter().query);
        }
    });
    connect(m_document, &DocumentView::pageImageRequested, m_session.get(), &CasebookSession::loadPageImage,
            Qt::UniqueConnection);
    connect(m_session.get(), &CasebookSession::pageImageLoaded, m_document, &DocumentView::showPageImage);
    connect(m_session.get(), &CasebookSession::tagsLoaded, this, [this](const QList<TagCount> &tags) {
        m_annotationsPanel->setTags(tags);
        if (m_tagManager)
            m_tagManager->setTags(tags);
    });
    connect(m_session.get(), &CasebookSession::reportsLoaded, this, [this](const QList<Report> &reports) {
        m_reportComposer->setReports(reports);
        if (!m_reportComposer->hasReport() && !reports.isEmpty())
            m_session->loadReport(reports.first().name);
    });
    connect(m_session.get(), &CasebookSession::reportLoaded, this, [this](const Report &report) {
        m_reportComposer->setReport(report);
        requestArticleHeadings();
    });
    connect(m_session.get(), &CasebookSession::reportSaved, m_reportComposer, &ReportComposer::reportSaved);
    connect(m_session.get(), &CasebookSession::exportFinished, this, [this](const ExportOutcome &outcome) {
        QString message = tr("Exported %1 (%2 items, %3 articles cited).")
                              .arg(QDir::toNativeSeparators(outcome.path))
                              .arg(outcome.items)
                              .arg(outcome.sources);
        if (outcome.incompleteSources > 0)
            message += u' '
                + tr("%n cited article(s) lack metadata; the file says which.", nullptr, outcome.incompleteSources);
        statusBar()->showMessage(message, 15000);
    });
    connect(m_session.get(), &CasebookSession::notAnalysed, this, [this](const QList<qint64> &ids) {
        m_model->setNotAnalysed(QSet<qint64>(ids.cbegin(), ids.cend()));
        updateArticleCount();
    });
    connect(m_session.get(), &CasebookSession::articlesDeleted, this, [this](quint64, const QList<qint64> &ids) {
        if (ids.contains(m_document->articleId())) {
            m_document->clear();
            m_current.reset();
        }
        statusBar()->showMessage(tr("Deleted %n article(s). Edit › Undo puts them back.", nullptr, int(ids.size())),
                                 10000);
        reloadEverything();
    });
    connect(m_session.get(), &CasebookSession::articlesRestored, this, [this](const QList<qint64> &ids) {
        statusBar()->showMessage(tr("Put back %n article(s).", nullptr, int(ids.size())), 10000);
        reloadEverything();
    });
    connect(m_session.get(), &CasebookSession::upgradeFailed, this, [this](const QString &message) {
        m_progress->hide();
        showError(message);
    });

    m_document->clear();
    m_current.reset();
    m_model->clear();
    // Actions wait for ready(): at once for a current casebook, after the "Upgrade" job for an older one.
    for (QAction *action : std::as_const(m_casebookActions))
        action->setEnabled(false);
    if (!m_session->isReady()) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Upgrading casebook…"));
        m_progress->show();
        statusBar()->showMessage(tr("Upgrading %1 to this version's format; a copy of the old file is kept beside it.")
                                     .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
    }
    RecentFiles::add(path);
    rebuildRecentMenu();
    updateTitle();
    // A casebook that arrives some other way (macOS hands a double-clicked file over after the start) ends the welcome.
    if (auto *welcome = findChild<WelcomeDialog *>(); welcome && welcome->isVisible())
        welcome->reject();
    return true;
}

void MainWindow::annotateSelection(const AnnotationContent &content)
{
    const auto [start, end] = m_document->selectedRange();
    if (!m_session || !m_current || start >= end)
        return;
    m_userAnnotations.insert(m_session->annotate(m_current->id, start, end, content));
}

std::optional<Annotation> MainWindow::listedAnnotation(qint64 id) const
{
    for (const Annotation &annotation : m_annotationModel->annotations())
        if (annotation.id == id)
            return annotation;
    return std::nullopt;
}

void MainWindow::deleteAnnotation(qint64 id)
{
    if (const auto annotation = listedAnnotation(id); annotation && m_session)
        m_undo->push(new RemovedAnnotationCommand(m_session.get(), *annotation));
}

void MainWindow::editAnnotation(qint64 id, const AnnotationContent &content)
{
    if (const auto annotation = listedAnnotation(id); annotation && m_session)
        m_undo->push(new EditedAnnotationCommand(m_session.get(), *annotation, content));
}

void MainWindow::deleteCurrentArticle(CasebookSession::DeleteScope scope)
{
    if (!m_session || !m_current)
        return;
    const QString text = scope == CasebookSession::DeleteScope::Articles
        ? tr("Delete “%1”").arg(m_current->meta.title)
        : tr("Delete the import batch of “%1”").arg(m_current->meta.title);
    m_undo->push(new DeleteArticlesCommand(m_session.get(), { m_current->id }, scope, text));
}

void MainWindow::reloadEverything()
{
    m_model->reload();
    m_session->loadAnnotations(); // deleted or restored articles orphan or re-anchor theirs
    m_session->findNotAnalysed();
    refreshOverview();
    if (!m_filter->filter().isEmpty())
        runSearch();
}

void MainWindow::onCasebookReady()
{
    if (!m_session->isImporting())
        m_progress->hide();
    statusBar()->clearMessage();
    for (QAction *action : std::as_const(m_casebookActions))
        action->setEnabled(true);
    applyReadOnly(m_session->isReadOnly());
    m_model->reload();
    m_session->findNotAnalysed();
    m_session->loadAnnotations();
    m_session->loadReports();
    refreshOverview();
    if (!m_filter->filter().isEmpty())
        runSearch();
    Q_EMIT casebookReady();
}

void MainWindow::createReportDock(QDockWidget *besides)
{
    m_reportComposer = new ReportComposer(this);
    auto *dock = new QDockWidget(tr("Report"), this);
    dock->setObjectName(u"reportDock"_s);
    dock->setWidget(m_reportComposer);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    tabifyDockWidget(besides, dock);
    // The lists the analyst collects from drag their rows into the composer as report items.
    for (QAbstractItemView *view :
         std::initializer_list<QAbstractItemView *> { m_list, m_resultsView, m_entityTableView }) {
        view->setDragEnabled(true);
        view->setDragDropMode(QAbstractItemView::DragOnly);
    }
    connect(m_annotationsPanel, &AnnotationsPanel::addToReportRequested, this, [this, dock](qint64 id) {
        const auto annotation = listedAnnotation(id);
        if (!annotation)
            return;
        if (!m_reportComposer->hasReport()) {
            statusBar()->showMessage(tr("Make a report first: Report › New… in the Report dock."), 6000);
            dock->raise();
            return;
        }
        ReportItem item;
        item.kind = ReportItem::Kind::Annotation;
        item.refId = id;
        item.caption = annotation->quote;
        m_reportComposer->addItems({ item });
        dock->raise();
    });
    connect(m_reportComposer, &ReportComposer::reportChosen, this, [this](const QString &name) {
        if (m_session)
            m_session->loadReport(name);
    });
    connect(m_reportComposer, &ReportComposer::newReportRequested, this, [this] {
        if (!m_session)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Report"), tr("Name of the new report:"),
                                                   QLineEdit::Normal, tr("Brief"), &ok)
                                 .simplified();
        if (!ok || name.isEmpty())
            return;
        Report report;
        report.name = name;
        report.title = name;
        report.sections.append(ReportSection { 0, tr("Findings"), {}, {} });
        m_reportComposer->setReport(report);
        m_session->saveReport(report);
    });
    connect(m_reportComposer, &ReportComposer::deleteRequested, this, [this](const QString &name) {
        if (!m_session
            || QMessageBox::question(
                   this, tr("Delete Report"),
                   tr("Delete the report \u201c%1\u201d? Its annotations stay in the casebook.").arg(name))
                != QMessageBox::Yes)
            return;
        m_session->deleteReport(name);
        m_reportComposer->setReport(Report {});
    });
    connect(m_reportComposer, &ReportComposer::saveRequested, this, [this](const Report &report) {
        if (m_session)
            m_session->saveReport(report);
        requestArticleHeadings(); // items dropped in may name articles
    });
    connect(m_reportComposer, &ReportComposer::figureRequested, this, [this](ReportComposer::Figure figure) {
        const bool timeline = figure == ReportComposer::Figure::Timeline;
        ReportItem item;
        item.kind = ReportItem::Kind::Figure;
        item.image = renderFigure(timeline);
        const QString filterText = m_filter->filter().isEmpty()
            ? tr("all articles")
            : tr("articles matching %1").arg(m_filter->filter().toQuery());
        item.caption = (timeline ? tr("Articles and dated events over time (%1)") : tr("Entities most mentioned (%1)"))
                           .arg(filterText);
        m_reportComposer->addItems({ item });
    });
    connect(m_reportComposer, &ReportComposer::exportRequested, this, &MainWindow::exportReport);
}

QByteArray MainWindow::renderFigure(bool timeline) const
{
    QWidget *source = timeline ? static_cast<QWidget *>(m_timeline) : static_cast<QWidget *>(m_entityCharts);
    // Charts are drawn as vectors, so painting them through a scaled painter gives a sharp print-resolution image.
    constexpr int scale = 3;
    const QSize size = source->size().expandedTo(QSize(600, 260));
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    source->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void MainWindow::exportReport(const QString &formatName)
{
    const std::optional<ExportFormat> format = exportFormatFromName(formatName);
    if (!m_session || !format || !m_reportComposer->hasReport())
        return;
    const Report &report = m_reportComposer->report();
    QSettings settings;
    const QString folder = settings.value(u"export/folder"_s, QDir::homePath()).toString();
    // The suggested name comes from the title, made safe: a title is never a path.
    const QString suggested = QDir(folder).filePath(
        safeFileName(report.title.isEmpty() ? report.name : report.title, exportExtension(*format)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested);
    if (path.isEmpty())
        return;
    settings.setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    ExportRequest request;
    request.format = *format;
    request.path = path;
    request.reportName = report.name;
    m_session->exportReport(request);
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::updateTitle()
{
    if (m_session && m_session->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Casebook").arg(QFileInfo(m_session->path()).fileName()));
    else if (m_session)
        setWindowTitle(tr("%1 — Casebook").arg(QFileInfo(m_session->path()).fileName()));
    else
        setWindowTitle(tr("Casebook"));
}

void MainWindow::newCasebook()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Casebook"), lastFolder(u"casebooks"_s),
                                                tr("Casebooks (*.casebook)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".casebook"_s))
        path += u".casebook"_s;
    openCasebook(path);
}

QString MainWindow::askForCasebook(const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(this, title, lastFolder(u"casebooks"_s),
                                                      tr("Casebooks (*.casebook);;All files (*)"));
    if (!path.isEmpty())
        rememberFolder(u"casebooks"_s, QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::openCasebookDialog()
{
    if (const QString path = askForCasebook(tr("Open Casebook")); !path.isEmpty())
        openCasebook(path);
}

void MainWindow::openReadOnlyDialog()
{
    const QString path = askForCasebook(tr("Open Casebook Read-Only"));
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        showError(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openCasebook(path, CasebookSession::Access::ReadOnly);
}

void MainWindow::applyReadOnly(bool readOnly)
{
    for (QAction *action : std::as_const(m_changeActions))
        action->setEnabled(!readOnly);
    m_entityTableView->setReadOnly(readOnly);
    m_annotationsPanel->setReadOnly(readOnly);
    m_reportComposer->setReadOnly(readOnly);
    m_readOnlyNotice->setVisible(readOnly);
    if (readOnly) {
        m_readOnlyNotice->setToolTip(
            tr("%1 is open read-only (%2). You can read, search, filter and export "
               "reports; nothing can be imported, annotated, corrected or deleted.")
                .arg(QDir::toNativeSeparators(m_session->path()), m_session->readOnlyReason()));
        statusBar()->showMessage(tr("Opened read-only (%1): read, search and export as usual; nothing in it can be "
                                    "changed.")
                                     .arg(m_session->readOnlyReason()),
                                 15000);
    }
}

void MainWindow::importFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), lastFolder(u"imports"_s),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.shtml);;All files (*)"));
    if (files.isEmpty())
        return;
    rememberFolder(u"imports"_s, QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

QString MainWindow::lastFolder(const QString &kind) const
{
    // Where the analyst last was for this kind of file; else beside the open casebook; else home.
    return RecentFiles::folder(kind, m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath());
}

void MainWindow::rememberFolder(const QString &kind, const QString &folder)
{
    RecentFiles::rememberFolder(kind, folder);
}

void MainWindow::importFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), lastFolder(u"imports"_s));
    if (folder.isEmpty())
        return;
    rememberFolder(u"imports"_s, QFileInfo(folder).absolutePath());
    importPaths({ folder });
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_session) {
        showError(tr("Open or create a casebook first, then import into it."));
        return;
    }
    if (!m_session->isReady()) {
        // An older casebook is being upgraded: import into it once it is ready.
        connect(
            m_session.get(), &CasebookSession::ready, this, [this, paths] { importPaths(paths); },
            Qt::SingleShotConnection);
        statusBar()->showMessage(tr("The import starts when the upgrade has finished."), 5000);
        return;
    }
    if (m_session->isReadOnly()) {
        m_session->importPaths(paths); // refused, with the session's message naming the casebook
        return;
    }
    if (m_session->isImporting()) {
        showError(tr("An import is already running; wait for it or cancel it first."));
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Importing…"));
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_session->importPaths(paths);
}

void MainWindow::onImportProgress(const ImportProgress &progress)
{
    m_progress->setRange(0, int(std::max<qint64>(1, progress.filesTotal)));
    m_progress->setValue(int(progress.filesDone));
    m_progress->setFormat(tr("Importing %v of %m"));
    // Committed batches show up in the list while the import goes on: the first at once, then about once a second.
    if (!m_session || progress.filesDone == 0)
        return;
    if (!m_listRefresh.isValid() || m_listRefresh.elapsed() > 1000) {
        m_listRefresh.start();
        m_model->reload();
    }
}

void MainWindow::updateArticleCount()
{
    const int count = int(m_model->articleCount());
    // while a filter is on, the status bar counts its matches (an import or analysis finishing changes the total)
    if (!m_filter->filter().isEmpty()) {
        m_statusCount->setText(tr("%1 of %n article(s) match the filter", nullptr, count).arg(m_results->total()));
        return;
    }
    const int waiting = m_model->notAnalysedCount();
    m_statusCount->setText(waiting ? tr("%n article(s)", nullptr, count) + u", "_s
                                   + tr("%n not analysed yet (Article › Analyse)", nullptr, waiting)
                                   : tr("%n article(s)", nullptr, count));
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    if (m_session && !m_demoBuildPending.isEmpty() && m_session->path() == m_demoBuildPending)
        DemoCasebook::setComplete(m_demoBuildPending, summary.error.isEmpty() && !summary.canceled);
    m_demoBuildPending.clear();
    m_progress->hide();
    m_cancel->hide();
    m_listRefresh.invalidate();
    const ImportProgress &c = summary.counts;
    if (!summary.error.isEmpty())
        showError(tr("The import stopped: %1 Everything committed before stays in the casebook.").arg(summary.error));
    QString message = !summary.error.isEmpty() ? tr("Import stopped by an error.")
        : summary.canceled ? tr("Import cancelled; every batch committed before it stopped stays in the casebook.")
                           : tr("Imported %n article(s).", nullptr, int(c.added));
    if (c.alreadyPresent)
        message += u' ' + tr("%n already in the casebook.", nullptr, int(c.alreadyPresent));
    if (c.duplicates)
        message += u' ' + tr("%n linked to an earlier copy.", nullptr, int(c.duplicates));
    statusBar()->showMessage(message, 10000);
    if (!summary.failures.isEmpty()) {
        QStringList lines;
        for (const auto &failure : summary.failures)
            lines.append(QDir::toNativeSeparators(failure.path) + u": "_s + failure.reason);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Some files were not imported"),
                                    tr("%n file(s) could not be imported. Everything else was imported, and nothing "
                                       "already in the casebook changed.",
                                       nullptr, int(summary.failures.size())),
                                    QMessageBox::Ok, this);
        box->setDetailedText(lines.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (m_session) {
        m_model->reload();
        if (!m_filter->filter().isEmpty())
            runSearch();
    }
    Q_EMIT importDone(summary);
}

void MainWindow::requestArticleHeadings()
{
    // The annotation list and the report outline name articles by title (and the annotations narrow by date): only
    // the articles they name are looked up.
    if (!m_session || !m_session->isReady())
        return;
    QSet<qint64> named;
    for (const Annotation &annotation : m_annotationModel->annotations())
        named.insert(annotation.articleId);
    for (const ReportSection &section : m_reportComposer->report().sections)
        for (const ReportItem &item : section.items)
            if (item.kind == ReportItem::Kind::Article)
                named.insert(item.refId);
    QList<qint64> ids(named.cbegin(), named.cend());
    std::sort(ids.begin(), ids.end());
    m_session->loadArticleHeadings(ids);
}

void MainWindow::onArticleHeadingsLoaded(const QList<ArticleHeading> &headings)
{
    QHash<qint64, QString> titles;
    QHash<qint64, QDate> dates;
    for (const ArticleHeading &heading : headings) {
        titles.insert(heading.id, heading.title);
        if (heading.published.isValid())
            dates.insert(heading.id, heading.published);
    }
    m_annotationModel->setArticleTitles(titles);
    m_annotationModel->setArticleDates(dates);
    m_reportComposer->setArticleTitles(titles);
}

void MainWindow::onArticlePageLoaded(const ArticleListPage &page)
{
    const bool firstPage = page.request.offset == 0;
    const qint64 current = m_document->articleId();
    m_model->addPage(page);
    if (!firstPage) {
        if (m_pendingSelection) // the article to select may be on this page
            selectArticle(m_pendingSelection);
        return;
    }
    if (!page.request.sameListAs(m_shownList)) // another order or filter starts at its top
        m_list->scrollToTop();
    m_shownList = page.request;
    updateArticleCount();
    if (m_model->articleCount() == 0)
        m_document->showPlaceholder(
            tr("This casebook is empty. Import articles with File › Import Files… (Ctrl+I) or Import Folder… "
               "(Ctrl+Shift+I), or drag files and folders onto this window."));
    // The row being read stays selected across reloads, sorts and filters, found by its id.
    const qint64 wanted = m_pendingSelection ? m_pendingSelection : current;
    if (wanted)
        selectArticle(wanted);
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, ArticleListModel::TitleColumn));
    Q_EMIT articlesShown(int(m_model->articleCount()));
}

void MainWindow::selectArticle(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid()) {
        m_pendingSelection = id; // on a page not shown yet (or the list is still loading)
        return;
    }
    m_pendingSelection = 0;
    if (index.parent().isValid())
        m_list->expand(index.parent());
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_session)
        return;
    m_pendingSelection = 0; // a row chosen in the list wins over one still waited for
    m_session->loadArticle(current.data(ArticleListModel::ArticleIdRole).toLongLong(), m_filter->filter().query);
}

void MainWindow::onResultChanged()
{
    const QModelIndex current = m_resultsView->currentIndex();
    if (!current.isValid() || !m_session)
        return;
    m_session->loadArticle(current.data(SearchResultsModel::ArticleIdRole).toLongLong(), m_filter->filter().query);
}

void MainWindow::onArticleLoaded(const LoadedArticle &loaded)
{
    const Article &article = loaded.article;
    m_current = article;
    m_filter->selectArticle(article.id);
    QList<EntityMark> marks;
    marks.reserve(loaded.mentions.size());
    for (const StoredMention &mention : loaded.mentions)
        if (mention.entityId)
            marks.append({ mention.start, mention.start + mention.length, mention.type, mention.entityName });
    QList<Highlight> highlights;
    highlights.reserve(loaded.hits.size());
    for (const TextRange &hit : loaded.hits)
        highlights.append({ hit.start, hit.end, QColor(255, 222, 0), {} });
    // The same article again because its entities changed: the reader keeps their place.
    const bool sameArticle
        = std::exchange(m_keepPlace, false) && m_document->articleId() == article.id && m_pendingOffset < 0;
    const int place = m_document->scrollPosition();
    m_document->showArticle(article, marks, highlights);
    QList<Highlight> annotated;
    for (const Annotation &annotation : loaded.annotations)
        if (!annotation.orphaned && m_showAnnotations)
            annotated.append(
                { annotation.start, annotation.end, annotationColor(annotation.content.color),
                  annotation.content.note
                      + (annotation.content.tags.isEmpty() ? QString()
                                                           : u"\n#"_s + annotation.content.tags.join(u" #"_s)) });
    m_document->setHighlights(HighlightLayer::Annotation, annotated);
    if (sameArticle)
        m_document->setScrollPosition(place);
    // The event sentence stays marked while its article is shown (it may be loaded again, e.g. for new hits).
    if (article.id != m_sentenceArticle)
        m_sentenceArticle = 0;
    m_document->setHighlights(HighlightLayer::Selection,
                              m_sentenceArticle ? QList<Highlight> { m_pendingSentence } : QList<Highlight> {});
    if (m_pendingOffset >= 0) {
        m_document->scrollToOffset(m_pendingOffset);
        m_pendingOffset = -1;
    }
    // An annotation opened from the dock: its passage selected (after the scroll, which moves the cursor).
    if (m_pendingSelectionRange.second > m_pendingSelectionRange.first) {
        m_document->selectRange(m_pendingSelectionRange.first, m_pendingSelectionRange.second);
        m_pendingSelectionRange = {};
    }
    if (std::exchange(m_goToLastHit, false))
        m_document->previousHit(); // from the first hit round to the last
    Q_EMIT articleShown(article.id);
}

void MainWindow::onFilterChanged(const Filter &filter)
{
    m_searchBar->setQuery(filter.query);
    m_searchBar->clearError();
    m_timeline->setBrushedRange(filter.from, filter.to);
    refreshOverview();
    if (filter.isEmpty()) {
        m_listStack->setCurrentIndex(0);
        updateArticleCount(); // not "1 of 49 match" once nothing filters
        onCurrentRowChanged(); // the article list's selection, without hits now
        return;
    }
    m_listStack->setCurrentIndex(1);
    runSearch();
}

void MainWindow::runSearch()
{
    if (!m_session || m_filter->filter().isEmpty())
        return;
    Filter chips = m_filter->filter();
    chips.query.clear();
    SearchRequest request;
    request.query = m_filter->filter().query; // as typed: error positions point into the search box
    request.filter = chips.toQuery(); // chips and the brushed range, parsed apart
    request.sort = SearchRequest::Sort(std::clamp(m_sort->currentIndex(), 0, int(SearchRequest::Sort::Source)));
    // One page: snippets and hit ranges cost a read and a tokenization per result. The list asks for the next
    // page when it is scrolled to its end (SearchResultsModel::moreWanted).
    request.limit = resultsPageSize;
    m_lastSearch = request;
    m_pageRequest = 0;
    m_session->search(request);
}

void MainWindow::searchNextPage(int offset)
{
    if (!m_session || m_filter->filter().isEmpty())
        return;
    SearchRequest next = m_lastSearch;
    next.offset = offset;
    next.countTotal = false; // the first page counted them
    m_pageRequest = m_session->search(next);
}

void MainWindow::onSearchFinished(quint64 requestId, const SearchResults &results)
{
    if (m_filter->filter().isEmpty())
        return; // answered after the filter was cleared: nothing is being searched any more
    if (requestId == m_pageRequest && m_pageRequest != 0) {
        m_results->appendResults(results);
        return;
    }
    const qint64 previous = m_current ? m_current->id : 0;
    m_results->setResults(results);
    m_searchBar->showResultCount(m_results->total(), results.notices);
    updateArticleCount();
    // Keep the article being read when it still matches; otherwise open the best match.
    int row = 0;
    for (int i = 0; i < m_results->rowCount(); ++i)
        if (m_results->resultAt(i)->articleId == previous)
            row = i;
    if (m_results->rowCount() > 0)
        m_resultsView->setCurrentIndex(m_results->index(row));
    Q_EMIT searchShown(m_results->total());
}

void MainWindow::editMetadata()
{
    if (!m_session || !m_current || m_session->isReadOnly())
        return;
    MetadataEditor editor(*m_current, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const auto changed = editor.changedFields();
    const auto resets = editor.resetFields();
    if (!changed.isEmpty() || !resets.isEmpty())
        m_session->correctMetadata(m_current->id, changed, resets);
}

void MainWindow::createDocks()
{
    setDockNestingEnabled(true);
    // The timeline spans the whole width under the list, the document and the entities.
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    m_timeline = new TimelineView(this);
    connect(m_timeline, &TimelineView::rangeBrushed, m_filter, &FilterState::setDateRange);
    connect(m_timeline, &TimelineView::brushCleared, m_filter, &FilterState::clearDateRange);
    connect(m_timeline, &TimelineView::eventActivated, this, &MainWindow::openEvent);
    connect(m_timeline, &TimelineView::eventsWanted, this, [this](const QDate &from, const QDate &before) {
        if (m_session)
            m_session->loadTimelineEvents(m_filter->filter(), from, before, TimelineView::eventsListed);
    });
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(u"timelineDock"_s);
    timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);

    m_entityCharts = new EntityChartView(this);
    connect(m_entityCharts, &EntityChartView::entityClicked, m_filter, &FilterState::addEntity);
    m_entityModel = new EntityTableModel(this);
    m_entityTableView = new EntityTableView(m_entityModel, this);
    connect(m_entityTableView, &EntityTableView::entityActivated, m_filter, &FilterState::addEntity);
    connect(m_entityTableView, &EntityTableView::decisionRequested, this, [this](const EntityDecision &decision) {
        if (!m_session)
            return;
        // An entity that is no more cannot stay in the filter (its chip, its highlights, an empty table).
        if (decision.action == EntityDecision::Action::Reject || decision.action == EntityDecision::Action::Merge
            || decision.action == EntityDecision::Action::Rename)
            for (const QString &name : m_filter->filter().entities)
                if (entityKey(name) == entityKey(decision.subject))
                    m_filter->removeEntity(name);
        m_session->decideEntity(decision);
    });
    auto *entityTabs = new QTabWidget(this);
    entityTabs->addTab(m_entityCharts, tr("Charts"));
    entityTabs->addTab(m_entityTableView, tr("Table"));
    auto *entityDock = new QDockWidget(tr("Entities"), this);
    entityDock->setObjectName(u"entityDock"_s);
    entityDock->setWidget(entityTabs);
    addDockWidget(Qt::RightDockWidgetArea, entityDock);

    m_jobs = new JobsPanel(this);
    connect(m_windowGuard, &SingleWindowGuard::raiseRequested, this, [this] {
        if (isMinimized())
            showNormal();
        show();
        raise();
        activateWindow();
        Q_EMIT raisedForSecondOpen();
    });
    connect(m_jobs, &JobsPanel::cancelRequested, this, [this](quint64 id) {
        if (m_session)
            m_session->cancelJob(id);
    });
    m_annotationModel = new AnnotationListModel(this);
    m_annotationsPanel = new AnnotationsPanel(m_annotationModel, this);
    connect(m_annotationsPanel, &AnnotationsPanel::deleteRequested, this, &MainWindow::deleteAnnotation);
    // Brushing the timeline narrows the annotations to those of articles published in the range.
    connect(m_filter, &FilterState::filterChanged, this,
            [this](const Filter &filter) { m_annotationsPanel->setDateRange(filter.from, filter.to); });
    connect(m_annotationsPanel, &AnnotationsPanel::manageTagsRequested, this, [this] {
        if (!m_session)
            return;
        TagManager manager(this);
        m_tagManager = &manager;
        connect(&manager, &TagManager::renameRequested, this,
                [this](const QString &from, const QString &to) { m_session->renameTag(from, to); });
        connect(&manager, &TagManager::colorRequested, this,
                [this](const QString &name, const QString &color) { m_session->setTagColor(name, color); });
        m_session->loadTags();
        manager.exec();
        m_tagManager = nullptr;
    });
    connect(m_annotationsPanel, &AnnotationsPanel::editRequested, this, [this](qint64 id) {
        const auto annotation = listedAnnotation(id);
        if (!annotation)
            return;
        AnnotationEditor editor(annotation->quote, annotation->content, this);
        if (editor.exec() == QDialog::Accepted)
            editAnnotation(id, editor.content());
    });
    connect(m_annotationsPanel, &AnnotationsPanel::annotationActivated, this,
            [this](qint64 articleId, qsizetype start, qsizetype end) {
                m_pendingSelectionRange = { start, end };
                openArticleAt(articleId, start);
            });
    auto *annotationsDock = new QDockWidget(tr("Annotations"), this);
    annotationsDock->setObjectName(u"annotationsDock"_s);
    annotationsDock->setWidget(m_annotationsPanel);
    addDockWidget(Qt::RightDockWidgetArea, annotationsDock);
    tabifyDockWidget(entityDock, annotationsDock);
    createReportDock(annotationsDock);
    entityDock->raise();

    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(u"jobsDock"_s);
    jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    tabifyDockWidget(timelineDock, jobsDock);
    timelineDock->raise();
    resizeDocks({ timelineDock }, { 260 }, Qt::Vertical);
    resizeDocks({ entityDock }, { 440 }, Qt::Horizontal);
    // On a laptop screen the list and the document keep most of the window.
    new DockShare(this, timelineDock, Qt::Vertical, 0.3);
    new DockShare(this, entityDock, Qt::Horizontal, 0.3);
}

void MainWindow::showFilterMenu(const QPoint &globalPosition, const QString &source, const QString &language)
{
    QMenu menu(this);
    if (!source.isEmpty())
        menu.addAction(tr("Only articles from %1").arg(source), this,
                       [this, source] { m_filter->toggleSource(source); });
    if (!language.isEmpty())
        menu.addAction(tr("Only articles in %1").arg(language), this,
                       [this, language] { m_filter->toggleLanguage(language); });
    if (!m_filter->filter().isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Clear the filter"), m_filter, &FilterState::clear);
    }
    if (!menu.isEmpty())
        menu.exec(globalPosition);
}

void MainWindow::refreshOverview()
{
    if (m_session)
        m_session->computeOverview(m_filter->filter());
}

void MainWindow::onOverviewReady(const Overview &overview)
{
    // Three views, each 10-40 ms of QtCharts or model work on a large casebook: one turn of the event loop each, so
    // that input and painting get a turn between them. A newer overview drops the rest of an older one.
    const quint64 shown = ++m_overviewShowing;
    m_timeline->setData(overview.articlesPerDay, overview.eventsPerDay);
    m_timeline->setBrushedRange(m_filter->filter().from, m_filter->filter().to);
    QMetaObject::invokeMethod(
        this,
        [this, shown, overview] {
            if (shown != m_overviewShowing)
                return;
            m_entityCharts->setOverview(overview);
            QMetaObject::invokeMethod(
                this,
                [this, shown, entities = overview.entities] {
                    if (shown != m_overviewShowing)
                        return;
                    m_entityModel->setEntities(entities);
                    Q_EMIT overviewShown();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void MainWindow::openArticleAt(qint64 id, qsizetype offset)
{
    if (!m_session)
        return;
    m_pendingOffset = offset;
    m_sentenceArticle = 0;
    showInLists(id);
    m_session->loadArticle(id, m_filter->filter().query);
}

void MainWindow::openEvent(const TimelineEvent &event)
{
    openArticleAt(event.articleId, event.sentenceStart);
    // The sentence of the event clicked, to mark it once the article is shown.
    m_sentenceArticle = event.articleId;
    m_pendingSentence = { event.sentenceStart, event.sentenceStart + event.sentence.size(), QColor(120, 170, 255, 90),
                          tr("The sentence of the dated event") };
}

void MainWindow::stepHit(int direction)
{
    // Past the last hit of an article, on to the next result (and before the first, back to the one before).
    const bool atEdge = m_hitCount == 0 || (direction > 0 ? m_hitIndex >= m_hitCount - 1 : m_hitIndex <= 0);
    const int row = m_resultsView->currentIndex().row() + direction;
    if (atEdge && m_listStack->currentIndex() == 1 && row >= 0 && row < m_results->rowCount()) {
        m_goToLastHit = direction < 0;
        m_resultsView->setCurrentIndex(m_results->index(row)); // loads it, scrolled to its first hit
        return;
    }
    if (direction > 0)
        m_document->nextHit();
    else
        m_document->previousHit();
}

void MainWindow::showInLists(qint64 id)
{
    // Select the article's row without loading it a second time.
    if (m_listStack->currentIndex() == 1) {
        for (int row = 0; row < m_results->rowCount(); ++row)
            if (m_results->resultAt(row)->articleId == id) {
                const QSignalBlocker blocker(m_resultsView->selectionModel());
                m_resultsView->setCurrentIndex(m_results->index(row));
                m_resultsView->scrollTo(m_results->index(row));
                return;
            }
    }
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return; // on a page of the list not shown yet: the document pane shows it all the same
    if (index.parent().isValid())
        m_list->expand(index.parent());
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::setDarkPalette(bool dark)
{
    applyApplicationPalette(dark);
}

void MainWindow::showWelcome()
{
    if (auto *open = findChild<WelcomeDialog *>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto *welcome = new WelcomeDialog(RecentFiles::load(), this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &WelcomeDialog::demoRequested, this, [this] { openDemoCasebook(); });
    connect(welcome, &WelcomeDialog::newRequested, this, &MainWindow::newCasebook);
    connect(welcome, &WelcomeDialog::openRequested, this, &MainWindow::openCasebookDialog);
    connect(welcome, &WelcomeDialog::recentRequested, this, &MainWindow::openRecentCasebook);
    welcome->open();
}

void MainWindow::showSettings()
{
    if (auto *open = findChild<SettingsDialog *>(); open && open->isVisible()) {
        open->raise();
        return;
    }
    auto *dialog = new SettingsDialog(AppSettings::load(), OcrEngine::installedLanguages(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const AppSettings before = AppSettings::load();
    settings.save();
    if (settings.theme != before.theme) {
        applyTheme(settings.theme);
        const QSignalBlocker quiet(m_darkAction);
        m_darkAction->setChecked(settings.theme == Theme::Dark);
    }
    if (settings.language != before.language)
        switchInterfaceLanguage(settings.language);
    if (m_session) {
        m_session->setOcrLanguages(settings.ocrLanguages);
        m_session->setWorkerThreads(settings.workerThreads);
    } else {
        OcrEngine::shared().setThreadCount(settings.workerThreads);
    }
    if (settings.language != before.language)
        statusBar()->showMessage(tr("Settings saved. The menus and panels change language when Casebook next starts."),
                                 10000);
    else
        statusBar()->showMessage(tr("Settings saved."), 5000);
}

bool MainWindow::openDemoCasebook(const DemoLocations &where)
{
    const QString copy = where.userCopy;
    if (m_session && QFileInfo(m_session->path()).absoluteFilePath() == QFileInfo(copy).absoluteFilePath()) {
        statusBar()->showMessage(tr("The demo casebook is open."), 5000);
        return true;
    }
    if (DemoCasebook::isComplete(copy))
        return openCasebook(copy);
    if (!QFileInfo::exists(copy)) {
        if (const QString prebuilt = DemoCasebook::findPrebuilt(where); !prebuilt.isEmpty()) {
            // Copied with plain file reads: make sure no connection of this process has it open (that would drop
            // SQLite's locks on it), as when Casebook was started on the build tree's demo itself.
            if (m_session
                && QFileInfo(m_session->path()).canonicalFilePath() == QFileInfo(prebuilt).canonicalFilePath()) {
                showError(
                    tr("This window has the demo casebook %1 open already.").arg(QDir::toNativeSeparators(prebuilt)));
                return false;
            }
            try {
                DemoCasebook::copyPrebuilt(prebuilt, copy);
            } catch (const CasebookError &error) {
                showError(error.message());
                return false;
            }
            DemoCasebook::setComplete(copy, true);
            return openCasebook(copy);
        }
    }
    // No prebuilt demo (or an earlier build was cut short): import the demo's articles into the copy. Articles
    // already in it are recognised and skipped, so an interrupted build simply carries on.
    const QStringList folders = DemoCasebook::findArticleFolders(where);
    if (folders.isEmpty()) {
        showError(tr("No demo casebook was found (looked for %1) and no demo articles to build one from.")
                      .arg(QDir::toNativeSeparators(where.prebuilt.join(u", "_s))));
        return false;
    }
    if (!QDir().mkpath(QFileInfo(copy).absolutePath())) {
        showError(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(copy).absolutePath())));
        return false;
    }
    DemoCasebook::setComplete(copy, false);
    if (!openCasebook(copy))
        return false;
    m_demoBuildPending = copy;
    statusBar()->showMessage(tr("Building the demo casebook from its articles…"), 5000);
    importPaths(folders);
    return true;
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (QApplication::platformName() == u"offscreen")
        return; // no one to click a dialog away in headless runs
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Casebook"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    QString casebookToOpen;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(u".casebook"_s))
            casebookToOpen = path;
        else
            paths.append(path);
    }
    if (!casebookToOpen.isEmpty())
        openCasebook(casebookToOpen);
    if (!paths.isEmpty())
        importPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState(layoutVersion));
    if (const auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
    if (m_session && m_session->isImporting())
        m_session->cancelImport(); // committed batches stay; the session waits for the job to stop
    event->accept();
}

} // namespace casebook
