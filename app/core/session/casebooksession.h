// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisrecords.h"
#include "backgroundjob.h"
#include "filterstate.h"
#include "importers/importerregistry.h"
#include "importers/importjob.h"
#include "overview.h"
#include "search/searchengine.h"
#include "store/article.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace casebook {

class CasebookWriter;

/// An article as the document pane needs it: text and metadata, search hits and entity mentions.
struct LoadedArticle
{
    Article article;
    QList<TextRange> hits;
    QList<StoredMention> mentions;
};

/// An open casebook as the GUI sees it: every operation runs off the GUI thread (reads on worker connections,
/// writes through the one writer) and reports back through queued signals. No widget ever waits on the database.
class CasebookSession : public QObject
{
    Q_OBJECT

public:
    /// Opens (creating or upgrading) the casebook; throws CasebookError if it cannot.
    explicit CasebookSession(const QString &path, QObject *parent = nullptr);
    ~CasebookSession() override;

    const QString &path() const { return m_path; }
    bool isImporting() const { return m_importRunning; }

    void reloadArticles();
    /// Loads an article; when `highlightQuery` is not empty, also finds its hits in the text (off the GUI thread).
    void loadArticle(qint64 id, const QString &highlightQuery = {});
    /// Runs a search; a newer search cancels the one before. Returns the request's id for the signals.
    quint64 search(const SearchRequest &request);
    /// Imports, then analyses what came in; both are jobs with progress (jobChanged) and cancel.
    void importPaths(const QStringList &paths);
    void cancelImport();
    void cancelJob(quint64 jobId);
    /// Timeline and entity counts for a filter; a newer request cancels the one before.
    void computeOverview(const Filter &filter);
    /// Applies an analyst decision (merge, split, rename, retype, reject) through the writer.
    void decideEntity(const EntityDecision &decision);
    void correctMetadata(qint64 id, const QHash<ArticleField, QString> &values, const QList<ArticleField> &resets);

Q_SIGNALS:
    void articlesLoaded(const QList<casebook::Article> &articles);
    void articleLoaded(const casebook::LoadedArticle &loaded);
    void overviewReady(const casebook::Overview &overview);
    void entitiesChanged();
    void jobChanged(const casebook::JobStatus &job);
    void searchFinished(quint64 requestId, const casebook::SearchResults &results);
    void searchFailed(quint64 requestId, const QString &message, int position);
    void articleUpdated(const casebook::Article &article);
    void importProgress(const casebook::ImportProgress &progress);
    void importFinished(const casebook::ImportSummary &summary);
    void errorOccurred(const QString &message);

private:
    template<typename Result, typename Work, typename Done> void runInBackground(Work work, Done done);

    QString m_path;
    QThreadPool m_pool; ///< declared before everything its tasks use, so it is destroyed (and waited for) last
    std::unique_ptr<CasebookWriter> m_writer;
    ImporterRegistry m_registry;
    std::atomic_bool m_cancelImport = false;
    std::atomic_bool m_importRunning = false;
    QList<QFuture<void>> m_running;
    quint64 m_articleRequest = 0;
    quint64 m_searchRequest = 0;
    std::shared_ptr<std::atomic_bool> m_searchCancel;
    std::shared_ptr<std::atomic_bool> m_overviewCancel;
    quint64 m_overviewRequest = 0;
    quint64 m_nextJobId = 0;
    quint64 m_importJobId = 0;
};

} // namespace casebook

Q_DECLARE_METATYPE(casebook::Article)
Q_DECLARE_METATYPE(casebook::LoadedArticle)
Q_DECLARE_METATYPE(casebook::Overview)
Q_DECLARE_METATYPE(casebook::ImportProgress)
Q_DECLARE_METATYPE(casebook::ImportSummary)
Q_DECLARE_METATYPE(casebook::SearchResults)
Q_DECLARE_METATYPE(casebook::TextRange)
