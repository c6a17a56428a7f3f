// SPDX-License-Identifier: GPL-3.0-or-later
// Casebook at scale: builds an N-article casebook (generated with Zipf's-law vocabularies, one article in five
// Chinese; default 1,000,000), then opens it in the real window and prints the import rate per tenth of the build,
// the file size, the time to open it, the time for the timeline and entity charts to redraw after each of a few
// filter changes, search latency through the window's session, the window's peak memory and the GUI thread's
// longest event-loop stall, each beside its baseline. Figures, not pass/fail:
//     bench_scale --articles 20000          (what CI runs, through ctest -L scale)
#include "analysis/articleanalysis.h"
#include "articlelist/articlelistmodel.h"
#include "entities/entitychartview.h"
#include "mainwindow.h"
#include "session/casebooksession.h"
#include "session/filterstate.h"
#include "store/analysisstore.h"
#include "store/casebookstore.h"
#include "syntheticcorpus.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// A kilobyte figure from /proc/self/status ("VmHWM", "VmRSS").
qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Measures the GUI thread's stalls: a timer due every 5 ms; any lateness beyond that is time the event loop
/// could not run. Keeps the longest since the last reset and over its whole life.
class StallWatchdog
{
public:
    StallWatchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double late = std::max(0.0, m_clock.nsecsElapsed() / 1e6 - interval);
            m_longest = std::max(m_longest, late);
            m_longestEver = std::max(m_longestEver, late);
            m_clock.restart();
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }
    double longest() const { return m_longest; }
    double longestEver() const { return m_longestEver; }

private:
    static constexpr int interval = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
    double m_longestEver = 0;
};

/// Runs the event loop until `done` or the time limit; returns false on the time limit.
bool waitFor(const std::function<bool()> &done, int limitMs = 600000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

/// The analysis the generator's own mentions amount to: what the analyzer would store for the names it placed.
ArticleAnalysis analysisOf(const bench::SyntheticArticle &synthetic)
{
    ArticleAnalysis analysis;
    QHash<QString, int> entityOf;
    for (const bench::SyntheticArticle::Mention &placed : synthetic.mentions) {
        EntityMention mention;
        mention.start = placed.start;
        mention.length = placed.length;
        mention.type = placed.type;
        mention.text = synthetic.text.mid(placed.start, placed.length);
        const auto found = entityOf.constFind(mention.text);
        if (found != entityOf.cend()) {
            mention.entity = *found;
        } else {
            mention.entity = int(analysis.entities.size());
            entityOf.insert(mention.text, mention.entity);
            analysis.entities.append({ mention.text, entityKey(mention.text), placed.type, { mention.text } });
        }
        analysis.mentions.append(mention);
    }
    return analysis;
}

struct BuildFigures
{
    double seconds = 0;
    qint64 textBytes = 0;
    QList<double> sliceRates; ///< articles per second in each tenth of the build
};

BuildFigures buildCasebook(const QString &path, int count)
{
    BuildFigures figures;
    const bench::SyntheticCorpus corpus(bench::SyntheticCorpus::Vocabulary::Zipf);
    CasebookStore store(path);
    QElapsedTimer total;
    total.start();
    QElapsedTimer slice;
    slice.start();
    const int sliceSize = std::max(1, count / 10);
    int sliceStart = 0;
    std::vector<ImportedArticle> batch;
    std::vector<bench::SyntheticArticle> generated;
    constexpr size_t batchSize = 500;
    for (int i = 0; i < count; ++i) {
        const bool chinese = i % 5 == 4;
        bench::SyntheticArticle synthetic = corpus.article(i, chinese ? 1000 : 3000, chinese);
        ImportedArticle article;
        article.path = u"/bench/scale/article-%1.txt"_s.arg(i);
        article.format = u"text"_s;
        article.encoding = u"UTF-8"_s;
        article.text = synthetic.text;
        article.original = synthetic.text.toUtf8();
        article.meta.title = synthetic.title;
        article.meta.source = synthetic.source;
        article.meta.language = synthetic.language;
        article.meta.published = { synthetic.published, DatePrecision::Day };
        figures.textBytes += article.original.size();
        batch.push_back(std::move(article));
        generated.push_back(std::move(synthetic));
        if (batch.size() == batchSize || i + 1 == count) {
            const std::vector<AddOutcome> outcomes = store.addArticles(batch);
            QList<std::pair<AnalysisInput, ArticleAnalysis>> analyses;
            for (size_t k = 0; k < outcomes.size() && k < generated.size(); ++k) {
                if (outcomes[k].kind != AddOutcome::Kind::Added)
                    continue;
                AnalysisInput input;
                input.articleId = outcomes[k].articleId;
                input.text = generated[k].text;
                input.published = batch[k].meta.published;
                analyses.append({ input, analysisOf(generated[k]) });
            }
            store.analysis().replaceAnalyses(analyses);
            batch.clear();
            generated.clear();
        }
        if (i + 1 - sliceStart == sliceSize || i + 1 == count) {
            const double seconds = slice.nsecsElapsed() / 1e9;
            figures.sliceRates.append((i + 1 - sliceStart) / std::max(seconds, 1e-9));
            std::printf("  articles %8d-%-8d %7.0f articles/s\n", sliceStart + 1, i + 1, figures.sliceRates.last());
            sliceStart = i + 1;
            slice.restart();
        }
    }
    QElapsedTimer entities;
    entities.start();
    store.analysis().rebuildEntities();
    store.checkpoint();
    std::printf("  entities rebuilt from the mentions in %.1f s\n", entities.nsecsElapsed() / 1e9);
    figures.seconds = total.nsecsElapsed() / 1e9;
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IONBF, 0); // figures appear as they are measured
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A casebook of N generated articles, built, then opened in the window"_s);
    const QCommandLineOption articlesOption(u"articles"_s, u"How many articles (default 1000000)"_s, u"N"_s,
                                            u"1000000"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Build the casebook at PATH and keep it"_s, u"PATH"_s);
    const QCommandLineOption openOption(u"open"_s, u"Skip the build: open the casebook at PATH (made with --keep)"_s,
                                        u"PATH"_s);
    const QCommandLineOption buildOnlyOption(u"build-only"_s, u"Only build the casebook at PATH (the child process)"_s,
                                             u"PATH"_s);
    parser.addOptions({ articlesOption, keepOption, openOption, buildOnlyOption });
    parser.addHelpOption();
    parser.process(app);
    const int count = std::max(100, parser.value(articlesOption).toInt());

    if (parser.isSet(buildOnlyOption)) {
        const QString path = parser.value(buildOnlyOption);
        const BuildFigures built = buildCasebook(path, count);
        const qint64 fileBytes = QFileInfo(path).size();
        const double firstRate = built.sliceRates.value(0);
        const double lastRate = built.sliceRates.value(built.sliceRates.size() - 1);
        std::printf("  built in %.1f s (%.0f articles/s); last tenth at %.2fx the rate of the first\n", built.seconds,
                    count / built.seconds, lastRate / std::max(firstRate, 1e-9));
        std::printf("  file %.1f MB for %.1f MB of text (%.2fx)\n", fileBytes / 1048576.0, built.textBytes / 1048576.0,
                    double(fileBytes) / double(std::max<qint64>(1, built.textBytes)));
        return 0;
    }

    QTemporaryDir dir;
    QString book = parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(u"scale.casebook"_s);
    if (parser.isSet(openOption)) {
        book = parser.value(openOption);
        std::printf("bench scale: opening %s, built before\n", qPrintable(book));
    } else {
        if (QFileInfo::exists(book)) {
            std::fprintf(stderr, "bench_scale: %s already exists; the benchmark builds a new casebook\n",
                         qPrintable(book));
            return 1;
        }
        std::printf("bench scale: %d generated articles (Zipf vocabulary, ~3 KB English, ~1,000 characters Chinese, "
                    "one in five Chinese); %d core(s)\n",
                    count, QThread::idealThreadCount());
        std::printf("import rate per tenth of the casebook (articles, originals, index and mentions written):\n");
        // Built by a child process, so that the window's memory figures are the window's alone.
        QProcess builder;
        builder.setProcessChannelMode(QProcess::ForwardedChannels);
        builder.start(QCoreApplication::applicationFilePath(),
                      { u"--build-only"_s, book, u"--articles"_s, QString::number(count) });
        if (!builder.waitForFinished(-1) || builder.exitCode() != 0) {
            std::fprintf(stderr, "bench_scale: building %s failed\n", qPrintable(book));
            return 1;
        }
    }

    // The window, from here on watched by the stall probe.
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    StallWatchdog watchdog;
    waitFor([] { return false; }, 1000);
    const double idleStall = watchdog.longest();
    const qint64 emptyWindowKb = statusKb("VmRSS:");

    int shownArticles = -1;
    bool overviewShown = false;
    QObject::connect(&window, &MainWindow::articlesShown, [&](int n) { shownArticles = n; });
    QObject::connect(&window, &MainWindow::overviewShown, [&] { overviewShown = true; });
    watchdog.reset();
    QElapsedTimer open;
    open.start();
    if (!window.openCasebook(book)) {
        std::fprintf(stderr, "bench_scale: the window could not open %s\n", qPrintable(book));
        return 1;
    }
    const bool opened = waitFor([&] { return shownArticles >= 0 && overviewShown; });
    window.repaint();
    const double openMs = open.nsecsElapsed() / 1e6;
    const double openStall = watchdog.longest();
    std::printf("\nwindow (offscreen, %dx%d):\n", window.width(), window.height());
    std::printf("  idle window before opening (baseline): longest stall %.1f ms, %.0f MB resident\n", idleStall,
                emptyWindowKb / 1024.0);
    std::printf("  open to list and charts drawn: %.0f ms%s (%d articles listed); longest stall meanwhile %.1f ms\n",
                openMs, opened ? "" : " (gave up waiting)", shownArticles, openStall);
    // Load-independent: how much of the casebook the list read to show its first page.
    std::printf("  article list at open: %d of %d articles read from SQL (%d top-level rows); resident %.0f MB, "
                "peak %.0f MB\n",
                window.articleModel()->loadedCount(), shownArticles, window.articleModel()->rowCount(),
                statusKb("VmRSS:") / 1024.0, statusKb("VmHWM:") / 1024.0);

    // Filter changes: each waits for the overview (timeline and entity charts) and draws both.
    struct Change
    {
        const char *label;
        std::function<void()> apply;
    };
    FilterState *filter = window.filterState();
    const QList<Change> changes = {
        { "word (Sinopec)", [&] { filter->setQuery(u"Sinopec"_s); } },
        { "phrase (\"State Grid\")", [&] { filter->setQuery(u"\"State Grid\""_s); } },
        { "common word (government)", [&] { filter->setQuery(u"government"_s); } },
        { "Chinese (医院)", [&] { filter->setQuery(u"医院"_s); } },
        { "source (Asia Wire)",
          [&] {
              filter->setQuery(QString());
              filter->toggleSource(u"Asia Wire"_s);
          } },
        { "entity (Huawei)",
          [&] {
              filter->clear();
              filter->addEntity(u"Huawei"_s);
          } },
        { "date range (2024 H1)", [&] { filter->setDateRange(QDate(2024, 1, 1), QDate(2024, 6, 30)); } },
        { "cleared", [&] { filter->clear(); } },
    };
    std::printf("  redraw of the timeline and entity charts after a filter change:\n");
    std::vector<double> redraws;
    for (const Change &change : changes) {
        overviewShown = false;
        watchdog.reset();
        QElapsedTimer redraw;
        redraw.start();
        change.apply();
        const bool drawn = waitFor([&] { return overviewShown; }, 120000);
        window.timelineView()->repaint();
        window.entityCharts()->repaint();
        const double ms = redraw.nsecsElapsed() / 1e6;
        redraws.push_back(ms);
        std::printf("    %-28s %7.0f ms%s   longest stall %.1f ms\n", change.label, ms, drawn ? "" : " (gave up)",
                    watchdog.longest());
    }
    // Let the article list and results settle before the searches.
    waitFor([] { return false; }, 500);

    // Searches the way the search box runs them: on the session's query lane, first page with the total.
    const QStringList queries = { u"DeepSeek"_s,
                                  u"hospital"_s,
                                  u"\"State Grid\""_s,
                                  u"government"_s,
                                  u"Huawei OR Baidu"_s,
                                  u"hosp*"_s,
                                  u"医院"_s,
                                  u"国企"_s,
                                  u"院"_s,
                                  u"title:DeepSeek"_s,
                                  u"lang:zh 模型"_s,
                                  u"report 777"_s,
                                  u"deploy* Hangzhou"_s,
                                  u"the"_s,
                                  u"的"_s,
                                  u"\"the bank\""_s };
    std::vector<double> searches;
    quint64 waiting = 0;
    bool answered = false;
    QObject::connect(window.session(), &CasebookSession::searchFinished,
                     [&](quint64 id, const SearchResults &) { answered = answered || id == waiting; });
    QObject::connect(window.session(), &CasebookSession::searchFailed,
                     [&](quint64 id, const QString &, int) { answered = answered || id == waiting; });
    watchdog.reset();
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            SearchRequest request;
            request.query = query;
            request.limit = 50;
            answered = false;
            QElapsedTimer search;
            search.start();
            waiting = window.session()->search(request);
            waitFor([&] { return answered; }, 120000);
            if (round > 0) // the first round warms the caches
                searches.push_back(search.nsecsElapsed() / 1e6);
        }
    }
    const double searchStall = watchdog.longest();
    const qint64 peakKb = statusKb("VmHWM:");
    std::printf("  search (%lld queries x 2 runs, first page of 50 with snippets and the total): p50 %.1f ms, p95 "
                "%.1f ms, max %.1f ms; longest stall meanwhile %.1f ms\n",
                static_cast<long long>(queries.size()), percentile(searches, 0.5), percentile(searches, 0.95),
                percentile(searches, 1.0), searchStall);
    std::printf("  peak memory of the window: %.0f MB (baseline, the empty window: %.0f MB)\n", peakKb / 1024.0,
                emptyWindowKb / 1024.0);
    std::printf("  longest event-loop stall throughout: %.1f ms (idle baseline %.1f ms)\n", watchdog.longestEver(),
                idleStall);

    std::printf("\naims: open <= 2000 ms: %.0f ms %s; redraw <= 200 ms: worst %.0f ms %s; memory <= 1024 MB: %.0f MB "
                "%s; stall < 50 ms: %.1f ms %s; search p95 <= 20 ms: %.1f ms %s\n",
                openMs, openMs <= 2000 ? "met" : "MISSED", percentile(redraws, 1.0),
                percentile(redraws, 1.0) <= 200 ? "met" : "MISSED", peakKb / 1024.0,
                peakKb <= 1024 * 1024 ? "met" : "MISSED", watchdog.longestEver(),
                watchdog.longestEver() < 50 ? "met" : "MISSED", percentile(searches, 0.95),
                percentile(searches, 0.95) <= 20 ? "met" : "MISSED");
    return 0;
}
