// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebooksession.h"

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

void CasebookSession::loadArticle(qint64 id)
{
    const QString path = m_path;
    const quint64 request = ++m_articleRequest;
    runInBackground<std::optional<Article>>(
        [path, id] { return CasebookStore(path, CasebookStore::Mode::ReadOnly).article(id); },
        [this, request](std::optional<Article> article) {
            // A newer request supersedes this one: only the last article asked for is shown.
            if (article && request == m_articleRequest)
                Q_EMIT articleLoaded(*article);
        });
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
