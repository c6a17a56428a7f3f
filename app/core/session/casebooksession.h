// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importerregistry.h"
#include "importers/importjob.h"
#include "search/searchengine.h"
#include "store/article.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace casebook {

class CasebookWriter;

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
    void importPaths(const QStringList &paths);
    void cancelImport();
    void correctMetadata(qint64 id, const QHash<ArticleField, QString> &values, const QList<ArticleField> &resets);

Q_SIGNALS:
    void articlesLoaded(const QList<casebook::Article> &articles);
    void articleLoaded(const casebook::Article &article, const QList<casebook::TextRange> &hits);
    void searchFinished(quint64 requestId, const casebook::SearchResults &results);
    void searchFailed(quint64 requestId, const QString &message, int position);
    void articleUpdated(const casebook::Article &article);
    void importStarted(qint64 filesTotal);
    void importProgress(const casebook::ImportProgress &progress);
    void importFinished(const casebook::ImportSummary &summary);
    void errorOccurred(const QString &message);

private:
    template<typename Result, typename Work, typename Done>
    void runInBackground(Work work, Done done);

    QString m_path;
    std::unique_ptr<CasebookWriter> m_writer;
    ImporterRegistry m_registry;
    std::atomic_bool m_cancelImport = false;
    std::atomic_bool m_importRunning = false;
    QList<QFuture<void>> m_running;
    quint64 m_articleRequest = 0;
    quint64 m_searchRequest = 0;
    std::shared_ptr<std::atomic_bool> m_searchCancel;
};

} // namespace casebook

Q_DECLARE_METATYPE(casebook::Article)
Q_DECLARE_METATYPE(casebook::ImportProgress)
Q_DECLARE_METATYPE(casebook::ImportSummary)
Q_DECLARE_METATYPE(casebook::SearchResults)
Q_DECLARE_METATYPE(casebook::TextRange)
