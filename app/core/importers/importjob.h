// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importerregistry.h"
#include "store/casebookstore.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace casebook {

class CasebookWriter;

struct ImportOptions
{
    int threads = 0; ///< workers that read and decode files; 0 means one per core
    int batchSize = 128; ///< articles committed per transaction
    qint64 maxFileBytes = 512LL * 1024 * 1024;
};

struct ImportProgress
{
    qint64 filesTotal = 0;
    qint64 filesDone = 0;
    qint64 bytesDone = 0;
    qint64 added = 0;
    qint64 alreadyPresent = 0; ///< files already in the casebook: nothing to do
    qint64 duplicates = 0; ///< added, and linked to an earlier copy of the same article
    qint64 failed = 0;
};

struct ImportSummary
{
    ImportProgress counts;
    QList<ImportFailureRecord> failures;
    QList<qint64> addedIds;
    bool canceled = false;
    qint64 elapsedMs = 0;
};

struct ImportCallbacks
{
    std::function<bool()> isCanceled; ///< polled between files and batches
    std::function<void(const ImportProgress &)> progress; ///< called after each committed batch
};

/// Imports files and folders into a casebook: workers read and decode files in parallel, the writer commits
/// them a batch per transaction while the next batch is read. A file that cannot be imported is reported with
/// its reason and the rest goes on; cancelling keeps every batch already committed.
class ImportJob
{
public:
    ImportJob(CasebookWriter &writer, const ImporterRegistry &registry, ImportOptions options = {});

    /// Runs to the end (or until cancelled) on the calling thread; worker and writer threads do the work.
    ImportSummary run(const QStringList &paths, const ImportCallbacks &callbacks = {});

    /// Expands folders recursively into their files, sorted; paths that do not exist become failures.
    static QStringList collectFiles(const QStringList &paths, QList<ImportFailureRecord> *failures);

private:
    CasebookWriter &m_writer;
    const ImporterRegistry &m_registry;
    ImportOptions m_options;
};

} // namespace casebook
