// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliformat.h"
#include "importers/importerregistry.h"
#include "session/analysisjob.h"
#include "session/importjob.h"
#include "store/analysisstore.h"
#include "store/casebookwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casebook::cli {

void reportAnalysis(const AnalysisSummary &summary, CliStreams &io); // analysiscommands.cpp
QCommandLineOption articleTimeLimitOption(); // analysiscommands.cpp

int runImport(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption threadsOption(u"threads"_s, u"Worker threads (default: one per core)"_s, u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the summary as JSON"_s);
    const QCommandLineOption noAnalysisOption(u"no-analysis"_s, u"Do not find entities and dated events afterwards"_s);
    const QCommandLineOption ocrLanguagesOption(
        u"ocr-languages"_s,
        u"Tesseract languages for scans and PDF pages without text, joined by + (default: %1)"_s.arg(
            QString::fromUtf16(OcrSettings::defaultLanguages)),
        u"LANGS"_s, QString::fromUtf16(OcrSettings::defaultLanguages));
    const QCommandLineOption timeLimitOption(u"time-limit"_s,
                                             u"Give up on a file still being read after this long (default: 900)"_s,
                                             u"SECONDS"_s, u"900"_s);
    const QCommandLineOption analysisLimitOption = articleTimeLimitOption();
    parser.addOptions(
        { threadsOption, jsonOption, noAnalysisOption, ocrLanguagesOption, timeLimitOption, analysisLimitOption });
    parseArguments(parser, arguments, u"import"_s, 2);
    const QStringList positional = parser.positionalArguments();

    ImportOptions options;
    options.threads = parser.value(threadsOption).toInt();
    options.fileTimeLimitMs = qint64(std::max(0.0, parser.value(timeLimitOption).toDouble()) * 1000);
    const OcrSettings ocr { parser.value(ocrLanguagesOption) };
    OcrEngine::checkLanguages(ocr); // a typo in the languages fails now, not once per scanned file
    CasebookWriter writer(positional.first());
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters(ocr);
    ImportJob job(writer, registry, options);
    const QStringList paths = positional.mid(1);
    const ImportSummary summary = runWithProgress<ImportSummary>(
        io.err, u"files read"_s, [&](QPromise<ImportSummary> &promise) { job.run(promise, paths); });
    if (!parser.isSet(noAnalysisOption) && !summary.canceled) {
        // Only what this import added: a backlog left by a killed run must not make a small import wait for it.
        AnalysisOptions analysisOptions;
        analysisOptions.threads = options.threads;
        analysisOptions.articleSecondsPerMillion = std::max(0.0, parser.value(analysisLimitOption).toDouble());
        const AnalysisSummary analysed = AnalysisJob(writer, analysisOptions).run(summary.addedIds);
        reportAnalysis(analysed, io);
        const qint64 waiting
            = writer.submit([](CasebookStore &store) { return store.analysis().staleArticles().size(); }).result();
        if (waiting > 0)
            io.err << waiting << " article(s) from earlier imports still wait for analysis: casebook-cli analyse "
                   << positional.first() << " --stale\n";
    }

    for (const auto &failure : summary.failures)
        io.err << failure.path << ": refused: " << failure.reason << '\n';
    for (const auto &notice : summary.notices)
        io.err << notice.path << ": " << notice.message << '\n';

    const ImportProgress &c = summary.counts;
    if (parser.isSet(jsonOption)) {
        QJsonObject json;
        json.insert(u"files"_s, c.filesTotal);
        json.insert(u"added"_s, c.added);
        json.insert(u"imported"_s, c.imported());
        json.insert(u"already_present"_s, c.alreadyPresent);
        json.insert(u"duplicates"_s, c.duplicates);
        json.insert(u"failed"_s, c.failed);
        json.insert(u"bytes"_s, c.bytesDone);
        json.insert(u"seconds"_s, summary.elapsedMs / 1000.0);
        QJsonArray ids;
        for (const qint64 id : summary.addedIds)
            ids.append(id);
        json.insert(u"added_ids"_s, ids);
        QJsonArray failures;
        for (const auto &failure : summary.failures)
            failures.append(QJsonObject { { u"path"_s, failure.path }, { u"reason"_s, failure.reason } });
        json.insert(u"failures"_s, failures);
        QJsonArray notices;
        for (const auto &notice : summary.notices)
            notices.append(QJsonObject { { u"path"_s, notice.path }, { u"message"_s, notice.message } });
        json.insert(u"notices"_s, notices);
        printJson(io.out, json);
    } else {
        io.out << c.countsLine() << ", in " << QString::number(summary.elapsedMs / 1000.0, 'f', 2) << " s\n";
    }
    return c.failed > 0 ? PartialFailure : Success;
}

} // namespace casebook::cli
