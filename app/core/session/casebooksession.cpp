// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebooksession.h"

#include "analysisjob.h"
#include "importers/ocr/ocrengine.h"
#include "importers/pageimage.h"
#include "search/queryerror.h"
#include "store/casebookstore.h"
#include "store/casebookupgrade.h"
#include "store/casebookwriter.h"
#include "store/readerpool.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace casebook {

CasebookSession::CasebookSession(const QString &path, QObject *parent)
    : CasebookSession(path, Access::ReadWrite, parent)
{ }

CasebookSession::CasebookSession(const QString &path, Access access, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_readOnly(access == Access::ReadOnly || !CasebookStore::canWrite(path))
    , m_askedReadOnly(access == Access::ReadOnly)
    , m_registry(ImporterRegistry::withDefaultImporters(OcrSettings {
          QSettings()
              .value(QLatin1StringView(ocrLanguagesKey), QString::fromUtf16(OcrSettings::defaultLanguages))
              .toString() }))
    , m_ocrLanguages(QSettings()
                         .value(QLatin1StringView(ocrLanguagesKey), QString::fromUtf16(OcrSettings::defaultLanguages))
                         .toString())
    , m_workerThreads(configuredWorkerThreads())
{
    if (m_workerThreads > 0)
        OcrEngine::shared().setThreadCount(m_workerThreads);
    qRegisterMetaType<Article>();
    qRegisterMetaType<ArticleListPage>();
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportSummary>();
    qRegisterMetaType<SearchResults>();
    qRegisterMetaType<LoadedArticle>();
    qRegisterMetaType<Overview>();
    qRegisterMetaType<TimelineEvent>();
    qRegisterMetaType<QList<TimelineEvent>>();
    qRegisterMetaType<Report>();
    qRegisterMetaType<ExportOutcome>();
    qRegisterMetaType<JobStatus>();
    qRegisterMetaType<QList<TextRange>>();
    connect(&m_jobs, &JobTracker::jobChanged, this, [this](const JobStatus &job) {
        Q_EMIT jobChanged(job);
        if (job.id == m_importJob && job.state == JobStatus::State::Running) {
            ImportProgress progress;
            progress.filesDone = job.done;
            progress.filesTotal = job.total;
            casebookChanged(); // a batch was committed
            Q_EMIT importProgress(progress);
        }
    });

    // Reads the format through SQLite only (throws for a stray file or a newer format, which stay untouched).
    if (m_readOnly && CasebookUpgrade::needsUpgrade(path))
        throw CasebookError(
            tr("%1 is in an older format and can only be read here, so it cannot be upgraded to this version's. Copy "
               "it to a folder you can write to and open the copy; the original stays as it is.")
                .arg(QDir::toNativeSeparators(path)));
    if (CasebookUpgrade::needsUpgrade(path)) {
        // Queued, so whoever made the session has connected to jobChanged and ready() first.
        QMetaObject::invokeMethod(this, &CasebookSession::startUpgrade, Qt::QueuedConnection);
        return;
    }
    openWriter();
    QMetaObject::invokeMethod(this, &CasebookSession::ready, Qt::QueuedConnection);
}

CasebookSession::~CasebookSession()
{
    m_jobs.cancelAllAndWait();
}

void CasebookSession::openWriter()
{
    if (!m_readOnly)
        m_writer = std::make_unique<CasebookWriter>(m_path);
    m_readers = std::make_unique<ReaderPool>(m_path);
    if (m_readOnly) // fails here, not in the first query, when the file cannot even be read
        m_readers->acquire();
}

QString CasebookSession::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    if (m_askedReadOnly)
        return tr("as asked");
    return tr("the file, its folder or its disk cannot be written");
}

bool CasebookSession::canChange()
{
    if (!isReady())
        return false;
    if (m_readOnly) {
        Q_EMIT errorOccurred(tr("%1 is open read-only (%2): nothing in it can be changed. To work on it, copy it to "
                                "a folder you can write to and open the copy.")
                                 .arg(QDir::toNativeSeparators(m_path), readOnlyReason()));
        return false;
    }
    return true;
}

void CasebookSession::startUpgrade()
{
    const QString path = m_path;
    m_jobs.start<UpgradeOutcome>(
        tr("Upgrade"), [path](QPromise<UpgradeOutcome> &promise) { CasebookUpgrade::run(promise, path); },
        JobTracker::Finished<UpgradeOutcome>([this](JobStatus &status, const std::optional<UpgradeOutcome> &done) {
            if (!done) {
                const QString why = status.state == JobStatus::State::Canceled
                    ? tr("The upgrade of %1 was cancelled; the file is unchanged.").arg(m_path)
                    : status.summary;
                Q_EMIT upgradeFailed(why);
                return;
            }
            status.summary = tr("format %1 → %2; the old file is kept as %3")
                                 .arg(done->fromVersion)
                                 .arg(done->toVersion)
                                 .arg(done->backupPath);
            try {
                openWriter();
            } catch (const CasebookError &error) {
                Q_EMIT upgradeFailed(error.message());
                return;
            }
            Q_EMIT ready();
            // The frozen migration steps leave derived data (entities, dated events) for today's code to refill.
            startAnalysis(tr("Analysis"));
        }));
}

template<typename T, typename Query, typename Done>
quint64 CasebookSession::runQuery(QueryLane &lane, Query query, Done done)
{
    if (!isReady())
        return 0;
    if (lane.running.isValid())
        lane.running.cancel();
    const quint64 request = ++lane.request;
    ReaderPool *readers = m_readers.get();
    QFuture<T> future = m_jobs.run<T>([readers, query = std::move(query)](QPromise<T> &promise) mutable {
        ReaderPool::Lease reader = readers->acquire();
        promise.addResult(query(*reader, promise));
    });
    lane.running = QFuture<void>(future);
    JobTracker::onFinished(
        future, this,
        [this, &lane, request, done = std::move(done)](T value) mutable {
            if (request == lane.request)
                done(std::move(value));
        },
        [this](const QString &error) { Q_EMIT errorOccurred(error); });
    return request;
}

void CasebookSession::loadArticlePage(const ArticleListRequest &request)
{
    runQuery<ArticleListPage>(
        m_articlesLane,
        [request](CasebookStore &store, QPromise<ArticleListPage> &) { return store.articleList().page(request); },
        [this](const ArticleListPage &page) { Q_EMIT articlePageLoaded(page); });
}

void CasebookSession::loadArticleHeadings(const QList<qint64> &ids)
{
    runQuery<QList<ArticleHeading>>(
        m_headingsLane,
        [ids](CasebookStore &store, QPromise<QList<ArticleHeading>> &) { return store.articleList().headings(ids); },
        [this](const QList<ArticleHeading> &headings) { Q_EMIT articleHeadingsLoaded(headings); });
}

void CasebookSession::findNotAnalysed()
{
    runQuery<QList<qint64>>(
        m_backlogLane, [](CasebookStore &store, QPromise<QList<qint64>> &) { return store.analysis().staleArticles(); },
        [this](const QList<qint64> &ids) { Q_EMIT notAnalysed(ids); });
}

void CasebookSession::loadAnnotations()
{
    runQuery<QList<Annotation>>(
        m_annotationsLane,
        [](CasebookStore &store, QPromise<QList<Annotation>> &) { return store.annotations().annotations(); },
        [this](const QList<Annotation> &annotations) { Q_EMIT annotationsLoaded(annotations); });
}

void CasebookSession::setOcrLanguages(const QString &languages)
{
    const QString chosen
        = languages.trimmed().isEmpty() ? QString::fromUtf16(OcrSettings::defaultLanguages) : languages.trimmed();
    QSettings().setValue(QLatin1StringView(ocrLanguagesKey), chosen);
    m_ocrLanguages = chosen;
    if (!m_importJob)
        m_registry = ImporterRegistry::withDefaultImporters(OcrSettings { chosen });
}

int CasebookSession::configuredWorkerThreads()
{
    return std::max(0, QSettings().value(QLatin1StringView(workerThreadsKey), 0).toInt());
}

void CasebookSession::setWorkerThreads(int threads)
{
    m_workerThreads = std::max(0, threads);
    QSettings().setValue(QLatin1StringView(workerThreadsKey), m_workerThreads);
    OcrEngine::shared().setThreadCount(m_workerThreads);
}

void CasebookSession::loadPageImage(qint64 articleId, int page)
{
    // About screen resolution: enough to read a scan's words beside the text OCR made of them.
    constexpr int screenDotsPerInch = 110;
    runQuery<QImage>(
        m_pageImageLane,
        [articleId, page](CasebookStore &store, QPromise<QImage> &) {
            const std::optional<Article> article = store.article(articleId);
            if (!article)
                return QImage();
            return PageImage::render(store.original(articleId), article->format, page, screenDotsPerInch);
        },
        [this, articleId, page](const QImage &image) { Q_EMIT pageImageLoaded(articleId, page, image); });
}

void CasebookSession::loadTags()
{
    runQuery<QList<TagCount>>(
        m_tagsLane, [](CasebookStore &store, QPromise<QList<TagCount>> &) { return store.annotations().tags(); },
        [this](const QList<TagCount> &tags) { Q_EMIT tagsLoaded(tags); });
}

void CasebookSession::renameTag(const QString &from, const QString &to)
{
    changeAnnotations(0, [from, to](AnnotationStore &store) { store.renameTag(from, to); });
}

void CasebookSession::setTagColor(const QString &name, const QString &color)
{
    changeAnnotations(0, [name, color](AnnotationStore &store) { store.setTagColor(name, color); });
}

void CasebookSession::loadReports()
{
    runQuery<QList<Report>>(
        m_reportsLane, [](CasebookStore &store, QPromise<QList<Report>> &) { return store.reports().reports(); },
        [this](const QList<Report> &reports) { Q_EMIT reportsLoaded(reports); });
}

void CasebookSession::loadReport(const QString &name)
{
    runQuery<std::optional<Report>>(
        m_reportLane,
        [name](CasebookStore &store, QPromise<std::optional<Report>> &) { return store.reports().report(name); },
        [this, name](const std::optional<Report> &report) {
            if (report)
                Q_EMIT reportLoaded(*report);
            else
                Q_EMIT errorOccurred(tr("There is no report named \u201c%1\u201d any more.").arg(name));
        });
}

void CasebookSession::saveReport(const Report &report)
{
    if (!canChange())
        return;
    CasebookWriter *writer = m_writer.get();
    const bool isNew = report.id == 0;
    const QFuture<Report> saved = m_jobs.run<Report>([=](QPromise<Report> &promise) {
        promise.addResult(
            writer->submit([report](CasebookStore &store) { return store.reports().save(report); }).result());
    });
    JobTracker::onFinished(
        saved, this,
        [this, isNew](const Report &stored) {
            Q_EMIT reportSaved(stored);
            if (isNew)
                loadReports();
        },
        [this](const QString &error) { Q_EMIT errorOccurred(error); });
}

void CasebookSession::deleteReport(const QString &name)
{
    if (!canChange())
        return;
    CasebookWriter *writer = m_writer.get();
    const QFuture<bool> deleted = m_jobs.run<bool>([=](QPromise<bool> &promise) {
        writer->submit([name](CasebookStore &store) { store.reports().remove(name); }).waitForFinished();
        promise.addResult(true);
    });
    JobTracker::onFinished(
        deleted, this, [this](bool) { loadReports(); }, [this](const QString &error) { Q_EMIT errorOccurred(error); });
}

quint64 CasebookSession::exportReport(const ExportRequest &request)
{
    if (!isReady())
        return 0;
    CasebookWriter *writer = m_writer.get();
    const QString path = m_path;
    return m_jobs.start<ExportOutcome>(
        tr("Export"),
        [writer, path, request](QPromise<ExportOutcome> &promise) {
            // The writer runs its work in order: once this no-op is done, every save asked for before is committed.
            // A read-only casebook has no writer and nothing pending.
            if (writer)
                writer->submit([](CasebookStore &) {}).waitForFinished();
            ReportExport::run(promise, path, request);
        },
        JobTracker::Finished<ExportOutcome>([this](JobStatus &status, const std::optional<ExportOutcome> &done) {
            if (!done)
                return;
            status.summary
                = tr("%1 (%2 KB)").arg(QDir::toNativeSeparators(done->path)).arg((done->bytes + 1023) / 1024);
            Q_EMIT exportFinished(*done);
        }));
}

void CasebookSession::analyseNotAnalysed()
{
    if (canChange())
        startAnalysis(tr("Analysis"));
}

void CasebookSession::reloadLastArticle()
{
    if (m_lastArticle.first)
        loadArticle(m_lastArticle.first, m_lastArticle.second);
}

void CasebookSession::loadArticle(qint64 id, const QString &highlightQuery)
{
    m_lastArticle = { id, highlightQuery };
    runQuery<std::optional<LoadedArticle>>(
        m_articleLane,
        [id, highlightQuery](CasebookStore &store,
                             QPromise<std::optional<LoadedArticle>> &) -> std::optional<LoadedArticle> {
            std::optional<Article> article = store.article(id);
            if (!article)
                return std::nullopt;
            LoadedArticle loaded { std::move(*article), {}, {}, {} };
            if (!highlightQuery.trimmed().isEmpty()) {
                try {
                    loaded.hits = SearchEngine(store).hitsInText(highlightQuery, loaded.article.text);
                } catch (const QueryError &) {
                    // A query still being typed: show the article without hits.
                }
            }
            loaded.mentions = store.analysis().mentions(id);
            loaded.annotations = store.annotations().annotations({ {}, id });
            return loaded;
        },
        [this](std::optional<LoadedArticle> loaded) {
            if (loaded)
                Q_EMIT articleLoaded(*loaded);
        });
}

void CasebookSession::casebookChanged()
{
    ++m_generation;
    m_overviewCache = {};
}

void CasebookSession::computeOverview(const Filter &filter)
{
    // While an import or analysis writes, every overview is computed afresh (and none is kept).
    const bool keep = filter.isEmpty() && !isImporting();
    if (keep && m_overviewCache.unfiltered) {
        // Supersedes an older request still running (its answer is dropped by number), without waiting for a
        // thread of the pool behind the searches the same filter change started.
        if (m_overviewLane.running.isValid())
            m_overviewLane.running.cancel();
        const quint64 request = ++m_overviewLane.request;
        QMetaObject::invokeMethod(
            this,
            [this, request, kept = *m_overviewCache.unfiltered] {
                if (request == m_overviewLane.request)
                    Q_EMIT overviewReady(kept);
            },
            Qt::QueuedConnection);
        return;
    }
    struct Computed
    {
        Overview overview;
        std::shared_ptr<const EntityNames> names;
    };
    runQuery<Computed>(
        m_overviewLane,
        [filter, names = m_overviewCache.names](CasebookStore &store, QPromise<Computed> &promise) {
            Computed computed;
            try {
                OverviewQuery query(store);
                query.setEntityNames(names);
                computed.overview = query.compute(filter, [&promise] { return promise.isCanceled(); });
                computed.names = query.entityNames();
            } catch (const QueryError &) {
                computed.overview.canceled = true; // the search box reports the problem; the charts keep theirs
            }
            return computed;
        },
        [this, keep, generation = m_generation](Computed computed) {
            if (computed.overview.canceled)
                return;
            if (generation == m_generation && !isImporting()) {
                m_overviewCache.names = computed.names;
                if (keep)
                    m_overviewCache.unfiltered = computed.overview;
            }
            Q_EMIT overviewReady(computed.overview);
        });
}

void CasebookSession::loadTimelineEvents(const Filter &filter, const QDate &from, const QDate &before, int limit)
{
    runQuery<QList<TimelineEvent>>(
        m_timelineEventsLane,
        [filter, from, before, limit](CasebookStore &store, QPromise<QList<TimelineEvent>> &) {
            try {
                return OverviewQuery(store).events(filter, from, before, limit);
            } catch (const QueryError &) {
                return QList<TimelineEvent>(); // the search box reports the problem
            }
        },
        [this, from, before](const QList<TimelineEvent> &events) {
            Q_EMIT timelineEventsLoaded(from, before, events);
        });
}

quint64 CasebookSession::search(const SearchRequest &request)
{
    struct Outcome
    {
        SearchResults results;
        QString error;
        int position = -1;
    };
    quint64 id = 0;
    id = runQuery<Outcome>(
        m_searchLane,
        [request](CasebookStore &store, QPromise<Outcome> &promise) {
            Outcome outcome;
            try {
                SearchRequest cancellable = request;
                cancellable.isCanceled = [&promise] { return promise.isCanceled(); };
                outcome.results = SearchEngine(store).search(cancellable);
            } catch (const QueryError &e) {
                outcome.error = e.message();
                outcome.position = e.position();
            }
            return outcome;
        },
        [this, &lane = m_searchLane](Outcome outcome) {
            if (outcome.error.isEmpty())
                Q_EMIT searchFinished(lane.request, outcome.results);
            else
                Q_EMIT searchFailed(lane.request, outcome.error, outcome.position);
        });
    return id;
}

void CasebookSession::decideEntity(const EntityDecision &decision)
{
    if (!canChange())
        return;
    CasebookWriter *writer = m_writer.get();
    const QFuture<bool> written = m_jobs.run<bool>([writer, decision](QPromise<bool> &promise) {
        writer->submit([decision](CasebookStore &store) { store.analysis().addDecision(decision); })
            .waitForFinished(); // rethrows: a decision about a name no entity has
        promise.addResult(true);
    });
    JobTracker::onFinished(
        written, this,
        [this](bool) {
            casebookChanged();
            Q_EMIT entitiesChanged();
        },
        [this](const QString &error) { Q_EMIT errorOccurred(error); });
}

void CasebookSession::correctMetadata(qint64 id, const QHash<ArticleField, QString> &values,
                                      const QList<ArticleField> &resets)
{
    if (!canChange())
        return;
    CasebookWriter *writer = m_writer.get();
    const bool dateChanged = values.contains(ArticleField::Published) || resets.contains(ArticleField::Published);
    const QFuture<std::optional<Article>> saved
        = m_jobs.run<std::optional<Article>>([writer, id, values, resets](QPromise<std::optional<Article>> &promise) {
              promise.addResult(writer
                                    ->submit([id, values, resets](CasebookStore &store) {
                                        for (auto it = values.cbegin(); it != values.cend(); ++it)
                                            store.correct(id, it.key(), it.value());
                                        for (const ArticleField field : resets)
                                            store.resetCorrection(id, field);
                                        return store.article(id);
                                    })
                                    .result());
          });
    JobTracker::onFinished(
        saved, this,
        [this, dateChanged](const std::optional<Article> &article) {
            casebookChanged();
            if (article)
                Q_EMIT articleUpdated(*article);
            // A new publication date moves the article's relative dates: re-analyse what went stale.
            if (dateChanged)
                startAnalysis(tr("Re-analysis"));
        },
        [this](const QString &error) { Q_EMIT errorOccurred(error); });
}

quint64 CasebookSession::deleteArticles(const QList<qint64> &ids, DeleteScope scope)
{
    if (ids.isEmpty() || !canChange())
        return 0;
    const quint64 token = ++m_nextDeletion;
    CasebookWriter *writer = m_writer.get();
    const bool wholeBatches = scope == DeleteScope::ImportBatches;
    const QFuture<std::shared_ptr<const DeletedArticles>> deleting = m_jobs.run<std::shared_ptr<const DeletedArticles>>(
        [writer, ids, wholeBatches](QPromise<std::shared_ptr<const DeletedArticles>> &promise) {
            promise.addResult(writer
                                  ->submit([ids, wholeBatches](CasebookStore &store) {
                                      QList<qint64> all = ids;
                                      if (wholeBatches)
                                          for (const qint64 id : ids)
                                              all.append(store.importBatchOf(id));
                                      return std::make_shared<const DeletedArticles>(store.deleteArticles(all));
                                  })
                                  .result());
        });
    JobTracker::onFinished(
        deleting, this,
        [this, token](const std::shared_ptr<const DeletedArticles> &deleted) {
            m_deletions.insert(token, deleted);
            casebookChanged();
            Q_EMIT articlesDeleted(token, deleted->ids);
            Q_EMIT entitiesChanged();
            if (m_undoWhenDeleted.remove(token))
                undoDelete(token);
        },
        [this](const QString &error) { Q_EMIT errorOccurred(error); });
    return token;
}

void CasebookSession::undoDelete(quint64 token)
{
    if (!canChange())
        return;
    const std::shared_ptr<const DeletedArticles> deleted = m_deletions.take(token);
    if (!deleted) {
        if (token && token <= m_nextDeletion)
            m_undoWhenDeleted.insert(token); // still being deleted: put it back right after
        return;
    }
    CasebookWriter *writer = m_writer.get();
    const QFuture<QList<qint64>> restoring
        = m_jobs.run<QList<qint64>>([writer, deleted](QPromise<QList<qint64>> &promise) {
              writer->submit([deleted](CasebookStore &store) { store.restoreArticles(*deleted); }).waitForFinished();
              promise.addResult(deleted->ids);
          });
    JobTracker::onFinished(
        restoring, this,
        [this](const QList<qint64> &ids) {
            casebookChanged();
            Q_EMIT articlesRestored(ids);
            Q_EMIT entitiesChanged();
        },
        [this](const QString &error) { Q_EMIT errorOccurred(error); });
}

quint64 CasebookSession::annotate(qint64 articleId, qsizetype start, qsizetype end, const AnnotationContent &content)
{
    if (!canChange())
        return 0;
    const quint64 request = ++m_nextAnnotation;
    CasebookWriter *writer = m_writer.get();
    const QFuture<Annotation> saved = m_jobs.run<Annotation>([=](QPromise<Annotation> &promise) {
        // .result() rethrows: a passage that is not in the article, a colour that is not one
        promise.addResult(writer
                              ->submit([=](CasebookStore &store) {
                                  return store.annotations().annotateRange(articleId, start, end, content);
                              })
                              .result());
    });
    JobTracker::onFinished(
        saved, this,
        [this, request](const Annotation &annotation) {
            Q_EMIT annotationAdded(request, annotation);
            Q_EMIT annotationsChanged(annotation.articleId);
        },
        [this](const QString &error) { Q_EMIT errorOccurred(error); });
    return request;
}

void CasebookSession::changeAnnotations(qint64 articleId, std::function<void(AnnotationStore &)> change)
{
    if (!canChange())
        return;
    CasebookWriter *writer = m_writer.get();
    const QFuture<qint64> saved = m_jobs.run<qint64>([=](QPromise<qint64> &promise) {
        writer
            ->submit([change](CasebookStore &store) {
                AnnotationStore annotations = store.annotations();
                change(annotations);
            })
            .waitForFinished(); // rethrows
        promise.addResult(articleId);
    });
    JobTracker::onFinished(
        saved, this, [this](qint64 id) { Q_EMIT annotationsChanged(id); },
        [this](const QString &error) { Q_EMIT errorOccurred(error); });
}

void CasebookSession::removeAnnotation(const Annotation &annotation)
{
    const qint64 id = annotation.id;
    changeAnnotations(annotation.articleId, [id](AnnotationStore &store) { store.remove(id); });
}

void CasebookSession::editAnnotation(const Annotation &annotation, const AnnotationContent &content)
{
    const qint64 id = annotation.id;
    changeAnnotations(annotation.articleId, [id, content](AnnotationStore &store) { store.edit(id, content); });
}

void CasebookSession::restoreAnnotation(const Annotation &annotation)
{
    changeAnnotations(annotation.articleId, [annotation](AnnotationStore &store) { store.restore(annotation); });
}

void CasebookSession::startAnalysis(const QString &title)
{
    if (!isReady() || m_readOnly)
        return;
    if (m_analysisJob) {
        m_analysisAgain = true; // it may have read the stale list already: run once more when it ends
        return;
    }
    CasebookWriter *writer = m_writer.get();
    AnalysisOptions options;
    options.threads = m_workerThreads;
    m_analysisJob = m_jobs.start<AnalysisSummary>(
        title,
        [writer, options](QPromise<AnalysisSummary> &promise) {
            AnalysisJob(*writer, options).run(promise, AnalysisJob::Scope::Stale);
        },
        JobTracker::Finished<AnalysisSummary>(
            [this, title](JobStatus &status, const std::optional<AnalysisSummary> &analysed) {
                m_analysisJob = 0;
                if (analysed)
                    status.summary = tr("%1 articles: %2 mentions, %3 dated events")
                                         .arg(analysed->counts.articlesDone)
                                         .arg(analysed->counts.mentions)
                                         .arg(analysed->counts.events);
                else if (status.state == JobStatus::State::Canceled)
                    status.summary = tr("analysed batches kept; the rest is analysed at the next import");
                casebookChanged();
                Q_EMIT entitiesChanged();
                findNotAnalysed();
                if (std::exchange(m_analysisAgain, false) && status.state == JobStatus::State::Finished)
                    startAnalysis(title);
            }));
}

void CasebookSession::importPaths(const QStringList &paths)
{
    if (!isReady()) {
        Q_EMIT errorOccurred(tr("The casebook is still being upgraded; import when the upgrade has finished."));
        return;
    }
    if (!canChange())
        return;
    if (m_importJob) {
        Q_EMIT errorOccurred(tr("An import is already running; wait for it or cancel it first."));
        return;
    }
    CasebookWriter *writer = m_writer.get();
    const ImporterRegistry *registry = &m_registry;
    ImportOptions options;
    options.threads = m_workerThreads;
    // A long PDF or scan says which page it is on; the posted call is dropped if the session is gone by then.
    options.onPageRead = [this](const QString &path, int pagesRead, int pageCount) {
        QMetaObject::invokeMethod(
            this,
            [this, name = QFileInfo(path).fileName(), pagesRead, pageCount] {
                if (m_importJob)
                    m_jobs.setDetail(m_importJob, tr("%1: page %2 of %3").arg(name).arg(pagesRead).arg(pageCount));
            },
            Qt::QueuedConnection);
    };
    m_importJob = m_jobs.start<ImportSummary>(
        tr("Import"),
        [writer, registry, paths, options](QPromise<ImportSummary> &promise) {
            ImportJob(*writer, *registry, options).run(promise, paths);
        },
        JobTracker::Finished<ImportSummary>([this](JobStatus &status, const std::optional<ImportSummary> &result) {
            m_importJob = 0;
            ImportSummary summary;
            if (result) {
                summary = *result;
                // The same line as the CLI's: every file in one of four kinds, the counts adding up.
                status.summary = summary.counts.countsLine();
                for (const auto &failure : summary.failures)
                    status.failures.append({ failure.path, failure.reason });
            } else {
                // cancelled or failed: the batches committed before stay
                summary.counts.filesDone = status.done;
                summary.counts.filesTotal = status.total;
                if (status.state == JobStatus::State::Canceled) {
                    summary.canceled = true;
                    status.summary = tr("batches committed before the cancel are kept");
                } else {
                    summary.error = status.summary;
                }
            }
            casebookChanged();
            Q_EMIT importFinished(summary);
            // Analyse what came in (and anything left stale), as its own job: also what a cancelled or failed
            // import committed before it stopped.
            startAnalysis(tr("Analysis"));
        }));
}

void CasebookSession::cancelJob(quint64 jobId)
{
    m_jobs.cancel(jobId);
}

void CasebookSession::cancelImport()
{
    m_jobs.cancel(m_importJob);
}

} // namespace casebook
