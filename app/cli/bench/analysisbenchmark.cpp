// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisbenchmark.h"

#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "cliformat.h"
#include "importers/importerregistry.h"
#include "session/analysisjob.h"
#include "session/importjob.h"
#include "store/analysisstore.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "syntheticcorpus.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <tuple>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

double analyseAll(const QList<SyntheticArticle> &articles, int threads, qint64 *mentions)
{
    const Analyzer analyzer;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> counts = QtConcurrent::blockingMapped<
        QList<qint64>>(&pool, articles, [&analyzer](const SyntheticArticle &a) {
        const ArticleAnalysis result = analyzer.analyse(a.text, PublicationDate { a.published, DatePrecision::Day });
        return qint64(result.mentions.size() + result.dates.size());
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    *mentions = 0;
    for (const qint64 c : counts)
        *mentions += c;
    return seconds;
}

} // namespace

int runAnalysisBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(u"articles"_s, u"How many articles (default 2000)"_s, u"N"_s, u"2000"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"Characters per article (default 5000)"_s, u"CHARS"_s, u"5000"_s);
    parser.addOptions({ articlesOption, sizeOption });
    cli::parseArguments(parser, arguments, u"bench analyse"_s, 0);
    const int count = std::max(1, parser.value(articlesOption).toInt());
    const int chars = std::max(100, parser.value(sizeOption).toInt());

    SyntheticCorpus corpus;
    QList<SyntheticArticle> articles;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        articles.append(corpus.article(i, chars, i % 5 == 4));
        bytes += articles.last().text.toUtf8().size();
    }
    const double megabytes = bytes / (1024.0 * 1024.0);
    const int cores = std::max(1, QThread::idealThreadCount());
    io.out << "bench analyse: " << count << " articles (1 in 5 Chinese), " << QString::number(megabytes, 'f', 1)
           << " MB of UTF-8 text, ~" << chars << " characters each; " << cores << " core(s)\n";
    Gazetteer::builtIn(); // loaded once, outside the timings
    qint64 found = 0;
    analyseAll(articles.mid(0, std::min<qsizetype>(articles.size(), 50)), 1, &found); // warm up

    const double single = analyseAll(articles, 1, &found);
    io.out << "  1 thread:      " << QString::number(megabytes / single, 'f', 2) << " MB/s ("
           << QString::number(single, 'f', 2) << " s, " << found << " mentions and dates)\n";
    const double multi = analyseAll(articles, cores, &found);
    io.out << "  " << cores << " threads:     " << QString::number(megabytes / multi, 'f', 2) << " MB/s, "
           << QString::number(megabytes / multi / cores, 'f', 2) << " MB/s a core (" << QString::number(multi, 'f', 2)
           << " s)\n";
    io.out << "  speed-up:      " << QString::number(single / multi, 'f', 2) << "x\n";

    // end to end: the analysis job on a casebook, writes and entity rebuild included
    QTemporaryDir workspace;
    if (!workspace.isValid())
        throw CasebookError(u"cannot create a temporary folder for the benchmark"_s);
    const QString dir = workspace.filePath(u"corpus"_s);
    QDir().mkpath(dir);
    for (int i = 0; i < count; ++i) {
        QFile file(dir % u"/a"_s % QString::number(i).rightJustified(6, u'0') % u".txt"_s);
        if (!file.open(QIODevice::WriteOnly))
            throw CasebookError(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
        file.write(
            (articles[i].title % u"\n\n"_s % articles[i].published.toString(Qt::ISODate) % u"\n\n"_s % articles[i].text)
                .toUtf8());
    }
    CasebookWriter writer(workspace.filePath(u"bench.casebook"_s));
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    ImportJob(writer, registry).run({ dir });
    AnalysisOptions options;
    options.threads = cores;
    const AnalysisSummary summary = AnalysisJob(writer, options).runAll();
    const double seconds = summary.elapsedMs / 1000.0;
    io.out << "  analysis job:  " << QString::number(megabytes / seconds, 'f', 2) << " MB/s with " << cores
           << " threads, writes included (" << summary.counts.mentions << " mentions, " << summary.counts.events
           << " events, " << QString::number(seconds, 'f', 2) << " s)\n";

    // An analyst decision touches the entities it names; the baseline is the full rebuild that replays every
    // decision over every mention (what a decision cost before).
    const auto [decisionMs, rebuildMs, entity] = writer
                                                     .submit([](CasebookStore &store) {
                                                         AnalysisStore analysis = store.analysis();
                                                         const QList<StoredEntity> top = analysis.entities();
                                                         if (top.isEmpty())
                                                             throw CasebookError(u"the benchmark found no entities"_s);
                                                         EntityDecision rename;
                                                         rename.action = EntityDecision::Action::Rename;
                                                         rename.subject = top.first().name;
                                                         rename.target = top.first().name + u" (checked)"_s;
                                                         QElapsedTimer clock;
                                                         clock.start();
                                                         analysis.addDecision(rename);
                                                         const double decided = clock.nsecsElapsed() / 1e6;
                                                         clock.restart();
                                                         analysis.rebuildEntities();
                                                         const double rebuilt = clock.nsecsElapsed() / 1e6;
                                                         return std::tuple(decided, rebuilt, top.first());
                                                     })
                                                     .result();
    io.out << "  one decision:  " << QString::number(decisionMs, 'f', 1) << " ms to rename the largest entity ("
           << entity.mentionCount << " of " << summary.counts.mentions << " mentions); full rebuild (baseline) "
           << QString::number(rebuildMs, 'f', 1) << " ms: " << QString::number(rebuildMs / decisionMs, 'f', 1) << "x\n";
    return cli::Success;
}

} // namespace casebook::bench
