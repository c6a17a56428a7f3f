// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbenchmark.h"

#include "cliformat.h"
#include "htmlcorpus.h"
#include "importers/importerregistry.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "syntheticcorpus.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <time.h>

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

/// Writes the corpus as saved web pages with their furniture (see HtmlCorpus).
qint64 writeHtmlCorpus(const QString &dir, int count, int chars)
{
    SyntheticCorpus corpus;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray data = HtmlCorpus::page(corpus.article(i, chars, i % 5 == 4), i);
        QFile file(dir % u"/page-"_s % QString::number(i).rightJustified(6, u'0') % u".html"_s);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            throw CasebookError(u"cannot write benchmark file %1: %2"_s.arg(file.fileName(), file.errorString()));
        bytes += data.size();
    }
    return bytes;
}

/// How much of each page's article came through (recall) and how much of what came through is article
/// (precision), counted in paragraphs, over the whole imported corpus.
void printHtmlQuality(const QString &book, int count, int chars, cli::CliStreams &io)
{
    SyntheticCorpus corpus;
    CasebookStore store(book, CasebookStore::Mode::ReadOnly);
    const QList<Article> articles = store.articles();
    qint64 truth = 0, found = 0, extracted = 0, titles = 0;
    for (const Article &listed : articles) {
        const auto article = store.article(listed.id);
        const int index = QFileInfo(listed.path).completeBaseName().mid(5).toInt();
        if (!article || index < 0 || index >= count)
            continue;
        const SyntheticArticle expected = corpus.article(index, chars, index % 5 == 4);
        const QStringList trueParagraphs = expected.text.split(u"\n\n"_s, Qt::SkipEmptyParts);
        const QStringList gotParagraphs = article->text.split(u"\n\n"_s, Qt::SkipEmptyParts);
        truth += trueParagraphs.size();
        extracted += gotParagraphs.size();
        for (const QString &paragraph : gotParagraphs)
            found += trueParagraphs.contains(paragraph);
        titles += article->meta.title == expected.title;
    }
    io.out << "  quality:       " << QString::number(100.0 * found / std::max<qint64>(1, truth), 'f', 1)
           << "% of article paragraphs kept, "
           << QString::number(100.0 * found / std::max<qint64>(1, extracted), 'f', 1)
           << "% of kept paragraphs are article, " << titles << "/" << articles.size() << " titles exact\n";
}

/// Reading and extraction alone, without the casebook: every page through the registry on this thread,
/// timed in CPU seconds so that other load on the machine does not count.
void printExtractionSpeed(const QString &dir, cli::CliStreams &io)
{
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    const std::clock_t start = std::clock();
    for (const QString &name : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        SourceFile source { file.fileName(), file.readAll(), {} };
        registry.read(source);
    }
    const double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    io.out << "  extraction:    " << QString::number(files.size() / std::max(seconds, 1e-9), 'f', 0)
           << " pages per CPU-second on one core (read, parse, extract, hash; no casebook)\n";
}

struct RunFigures
{
    double seconds = 0;
    qint64 added = 0;
    double cpuSeconds = 0; ///< the whole process: workers, writer and the rest
    double writerCpuSeconds = 0; ///< the writer's jobs alone (0 where threads have no CPU clock)
};

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

RunFigures importOnce(const QString &book, const QString &dir, int threads)
{
    QFile::remove(book);
    CasebookWriter writer(book);
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    ImportOptions options;
    options.threads = threads;
    ImportJob job(writer, registry, options);
    const double writerBefore = writer.cpuSeconds();
    const double cpuBefore = processCpuSeconds();
    const ImportSummary summary = job.run({ dir });
    const double cpuAfter = processCpuSeconds();
    const double writerAfter = writer.cpuSeconds();
    if (summary.counts.failed)
        throw CasebookError(u"benchmark import failed for %1 files"_s.arg(summary.counts.failed));
    return { summary.elapsedMs / 1000.0, summary.counts.added, cpuAfter - cpuBefore, writerAfter - writerBefore };
}

} // namespace

int runImportBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(u"articles"_s, u"How many articles (default 5000)"_s, u"N"_s, u"5000"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"Characters per article (default 5000)"_s, u"CHARS"_s, u"5000"_s);
    const QCommandLineOption formatOption(u"format"_s, u"text (pasted text files) or html (saved web pages)"_s,
                                          u"FORMAT"_s, u"text"_s);
    const QCommandLineOption writeCorpusOption(
        u"write-corpus"_s,
        u"Only write the generated files into DIR, for other tools to read (scripts/bench-recoll.sh)"_s, u"DIR"_s);
    parser.addOptions({ articlesOption, sizeOption, formatOption, writeCorpusOption });
    cli::parseArguments(parser, arguments, u"bench import"_s, 0);
    const int count = std::max(1, parser.value(articlesOption).toInt());
    const int chars = std::max(100, parser.value(sizeOption).toInt());

    QTemporaryDir workspace;
    if (!workspace.isValid())
        throw CasebookError(u"cannot create a temporary folder for the benchmark"_s);
    const QString corpusDir = workspace.filePath(u"corpus"_s);
    QDir().mkpath(corpusDir);
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"html")
        throw CasebookError(u"unknown benchmark format '%1' (text or html)"_s.arg(format));
    const bool html = format == u"html";
    if (parser.isSet(writeCorpusOption)) {
        const QString dir = parser.value(writeCorpusOption);
        if (!QDir().mkpath(dir) || !QDir(dir).isEmpty())
            throw CasebookError(u"%1 must be a new or empty folder for the benchmark corpus"_s.arg(dir));
        const qint64 written = html ? writeHtmlCorpus(dir, count, chars) : writeTextCorpus(dir, count, chars);
        io.out << "wrote " << count << " files, " << QString::number(written / 1e6, 'f', 1) << " MB, into " << dir
               << '\n';
        return cli::Success;
    }
    const qint64 bytes = html ? writeHtmlCorpus(corpusDir, count, chars) : writeTextCorpus(corpusDir, count, chars);
    const double megabytes = bytes / (1024.0 * 1024.0);
    const int cores = QThread::idealThreadCount();

    io.out << "bench import: " << count << (html ? " web pages, " : " text articles, ")
           << QString::number(megabytes, 'f', 1) << " MB, ~" << chars << " characters each; " << cores << " core(s)\n";
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
    if (single.writerCpuSeconds > 0 && single.added > 0) {
        // CPU per article, which other load on the machine does not change: the writer is the serial part, so on
        // this many cores the pipeline can be at most this much faster with every core reading as with one.
        const double writer = single.writerCpuSeconds / double(single.added);
        const double rest = std::max(0.0, single.cpuSeconds - single.writerCpuSeconds) / double(single.added);
        const double oneWorker = std::max(rest, writer);
        const double allWorkers = std::max({ writer, rest / cores, (rest + writer) / cores });
        io.out << "  CPU (1 worker): writer " << QString::number(writer * 1000, 'f', 2) << " ms/article, workers and "
               << "the rest " << QString::number(rest * 1000, 'f', 2) << " ms/article; " << cores
               << " workers can be at most " << QString::number(oneWorker / allWorkers, 'f', 2) << "x one worker on "
               << cores << " core(s)\n";
    } else {
        io.out << "  CPU (1 worker): not measured (no per-thread CPU clock here)\n";
    }

    if (html)
        printExtractionSpeed(corpusDir, io);
    if (html)
        printHtmlQuality(workspace.filePath(u"all.casebook"_s), count, chars, io);
    return cli::Success;
}

} // namespace casebook::bench
