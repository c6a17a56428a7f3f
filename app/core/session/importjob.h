// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importerregistry.h"
#include "store/casebookstore.h"

#include <QList>
#include <QPromise>
#include <QStringList>
#include <functional>

namespace casebook {

class CasebookWriter;

struct ImportOptions
{
    int threads = 0; ///< workers that read and decode files; 0 means one per core
    int batchSize = 128; ///< articles committed per transaction
    qint64 maxFileBytes = 512LL * 1024 * 1024;
    /// A file still being read after this long (a hostile PDF, a long scan) is given up with a message; 0: never.
    qint64 fileTimeLimitMs = 15 * 60 * 1000;
    /// Called on worker threads as the pages of a PDF or scan are read ("report.pdf", 3, 40). Progress proper
    /// counts committed files only; this tells what a long file is doing meanwhile.
    std::function<void(const QString &path, int pagesRead, int pageCount)> onPageRead {};
    /// From this many workers on, each worker also looks for its articles' near-duplicates among the committed
    /// ones (CasebookStore::probeNearDuplicates), so the one writer only looks among the articles added since.
    int minimumWorkersToProbe = 4;
};

struct ImportProgress
{
    qint64 filesTotal = 0;
    qint64 filesDone = 0;
    qint64 bytesDone = 0;
    qint64 added = 0; ///< new articles in the casebook: imported() originals and duplicates
    qint64 alreadyPresent = 0; ///< files already in the casebook: nothing to do
    qint64 duplicates = 0; ///< added, and linked to an earlier copy of the same article
    qint64 failed = 0; ///< refused, each with its reason in ImportSummary::failures

    /// Added as articles of their own (not linked as copies).
    qint64 imported() const { return added - duplicates; }
    /// Every file done falls in exactly one of: imported, linked as a copy, already present, refused.
    /// "3 files: 1 imported, 1 linked as a copy, 0 already present, 1 refused"
    QString countsLine() const;
};

/// Something the import report says about a file that was imported (an encoding chosen among plausible ones).
struct ImportNotice
{
    QString path;
    QString message;
};

struct ImportSummary
{
    ImportProgress counts;
    QList<ImportFailureRecord> failures;
    QList<ImportNotice> notices;
    QList<qint64> addedIds;
    bool canceled = false;
    QString error; ///< why the import stopped when the casebook could not be written; batches before it stay
    qint64 elapsedMs = 0;
};

/// Imports files and folders into a casebook: workers read and decode files in parallel, the writer commits
/// them a batch per transaction while the next batch is read. A file that cannot be imported is reported with
/// its reason and the rest goes on; cancelling keeps every batch already committed.
class ImportJob
{
public:
    ImportJob(CasebookWriter &writer, const ImporterRegistry &registry, ImportOptions options = {});

    /// Runs on the calling thread until done or `promise.isCanceled()`; worker and writer threads do the work.
    /// Progress is files done of files found, with a line of counts as its text, reported after each committed
    /// batch. Adds the summary as the promise's result. Throws CasebookError when the casebook cannot be written.
    void run(QPromise<ImportSummary> &promise, const QStringList &paths);
    /// The same, to its end, for callers with nothing else to do (CLI, tests).
    ImportSummary run(const QStringList &paths);

    /// Expands folders recursively into their files, sorted; paths that do not exist become failures.
    static QStringList collectFiles(const QStringList &paths, QList<ImportFailureRecord> *failures);

private:
    CasebookWriter &m_writer;
    const ImporterRegistry &m_registry;
    ImportOptions m_options;
};

} // namespace casebook
