// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPromise>

namespace casebook {

class CasebookWriter;

struct AnalysisOptions
{
    int threads = 0; ///< analysis workers; 0 means one per core
    int batchSize = 64; ///< articles written per transaction
    /// Seconds one article's analysis may take per million characters begun (10 s for a news article, 40 s for
    /// 3 MB); past it the article is recorded as "not analysed: too slow". 0: no limit.
    double articleSecondsPerMillion = 10;
    /// The limit for an article of `characters`, in milliseconds; 0 when there is none.
    qint64 articleTimeLimitMs(qint64 characters) const;
};

struct AnalysisProgress
{
    qint64 articlesTotal = 0;
    qint64 articlesDone = 0;
    qint64 characters = 0;
    qint64 mentions = 0;
    qint64 events = 0;
    qint64 tooSlow = 0; ///< articles given up on at their time limit (recorded as not analysed: too slow)
};

struct AnalysisSummary
{
    AnalysisProgress counts;
    bool canceled = false;
    qint64 elapsedMs = 0;
};

/// Analyses articles of a casebook: workers on a thread pool run the Analyzer (a pure function of text and
/// publication date) while the writer commits the previous batch; the entities are rebuilt (with the analyst's
/// decisions) once at the end. Cancelling keeps the batches already committed and still rebuilds the entities.
class AnalysisJob
{
public:
    explicit AnalysisJob(CasebookWriter &writer, AnalysisOptions options = {});

    /// What to analyse.
    enum class Scope {
        Stale, ///< articles never analysed, analysed with older rules, or whose date changed
        All, ///< every article again
    };

    /// Analyses the given articles on the calling thread's behalf (it waits), until done or
    /// `promise.isCanceled()`. Progress is articles committed of articles to analyse, reported after each
    /// committed batch. Adds the summary as the promise's result.
    void run(QPromise<AnalysisSummary> &promise, const QList<qint64> &articleIds);
    void run(QPromise<AnalysisSummary> &promise, Scope scope);

    /// The same, to its end, for callers with nothing else to do (CLI, tests).
    AnalysisSummary run(const QList<qint64> &articleIds);
    AnalysisSummary runStale();
    AnalysisSummary runAll();

private:
    QList<qint64> articlesIn(Scope scope);

    CasebookWriter &m_writer;
    AnalysisOptions m_options;
};

} // namespace casebook
