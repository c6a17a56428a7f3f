// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisrecords.h"
#include "backgroundjob.h"
#include "filterstate.h"
#include "importers/importerregistry.h"
#include "importjob.h"
#include "jobtracker.h"
#include "model/article.h"
#include "model/articlelisting.h"
#include "overview.h"
#include "reportexport.h"
#include "search/searchengine.h"
#include "store/casebookstore.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace casebook {

class CasebookWriter;
class ReaderPool;

/// An article as the document pane needs it: text and metadata, search hits and entity mentions.
struct LoadedArticle
{
    Article article;
    QList<TextRange> hits;
    QList<StoredMention> mentions;
    QList<Annotation> annotations; ///< the analyst's, orphaned ones included (the pane draws the others)
};

/// An open casebook as the GUI sees it. Every operation runs off the GUI thread as a job of its JobTracker (reads
/// on pooled read-only connections, writes through the one writer) and reports back through signals on the
/// session's thread. No widget ever waits on the database.
///
/// Opening is quick; a casebook in an older format is upgraded by an "Upgrade" job (backup first) and the session
/// is `ready()` when that ends. Jobs the analyst starts (upgrade, import, analysis, re-analysis) appear in
/// jobChanged and stop with cancelJob(id); queries (search, overview, article loads) supersede their predecessor.
class CasebookSession : public QObject
{
    Q_OBJECT

public:
    enum class Access {
        ReadWrite, ///< read and write; read only when the file, its folder or its disk cannot be written
        ReadOnly, ///< read only, whoever may write it (the analyst asked to look, not to change)
    };
    /// Opens (or creates) the casebook. Throws CasebookError, leaving the file untouched, when it is not a
    /// casebook, was written by a newer Casebook, or is in an older format and cannot be written to upgrade it.
    /// The file is only ever opened through SQLite.
    explicit CasebookSession(const QString &path, QObject *parent = nullptr);
    CasebookSession(const QString &path, Access access, QObject *parent = nullptr);
    /// Cancels every job and waits for it; committed batches stay.
    ~CasebookSession() override;

    const QString &path() const { return m_path; }
    /// False while the casebook is being upgraded (or failed to upgrade): then every other call is ignored.
    bool isReady() const { return m_readers != nullptr; }
    /// True when the casebook is open for reading only: every change is refused with errorOccurred (naming the
    /// file), queries and report exports work as usual.
    bool isReadOnly() const { return m_readOnly; }
    /// Why the casebook is read-only, for the window's notice; empty when it is not.
    QString readOnlyReason() const;
    bool isImporting() const { return m_importJob != 0 || m_analysisJob != 0; }
    /// Tracked jobs still running.
    QList<quint64> runningJobs() const { return m_jobs.runningJobs(); }

    /// One page of the article list, sorted, filtered and paged by SQL on a pooled reader; a newer request
    /// supersedes the one before: articlePageLoaded().
    void loadArticlePage(const ArticleListRequest &request);
    /// The titles and dates of these articles, for the views that name articles: articleHeadingsLoaded().
    void loadArticleHeadings(const QList<qint64> &ids);
    /// Every annotation of the casebook, for the Annotations dock: annotationsLoaded().
    void loadAnnotations();
    /// Finds the articles not analysed yet (never, or before their date or the rules changed): notAnalysed().
    void findNotAnalysed();
    /// Analyses the articles not analysed yet, as an "Analysis" job (after a cancelled one, say).
    void analyseNotAnalysed();
    /// Loads an article; when `highlightQuery` is not empty, also finds its hits in the text (off the GUI thread).
    void loadArticle(qint64 id, const QString &highlightQuery = {});
    /// Loads the article last asked for again (its entities or text changed), unless none was.
    void reloadLastArticle();
    /// Runs a search; a newer search cancels the one before. Returns the request's id for the signals.
    quint64 search(const SearchRequest &request);
    /// Imports, then analyses what came in (also after a cancel: what was committed stays and is analysed): two
    /// jobs, each with progress and cancel.
    void importPaths(const QStringList &paths);
    /// Cancels the running import; the analysis of what it committed still follows (cancel it by its id).
    void cancelImport();
    /// Cancels any tracked job by its id (as the Jobs panel shows it).
    void cancelJob(quint64 jobId);
    /// Timeline and entity counts for a filter; a newer request cancels the one before. The overview without a
    /// filter, and the entity names every overview uses, are kept until an import, analysis, decision, correction
    /// or deletion of this session changes the casebook.
    void computeOverview(const Filter &filter);
    /// The events the timeline shows for a point hovered or clicked: those dated from `from` up to (not including)
    /// `before` in the articles matching `filter` (its date range ignored), at most `limit`, with their sentences:
    /// timelineEventsLoaded().
    void loadTimelineEvents(const Filter &filter, const QDate &from, const QDate &before, int limit);
    /// Applies an analyst decision (merge, split, rename, retype, reject) through the writer.
    void decideEntity(const EntityDecision &decision);
    /// What deleteArticles() takes.
    enum class DeleteScope {
        Articles, ///< just these articles
        ImportBatches, ///< these and every article imported in the same batch
    };
    /// Deletes articles with their mentions, events and index rows in one transaction. Returns a token for
    /// undoDelete(); articlesDeleted(token, ids) tells what went.
    quint64 deleteArticles(const QList<qint64> &ids, DeleteScope scope = DeleteScope::Articles);
    /// Puts back what the deletion with this token took, with the same ids (possible until the session closes).
    void undoDelete(quint64 token);

    /// Annotates a passage of an article through the writer; annotationAdded(request, annotation) and
    /// annotationsChanged(articleId) when saved. Returns the request number.
    quint64 annotate(qint64 articleId, qsizetype start, qsizetype end, const AnnotationContent &content);
    /// Removes, edits or puts back an annotation (the last for undo); annotationsChanged(articleId) when saved.
    void removeAnnotation(const Annotation &annotation);
    void editAnnotation(const Annotation &annotation, const AnnotationContent &content);
    void restoreAnnotation(const Annotation &annotation);

    /// The Tesseract languages later imports OCR with ("eng+chi_sim"); kept in the settings under
    /// `ocrLanguagesKey`. Ignored while an import runs (its files are read with the languages it started with).
    static constexpr char ocrLanguagesKey[] = "ocr/languages";
    void setOcrLanguages(const QString &languages);
    QString ocrLanguages() const { return m_ocrLanguages; }
    /// Threads that read files during imports, analyse articles and OCR pages; 0 means one per core. Kept in the
    /// settings under `workerThreadsKey`; jobs that run keep the count they started with, the OCR pool resizes.
    static constexpr char workerThreadsKey[] = "jobs/workerThreads";
    static int configuredWorkerThreads();
    void setWorkerThreads(int threads);
    int workerThreads() const { return m_workerThreads; }
    /// Page `page` of the article's original (PDF, scan) as an image for the screen: pageImageLoaded().
    void loadPageImage(qint64 articleId, int page);
    /// The tags with their counts: tagsLoaded(list).
    void loadTags();
    /// Renames a tag (onto an existing one: merges them) or colours it; annotationsChanged(0) when saved.
    void renameTag(const QString &from, const QString &to);
    void setTagColor(const QString &name, const QString &color);
    /// Reports: reportsLoaded(list) with names and titles, reportLoaded(report) whole.
    void loadReports();
    void loadReport(const QString &name);
    /// Saves a report whole through the writer; reportSaved(report) with its ids. A new name is refused with
    /// errorOccurred when another report has it.
    void saveReport(const Report &report);
    void deleteReport(const QString &name);
    /// Exports as an "Export" job in the Jobs panel, after every save asked for before it: exportFinished(outcome),
    /// or the job fails with the reason. Returns the job's id.
    quint64 exportReport(const ExportRequest &request);

    /// Saves corrections; a changed publication date starts a "Re-analysis" job for the article's dated events.
    void correctMetadata(qint64 id, const QHash<ArticleField, QString> &values, const QList<ArticleField> &resets);

Q_SIGNALS:
    /// The casebook can be read and written (at once, or after its upgrade).
    void ready();
    /// The older casebook could not be upgraded (or the upgrade was cancelled): it stays as it was, unopened.
    void upgradeFailed(const QString &message);
    void articlePageLoaded(const casebook::ArticleListPage &page);
    void articleHeadingsLoaded(const QList<casebook::ArticleHeading> &headings);
    void notAnalysed(const QList<qint64> &ids);
    void articleLoaded(const casebook::LoadedArticle &loaded);
    void overviewReady(const casebook::Overview &overview);
    void timelineEventsLoaded(const QDate &from, const QDate &before, const QList<casebook::TimelineEvent> &events);
    void entitiesChanged();
    void jobChanged(const casebook::JobStatus &job);
    void searchFinished(quint64 requestId, const casebook::SearchResults &results);
    void searchFailed(quint64 requestId, const QString &message, int position);
    void articleUpdated(const casebook::Article &article);
    void articlesDeleted(quint64 token, const QList<qint64> &ids);
    void articlesRestored(const QList<qint64> &ids);
    void annotationsChanged(qint64 articleId);
    void annotationAdded(quint64 request, const casebook::Annotation &annotation);
    void annotationsLoaded(const QList<casebook::Annotation> &annotations);
    void reportsLoaded(const QList<casebook::Report> &reports);
    void tagsLoaded(const QList<casebook::TagCount> &tags);
    void pageImageLoaded(qint64 articleId, int page, const QImage &image);
    void reportLoaded(const casebook::Report &report);
    void reportSaved(const casebook::Report &report);
    void exportFinished(const casebook::ExportOutcome &outcome);
    void importProgress(const casebook::ImportProgress &progress);
    void importFinished(const casebook::ImportSummary &summary);
    void errorOccurred(const QString &message);

private:
    void openWriter();
    /// True when a change can be made now; false (with errorOccurred for a read-only casebook) otherwise.
    bool canChange();
    /// Runs `change` on the annotations through the writer; annotationsChanged(articleId) when saved.
    void changeAnnotations(qint64 articleId, std::function<void(AnnotationStore &)> change);
    void startUpgrade();
    void startAnalysis(const QString &title);
    /// One kind of query where a newer request supersedes the older: the running one is cancelled and a late
    /// answer is dropped by its request number.
    struct QueryLane
    {
        QFuture<void> running;
        quint64 request = 0;
    };
    /// Runs `query(reader, promise)` on a pooled reader; `done(value)` runs on this thread unless a newer request
    /// on the same lane superseded it. A CasebookError becomes errorOccurred.
    template<typename T, typename Query, typename Done> quint64 runQuery(QueryLane &lane, Query query, Done done);

    QString m_path;
    bool m_readOnly = false;
    bool m_askedReadOnly = false; ///< read-only because the analyst asked, not because the file cannot be written
    JobTracker m_jobs; ///< the destructor cancels and waits for its jobs before any member goes
    /// Declared before the readers so it closes last: only the read-write connection can checkpoint the log into
    /// the file and remove the -wal beside it, so that a copied .casebook holds everything.
    std::unique_ptr<CasebookWriter> m_writer;
    std::unique_ptr<ReaderPool> m_readers;
    ImporterRegistry m_registry;
    QString m_ocrLanguages;
    int m_workerThreads = 0;
    quint64 m_importJob = 0;
    quint64 m_analysisJob = 0;
    bool m_analysisAgain = false; ///< something went stale while an analysis ran
    quint64 m_nextDeletion = 0;
    quint64 m_nextAnnotation = 0;
    QHash<quint64, std::shared_ptr<const DeletedArticles>> m_deletions; ///< what each deletion took, for undo
    QSet<quint64> m_undoWhenDeleted; ///< undo asked for before the deletion itself was done
    QueryLane m_articlesLane;
    QueryLane m_headingsLane;
    QueryLane m_backlogLane;
    QueryLane m_annotationsLane;
    QueryLane m_reportsLane;
    QueryLane m_tagsLane;
    QueryLane m_pageImageLane;
    QueryLane m_reportLane;
    QueryLane m_articleLane;
    std::pair<qint64, QString> m_lastArticle; ///< the article last asked for, with its highlight query
    QueryLane m_searchLane;
    QueryLane m_overviewLane;
    QueryLane m_timelineEventsLane;
    /// What the overview keeps between filters (computeOverview): valid while `generation` is the session's.
    struct OverviewCache
    {
        std::shared_ptr<const EntityNames> names;
        std::optional<Overview> unfiltered;
    };
    /// Forgets the kept overview: the casebook changed.
    void casebookChanged();
    OverviewCache m_overviewCache;
    quint64 m_generation = 0; ///< counts casebookChanged()
};

} // namespace casebook

Q_DECLARE_METATYPE(casebook::Article)
Q_DECLARE_METATYPE(casebook::ArticleListPage)
Q_DECLARE_METATYPE(casebook::LoadedArticle)
Q_DECLARE_METATYPE(casebook::Overview)
Q_DECLARE_METATYPE(casebook::TimelineEvent)
Q_DECLARE_METATYPE(casebook::ImportProgress)
Q_DECLARE_METATYPE(casebook::ImportSummary)
Q_DECLARE_METATYPE(casebook::SearchResults)
Q_DECLARE_METATYPE(casebook::TextRange)
Q_DECLARE_METATYPE(casebook::Report)
Q_DECLARE_METATYPE(casebook::ExportOutcome)
