// SPDX-License-Identifier: GPL-3.0-or-later
// Never wait: prints how long the GUI thread's event loop stalls while 20,000 articles are imported and analysed
// (against the same probe on an idle window, in the same run), and the time from clicking a result to a fully
// highlighted document for a 50 KB and a 300 KB article. Figures, not pass/fail: run it by hand or with
// `ctest -L benchmark`.
#include "../support/eventwait.h"
#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspanel.h"
#include "mainwindow.h"
#include "session/casebooksession.h"
#include "store/casebookstore.h"
#include "store/sqlitedatabase.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QStringList sentences = {
    u"Sinopec said on Monday that it had linked its refinery scheduling system to DeepSeek-R1."_s,
    u"The State-owned Assets Supervision and Administration Commission (SASAC) asked central SOEs to speed up."_s,
    u"Hospitals in Hangzhou reported that the model drafted 30% of discharge summaries last month."_s,
    u"PipeChina spent 10 million yuan (US$1.37 million) on inspection drones in May last year."_s,
    u"Huawei Cloud and Alibaba Cloud both offered the model to government customers in Shenzhen."_s,
    u"Analysts at the China Enterprise Research Institute in Beijing expect 2.18 trillion yuan of investment."_s,
    u"深圳市福田区政务服务数据管理局表示，上个月已有七十名数字员工上岗。"_s,
    u"国家电网有限公司在2025年1月20日发布了电力大模型，预测准确率提升百分之十。"_s,
};

QString article(int index, int targetChars)
{
    std::mt19937 rng(quint32(index) * 2654435761u);
    QString text = u"Synthetic report %1 on state firms and AI\n\n"_s.arg(index);
    while (text.size() < targetChars) {
        for (int i = 0; i < 4; ++i)
            text += sentences.at(int(rng() % sentences.size())) + u' ';
        text += u"\n\n"_s;
    }
    return text;
}

struct StallFigures
{
    qint64 ticks = 0;
    double longestMs = 0;
    double p99Ms = 0;
    double p50Ms = 0;
};

/// Probes the event loop every `interval` ms until `done` is true; a stall is the delay beyond the interval.
StallFigures probe(const std::function<bool()> &done, int interval = 5, int minimumMs = 0)
{
    QList<double> stalls;
    QElapsedTimer total;
    total.start();
    QElapsedTimer last;
    last.start();
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(interval);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        stalls.append(std::max(0.0, last.nsecsElapsed() / 1e6 - interval));
        last.restart();
    });
    timer.start();
    constexpr qint64 giveUpMs = 20 * 60 * 1000;
    test::waitForEvents([&] { return done() && total.elapsed() >= minimumMs; }, giveUpMs);
    timer.stop();
    std::sort(stalls.begin(), stalls.end());
    StallFigures figures;
    figures.ticks = stalls.size();
    if (!stalls.isEmpty()) {
        figures.longestMs = stalls.last();
        figures.p99Ms = stalls.at(std::min<qsizetype>(stalls.size() - 1, qsizetype(stalls.size() * 0.99)));
        figures.p50Ms = stalls.at(stalls.size() / 2);
    }
    return figures;
}

void printStalls(const char *label, const StallFigures &f)
{
    std::printf("  %-34s longest %7.1f ms   p99 %6.1f ms   p50 %5.1f ms   (%lld probes)\n", label, f.longestMs, f.p99Ms,
                f.p50Ms, static_cast<long long>(f.ticks));
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IONBF, 0); // figures appear as they are measured
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int articles = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;

    QTemporaryDir dir;
    const QString corpus = dir.filePath(u"corpus"_s);
    QDir().mkpath(corpus);
    for (int i = 0; i < articles; ++i)
        writeFile(corpus + u"/a%1.txt"_s.arg(i, 6, 10, QChar(u'0')), article(i, 3000));
    QDir().mkpath(dir.filePath(u"big"_s));
    writeFile(dir.filePath(u"big/article-50k.txt"_s), article(900001, 50 * 1024));
    writeFile(dir.filePath(u"big/article-300k.txt"_s), article(900002, 300 * 1024));

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openCasebook(dir.filePath(u"bench.casebook"_s)))
        return 1;
    std::printf("bench responsiveness: %d articles of ~3 KB imported and analysed through the window\n", articles);

    QElapsedTimer idleClock;
    idleClock.start();
    const StallFigures idle = probe([&] { return idleClock.elapsed() > 2000; });

    bool analysisDone = false;
    QObject::connect(window.session(), &CasebookSession::jobChanged, [&](const JobStatus &job) {
        if (job.title == QCoreApplication::translate("casebook::CasebookSession", "Analysis")
            && job.state != JobStatus::State::Running)
            analysisDone = true;
    });
    // While the import runs the analyst keeps working: a search every half second.
    QTimer typing;
    int typed = 0;
    QObject::connect(&typing, &QTimer::timeout, [&] {
        window.filterState()->setQuery(typed++ % 2 ? u"deepseek hospital"_s : u"sinopec OR 国家电网"_s);
    });
    typing.start(500);
    QElapsedTimer importClock;
    importClock.start();
    window.importPaths({ corpus });
    const StallFigures busy = probe([&] { return analysisDone; });
    typing.stop();
    const double importSeconds = importClock.elapsed() / 1000.0;
    printStalls("idle window (baseline):", idle);
    printStalls("while importing + analysing:", busy);
    std::printf("  import + analysis took %.1f s (%.0f articles/s end to end)\n", importSeconds,
                articles / importSeconds);

    // Click to fully highlighted: the same path a click on a result takes.
    window.filterState()->setQuery(u"deepseek OR 国家电网"_s);
    analysisDone = false;
    window.importPaths({ dir.filePath(u"big"_s) });
    probe([&] { return analysisDone; });
    // The article list reloads after the import; wait until it holds the two big articles.
    probe([&] {
        int found = 0;
        for (const Article &listed : window.articleModel()->loadedArticles())
            found += listed.path.endsWith(u"article-50k.txt"_s) || listed.path.endsWith(u"article-300k.txt"_s);
        return found == 2;
    });
    for (const QString &name : { u"article-50k.txt"_s, u"article-300k.txt"_s }) {
        qint64 id = 0;
        for (const Article &listed : window.articleModel()->loadedArticles())
            if (listed.path.endsWith(name))
                id = listed.id;
        if (!id) {
            std::printf("  %s was not imported\n", qPrintable(name));
            continue;
        }
        QList<double> times;
        int hits = 0;
        int characters = 0;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer click;
            click.start();
            bool shown = false;
            auto connection
                = QObject::connect(&window, &MainWindow::articleShown, [&](qint64 shownId) { shown = shownId == id; });
            window.session()->loadArticle(id, window.filterState()->filter().query);
            test::waitForEvents([&] { return shown; }, 30000);
            window.documentView()->repaint(); // the highlighted text actually drawn
            times.append(click.nsecsElapsed() / 1e6);
            QObject::disconnect(connection);
            hits = window.documentView()->searchHitCount();
            characters = int(window.documentView()->plainText().size());
        }
        std::sort(times.begin(), times.end());
        std::printf("  click to highlighted %-17s median %6.1f ms, worst %6.1f ms (%d hits, %d characters)\n",
                    qPrintable(name), times.at(times.size() / 2), times.last(), hits, characters);
    }

    // Opening a casebook of the previous format: the window upgrades it as a job (backup, migration, signatures and
    // index rebuilt) while staying responsive. The casebook just filled is marked as format 4 to get one this size.
    const QString book = window.session()->path();
    window.openCasebook(dir.filePath(u"elsewhere.casebook"_s)); // lets go of the big one
    {
        SqliteDatabase db(book, SqliteDatabase::Access::ReadWrite);
        // Back to format 4 as that format was: without the tables later steps add.
        db.exec(u"DROP TABLE annotation_tags; DROP TABLE tags; DROP TABLE annotations; PRAGMA user_version = 4"_s);
    }
    bool ready = false;
    QElapsedTimer upgradeClock;
    upgradeClock.start();
    auto readyConnection = QObject::connect(&window, &MainWindow::casebookReady, [&] { ready = true; });
    window.openCasebook(book);
    const StallFigures upgrading = probe([&] { return ready; });
    QObject::disconnect(readyConnection);
    const double upgradeSeconds = upgradeClock.elapsed() / 1000.0;
    printStalls("while upgrading format 4 -> current:", upgrading);
    const QStringList backups = QDir(dir.path()).entryList({ u"bench.format-4-backup*.casebook"_s });
    std::printf("  upgrade of %d articles took %.1f s; backup kept: %s\n", articles + 2, upgradeSeconds,
                backups.isEmpty() ? "none (!)" : qPrintable(backups.first()));

    // Baseline: the same upgrade where the window used to run it, on the GUI thread while opening (the event loop
    // waits for all of it).
    window.openCasebook(dir.filePath(u"elsewhere.casebook"_s));
    {
        SqliteDatabase db(book, SqliteDatabase::Access::ReadWrite);
        // Back to format 4 as that format was: without the tables later steps add.
        db.exec(u"DROP TABLE annotation_tags; DROP TABLE tags; DROP TABLE annotations; PRAGMA user_version = 4"_s);
    }
    QElapsedTimer onGuiThread;
    onGuiThread.start();
    {
        CasebookStore upgradedInPlace(book);
    }
    std::printf("  baseline, the same upgrade on the GUI thread: one stall of %.0f ms (%.0fx the longest above)\n",
                onGuiThread.nsecsElapsed() / 1e6,
                onGuiThread.nsecsElapsed() / 1e6 / std::max(0.1, upgrading.longestMs));
    return 0;
}
