// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "folderscan.h"
#include "jobtracker.h"
#include "search/indextokens.h"
#include "store/casebookwriter.h"
#include "store/readerpool.h"
#include "store/storedtext.h"
#include "util/casebookerror.h"
#include "util/threadpriority.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

struct ReadOutcome
{
    QString path;
    qint64 bytes = 0;
    std::optional<ImportedArticle> article;
    QString error; ///< set when the file could not be imported
    bool skipped = false; ///< not read because the job was cancelled
};

bool isCasebookFile(const QString &path)
{
    return path.endsWith(u".casebook"_s) || path.endsWith(u".casebook-wal"_s) || path.endsWith(u".casebook-shm"_s)
        || path.endsWith(u".casebook-journal"_s);
}

/// What the writer thread would otherwise do itself, done here on the worker: the writer is the one serial part
/// of an import, so every second it spends compressing or tokenizing is a second no other core can take over.
void prepareForWriter(ImportedArticle &article)
{
    article.compressedOriginal = StoredText::compressOriginal(article.original, article.text);
    article.compressedText = StoredText::compress(article.text);
    const ArticleMetadata &meta = article.meta;
    article.indexTokens = IndexTokens::make(meta.title, article.text, meta.source, meta.author);
}

/// The article's first copy among the articles committed now, looked up on the worker (on a read-only connection)
/// so that the writer only looks among the articles added since. Without a connection the writer looks everywhere.
void probeNearDuplicates(ImportedArticle &article, ReaderPool &readers)
{
    try {
        article.nearDuplicateProbe = readers.acquire()->probeNearDuplicates(article);
    } catch (const CasebookError &) {
        article.nearDuplicateProbe = {};
    }
}

ReadOutcome readOne(const QString &path, const ImporterRegistry &registry, const ImportOptions &options,
                    const std::atomic_bool &canceled, const QPromise<ImportSummary> &promise, ReaderPool *probeReaders)
{
    ReadOutcome outcome;
    outcome.path = path;
    if (canceled.load(std::memory_order_relaxed)) {
        outcome.skipped = true;
        return outcome;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = u"cannot be read: %1"_s.arg(file.errorString());
        return outcome;
    }
    const qint64 maxBytes = options.maxFileBytes;
    if (file.size() > maxBytes) {
        outcome.error = u"is too large to import (%1 MB; the limit is %2 MB)"_s.arg(file.size() / (1024 * 1024))
                            .arg(maxBytes / (1024 * 1024));
        return outcome;
    }
    SourceFile source;
    source.path = QFileInfo(path).absoluteFilePath();
    source.bytes = file.readAll();
    source.modified = QFileInfo(file).lastModified();
    // a long read (OCR of a scanned book) notices a cancel while it runs, not only at the next file
    source.limits.isCanceled = [&canceled, &promise] { return canceled.load() || promise.isCanceled(); };
    if (options.onPageRead)
        source.onPageRead
            = [&options, path](int pagesRead, int pageCount) { options.onPageRead(path, pagesRead, pageCount); };
    if (options.fileTimeLimitMs > 0) {
        source.limits.deadline = QDeadlineTimer(options.fileTimeLimitMs);
        source.limits.timeLimitMs = options.fileTimeLimitMs;
    }
    outcome.bytes = source.bytes.size();
    if (file.error() != QFileDevice::NoError) {
        outcome.error = u"cannot be read: %1"_s.arg(file.errorString());
        return outcome;
    }
    try {
        outcome.article = registry.read(source);
        prepareForWriter(*outcome.article);
        if (probeReaders)
            probeNearDuplicates(*outcome.article, *probeReaders);
    } catch (const CasebookError &error) {
        outcome.error = error.message();
    } catch (const std::exception &error) {
        outcome.error = u"could not be imported: %1"_s.arg(QString::fromUtf8(error.what()));
    }
    return outcome;
}

struct WrittenBatch
{
    std::vector<AddOutcome> outcomes;
};

} // namespace

QString ImportProgress::countsLine() const
{
    // Counted from the parts, so the line adds up while batches are still being written.
    const qint64 files = added + alreadyPresent + failed;
    // Another language gives the whole line as one translation with every count a number; English spells its
    // plurals below, so the command line and an interface without a translation read the same.
    static constexpr char pattern[] = QT_TRANSLATE_NOOP(
        "casebook::ImportProgress", "%1 files: %2 imported, %3 linked as copies, %4 already present, %5 refused");
    const QString translated = QCoreApplication::translate("casebook::ImportProgress", pattern);
    if (translated != QLatin1StringView(pattern))
        return translated.arg(files).arg(imported()).arg(duplicates).arg(alreadyPresent).arg(failed);
    return u"%1 file%2: %3 imported, %4 linked as %5, %6 already present, %7 refused"_s.arg(files)
        .arg(files == 1 ? u""_s : u"s"_s)
        .arg(imported())
        .arg(duplicates)
        .arg(duplicates == 1 ? u"a copy"_s : u"copies"_s)
        .arg(alreadyPresent)
        .arg(failed);
}

ImportJob::ImportJob(CasebookWriter &writer, const ImporterRegistry &registry, ImportOptions options)
    : m_writer(writer)
    , m_registry(registry)
    , m_options(options)
{ }

QStringList ImportJob::collectFiles(const QStringList &paths, QList<ImportFailureRecord> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (failures)
                failures->append({ path, u"does not exist"_s });
            continue;
        }
        if (info.isFile()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        const FolderScan scan
            = FolderScan::walk(info.absoluteFilePath(), [](const QString &file) { return !isCasebookFile(file); });
        files.append(scan.files);
        if (failures)
            for (const FolderScan::Problem &problem : scan.problems)
                failures->append({ problem.path, problem.reason });
    }
    return files;
}

ImportSummary ImportJob::run(const QStringList &paths)
{
    return runToEnd<ImportSummary>([&](QPromise<ImportSummary> &promise) { run(promise, paths); });
}

void ImportJob::run(QPromise<ImportSummary> &promise, const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    const QStringList files = collectFiles(paths, &summary.failures);
    summary.counts.filesTotal = files.size() + summary.failures.size();
    summary.counts.failed = summary.failures.size();
    summary.counts.filesDone = summary.failures.size();

    QThreadPool workers;
    workers.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    // With four workers or more the one writer is what limits an import, and each worker looks for its articles'
    // near-duplicates itself (on a read-only connection of its own), leaving the writer only those added since.
    // With fewer the workers are the limit, and a worker's lookup costs it more than it saves the writer (a read
    // connection starts each batch with an empty page cache): 2 workers on 2 cores imported 10-15% fewer
    // articles a second that way (docs/storage.md).
    const bool probeOnWorkers = workers.maxThreadCount() >= m_options.minimumWorkersToProbe;
    ReaderPool readers(m_writer.path(), workers.maxThreadCount());
    ReaderPool *probeReaders = probeOnWorkers ? &readers : nullptr;
    promise.setProgressRange(0, int(summary.counts.filesTotal));
    std::atomic_bool canceled = false;
    auto checkCanceled = [&] {
        if (!canceled && promise.isCanceled())
            canceled = true;
        return canceled.load();
    };

    QFuture<WrittenBatch> pendingWrite;
    // Files whose batch is committed: the files of the batch being read are already counted in filesDone, and
    // progress must never count what a crash would lose (the kill harness caught that one batch ahead).
    qint64 filesCommitted = summary.counts.filesDone;
    qint64 pendingFiles = 0;
    QList<ImportFailureRecord> pendingFailures = summary.failures;
    auto finishPendingWrite = [&] {
        if (!pendingWrite.isValid())
            return;
        const WrittenBatch written = pendingWrite.result(); // rethrows a CasebookError from the writer
        for (const AddOutcome &outcome : written.outcomes) {
            if (outcome.kind == AddOutcome::Kind::AlreadyPresent) {
                ++summary.counts.alreadyPresent;
                continue;
            }
            ++summary.counts.added;
            summary.addedIds.append(outcome.articleId);
            if (outcome.duplicateOf)
                ++summary.counts.duplicates;
        }
        pendingWrite = {};
        filesCommitted += std::exchange(pendingFiles, 0);
        promise.setProgressValueAndText(int(filesCommitted), summary.counts.countsLine());
    };

    const int batchSize = std::max(1, m_options.batchSize);
    for (qsizetype start = 0; start < files.size(); start += batchSize) {
        if (checkCanceled())
            break;
        const QStringList chunk = files.mid(start, batchSize);
        const ImportOptions &options = m_options;
        const ImporterRegistry &registry = m_registry;
        // mapped, not blockingMapped: a blocking map also puts the calling thread to work, and then "one worker"
        // would be two.
        QFuture<ReadOutcome> reading = QtConcurrent::mapped(
            &workers, chunk, [&registry, &options, &canceled, &promise, probeReaders](const QString &path) {
                makeCurrentThreadBackground();
                if (promise.isCanceled())
                    canceled = true;
                return readOne(path, registry, options, canceled, promise, probeReaders);
            });
        const QList<ReadOutcome> readResults = reading.results();
        std::vector<ReadOutcome> results(readResults.cbegin(), readResults.cend());
        if (checkCanceled())
            break; // a half-read batch is dropped; everything committed before stays

        std::vector<ImportedArticle> batch;
        batch.reserve(results.size());
        QList<ImportFailureRecord> failures = std::exchange(pendingFailures, {});
        for (ReadOutcome &result : results) {
            summary.counts.bytesDone += result.bytes;
            ++summary.counts.filesDone;
            if (result.article) {
                for (const QString &notice : std::as_const(result.article->notices))
                    summary.notices.append({ result.path, notice });
                batch.push_back(std::move(*result.article));
            } else {
                failures.append({ result.path, result.error });
                summary.failures.append({ result.path, result.error });
                ++summary.counts.failed;
            }
        }
        finishPendingWrite();
        pendingFiles = qint64(results.size());
        pendingWrite = m_writer.submit([batch = std::move(batch), failures](CasebookStore &store) {
            WrittenBatch written;
            written.outcomes = store.addArticles(batch);
            store.recordImportFailures(failures);
            return written;
        });
    }
    if (!pendingFailures.isEmpty() && !canceled) {
        // Only missing paths and no files at all: still record why nothing came in.
        finishPendingWrite();
        pendingWrite = m_writer.submit([failures = pendingFailures](CasebookStore &store) {
            store.recordImportFailures(failures);
            return WrittenBatch {};
        });
    }
    finishPendingWrite();
    summary.canceled = canceled;
    summary.elapsedMs = timer.elapsed();
    promise.addResult(std::move(summary));
}

} // namespace casebook
