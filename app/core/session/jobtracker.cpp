// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtracker.h"

#include <QThread>

namespace casebook {

JobTracker::JobTracker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<JobStatus>();
    // An import holds a thread for its whole run while its workers, searches and loads need their own.
    m_pool.setMaxThreadCount(std::max(4, QThread::idealThreadCount() + 2));
}

JobTracker::~JobTracker()
{
    cancelAllAndWait();
}

void JobTracker::remember(const QFuture<void> &future)
{
    m_all.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_all.append(future);
}

void JobTracker::beginStatus(quint64 id, const QString &title)
{
    JobStatus status;
    status.id = id;
    status.title = title;
    status.started = QDateTime::currentDateTimeUtc();
    m_status.insert(id, status);
    Q_EMIT jobChanged(status);
}

void JobTracker::setDetail(quint64 id, const QString &detail)
{
    auto it = m_status.find(id);
    if (it == m_status.end() || it->state != JobStatus::State::Running)
        return;
    it->detail = detail;
    Q_EMIT jobChanged(*it);
}

void JobTracker::watchProgress(quint64 id, QFutureWatcherBase *watcher)
{
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, id](int, int maximum) {
        auto it = m_status.find(id);
        if (it == m_status.end())
            return;
        it->total = maximum;
        Q_EMIT jobChanged(*it);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, id](int value) {
        auto it = m_status.find(id);
        if (it == m_status.end())
            return;
        it->done = value;
        Q_EMIT jobChanged(*it);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, id](const QString &text) {
        auto it = m_status.find(id);
        if (it == m_status.end())
            return;
        it->detail = text;
        Q_EMIT jobChanged(*it);
    });
}

void JobTracker::endStatus(quint64 id, bool canceled, const QString &error,
                           const std::function<void(JobStatus &)> &fill)
{
    JobStatus status = m_status.take(id);
    m_tracked.remove(id);
    if (!error.isEmpty()) {
        status.state = JobStatus::State::Failed;
        status.summary = error;
    } else {
        status.state = canceled ? JobStatus::State::Canceled : JobStatus::State::Finished;
    }
    fill(status);
    Q_EMIT jobChanged(status);
}

void JobTracker::cancel(quint64 id)
{
    const auto it = m_tracked.constFind(id);
    if (it != m_tracked.cend())
        QFuture<void>(*it).cancel();
}

void JobTracker::cancelAllAndWait()
{
    for (QFuture<void> &future : m_all)
        future.cancel();
    for (QFuture<void> &future : m_all) {
        try {
            future.waitForFinished();
        } catch (...) {
            // its failure was (or would have been) reported to whoever watched it
        }
    }
    m_all.clear();
    m_pool.waitForDone();
}

} // namespace casebook
