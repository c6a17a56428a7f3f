// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <functional>

namespace casebook {

class CasebookWriter;

struct AnalysisOptions
{
    int threads = 0; ///< analysis workers; 0 means one per core
    int batchSize = 64; ///< articles written per transaction
};

struct AnalysisProgress
{
    qint64 articlesTotal = 0;
    qint64 articlesDone = 0;
    qint64 characters = 0;
    qint64 mentions = 0;
    qint64 events = 0;
};

struct AnalysisSummary
{
    AnalysisProgress counts;
    bool canceled = false;
    qint64 elapsedMs = 0;
};

struct AnalysisCallbacks
{
    std::function<bool()> isCanceled; ///< polled between batches
    std::function<void(const AnalysisProgress &)> progress; ///< called after each committed batch
};

/// Analyses articles of a casebook: workers on a thread pool run the Analyzer (a pure function of text and
/// publication date) while the writer commits the previous batch; the entities are rebuilt (with the analyst's
/// decisions) once at the end. Cancelling keeps the batches already committed and still rebuilds the entities.
class AnalysisJob
{
public:
    explicit AnalysisJob(CasebookWriter &writer, AnalysisOptions options = {});

    /// Analyses the given articles, on the calling thread's behalf (it waits).
    AnalysisSummary run(const QList<qint64> &articleIds, const AnalysisCallbacks &callbacks = {});
    /// Analyses every stale article: never analysed, analysed with older rules, or whose date changed.
    AnalysisSummary runStale(const AnalysisCallbacks &callbacks = {});
    /// Analyses every article again.
    AnalysisSummary runAll(const AnalysisCallbacks &callbacks = {});

private:
    CasebookWriter &m_writer;
    AnalysisOptions m_options;
};

} // namespace casebook
