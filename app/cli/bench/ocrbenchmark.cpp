// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrbenchmark.h"

#include "cliformat.h"
#include "importers/importerregistry.h"
#include "importers/ocr/imageimporter.h"
#include "importers/ocr/ocrengine.h"
#include "importers/paged/pageparagraphs.h"
#include "importers/pdf/pdfimporter.h"
#include "paperpages.h"
#include "util/casebookerror.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <cstdlib>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

struct ReaderFigures
{
    double seconds = 0;
    QString text;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw CasebookError(u"cannot write benchmark file %1: %2"_s.arg(path, file.errorString()));
}

/// Runs a command-line tool to its end and returns what it printed.
QString runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw CasebookError(u"%1 failed: %2"_s.arg(program, QString::fromLocal8Bit(process.readAllStandardError())));
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The PNG scans decoded and read on the engine's threads, a page per task; their text, page after page.
QString readPages(OcrEngine &engine, const QList<QByteArray> &scans, const OcrSettings &settings)
{
    std::vector<QFuture<LaidOutPage>> futures;
    for (int i = 0; i < scans.size(); ++i)
        futures.push_back(
            engine.recognise([png = scans.at(i)] { return ImageImporter::decode(png).first(); }, i + 1, settings, {}));
    QString text;
    for (auto &future : futures)
        text += PageParagraphs::paragraphs(future.result()).join(u'\n') + u'\n';
    return text;
}

/// CPU seconds used so far by this process (RUSAGE_SELF) or its finished children (RUSAGE_CHILDREN).
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int runOcrBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption pagesOption(u"pages"_s, u"How many pages (default 8)"_s, u"N"_s, u"8"_s);
    const QCommandLineOption languagesOption(u"languages"_s, u"Tesseract languages (default eng+chi_sim)"_s, u"LANGS"_s,
                                             QString::fromUtf16(OcrSettings::defaultLanguages));
    parser.addOptions({ pagesOption, languagesOption });
    cli::parseArguments(parser, arguments, u"bench ocr"_s, 1);
    const int pageCount = std::max(1, parser.value(pagesOption).toInt());
    const OcrSettings settings { parser.value(languagesOption) };
    OcrEngine::checkLanguages(settings);
    if (QStandardPaths::findExecutable(u"tesseract"_s).isEmpty())
        throw CasebookError(
            u"the tesseract command-line tool, the baseline, is not installed (Debian: tesseract-ocr)"_s);

    const PaperPages paper = PaperPages::fromFolder(parser.positionalArguments().first(), pageCount);
    QTemporaryDir workspace;
    QList<QByteArray> scans;
    QStringList files;
    for (int i = 0; i < paper.pages().size(); ++i) {
        scans.append(paper.scanPng(i));
        files.append(workspace.filePath(u"page-%1.png"_s.arg(i + 1, 3, 10, QChar(u'0'))));
        writeFile(files.back(), scans.back());
    }
    const QString reference = paper.text();
    const int cores = QThread::idealThreadCount();
    double load[1] = { 0 };
    getloadavg(load, 1); // other work on the machine takes cores from the many-thread run; say how much there was
    io.out << "bench ocr: " << scans.size() << " pages of real articles at 300 dpi, languages " << settings.languages
           << "; " << cores << " core(s), load average " << QString::number(load[0], 'f', 1) << " at the start\n";

    // One thread against the tool, a page each in turn, so that other load on the machine falls on both alike;
    // CPU time too, which that load does not change. The tool runs as a script over a folder of scans would run
    // it, with OMP_THREAD_LIMIT=1 (its advice for pages side by side). Casebook's engine starts inside the timing.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OMP_THREAD_LIMIT"_s, u"1"_s);
    ReaderFigures tool;
    ReaderFigures one;
    double toolCpu = 0;
    double oneCpu = 0;
    {
        OcrEngine engine(1);
        for (int i = 0; i < files.size(); ++i) {
            const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
            QElapsedTimer timer;
            timer.start();
            tool.text += runTool(u"tesseract"_s, { files.at(i), u"stdout"_s, u"-l"_s, settings.languages }, env);
            tool.seconds += timer.elapsed() / 1000.0;
            toolCpu += cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;

            const double selfBefore = cpuSeconds(RUSAGE_SELF);
            timer.restart();
            one.text += readPages(engine, { scans.at(i) }, settings);
            one.seconds += timer.elapsed() / 1000.0;
            oneCpu += cpuSeconds(RUSAGE_SELF) - selfBefore;
        }
    }
    ReaderFigures all;
    {
        QElapsedTimer timer;
        timer.start();
        OcrEngine engine(cores);
        all.text = readPages(engine, scans, settings);
        all.seconds = timer.elapsed() / 1000.0;
    }

    const qsizetype pages = scans.size();
    auto line = [&](const QString &label, const ReaderFigures &figures, const QString &extra) {
        WordRecall recall;
        recall.add(reference, figures.text);
        io.out << "  " << label.leftJustified(34)
               << QString::number(pages * 60.0 / figures.seconds, 'f', 1).rightJustified(7)
               << " pages/min, word recall " << QString::number(100 * recall.share(), 'f', 1) << "%" << extra << '\n';
    };
    auto cpu = [&](double seconds) { return u", %1 CPU-s/page"_s.arg(seconds / pages, 0, 'f', 2); };
    line(u"tesseract CLI, a page at a time"_s, tool, cpu(toolCpu));
    line(u"Casebook, 1 thread"_s, one,
         cpu(oneCpu)
             + u"; %1x the tool (%2x in CPU time)"_s.arg(tool.seconds / one.seconds, 0, 'f', 2)
                   .arg(toolCpu / oneCpu, 0, 'f', 2));
    line(u"Casebook, %1 threads"_s.arg(cores), all, u"; %1x the tool"_s.arg(tool.seconds / all.seconds, 0, 'f', 2));
    io.out << "  speed-up over 1 thread: " << QString::number(one.seconds / all.seconds, 'f', 2) << "x\n";
    return cli::Success;
}

int runPdfBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption pagesOption(u"pages"_s, u"At least this many pages in all (default 200)"_s, u"N"_s,
                                         u"200"_s);
    parser.addOptions({ pagesOption });
    cli::parseArguments(parser, arguments, u"bench pdf"_s, 1);
    const int wanted = std::max(1, parser.value(pagesOption).toInt());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        throw CasebookError(u"pdftotext, the baseline, is not installed (Debian: poppler-utils)"_s);
    // Each article a PDF of its own, as a browser saves it; copies of the set make up the pages asked for.
    const QList<PaperPages> articles = PaperPages::eachArticleIn(parser.positionalArguments().first());
    struct File
    {
        QString path;
        QByteArray bytes;
        QString reference;
    };
    // What a reader should find: what the text importer keeps of the same file (the article without the web
    // page's furniture, which the PDF import drops the same way and pdftotext keeps).
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    QStringList references;
    for (const PaperPages &article : articles) {
        QFile source(article.source());
        if (!source.open(QIODevice::ReadOnly))
            throw CasebookError(u"cannot read %1: %2"_s.arg(article.source(), source.errorString()));
        references.append(registry.read({ article.source(), source.readAll(), {} }).text);
    }
    QList<File> files;
    QTemporaryDir workspace;
    int totalPages = 0;
    while (totalPages < wanted) {
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const PaperPages &article = articles.at(i);
            files.append(
                { workspace.filePath(u"article-%1.pdf"_s.arg(files.size())), article.pdf(), references.at(i) });
            writeFile(files.back().path, files.back().bytes);
            totalPages += int(article.pages().size());
        }
    }
    io.out << "bench pdf: " << files.size() << " PDF files (" << articles.size() << " real articles, " << totalPages
           << " pages) with a text layer\n";

    // Each reader reads every file three times; the best round counts, so a busy moment on the machine does not.
    constexpr int rounds = 3;
    auto best = [&](const std::function<QString(const File &file)> &read) {
        ReaderFigures figures { 1e9, {} };
        WordRecall recall;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            QStringList texts;
            for (const File &file : files)
                texts.append(read(file));
            figures.seconds = std::min(figures.seconds, timer.elapsed() / 1000.0);
            if (round == 0)
                for (qsizetype i = 0; i < files.size(); ++i)
                    recall.add(files.at(i).reference, texts.at(i));
        }
        return std::make_pair(figures, recall.share());
    };
    const auto [tool, toolRecall] = best([&](const File &file) {
        return runTool(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, file.path, u"-"_s },
                       QProcessEnvironment::systemEnvironment());
    });
    const PdfImporter importer;
    const auto [ours, ourRecall] = best([&](const File &file) {
        return importer.read({ file.path, file.bytes, {} }).text;
    });
    auto print = [&](const QString &label, const ReaderFigures &figures, double recall) {
        io.out << "  " << label.leftJustified(44)
               << QString::number(totalPages / figures.seconds, 'f', 0).rightJustified(6) << " pages/s, word recall "
               << QString::number(100 * recall, 'f', 1) << "%\n";
    };
    print(u"pdftotext (a process per file, text only)"_s, tool, toolRecall);
    print(u"Casebook PDF import (text, pages, metadata)"_s, ours, ourRecall);
    io.out << "  ratio: " << QString::number(tool.seconds / ours.seconds, 'f', 2) << "x pdftotext's speed\n";
    return cli::Success;
}

} // namespace casebook::bench
