// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/analysisbenchmark.h"
#include "bench/exportbenchmark.h"
#include "bench/extractionbenchmark.h"
#include "bench/importbenchmark.h"
#include "bench/ocrbenchmark.h"
#include "bench/pagesbenchmark.h"
#include "bench/searchbenchmark.h"
#include "clicommand.h"
#include "util/casebookerror.h"

using namespace Qt::StringLiterals;

namespace casebook::cli {

namespace {
struct Benchmark
{
    const char16_t *name;
    const char16_t *summary;
    int (*run)(const QStringList &arguments, CliStreams &io);
};

const std::vector<Benchmark> &benchmarks()
{
    static const std::vector<Benchmark> list = {
        { u"import", u"[--articles N] [--size CHARS] [--format text|html]  import speed, 1 worker vs all cores",
          bench::runImportBenchmark },
        { u"extraction", u"DIR [--verbose] [--json]  import quality against DIR/MANIFEST.tsv (e.g. resources/demo)",
          bench::runExtractionBenchmark },
        { u"pages", u"LIST [--texts OUT.json]  HTML path speed and texts for scripts/bench-extraction.sh",
          bench::runPagesBenchmark },
        { u"analyse", u"[--articles N] [--size CHARS]  entity and date analysis speed, 1 thread vs all cores",
          bench::runAnalysisBenchmark },
        { u"search",
          u"[--articles N] [--vocabulary zipf|narrow|both] [--keep PATH]  index build speed and size, query latency vs "
          u"a "
          u"scan",
          bench::runSearchBenchmark },
        { u"export", u"[--quotes N]  a report of N quotes to PDF, HTML and Markdown vs laying it out only",
          bench::runExportBenchmark },
        { u"ocr", u"DIR [--pages N] [--languages L]  OCR pages/min, 1 thread vs all cores vs the tesseract CLI",
          bench::runOcrBenchmark },
        { u"pdf", u"DIR [--pages N]  PDF text-layer pages/s beside pdftotext", bench::runPdfBenchmark },
    };
    return list;
}
} // namespace

int runBench(const QStringList &arguments, CliStreams &io)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        io.out << "usage: casebook-cli bench NAME [options]\n";
        for (const auto &benchmark : benchmarks())
            io.out << "  " << QString::fromUtf16(benchmark.name) << ' ' << QString::fromUtf16(benchmark.summary)
                   << '\n';
        return arguments.isEmpty() ? UsageError : Success;
    }
    const bool help = arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s);
    for (const auto &benchmark : benchmarks()) {
        if (arguments.first() != QStringView(benchmark.name))
            continue;
        if (help) {
            io.out << "usage: casebook-cli bench " << QString::fromUtf16(benchmark.name) << ' '
                   << QString::fromUtf16(benchmark.summary) << '\n';
            return Success;
        }
        return benchmark.run(arguments.mid(1), io);
    }
    throw CasebookError(u"unknown benchmark '%1' (see 'casebook-cli bench --help')"_s.arg(arguments.first()));
}

} // namespace casebook::cli
