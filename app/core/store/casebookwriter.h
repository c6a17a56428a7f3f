// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casebookstore.h"
#include "util/threadpriority.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>

namespace casebook {

/// The one writer of a casebook: a single thread that owns the read-write connection and runs write jobs one
/// after another, in the order they were submitted. Import batches, corrections and analysis results all go
/// through it, so no two writers ever race for the file.
class CasebookWriter
{
public:
    /// Opens (creating or migrating) the casebook; throws CasebookError like CasebookStore.
    explicit CasebookWriter(const QString &path);
    ~CasebookWriter();
    CasebookWriter(const CasebookWriter &) = delete;
    CasebookWriter &operator=(const CasebookWriter &) = delete;

    const QString &path() const { return m_path; }

    /// Queues `job(store)` on the writer thread. Exceptions thrown by the job reach whoever waits on the future.
    template<typename Job> auto submit(Job job) -> QFuture<decltype(job(std::declval<CasebookStore &>()))>
    {
        return QtConcurrent::run(&m_thread, [this, job = std::move(job)]() mutable {
            makeCurrentThreadBackground();
            const CpuTally tally(m_cpuNanoseconds);
            return job(*m_store);
        });
    }

    /// CPU seconds the writer's jobs have taken so far (0 where the system has no per-thread clock): what its share
    /// of an import is, which other load on the machine does not inflate as it does wall-clock time. Any thread.
    double cpuSeconds() const { return double(m_cpuNanoseconds.load()) / 1e9; }

private:
    /// Adds the CPU time of the current thread between its construction and destruction to a total.
    class CpuTally
    {
    public:
        explicit CpuTally(std::atomic<qint64> &total);
        ~CpuTally();
        CpuTally(const CpuTally &) = delete;
        CpuTally &operator=(const CpuTally &) = delete;

    private:
        std::atomic<qint64> &m_total;
        qint64 m_start;
    };

    QString m_path;
    std::atomic<qint64> m_cpuNanoseconds = 0;
    QThreadPool m_thread;
    std::unique_ptr<CasebookStore> m_store;
};

} // namespace casebook
