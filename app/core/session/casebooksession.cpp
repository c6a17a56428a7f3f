// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebooksession.h"

#include "analysis/analysisjob.h"
#include "analysis/analysisstore.h"
#include "search/queryerror.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"
#include "util/threadpriority.h"

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
    // Our own pool, never the global one: Qt's raster painter fills large areas on the global pool and waits
    // for it, so long jobs there would freeze painting.
    m_pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount() + 2)); // an import holds one for its whole run
    qRegisterMetaType<Article>();
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportSummary>();
    qRegisterMetaType<SearchResults>();
    qRegisterMetaType<LoadedArticle>();
    qRegisterMetaType<Overview>();
    qRegisterMetaType<JobStatus>();
    qRegisterMetaType<QList<TextRange>>();
}

CasebookSession::~CasebookSession()
{
    m_cancelImport = true;
    if (m_searchCancel)
        *m_searchCancel = true;
    if (m_overviewCancel)
        *m_overviewCancel = true;
    for (QFuture<void> &future : m_running)
        future.waitForFinished();
    m_pool.waitForDone();
}

/// Runs `work` on the global pool; `done(result)` runs on this object's thread, and not at all if the session is
/// gone by then. A CasebookError becomes errorOccurred.
template<typename Result, typename Work, typename Done> void CasebookSession::runInBackground(Work work, Done done)
{
    QPointer<CasebookSession> self(this);
    QFuture<void> future = QtConcurrent::run(&m_pool, [self, work = std::move(work), done = std::move(done)]() mutable {
        makeCurrentThreadBackground();
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
    runInBackground<QList<Article>>([path] { return CasebookStore(path, CasebookStore::Mode::ReadOnly).articles(); },
                                    [this](QList<Article> articles) { Q_EMIT articlesLoaded(articles); });
}

void CasebookSession::loadArticle(qint64 id, const QString &highlightQuery)
{
    const QString path = m_path;
    const quint64 request = ++m_articleRequest;
    runInBackground<std::optional<LoadedArticle>>(
        [path, id, highlightQuery]() -> std::optional<LoadedArticle> {
            CasebookStore store(path, CasebookStore::Mode::ReadOnly);
            std::optional<Article> article = store.article(id);
            if (!article)
                return std::nullopt;
            LoadedArticle loaded { std::move(*article), {}, {} };
            if (!highlightQuery.trimmed().isEmpty()) {
                try {
                    loaded.hits = SearchEngine(store).hitsInText(highlightQuery, loaded.article.text);
                } catch (const QueryError &) {
                    // A query still being typed: show the article without hits.
                }
            }
            loaded.mentions = AnalysisStore(store.database()).mentions(id);
            return loaded;
        },
        [this, request](std::optional<LoadedArticle> loaded) {
            // A newer request supersedes this one: only the last article asked for is shown.
            if (loaded && request == m_articleRequest)
                Q_EMIT articleLoaded(*loaded);
        });
}

void CasebookSession::computeOverview(const Filter &filter)
{
    if (m_overviewCancel)
        *m_overviewCancel = true;
    m_overviewCancel = std::make_shared<std::atomic_bool>(false);
    const quint64 request = ++m_overviewRequest;
    const QString path = m_path;
    auto cancel = m_overviewCancel;
    runInBackground<Overview>(
        [path, filter, cancel] {
            CasebookStore store(path, CasebookStore::Mode::ReadOnly);
            try {
                return OverviewQuery(store).compute(filter, cancel.get());
            } catch (const QueryError &) {
                Overview none; // the search box reports the problem; the charts keep what they show
                none.canceled = true;
                return none;
            }
        },
        [this, request](Overview overview) {
            if (!overview.canceled && request == m_overviewRequest)
                Q_EMIT overviewReady(overview);
        });
}

void CasebookSession::decideEntity(const EntityDecision &decision)
{
    CasebookWriter *writer = m_writer.get();
    runInBackground<bool>(
        [writer, decision] {
            return writer
                ->submit([decision](CasebookStore &store) {
                    AnalysisStore(store.database()).addDecision(decision);
                    return true;
                })
                .result();
        },
        [this](bool) { Q_EMIT entitiesChanged(); });
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
    QFuture<void> future = QtConcurrent::run(&m_pool, [self, path, request, cancel, id] {
        makeCurrentThreadBackground();
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
            const std::optional<Article> article = writer
                                                       ->submit([id, values, resets](CasebookStore &store) {
                                                           for (auto it = values.cbegin(); it != values.cend(); ++it)
                                                               store.correct(id, it.key(), it.value());
                                                           for (const ArticleField field : resets)
                                                               store.resetCorrection(id, field);
                                                           return store.article(id);
                                                       })
                                                       .result();
            // A new publication date moves the article's relative dates: re-analyse what went stale.
            if (values.contains(ArticleField::Published) || resets.contains(ArticleField::Published))
                AnalysisJob(*writer).runStale();
            return article;
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

    JobStatus importJob;
    importJob.id = ++m_nextJobId;
    importJob.title = tr("Import");
    importJob.started = QDateTime::currentDateTimeUtc();
    JobStatus analysisJob;
    analysisJob.id = ++m_nextJobId;
    analysisJob.title = tr("Analysis");
    m_importJobId = importJob.id;
    Q_EMIT jobChanged(importJob);

    // Reports a job's state to the GUI thread; safe to call from any thread.
    auto report = [self](const JobStatus &job) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, job] {
                if (self)
                    Q_EMIT self->jobChanged(job);
            },
            Qt::QueuedConnection);
    };
    runInBackground<ImportSummary>(
        [self, writer, registry, cancel, paths, running = &m_importRunning, importJob, analysisJob, report]() mutable {
            // However the job ends, a new import may start afterwards.
            struct RunningFlag
            {
                std::atomic_bool *flag;
                ~RunningFlag() { *flag = false; }
            } runningFlag { running };
            ImportCallbacks callbacks;
            callbacks.isCanceled = [cancel] { return cancel->load(); };
            callbacks.progress = [self, &importJob, report](const ImportProgress &progress) {
                importJob.done = progress.filesDone;
                importJob.total = progress.filesTotal;
                report(importJob);
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, progress] {
                            if (self)
                                Q_EMIT self->importProgress(progress);
                        },
                        Qt::QueuedConnection);
            };
            ImportSummary summary;
            try {
                summary = ImportJob(*writer, *registry).run(paths, callbacks);
            } catch (const CasebookError &error) {
                importJob.state = JobStatus::State::Failed;
                importJob.summary = error.message();
                report(importJob);
                throw;
            }
            importJob.state = summary.canceled ? JobStatus::State::Canceled : JobStatus::State::Finished;
            importJob.done = summary.counts.filesDone;
            importJob.summary = tr("%1 added, %2 already present, %3 failed")
                                    .arg(summary.counts.added)
                                    .arg(summary.counts.alreadyPresent)
                                    .arg(summary.counts.failed);
            for (const auto &failure : summary.failures)
                importJob.failures.append({ failure.path, failure.reason });
            report(importJob);

            // Analyse what came in (and anything left stale), as its own job with its own progress.
            analysisJob.started = QDateTime::currentDateTimeUtc();
            report(analysisJob);
            AnalysisCallbacks analysisCallbacks;
            analysisCallbacks.isCanceled = [cancel] { return cancel->load(); };
            analysisCallbacks.progress = [&analysisJob, report](const AnalysisProgress &progress) {
                analysisJob.done = progress.articlesDone;
                analysisJob.total = progress.articlesTotal;
                report(analysisJob);
            };
            try {
                const AnalysisSummary analysed = AnalysisJob(*writer).runStale(analysisCallbacks);
                analysisJob.state = analysed.canceled ? JobStatus::State::Canceled : JobStatus::State::Finished;
                analysisJob.summary = tr("%1 articles: %2 mentions, %3 dated events")
                                          .arg(analysed.counts.articlesDone)
                                          .arg(analysed.counts.mentions)
                                          .arg(analysed.counts.events);
            } catch (const CasebookError &error) {
                analysisJob.state = JobStatus::State::Failed;
                analysisJob.summary = error.message();
            }
            report(analysisJob);
            return summary;
        },
        [this](ImportSummary summary) {
            Q_EMIT importFinished(summary);
            Q_EMIT entitiesChanged();
        });
}

void CasebookSession::cancelJob(quint64)
{
    // Import and analysis run as one chain, so cancelling either stops the chain; committed batches stay.
    m_cancelImport = true;
}

void CasebookSession::cancelImport()
{
    m_cancelImport = true;
}

} // namespace casebook
