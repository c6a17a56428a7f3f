// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbenchmark.h"

#include "cliformat.h"
#include "importers/importerregistry.h"
#include "importers/importjob.h"
#include "store/casebookwriter.h"
#include "syntheticcorpus.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

/// Writes the corpus as pasted-text files: mostly UTF-8, with UTF-16 and a BOM mixed in like real folders.
qint64 writeTextCorpus(const QString &dir, int count, int chars)
{
    SyntheticCorpus corpus;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const bool chinese = i % 5 == 4;
        const SyntheticArticle article = corpus.article(i, chars, chinese);
        const QString content = article.title % u"\n\n"_s % article.source % u" | "_s
            % article.published.toString(Qt::ISODate) % u"\n\n"_s % article.text % u"\n"_s;
        QByteArray data;
        if (i % 10 == 3) {
            QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
            data = encoder.encode(content);
        } else {
            data = content.toUtf8();
        }
        QFile file(dir % u"/article-"_s % QString::number(i).rightJustified(6, u'0') % u".txt"_s);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            throw CasebookError(u"cannot write benchmark file %1: %2"_s.arg(file.fileName(), file.errorString()));
        bytes += data.size();
    }
    return bytes;
}

struct RunFigures
{
    double seconds = 0;
    qint64 added = 0;
};

RunFigures importOnce(const QString &book, const QString &dir, int threads)
{
    QFile::remove(book);
    CasebookWriter writer(book);
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    ImportOptions options;
    options.threads = threads;
    ImportJob job(writer, registry, options);
    const ImportSummary summary = job.run({ dir });
    if (summary.counts.failed)
        throw CasebookError(u"benchmark import failed for %1 files"_s.arg(summary.counts.failed));
    return { summary.elapsedMs / 1000.0, summary.counts.added };
}

} // namespace

int runImportBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(u"articles"_s, u"How many articles (default 5000)"_s, u"N"_s, u"5000"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"Characters per article (default 5000)"_s, u"CHARS"_s, u"5000"_s);
    parser.addOptions({ articlesOption, sizeOption });
    cli::parseArguments(parser, arguments, u"bench import"_s, 0);
    const int count = std::max(1, parser.value(articlesOption).toInt());
    const int chars = std::max(100, parser.value(sizeOption).toInt());

    QTemporaryDir workspace;
    if (!workspace.isValid())
        throw CasebookError(u"cannot create a temporary folder for the benchmark"_s);
    const QString corpusDir = workspace.filePath(u"corpus"_s);
    QDir().mkpath(corpusDir);
    const qint64 bytes = writeTextCorpus(corpusDir, count, chars);
    const double megabytes = bytes / (1024.0 * 1024.0);
    const int cores = QThread::idealThreadCount();

    io.out << "bench import: " << count << " text articles, " << QString::number(megabytes, 'f', 1)
           << " MB, ~" << chars << " characters each; " << cores << " core(s)\n";
    // Warm the page cache so the first run is not charged for cold reads.
    importOnce(workspace.filePath(u"warm.casebook"_s), corpusDir, cores);

    const RunFigures single = importOnce(workspace.filePath(u"one.casebook"_s), corpusDir, 1);
    const RunFigures multi = importOnce(workspace.filePath(u"all.casebook"_s), corpusDir, cores);
    auto line = [&](const char *label, const RunFigures &run) {
        io.out << label << QString::number(run.added / run.seconds, 'f', 0) << " articles/s, "
               << QString::number(megabytes / run.seconds, 'f', 1) << " MB/s (" << QString::number(run.seconds, 'f', 2)
               << " s)\n";
    };
    line("  1 worker:      ", single);
    io.out << "  " << cores << " workers:     ";
    line("", multi);
    io.out << "  speed-up:      " << QString::number(single.seconds / multi.seconds, 'f', 2) << "x\n";
    return cli::Success;
}

} // namespace casebook::bench
