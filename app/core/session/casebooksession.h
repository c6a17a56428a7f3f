// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importerregistry.h"
#include "importers/importjob.h"
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
    void loadArticle(qint64 id);
    void importPaths(const QStringList &paths);
    void cancelImport();
    void correctMetadata(qint64 id, const QHash<ArticleField, QString> &values, const QList<ArticleField> &resets);

Q_SIGNALS:
    void articlesLoaded(const QList<casebook::Article> &articles);
    void articleLoaded(const casebook::Article &article);
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
};

} // namespace casebook

Q_DECLARE_METATYPE(casebook::Article)
Q_DECLARE_METATYPE(casebook::ImportProgress)
Q_DECLARE_METATYPE(casebook::ImportSummary)
