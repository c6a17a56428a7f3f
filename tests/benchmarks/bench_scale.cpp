// SPDX-License-Identifier: GPL-3.0-or-later
// Casebook at scale: builds an N-article casebook (generated with Zipf's-law vocabularies, one article in five
// Chinese; default 1,000,000), then opens it in the real window and prints the import rate per tenth of the build,
// the file size, the time to open it, the time for the timeline and entity charts to redraw after each of a few
// filter changes, search latency through the window's session, the window's peak memory and the GUI thread's
// longest event-loop stall, each beside its baseline. Figures, not pass/fail:
//     bench_scale --articles 20000          (what CI runs, through ctest -L scale)
#include "../support/eventwait.h"
#include "analysis/articleanalysis.h"
#include "articlelist/articlelistmodel.h"
#include "entities/entitychartview.h"
#include "mainwindow.h"
#include "session/casebooksession.h"
#include "session/filterstate.h"
#include "session/overview.h"
#include "store/analysisstore.h"
#include "store/casebookstore.h"
#include "store/sqlitedatabase.h"
#include "syntheticcorpus.h"
#include "timeline/timelineview.h"
#include "util/threadcpu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMetaEnum>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
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
/// CPU time the calling thread has run, in ms (0 where the system cannot tell).
double threadCpuMs()
{
    return double(threadCpuNanoseconds()) / 1e6;
}

/// A 5 ms timer on the GUI thread: how late it fires is how long the event loop could not answer. Each stall is
/// also split by the GUI thread's own CPU time over it: the part it spent working (painting, laying out) against
/// the part it waited for a core while other threads and processes had both (on a loaded 2-core machine, most of a
/// long stall can be the latter, which no change to the window's code removes).
class StallWatchdog
{
public:
    StallWatchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double late = std::max(0.0, m_clock.nsecsElapsed() / 1e6 - interval);
            const double cpu = threadCpuMs();
            const double busy = std::min(late, std::max(0.0, cpu - m_cpuAtTick));
            if (late > m_longest) {
                m_longest = late;
                m_longestBusy = busy;
            }
            if (late > m_longestEver) {
                m_longestEver = late;
                m_longestEverBusy = busy;
            }
            m_mostBusy = std::max(m_mostBusy, busy);
            m_mostBusyEver = std::max(m_mostBusyEver, busy);
            m_clock.restart();
            m_cpuAtTick = cpu;
        });
        m_clock.start();
        m_cpuAtTick = threadCpuMs();
        m_timer.start();
    }
    void reset()
    {
        m_longest = 0;
        m_longestBusy = 0;
        m_mostBusy = 0;
        m_clock.restart();
        m_cpuAtTick = threadCpuMs();
    }
    double longest() const { return m_longest; }
    double longestEver() const { return m_longestEver; }
    /// The GUI thread's CPU time within the longest stall.
    double longestBusy() const { return m_longestBusy; }
    double longestEverBusy() const { return m_longestEverBusy; }
    /// The most CPU time the GUI thread spent between two ticks: the stall its own work makes.
    double mostBusy() const { return m_mostBusy; }
    double mostBusyEver() const { return m_mostBusyEver; }

private:
    static constexpr int interval = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_cpuAtTick = 0;
    double m_longest = 0;
    double m_longestBusy = 0;
    double m_mostBusy = 0;
    double m_longestEver = 0;
    double m_longestEverBusy = 0;
    double m_mostBusyEver = 0;
};

/// The application, timing every event the GUI thread handles at the outermost level (an event sent from within
/// another is part of the outer one): which events make a stall, measured rather than guessed from a profile.
class EventTimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct SlowEvent
    {
        double ms = 0;
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const QEvent::Type type = event->type(); // the event may be gone after it is handled
        const QString receiverName = describe(receiver);
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = clock.nsecsElapsed() / 1e6;
        if (ms >= slowestKeptMs && (m_slowest.size() < slowestKept || ms > m_slowest.last().ms)) {
            const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            m_slowest.append(
                { ms, u"%1 to %2"_s.arg(typeName ? QLatin1StringView(typeName) : "event"_L1, receiverName) });
            std::sort(m_slowest.begin(), m_slowest.end(),
                      [](const SlowEvent &a, const SlowEvent &b) { return a.ms > b.ms; });
            m_slowest.resize(std::min<qsizetype>(m_slowest.size(), slowestKept));
        }
        return handled;
    }

    void resetSlowest() { m_slowest.clear(); }
    /// The slowest events since the last reset, slowest first: "31.2 ms MetaCall to casebook::MainWindow, ...".
    QString slowestEvents() const
    {
        QStringList parts;
        for (const SlowEvent &slow : m_slowest)
            parts.append(u"%1 ms %2"_s.arg(slow.ms, 0, 'f', 1).arg(slow.what));
        return parts.isEmpty() ? u"none over %1 ms"_s.arg(slowestKeptMs) : parts.join(u", "_s);
    }

private:
    /// A receiver by its class; a scene also by the Casebook widget that shows it (which chart).
    static QString describe(QObject *receiver)
    {
        QString name = QLatin1StringView(receiver->metaObject()->className());
        if (const auto *scene = qobject_cast<QGraphicsScene *>(receiver); scene && !scene->views().isEmpty()) {
            for (const QWidget *widget = scene->views().constFirst(); widget; widget = widget->parentWidget()) {
                const QLatin1StringView widgetClass(widget->metaObject()->className());
                if (widgetClass.startsWith("casebook::"_L1)) {
                    name += u" of "_s + widgetClass;
                    break;
                }
            }
        }
        return name;
    }

    static constexpr int slowestKept = 3;
    static constexpr double slowestKeptMs = 5;
    int m_depth = 0;
    QList<SlowEvent> m_slowest;
};

/// Runs the event loop until `done` or the time limit; returns false on the time limit.
bool waitFor(const std::function<bool()> &done, int limitMs = 600000)
{
    return test::waitForEvents(done, limitMs);
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

/// A generated article as an importer would hand it to the store.
ImportedArticle importedArticleOf(const bench::SyntheticArticle &synthetic, const QString &path)
{
    ImportedArticle article;
    article.path = path;
    article.format = u"text"_s;
    article.encoding = u"UTF-8"_s;
    article.text = synthetic.text;
    article.original = synthetic.text.toUtf8();
    article.meta.title = synthetic.title;
    article.meta.source = synthetic.source;
    article.meta.language = synthetic.language;
    article.meta.published = { synthetic.published, DatePrecision::Day };
    return article;
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
    // Two batches a tenth at least, so every tenth's rate includes its writes (500 at most, as an import commits).
    const size_t batchSize = size_t(std::clamp(count / 20, 1, 500));
    for (int i = 0; i < count; ++i) {
        const bool chinese = i % 5 == 4;
        bench::SyntheticArticle synthetic = corpus.article(i, chinese ? 1000 : 3000, chinese);
        ImportedArticle article = importedArticleOf(synthetic, u"/bench/scale/article-%1.txt"_s.arg(i));
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

/// 100 (or `count`) new generated articles with their mentions, as an analysis job would leave them before its
/// rebuild: added to the casebook, analysed, entities not yet regrouped. Returns what the replaced mentions were.
EntityChanges addAnalysedArticles(CasebookStore &store, int count)
{
    const bench::SyntheticCorpus corpus(bench::SyntheticCorpus::Vocabulary::Zipf);
    std::vector<ImportedArticle> batch;
    std::vector<bench::SyntheticArticle> generated;
    for (int i = 0; i < count; ++i) {
        const qint64 index = 50'000'000 + i; // past any article a scale casebook was built with
        const bool chinese = i % 5 == 4;
        bench::SyntheticArticle synthetic = corpus.article(index, chinese ? 1000 : 3000, chinese);
        batch.push_back(importedArticleOf(synthetic, u"/bench/scale/new-%1.txt"_s.arg(index)));
        generated.push_back(std::move(synthetic));
    }
    const std::vector<AddOutcome> outcomes = store.addArticles(batch);
    QList<std::pair<AnalysisInput, ArticleAnalysis>> analyses;
    for (size_t k = 0; k < outcomes.size(); ++k) {
        AnalysisInput input;
        input.articleId = outcomes[k].articleId;
        input.text = generated[k].text;
        input.published = batch[k].meta.published;
        analyses.append({ input, analysisOf(generated[k]) });
    }
    return store.analysis().replaceAnalyses(analyses);
}

/// Every entity with its counts and aliases, and every mention with the entity it ended in, as sorted lines:
/// two casebooks whose entities came out the same give the same lines (ids aside).
QStringList entitySnapshot(CasebookStore &store)
{
    QStringList lines;
    AnalysisStore analysis = store.analysis();
    for (const StoredEntity &entity : analysis.entities()) {
        QStringList aliases = entity.aliases;
        aliases.sort();
        const QString label = entityTypeName(entity.type) + u'\t' + entity.name;
        lines.append(u"entity\t%1\t%2\t%3\t%4"_s.arg(label)
                         .arg(entity.mentionCount)
                         .arg(entity.articleCount)
                         .arg(aliases.join(u'|')));
        for (const StoredMention &mention : analysis.mentionsOfEntity(entity.id))
            lines.append(u"mention\t%1\t%2"_s.arg(mention.id).arg(label));
    }
    lines.sort();
    return lines;
}

/// --rebuild: entities regrouped after 100 new analysed articles, the whole casebook (the way every analysis job
/// did it, the baseline) beside the part the new mentions reach, each on its own copy of the casebook.
int benchRebuild(const QString &path, int newArticles, bool withLocalKeyIndex)
{
    QTemporaryDir dir;
    {
        CasebookStore source(path);
        source.checkpoint(); // the copies take the file alone
    }
    const qint64 mentions = [&] {
        CasebookStore store(path, CasebookStore::Mode::ReadOnly);
        return store.database().scalar(u"SELECT count(*) FROM mentions"_s);
    }();
    std::printf("bench scale --rebuild: %s (%lld mentions), %d new analysed articles added to each copy\n",
                qPrintable(path), static_cast<long long>(mentions), newArticles);
    struct Run
    {
        double seconds = 0;
        EntityRebuildFigures figures;
        qint64 steps = 0; ///< SQLite's virtual-machine steps
        QStringList snapshot;
    };
    auto run = [&](const QString &name, bool incremental, bool index) {
        const QString copy = dir.filePath(name);
        QFile::copy(path, copy);
        CasebookStore store(copy);
        if (index) {
            QElapsedTimer creating;
            creating.start();
            const qint64 pagesBefore = store.database().scalar(u"PRAGMA page_count"_s);
            store.database().exec(u"CREATE INDEX bench_mentions_by_local_key ON mentions(local_key)"_s);
            const qint64 pages = store.database().scalar(u"PRAGMA page_count"_s) - pagesBefore;
            std::printf("  (index on mentions(local_key) created in %.1f s, %.1f MB)\n", creating.nsecsElapsed() / 1e9,
                        double(pages * store.database().scalar(u"PRAGMA page_size"_s)) / 1048576.0);
        }
        const EntityChanges changes = addAnalysedArticles(store, newArticles);
        Run result;
        const SqliteDatabase::Work before = store.database().work();
        QElapsedTimer clock;
        clock.start();
        if (incremental) {
            result.figures = store.analysis().rebuildEntities(changes);
        } else {
            store.analysis().rebuildEntities();
            result.figures.whole = true;
            result.figures.mentionsRead = store.database().scalar(u"SELECT count(*) FROM mentions"_s);
            result.figures.mentionsRegrouped = result.figures.mentionsRead;
        }
        result.seconds = clock.nsecsElapsed() / 1e9;
        result.steps = store.database().work().steps - before.steps;
        result.snapshot = entitySnapshot(store);
        return result;
    };
    const Run whole = run(u"whole.casebook"_s, false, false);
    std::printf("  whole casebook regrouped (baseline):  %8.2f s, %lld mention rows read, %lld SQLite steps\n",
                whole.seconds, static_cast<long long>(whole.figures.mentionsRead), static_cast<long long>(whole.steps));
    auto report = [&](const char *label, const Run &part) {
        const bool same = part.snapshot == whole.snapshot;
        if (part.figures.whole)
            std::printf("  %-37s %8.2f s, %lld mention rows read, %lld SQLite steps: the part passed %lld mentions, so "
                        "the whole casebook was regrouped; entities %s\n",
                        label, part.seconds, static_cast<long long>(part.figures.mentionsRead),
                        static_cast<long long>(part.steps), static_cast<long long>(part.figures.mentionLimit),
                        same ? "identical to the baseline's" : "DIFFERENT from the baseline's");
        else
            std::printf("  %-37s %8.2f s, %lld mention rows read, %lld SQLite steps (%lld mentions regrouped, %lld "
                        "entities), %d pass(es) over the mentions table; %.1fx faster; entities %s\n",
                        label, part.seconds, static_cast<long long>(part.figures.mentionsRead),
                        static_cast<long long>(part.steps), static_cast<long long>(part.figures.mentionsRegrouped),
                        static_cast<long long>(part.figures.entitiesRegrouped), part.figures.scans,
                        whole.seconds / std::max(part.seconds, 1e-9),
                        same ? "identical to the baseline's" : "DIFFERENT from the baseline's");
        return same;
    };
    bool same = report("only the part the new mentions reach:", run(u"part.casebook"_s, true, false));
    if (withLocalKeyIndex)
        same = report("the same with an index on local_key:", run(u"indexed.casebook"_s, true, true)) && same;
    return same ? 0 : 1;
}

/// The window's filter changes, as filters (the date range on top of the entity, as the window applies it).
QList<std::pair<const char *, Filter>> benchFilters()
{
    Filter word;
    word.query = u"Sinopec"_s;
    Filter phrase;
    phrase.query = u"\"State Grid\""_s;
    Filter common;
    common.query = u"government"_s;
    Filter chinese;
    chinese.query = u"医院"_s;
    Filter source;
    source.sources = { u"Asia Wire"_s };
    Filter entity;
    entity.entities = { u"Huawei"_s };
    Filter dates = entity;
    dates.from = QDate(2024, 1, 1);
    dates.to = QDate(2024, 6, 30);
    return { { "word (Sinopec)", word },
             { "phrase (\"State Grid\")", phrase },
             { "common word (government)", common },
             { "Chinese (医院)", chinese },
             { "source (Asia Wire)", source },
             { "entity (Huawei)", entity },
             { "date range (2024 H1)", dates },
             { "no filter", Filter() } };
}

/// --overview: the overview of each filter computed on a read connection, without the window: its time, the rows
/// SQLite handed over and the steps it took (figures that do not depend on the machine's load).
int benchOverview(const QString &path)
{
    CasebookStore store(path, CasebookStore::Mode::ReadOnly);
    std::printf("bench scale --overview: %s, %lld articles\n", qPrintable(path),
                static_cast<long long>(store.articleCount()));
    std::shared_ptr<const EntityNames> names;
    for (int round = 0; round < 2; ++round) {
        std::printf(round == 0 ? "  first round (entity names read once, cold caches):\n"
                               : "  second round (names kept, as the session keeps them):\n");
        for (const auto &[label, filter] : benchFilters()) {
            const SqliteDatabase::Work before = store.database().work();
            QElapsedTimer clock;
            clock.start();
            OverviewQuery query(store);
            query.setEntityNames(names);
            const Overview overview = query.compute(filter);
            names = query.entityNames();
            const double ms = clock.nsecsElapsed() / 1e6;
            const SqliteDatabase::Work after = store.database().work();
            std::printf(
                "    %-28s %7.1f ms  %7lld rows read, %9lld SQLite steps; %lld articles, %lld entities\n", label, ms,
                static_cast<long long>(after.rows - before.rows), static_cast<long long>(after.steps - before.steps),
                static_cast<long long>(overview.matchingArticles), static_cast<long long>(overview.entities.size()));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IONBF, 0); // figures appear as they are measured
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    EventTimingApplication app(argc, argv);
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
    const QCommandLineOption rebuildOption(
        u"rebuild"_s,
        u"Only time regrouping the entities after new analysed articles, on copies of the casebook at PATH"_s,
        u"PATH"_s);
    const QCommandLineOption newOption(u"new"_s, u"How many new articles --rebuild adds (default 100)"_s, u"N"_s,
                                       u"100"_s);
    const QCommandLineOption localKeyIndexOption(
        u"local-key-index"_s, u"--rebuild also on a copy with an index on mentions(local_key) (format 8 has none)"_s);
    const QCommandLineOption overviewOption(
        u"overview"_s, u"Only time the overview of each filter on the casebook at PATH, without the window"_s,
        u"PATH"_s);
    parser.addOptions({ articlesOption, keepOption, openOption, buildOnlyOption, rebuildOption, newOption,
                        localKeyIndexOption, overviewOption });
    parser.addHelpOption();
    parser.process(app);
    const int count = std::max(100, parser.value(articlesOption).toInt());
    if (parser.isSet(overviewOption))
        return benchOverview(parser.value(overviewOption));
    if (parser.isSet(rebuildOption))
        return benchRebuild(parser.value(rebuildOption), std::max(1, parser.value(newOption).toInt()),
                            parser.isSet(localKeyIndexOption));

    if (parser.isSet(buildOnlyOption)) {
        const QString path = parser.value(buildOnlyOption);
        const BuildFigures built = buildCasebook(path, count);
        const qint64 fileBytes = QFileInfo(path).size();
        const double firstRate = built.sliceRates.value(0);
        const double lastRate = built.sliceRates.value(built.sliceRates.size() - 1);
        const double kept = lastRate / std::max(firstRate, 1e-9);
        std::printf("  built in %.1f s (%.0f articles/s); last tenth at %.2fx the rate of the first (aim: no slowdown "
                    "as the casebook grows, at least 0.90x: %s)\n",
                    built.seconds, count / built.seconds, kept, kept >= 0.9 ? "met" : "MISSED");
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
    std::printf("  redraw of the timeline and entity charts after a filter change (the longest stall: how late a 5 ms "
                "timer on the GUI thread fired, and how much of that the GUI thread itself was working; the slowest "
                "events by Qt's type: UpdateRequest paints the window, MetaCall is a queued call such as a chart's "
                "scene updating, Expose a window shown):\n");
    std::vector<double> redraws;
    for (const Change &change : changes) {
        overviewShown = false;
        watchdog.reset();
        app.resetSlowest();
        QElapsedTimer redraw;
        redraw.start();
        change.apply();
        // What the window does at once on the GUI thread (the lists re-filtered), before any answer can arrive.
        const double applyMs = redraw.nsecsElapsed() / 1e6;
        const bool drawn = waitFor([&] { return overviewShown; }, 120000);
        window.timelineView()->repaint();
        window.entityCharts()->repaint();
        const double ms = redraw.nsecsElapsed() / 1e6;
        redraws.push_back(ms);
        std::printf("    %-28s %7.0f ms%s   longest stall %.1f ms (GUI thread working %.1f ms of it; its most work "
                    "between two ticks %.1f ms); %.0f ms in the change itself\n",
                    change.label, ms, drawn ? "" : " (gave up)", watchdog.longest(), watchdog.longestBusy(),
                    watchdog.mostBusy(), applyMs);
        std::printf("      slowest events on the GUI thread: %s\n", qPrintable(app.slowestEvents()));
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
    std::printf("  peak memory of the window: %.0f MB (baseline, the empty window: %.0f MB); resident now: %.0f MB "
                "private, %.0f MB of files (the casebook's memory map, which the system can drop at will)\n",
                peakKb / 1024.0, emptyWindowKb / 1024.0, statusKb("RssAnon:") / 1024.0, statusKb("RssFile:") / 1024.0);
    std::printf(
        "  longest event-loop stall throughout: %.1f ms, the GUI thread working %.1f ms of it (idle baseline %.1f "
        "ms); the most the GUI thread worked between two ticks: %.1f ms\n",
        watchdog.longestEver(), watchdog.longestEverBusy(), idleStall, watchdog.mostBusyEver());

    std::printf("\naims: open <= 2000 ms: %.0f ms %s; redraw <= 200 ms: worst %.0f ms %s; memory <= 1024 MB: %.0f MB "
                "%s; stall < 50 ms: %.1f ms %s (GUI thread's own work: %.1f ms %s); search p95 <= 20 ms: %.1f ms %s\n",
                openMs, openMs <= 2000 ? "met" : "MISSED", percentile(redraws, 1.0),
                percentile(redraws, 1.0) <= 200 ? "met" : "MISSED", peakKb / 1024.0,
                peakKb <= 1024 * 1024 ? "met" : "MISSED", watchdog.longestEver(),
                watchdog.longestEver() < 50 ? "met" : "MISSED", watchdog.mostBusyEver(),
                watchdog.mostBusyEver() < 50 ? "met" : "MISSED", percentile(searches, 0.95),
                percentile(searches, 0.95) <= 20 ? "met" : "MISSED");
    return 0;
}
