// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesbenchmark.h"

#include "cliformat.h"
#include "importers/importerregistry.h"
#include "util/casebookerror.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <ctime>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

struct Extraction
{
    QString text;
    bool failed = false;
};

struct Run
{
    QList<Extraction> results;
    double seconds = 0;
    double cpuSeconds = 0; ///< the process's CPU time: steady when other work shares the cores
};

Run extractAll(const ImporterRegistry &registry, const QList<SourceFile> &pages, int threads)
{
    auto extract = [&registry](const SourceFile &page) {
        try {
            return Extraction { registry.read(page).text, false };
        } catch (const CasebookError &) {
            return Extraction { QString(), true };
        }
    };
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    Run run;
    run.results = QtConcurrent::blockingMapped<QList<Extraction>>(&pool, pages, extract);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return run;
}

} // namespace

int runPagesBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption textsOption(u"texts"_s, u"Write the extracted texts to FILE as JSON"_s, u"FILE"_s);
    parser.addOption(textsOption);
    cli::parseArguments(parser, arguments, u"bench pages"_s, 1);
    const QString listPath = parser.positionalArguments().at(0);
    QFile list(listPath);
    if (!list.open(QIODevice::ReadOnly))
        throw CasebookError(u"cannot read %1: %2"_s.arg(listPath, list.errorString()));
    QList<SourceFile> pages;
    for (const QString &path : QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        QFile page(path);
        if (!page.open(QIODevice::ReadOnly))
            throw CasebookError(u"cannot read %1: %2"_s.arg(path, page.errorString()));
        pages.append({ path, page.readAll(), {} });
    }
    if (pages.isEmpty())
        throw CasebookError(u"%1 names no pages"_s.arg(listPath));

    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    const int cores = std::max(1, QThread::idealThreadCount());
    const Run single = extractAll(registry, pages, 1);
    const Run parallel = extractAll(registry, pages, cores);
    int failures = 0;
    QJsonObject texts;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        failures += single.results[i].failed;
        texts.insert(pages[i].path, single.results[i].text);
    }
    io.out << "Casebook: " << pages.size() << " pages, " << failures << " without article text; "
           << QString::number(double(pages.size()) / single.seconds, 'f', 1) << " pages/s on 1 thread, "
           << QString::number(double(pages.size()) / parallel.seconds, 'f', 1) << " pages/s on " << cores
           << " threads; " << QString::number(double(pages.size()) / single.cpuSeconds, 'f', 1)
           << " pages per CPU-second (decode, parse, extract, metadata, hashes, signature)\n";
    if (parser.isSet(textsOption)) {
        QFile out(parser.value(textsOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw CasebookError(u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString()));
        const QJsonObject json { { u"seconds"_s, single.seconds },
                                 { u"cpu_seconds"_s, single.cpuSeconds },
                                 { u"failures"_s, failures },
                                 { u"texts"_s, texts } };
        out.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    return cli::Success;
}

} // namespace casebook::bench
