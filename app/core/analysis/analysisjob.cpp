// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjob.h"

#include "analysisstore.h"
#include "analyzer.h"
#include "store/casebookwriter.h"
#include "util/threadpriority.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace casebook {

AnalysisJob::AnalysisJob(CasebookWriter &writer, AnalysisOptions options)
    : m_writer(writer)
    , m_options(options)
{ }

AnalysisSummary AnalysisJob::run(const QList<qint64> &articleIds, const AnalysisCallbacks &callbacks)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisSummary summary;
    summary.counts.articlesTotal = articleIds.size();
    if (articleIds.isEmpty())
        return summary; // nothing changed: the entities are as the last rebuild left them

    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount()));
    const Analyzer analyzer;
    const int batchSize = std::max(1, m_options.batchSize);

    CasebookStore reader(m_writer.path(), CasebookStore::Mode::ReadOnly);
    using Result = std::pair<AnalysisInput, ArticleAnalysis>;
    QFuture<void> pending;
    for (qsizetype first = 0; first < articleIds.size(); first += batchSize) {
        if (callbacks.isCanceled && callbacks.isCanceled()) {
            summary.canceled = true;
            break;
        }
        const QList<qint64> ids = articleIds.mid(first, batchSize);
        // read on our own connection, so that reading the next batch never waits for the writer
        const QList<AnalysisInput> inputs = AnalysisStore(reader.database()).inputs(ids);
        QList<Result> results
            = QtConcurrent::blockingMapped<QList<Result>>(&pool, inputs, [&analyzer](const AnalysisInput &input) {
                  makeCurrentThreadBackground();
                  return Result { input, analyzer.analyse(input.text, input.published) };
              });
        if (pending.isValid())
            pending.waitForFinished(); // rethrows a failed write
        for (const Result &r : std::as_const(results)) {
            summary.counts.characters += r.first.text.size();
            summary.counts.mentions += r.second.mentions.size();
            summary.counts.events += r.second.events.size();
        }
        summary.counts.articlesDone += results.size();
        pending = m_writer.submit([results = std::move(results)](CasebookStore &store) {
            AnalysisStore(store.database()).replaceAnalyses(results);
        });
        if (callbacks.progress)
            callbacks.progress(summary.counts);
    }
    if (pending.isValid())
        pending.waitForFinished();
    m_writer.submit([](CasebookStore &store) { AnalysisStore(store.database()).rebuildEntities(); }).waitForFinished();
    summary.elapsedMs = timer.elapsed();
    return summary;
}

AnalysisSummary AnalysisJob::runStale(const AnalysisCallbacks &callbacks)
{
    const QList<qint64> ids
        = m_writer.submit([](CasebookStore &store) { return AnalysisStore(store.database()).staleArticles(); })
              .result();
    return run(ids, callbacks);
}

AnalysisSummary AnalysisJob::runAll(const AnalysisCallbacks &callbacks)
{
    const QList<qint64> ids = m_writer
                                  .submit([](CasebookStore &store) {
                                      QList<qint64> all;
                                      for (const Article &a : store.articles())
                                          all.append(a.id);
                                      return all;
                                  })
                                  .result();
    return run(ids, callbacks);
}

} // namespace casebook
