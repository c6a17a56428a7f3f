// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjob.h"

#include "analysis/analyzer.h"
#include "jobtracker.h"
#include "store/analysisstore.h"
#include "store/casebookwriter.h"
#include "util/threadpriority.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace casebook {

qint64 AnalysisOptions::articleTimeLimitMs(qint64 characters) const
{
    if (articleSecondsPerMillion <= 0)
        return 0;
    const qint64 millions = 1 + characters / 1'000'000;
    return std::max<qint64>(1, qint64(articleSecondsPerMillion * 1000.0 * double(millions)));
}

AnalysisJob::AnalysisJob(CasebookWriter &writer, AnalysisOptions options)
    : m_writer(writer)
    , m_options(options)
{ }

AnalysisSummary AnalysisJob::run(const QList<qint64> &articleIds)
{
    return runToEnd<AnalysisSummary>([&](QPromise<AnalysisSummary> &promise) { run(promise, articleIds); });
}

AnalysisSummary AnalysisJob::runStale()
{
    return runToEnd<AnalysisSummary>([&](QPromise<AnalysisSummary> &promise) { run(promise, Scope::Stale); });
}

AnalysisSummary AnalysisJob::runAll()
{
    return runToEnd<AnalysisSummary>([&](QPromise<AnalysisSummary> &promise) { run(promise, Scope::All); });
}

void AnalysisJob::run(QPromise<AnalysisSummary> &promise, Scope scope)
{
    run(promise, articlesIn(scope));
}

QList<qint64> AnalysisJob::articlesIn(Scope scope)
{
    return m_writer
        .submit([scope](CasebookStore &store) {
            if (scope == Scope::Stale)
                return store.analysis().staleArticles();
            QList<qint64> all;
            for (const Article &a : store.articles())
                all.append(a.id);
            return all;
        })
        .result();
}

void AnalysisJob::run(QPromise<AnalysisSummary> &promise, const QList<qint64> &articleIds)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisSummary summary;
    summary.counts.articlesTotal = articleIds.size();
    if (articleIds.isEmpty()) {
        promise.addResult(summary); // nothing changed: the entities are as the last rebuild left them
        return;
    }
    promise.setProgressRange(0, int(articleIds.size()));

    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount()));
    const Analyzer analyzer;
    const int batchSize = std::max(1, m_options.batchSize);

    CasebookStore reader(m_writer.path(), CasebookStore::Mode::ReadOnly);
    using Result = std::pair<AnalysisInput, ArticleAnalysis>;
    QFuture<EntityChanges> pending;
    qint64 pendingCount = 0;
    EntityChanges changes; // what the replaced mentions belonged to, for the rebuild at the end
    // Progress counts committed batches only: the write is confirmed before its articles are reported.
    auto confirmPending = [&] {
        if (!pending.isValid())
            return;
        changes += pending.result(); // rethrows a failed write
        pending = {};
        summary.counts.articlesDone += std::exchange(pendingCount, 0);
        promise.setProgressValueAndText(
            int(summary.counts.articlesDone),
            u"%1 mentions, %2 dated events"_s.arg(summary.counts.mentions).arg(summary.counts.events));
    };
    for (qsizetype first = 0; first < articleIds.size(); first += batchSize) {
        if (promise.isCanceled()) {
            summary.canceled = true;
            break;
        }
        const QList<qint64> ids = articleIds.mid(first, batchSize);
        // read on our own connection, so that reading the next batch never waits for the writer
        const QList<AnalysisInput> inputs = reader.analysis().inputs(ids);
        const AnalysisOptions &options = m_options;
        QList<Result> results = QtConcurrent::blockingMapped<QList<Result>>(
            &pool, inputs, [&analyzer, &options](const AnalysisInput &input) {
                makeCurrentThreadBackground();
                const qint64 limitMs = options.articleTimeLimitMs(input.text.size());
                const AnalysisDeadline deadline(limitMs > 0 ? QDeadlineTimer(limitMs)
                                                            : QDeadlineTimer(QDeadlineTimer::Forever));
                try {
                    return Result { input,
                                    analyzer.analyse(input.text, input.published,
                                                     Analyzer::anchorFor(input.publishedOrigin), deadline) };
                } catch (const AnalysisDeadline::Passed &) {
                    ArticleAnalysis gaveUp;
                    gaveUp.tooSlow = true;
                    return Result { input, gaveUp };
                }
            });
        confirmPending();
        for (const Result &r : std::as_const(results)) {
            summary.counts.tooSlow += r.second.tooSlow ? 1 : 0;
            summary.counts.characters += r.first.text.size();
            summary.counts.mentions += r.second.mentions.size();
            summary.counts.events += r.second.events.size();
        }
        pendingCount = results.size();
        pending = m_writer.submit(
            [results = std::move(results)](CasebookStore &store) { return store.analysis().replaceAnalyses(results); });
    }
    confirmPending();
    // Cancelled or not, the entities must agree with the mentions committed so far: those the analysis can have
    // changed are regrouped (the rest of the casebook is not read).
    m_writer.submit([changes](CasebookStore &store) { store.analysis().rebuildEntities(changes); }).waitForFinished();
    summary.elapsedMs = timer.elapsed();
    promise.addResult(summary);
}

} // namespace casebook
