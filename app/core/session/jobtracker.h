// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundjob.h"
#include "util/casebookerror.h"
#include "util/threadpriority.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <optional>

namespace casebook {

/// The one way Casebook runs background work (Qt Creator's async idiom). A job is a function of a `QPromise<T> &`:
/// it polls `promise.isCanceled()`, reports progress with `setProgressRange` / `setProgressValueAndText`, and adds
/// its result with `addResult`; a CasebookError it throws becomes the job's failure. Jobs run on the tracker's own
/// pool (never the global one: Qt's raster painter waits on that) at background priority.
///
/// - `start()` runs a job the analyst sees: it gets an id, a JobStatus row (jobChanged), and `cancel(id)` stops it.
///   `finished` runs on the tracker's thread with the final status to fill in and the result, when there is one (a
///   cancelled job's late result is dropped by QPromise).
/// - `run()` runs a query (search, overview, an article load, a write the analyst just made): untracked,
///   superseded by its caller through the returned future; its value comes back through `onFinished()`.
///
/// The destructor cancels every job and waits for it, so no job outlives what it works on.
class JobTracker : public QObject
{
    Q_OBJECT

public:
    explicit JobTracker(QObject *parent = nullptr);
    ~JobTracker() override;

    template<typename T, typename Work> QFuture<T> run(Work work)
    {
        QFuture<T> future = QtConcurrent::run(&m_pool, [work = std::move(work)](QPromise<T> &promise) mutable {
            makeCurrentThreadBackground();
            work(promise);
        });
        remember(QFuture<void>(future));
        return future;
    }

    template<typename T> using Finished = std::function<void(JobStatus &status, const std::optional<T> &result)>;

    /// Starts a tracked job titled `title` ("Import", "Analysis"). Returns its id.
    template<typename T, typename Work> quint64 start(const QString &title, Work work, Finished<T> finished = {})
    {
        const quint64 id = ++m_nextId;
        QFuture<T> future = run<T>(std::move(work));
        auto *watcher = new QFutureWatcher<T>(this);
        watchProgress(id, watcher);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher, finished = std::move(finished)] {
            QFuture<T> done = watcher->future();
            std::optional<T> result;
            QString error;
            try {
                done.waitForFinished(); // rethrows what the job threw
                if (!done.isCanceled() && done.resultCount() > 0)
                    result = done.resultAt(0);
            } catch (const CasebookError &e) {
                error = e.message();
            } catch (const std::exception &e) {
                error = QString::fromUtf8(e.what());
            }
            endStatus(id, done.isCanceled(), error, [&](JobStatus &status) {
                if (finished)
                    finished(status, result);
            });
            watcher->deleteLater();
        });
        watcher->setFuture(future);
        m_tracked.insert(id, QFuture<void>(future));
        beginStatus(id, title); // announced once it can be cancelled
        return id;
    }

    /// Calls `onResult(value)` in `context`'s thread when `future` ends with a value, `onError(message)` when the
    /// job threw; neither when it was cancelled (a superseded query) or `context` is gone. A QFutureWatcher, not
    /// QFuture::then(): Qt 6.4 crashes when a future is cancelled after its continuation's future is gone.
    template<typename T, typename OnResult, typename OnError>
    static void onFinished(const QFuture<T> &future, QObject *context, OnResult onResult, OnError onError)
    {
        auto *watcher = new QFutureWatcher<T>(context);
        connect(watcher, &QFutureWatcherBase::finished, context,
                [watcher, onResult = std::move(onResult), onError = std::move(onError)]() mutable {
                    watcher->deleteLater();
                    QFuture<T> done = watcher->future();
                    try {
                        done.waitForFinished(); // rethrows what the job threw
                    } catch (const CasebookError &e) {
                        onError(e.message());
                        return;
                    } catch (const std::exception &e) {
                        onError(QString::fromUtf8(e.what()));
                        return;
                    }
                    if (!done.isCanceled() && done.resultCount() > 0)
                        onResult(done.resultAt(0));
                });
        watcher->setFuture(future);
    }

    /// Sets what a running job is doing now (its status's `detail`), between its progress reports: "report.pdf:
    /// page 3 of 40". Call on the tracker's thread; unknown or finished ids are ignored.
    void setDetail(quint64 id, const QString &detail);
    /// Asks the job to stop; it ends as Canceled at its next check. Unknown or finished ids are ignored.
    void cancel(quint64 id);
    bool isRunning(quint64 id) const { return m_tracked.contains(id); }
    QList<quint64> runningJobs() const { return m_tracked.keys(); }
    /// Cancels everything (tracked jobs and queries) and waits until every job has returned.
    void cancelAllAndWait();

Q_SIGNALS:
    void jobChanged(const casebook::JobStatus &job);

private:
    void beginStatus(quint64 id, const QString &title);
    void watchProgress(quint64 id, QFutureWatcherBase *watcher);
    void endStatus(quint64 id, bool canceled, const QString &error, const std::function<void(JobStatus &)> &fill);
    void remember(const QFuture<void> &future);

    QThreadPool m_pool;
    QHash<quint64, JobStatus> m_status;
    QHash<quint64, QFuture<void>> m_tracked;
    QList<QFuture<void>> m_all; ///< every job not yet known to be finished, to wait for at the end
    quint64 m_nextId = 0;
};

/// Runs `work(promise)` to its end on the calling thread and returns its result: for the CLI, tests and benchmarks,
/// which have nothing else to do meanwhile. Exceptions propagate to the caller.
template<typename T, typename Work> T runToEnd(Work &&work)
{
    QPromise<T> promise;
    promise.start();
    work(promise);
    promise.finish();
    QFuture<T> future = promise.future();
    if (future.resultCount() == 0)
        throw CasebookError(QStringLiteral("A job ended without a result."));
    return future.resultAt(0);
}

} // namespace casebook
