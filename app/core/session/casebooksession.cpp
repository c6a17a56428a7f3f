// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebooksession.h"

#include "search/queryerror.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace casebook {

CasebookSession::CasebookSession(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_writer(std::make_unique<CasebookWriter>(path))
    , m_registry(ImporterRegistry::withDefaultImporters())
{
    qRegisterMetaType<Article>();
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportSummary>();
    qRegisterMetaType<SearchResults>();
    qRegisterMetaType<QList<TextRange>>();
}

CasebookSession::~CasebookSession()
{
    m_cancelImport = true;
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
}

/// Runs `work` on the global pool; `done(result)` runs on this object's thread, and not at all if the session is
/// gone by then. A CasebookError becomes errorOccurred.
template<typename Result, typename Work, typename Done>
void CasebookSession::runInBackground(Work work, Done done)
{
    QPointer<CasebookSession> self(this);
    QFuture<void> future = QtConcurrent::run([self, work = std::move(work), done = std::move(done)]() mutable {
        QString error;
        std::optional<Result> result;
        try {
            result = work();
        } catch (const CasebookError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, result = std::move(result), error, done = std::move(done)]() mutable {
                if (!self)
                    return;
                if (result)
                    done(std::move(*result));
                else
                    Q_EMIT self->errorOccurred(error);
            },
            Qt::QueuedConnection);
    });
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(future);
}

void CasebookSession::reloadArticles()
{
    const QString path = m_path;
    runInBackground<QList<Article>>(
        [path] { return CasebookStore(path, CasebookStore::Mode::ReadOnly).articles(); },
        [this](QList<Article> articles) { Q_EMIT articlesLoaded(articles); });
}

void CasebookSession::loadArticle(qint64 id, const QString &highlightQuery)
{
    struct Loaded
    {
        std::optional<Article> article;
        QList<TextRange> hits;
    };
    const QString path = m_path;
    const quint64 request = ++m_articleRequest;
    runInBackground<Loaded>(
        [path, id, highlightQuery] {
            CasebookStore store(path, CasebookStore::Mode::ReadOnly);
            Loaded loaded { store.article(id), {} };
            if (loaded.article && !highlightQuery.trimmed().isEmpty()) {
                try {
                    loaded.hits = SearchEngine(store).hitsInText(highlightQuery, loaded.article->text);
                } catch (const QueryError &) {
                    // A query still being typed: show the article without hits.
                }
            }
            return loaded;
        },
        [this, request](Loaded loaded) {
            // A newer request supersedes this one: only the last article asked for is shown.
            if (loaded.article && request == m_articleRequest)
                Q_EMIT articleLoaded(*loaded.article, loaded.hits);
        });
}

quint64 CasebookSession::search(const SearchRequest &request)
{
    if (m_searchCancel)
        *m_searchCancel = true;
    m_searchCancel = std::make_shared<std::atomic_bool>(false);
    const quint64 id = ++m_searchRequest;
    const QString path = m_path;
    auto cancel = m_searchCancel;
    QPointer<CasebookSession> self(this);
    QFuture<void> future = QtConcurrent::run([self, path, request, cancel, id] {
        SearchResults results;
        QString error;
        int position = -1;
        try {
            CasebookStore store(path, CasebookStore::Mode::ReadOnly);
            SearchRequest withCancel = request;
            withCancel.cancel = cancel.get();
            results = SearchEngine(store).search(withCancel);
        } catch (const QueryError &e) {
            error = e.message();
            position = e.position();
        } catch (const CasebookError &e) {
            error = e.message();
        }
        if (!self || *cancel)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, results, error, position] {
                CasebookSession *session = self.data();
                if (!session || id != session->m_searchRequest)
                    return; // superseded while in flight
                if (error.isEmpty())
                    Q_EMIT session->searchFinished(id, results);
                else
                    Q_EMIT session->searchFailed(id, error, position);
            },
            Qt::QueuedConnection);
    });
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(future);
    return id;
}

void CasebookSession::correctMetadata(qint64 id, const QHash<ArticleField, QString> &values,
                                      const QList<ArticleField> &resets)
{
    CasebookWriter *writer = m_writer.get();
    runInBackground<std::optional<Article>>(
        [writer, id, values, resets] {
            return writer
                ->submit([id, values, resets](CasebookStore &store) {
                    for (auto it = values.cbegin(); it != values.cend(); ++it)
                        store.correct(id, it.key(), it.value());
                    for (const ArticleField field : resets)
                        store.resetCorrection(id, field);
                    return store.article(id);
                })
                .result();
        },
        [this](std::optional<Article> article) {
            if (article)
                Q_EMIT articleUpdated(*article);
        });
}

void CasebookSession::importPaths(const QStringList &paths)
{
    if (m_importRunning.exchange(true)) {
        Q_EMIT errorOccurred(tr("An import is already running; wait for it or cancel it first."));
        return;
    }
    m_cancelImport = false;
    QPointer<CasebookSession> self(this);
    CasebookWriter *writer = m_writer.get();
    const ImporterRegistry *registry = &m_registry;
    std::atomic_bool *cancel = &m_cancelImport;
    Q_EMIT importStarted(0);
    runInBackground<ImportSummary>(
        [self, writer, registry, cancel, paths, running = &m_importRunning] {
            // However the job ends, a new import may start afterwards.
            struct RunningFlag
            {
                std::atomic_bool *flag;
                ~RunningFlag() { *flag = false; }
            } runningFlag { running };
            ImportCallbacks callbacks;
            callbacks.isCanceled = [cancel] { return cancel->load(); };
            callbacks.progress = [self](const ImportProgress &progress) {
                if (self)
                    QMetaObject::invokeMethod(self.data(), [self, progress] {
                        if (self)
                            Q_EMIT self->importProgress(progress);
                    }, Qt::QueuedConnection);
            };
            return ImportJob(*writer, *registry).run(paths, callbacks);
        },
        [this](ImportSummary summary) {
            Q_EMIT importFinished(summary);
        });
}

void CasebookSession::cancelImport()
{
    m_cancelImport = true;
}

} // namespace casebook
