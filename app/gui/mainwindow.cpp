// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articlelist/articlefilterproxy.h"
#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "metadataeditor/metadataeditor.h"
#include "recentfiles.h"
#include "session/casebooksession.h"
#include "util/casebookerror.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ArticleListModel(this))
    , m_proxy(new ArticleFilterProxy(this))
{
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    m_list = new QTreeView(this);
    m_list->setObjectName(u"articleList"_s);
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // keeps 100,000 rows fast
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_list->header()->resizeSection(ArticleListModel::DateColumn, 95);
    m_list->header()->resizeSection(ArticleListModel::SourceColumn, 110);
    m_list->header()->resizeSection(ArticleListModel::LanguageColumn, 70);
    m_list->header()->resizeSection(ArticleListModel::SizeColumn, 80);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_list, &QTreeView::doubleClicked, this, &MainWindow::editMetadata);

    m_quickFilter = new QLineEdit(this);
    m_quickFilter->setObjectName(u"quickFilter"_s);
    m_quickFilter->setPlaceholderText(tr("Filter by title, source, language or date…"));
    m_quickFilter->setClearButtonEnabled(true);
    connect(m_quickFilter, &QLineEdit::textChanged, m_proxy, &ArticleFilterProxy::setQuickFilter);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(4, 4, 0, 4);
    listLayout->addWidget(m_quickFilter);
    listLayout->addWidget(m_list, 1);

    m_document = new DocumentView(this);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(listPane);
    splitter->addWidget(m_document);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 560, 720 });
    setCentralWidget(splitter);

    m_statusCount = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel import"));
    m_cancel->hide();
    statusBar()->addWidget(m_statusCount, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    createActions();
    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Casebook…"), QKeySequence::New, this, &MainWindow::newCasebook);
    file->addAction(tr("&Open Casebook…"), QKeySequence::Open, this, &MainWindow::openCasebookDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *importFiles = file->addAction(tr("&Import Files…"), QKeySequence(u"Ctrl+I"_s), this,
                                           &MainWindow::importFilesDialog);
    QAction *importFolder = file->addAction(tr("Import &Folder…"), QKeySequence(u"Ctrl+Shift+I"_s), this,
                                            &MainWindow::importFolderDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    QAction *edit = article->addAction(tr("Edit &Metadata…"), QKeySequence(u"Ctrl+E"_s), this, &MainWindow::editMetadata);
    QAction *filter = article->addAction(tr("&Filter List"), QKeySequence::Find, this, [this] {
        m_quickFilter->setFocus();
        m_quickFilter->selectAll();
    });
    m_casebookActions = { importFiles, importFolder, edit, filter };
    for (QAction *action : std::as_const(m_casebookActions))
        action->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (!QFileInfo::exists(path)) {
                showError(tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                RecentFiles::remove(path);
                rebuildRecentMenu();
                return;
            }
            openCasebook(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openCasebook(const QString &path)
{
    std::unique_ptr<CasebookSession> session;
    try {
        session = std::make_unique<CasebookSession>(path);
    } catch (const CasebookError &error) {
        showError(error.message());
        return false;
    }
    m_session = std::move(session);
    connect(m_session.get(), &CasebookSession::articlesLoaded, this, &MainWindow::onArticlesLoaded);
    connect(m_session.get(), &CasebookSession::articleLoaded, this, [this](const Article &article) {
        m_document->showArticle(article);
        Q_EMIT articleShown(article.id);
    });
    connect(m_session.get(), &CasebookSession::articleUpdated, this, [this](const Article &article) {
        m_model->updateArticle(article);
        if (m_document->articleId() == article.id)
            m_document->showArticle(article);
        statusBar()->showMessage(tr("Metadata saved."), 3000);
    });
    connect(m_session.get(), &CasebookSession::importProgress, this, &MainWindow::onImportProgress);
    connect(m_session.get(), &CasebookSession::importFinished, this, &MainWindow::onImportFinished);
    connect(m_session.get(), &CasebookSession::errorOccurred, this, &MainWindow::showError);

    m_document->clear();
    m_model->setArticles({});
    m_session->reloadArticles();
    for (QAction *action : std::as_const(m_casebookActions))
        action->setEnabled(true);
    RecentFiles::add(path);
    rebuildRecentMenu();
    updateTitle();
    return true;
}

void MainWindow::updateTitle()
{
    if (m_session)
        setWindowTitle(tr("%1 — Casebook").arg(QFileInfo(m_session->path()).fileName()));
    else
        setWindowTitle(tr("Casebook"));
}

void MainWindow::newCasebook()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Casebook"), QDir::homePath(), tr("Casebooks (*.casebook)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".casebook"_s))
        path += u".casebook"_s;
    openCasebook(path);
}

void MainWindow::openCasebookDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Casebook"), QDir::homePath(),
                                                      tr("Casebooks (*.casebook);;All files (*)"));
    if (!path.isEmpty())
        openCasebook(path);
}

void MainWindow::importFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QDir::homePath(), tr("Articles (*.txt *.text *.md *.html *.htm *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), QDir::homePath());
    if (!folder.isEmpty())
        importPaths({ folder });
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_session) {
        showError(tr("Open or create a casebook first, then import into it."));
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
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    m_progress->hide();
    m_cancel->hide();
    const ImportProgress &c = summary.counts;
    QString message = summary.canceled ? tr("Import cancelled: %n article(s) added before it stopped.", nullptr, int(c.added))
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
    if (m_session)
        m_session->reloadArticles();
    Q_EMIT importDone(summary);
}

void MainWindow::onArticlesLoaded(const QList<Article> &articles)
{
    const qint64 current = m_document->articleId();
    m_model->setArticles(articles);
    m_statusCount->setText(tr("%n article(s)", nullptr, int(articles.size())));
    const qint64 wanted = m_pendingSelection ? m_pendingSelection : current;
    if (wanted)
        selectArticle(wanted);
    else if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, ArticleListModel::TitleColumn));
    Q_EMIT articlesShown(int(articles.size()));
}

void MainWindow::selectArticle(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingSelection = id; // the list is still loading
        return;
    }
    m_pendingSelection = 0;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ArticleListModel::TitleColumn));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_session)
        return;
    m_session->loadArticle(current.data(ArticleListModel::ArticleIdRole).toLongLong());
}

void MainWindow::editMetadata()
{
    const QModelIndex current = m_list->currentIndex();
    if (!m_session || !current.isValid() || m_document->articleId() == 0)
        return;
    const Article *listed = m_model->articleAt(m_proxy->mapToSource(current).row());
    if (!listed)
        return;
    // The editor needs the corrected-field list, which only a full load has; the document pane holds it.
    m_session->loadArticle(listed->id);
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_session.get(), &CasebookSession::articleLoaded, this, [this, connection](const Article &article) {
        disconnect(*connection);
        delete connection;
        MetadataEditor editor(article, this);
        if (editor.exec() != QDialog::Accepted)
            return;
        const auto changed = editor.changedFields();
        const auto resets = editor.resetFields();
        if (!changed.isEmpty() || !resets.isEmpty())
            m_session->correctMetadata(article.id, changed, resets);
    });
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
    settings.setValue(u"window/state"_s, saveState());
    if (m_session && m_session->isImporting())
        m_session->cancelImport(); // committed batches stay; the session waits for the job to stop
    event->accept();
}

} // namespace casebook
