// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casebookstore.h"
#include "util/threadpriority.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
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
            return job(*m_store);
        });
    }

private:
    QString m_path;
    QThreadPool m_thread;
    std::unique_ptr<CasebookStore> m_store;
};

} // namespace casebook
