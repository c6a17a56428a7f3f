// SPDX-License-Identifier: GPL-3.0-or-later
// CasebookSession as the window uses it: jobs with ids, cancel by id, superseded queries, errors, a session closed
// while a job runs, upgrades of older casebooks as a job with a backup, and other processes reading the casebook
// while the session has it open.
#include "../../support/testarticles.h"
#include "session/casebooksession.h"
#include "store/casebookstore.h"
#include "store/casebookupgrade.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// The last status seen for each job id, and the order in which titles first appeared.
struct JobLog
{
    QHash<quint64, JobStatus> latest;
    QList<std::pair<quint64, QString>> started;

    void record(const JobStatus &job)
    {
        if (!latest.contains(job.id))
            started.append({ job.id, job.title });
        latest.insert(job.id, job);
    }
    quint64 idOf(const QString &title) const
    {
        for (const auto &[id, name] : started)
            if (name == title)
                return id;
        return 0;
    }
    bool ended(const QString &title) const
    {
        const quint64 id = idOf(title);
        return id && latest.value(id).state != JobStatus::State::Running;
    }
    JobStatus::State stateOf(const QString &title) const { return latest.value(idOf(title)).state; }
};

/// Background work runs at a lower priority: on a loaded CI machine it may take a while.
constexpr int slow = 30000;

qint64 articleCount(const QString &book)
{
    CasebookStore store(book, CasebookStore::Mode::ReadOnly);
    return store.articleCount();
}

QString integrity(const QString &book)
{
    CasebookStore store(book, CasebookStore::Mode::ReadOnly);
    auto check = store.database().prepare(u"PRAGMA integrity_check"_s);
    return check.step() ? check.text(0) : QString();
}

} // namespace

class TestCasebookSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the OCR language setting goes to a test folder
        QSettings().remove(QLatin1StringView(CasebookSession::ocrLanguagesKey));
    }

    void ocrLanguagesAreASettingThatLasts()
    {
        QTemporaryDir dir;
        {
            CasebookSession session(dir.filePath(u"ocr.casebook"_s));
            QCOMPARE(session.ocrLanguages(), u"eng+chi_sim"_s);
            session.setOcrLanguages(u" eng+chi_tra "_s);
            QCOMPARE(session.ocrLanguages(), u"eng+chi_tra"_s);
        }
        CasebookSession again(dir.filePath(u"ocr.casebook"_s));
        QCOMPARE(again.ocrLanguages(), u"eng+chi_tra"_s);
        again.setOcrLanguages({}); // empty: back to the default
        QCOMPARE(again.ocrLanguages(), u"eng+chi_sim"_s);
        QSettings().remove(QLatin1StringView(CasebookSession::ocrLanguagesKey));
    }

    void importThenAnalysisAreTwoJobs()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"in"_s), 30);
        CasebookSession session(dir.filePath(u"a.casebook"_s));
        QSignalSpy ready(&session, &CasebookSession::ready);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, slow);
        JobLog log;
        connect(&session, &CasebookSession::jobChanged, this, [&](const JobStatus &job) { log.record(job); });
        QSignalSpy finished(&session, &CasebookSession::importFinished);
        session.importPaths({ dir.filePath(u"in"_s) });
        QVERIFY(session.isImporting());
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(u"Analysis"_s), 30000);
        QCOMPARE(finished.count(), 1);
        const auto summary = finished.first().first().value<ImportSummary>();
        QCOMPARE(summary.counts.added, 30);
        QCOMPARE(log.stateOf(u"Import"_s), JobStatus::State::Finished);
        QCOMPARE(log.stateOf(u"Analysis"_s), JobStatus::State::Finished);
        const JobStatus import = log.latest.value(log.idOf(u"Import"_s));
        QCOMPARE(import.total, 30);
        QCOMPARE(import.done, 30);
        QVERIFY(import.summary.contains(u"30 files: 30 imported"_s));
        QVERIFY(!session.isImporting());
        QVERIFY(session.runningJobs().isEmpty());
    }

    void cancelByIdStopsTheImportAndKeepsWholeBatches()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"many"_s), 6000);
        const QString book = dir.filePath(u"c.casebook"_s);
        {
            CasebookSession session(book);
            QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), slow);
            JobLog log;
            connect(&session, &CasebookSession::jobChanged, this, [&](const JobStatus &job) {
                log.record(job);
                if (job.title == u"Import"_s && job.done > 0 && job.state == JobStatus::State::Running)
                    session.cancelJob(job.id); // what the Jobs panel's Cancel button does
            });
            session.importPaths({ dir.filePath(u"many"_s) });
            QTRY_VERIFY_WITH_TIMEOUT(log.ended(u"Import"_s), 60000);
            QCOMPARE(log.stateOf(u"Import"_s), JobStatus::State::Canceled);
            // What the cancelled import committed is analysed all the same, as its own job.
            QTRY_VERIFY_WITH_TIMEOUT(log.ended(u"Analysis"_s), 60000);
            QCOMPARE(log.stateOf(u"Analysis"_s), JobStatus::State::Finished);
            QVERIFY(!session.isImporting());
            QSignalSpy backlog(&session, &CasebookSession::notAnalysed);
            session.findNotAnalysed();
            QTRY_COMPARE_WITH_TIMEOUT(backlog.count(), 1, slow);
            QVERIFY(backlog.first().first().value<QList<qint64>>().isEmpty());
        }
        const qint64 count = articleCount(book);
        QVERIFY(count > 0);
        QVERIFY(count < 6000);
        QCOMPARE(count % 128, 0); // whole batches only
    }

    void cancelledAnalysisCanBeResumed()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"many"_s), 600);
        CasebookSession session(dir.filePath(u"r.casebook"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), slow);
        JobLog log;
        connect(&session, &CasebookSession::jobChanged, this, [&](const JobStatus &job) {
            log.record(job);
            if (job.title == u"Analysis"_s && job.state == JobStatus::State::Running && log.started.size() == 2)
                session.cancelJob(job.id); // the first analysis only
        });
        QSignalSpy backlog(&session, &CasebookSession::notAnalysed);
        session.importPaths({ dir.filePath(u"many"_s) });
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(u"Analysis"_s), 60000);
        QCOMPARE(log.stateOf(u"Analysis"_s), JobStatus::State::Canceled);
        QTRY_VERIFY_WITH_TIMEOUT(backlog.count() >= 1, slow); // told after every analysis job
        const QList<qint64> left = backlog.last().first().value<QList<qint64>>();
        QVERIFY(!left.isEmpty());

        session.analyseNotAnalysed(); // Article › Analyse Articles Not Yet Analysed
        QTRY_COMPARE_WITH_TIMEOUT(log.started.size(), 3, slow);
        const quint64 resumed = log.started.last().first;
        QTRY_VERIFY_WITH_TIMEOUT(log.latest.value(resumed).state != JobStatus::State::Running, 60000);
        QCOMPARE(log.latest.value(resumed).state, JobStatus::State::Finished);
        QCOMPARE(log.latest.value(resumed).total, left.size());
        QTRY_VERIFY_WITH_TIMEOUT(backlog.last().first().value<QList<qint64>>().isEmpty(), slow);
    }

    void closingLeavesOneSelfContainedFile()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"in"_s), 5);
        const QString book = dir.filePath(u"closed.casebook"_s);
        {
            CasebookSession session(book);
            QSignalSpy imported(&session, &CasebookSession::importFinished);
            session.importPaths({ dir.filePath(u"in"_s) });
            QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, slow);
            QSignalSpy loaded(&session, &CasebookSession::articlePageLoaded);
            session.loadArticlePage({}); // a pooled reader stays open until the session closes
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, slow);
        }
        // The writer closed last, checkpointed, and removed the log: copying the .casebook alone copies everything.
        QVERIFY(!QFileInfo::exists(book + u"-wal"_s));
        QCOMPARE(articleCount(book), 5);
    }

    void unknownJobIdsAreIgnored()
    {
        QTemporaryDir dir;
        CasebookSession session(dir.filePath(u"u.casebook"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), slow);
        session.cancelJob(12345); // must not throw or cancel anything else
        QVERIFY(session.runningJobs().isEmpty());
    }

    void newerSearchSupersedesTheOlder()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"in"_s), 20);
        CasebookSession session(dir.filePath(u"s.casebook"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), slow);
        QSignalSpy imported(&session, &CasebookSession::importFinished);
        session.importPaths({ dir.filePath(u"in"_s) });
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);

        QSignalSpy finished(&session, &CasebookSession::searchFinished);
        SearchRequest first;
        first.query = u"Wuxi"_s;
        SearchRequest second;
        second.query = u"hotline"_s;
        session.search(first);
        const quint64 latest = session.search(second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, slow);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1); // the first one's answer never arrives
        QCOMPARE(finished.first().at(0).toULongLong(), latest);
        QCOMPARE(finished.first().at(1).value<SearchResults>().total, 20);
    }

    void unfilteredOverviewIsKeptUntilTheCasebookChanges()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"in"_s), 10);
        CasebookSession session(dir.filePath(u"o.casebook"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), slow);
        JobLog log;
        connect(&session, &CasebookSession::jobChanged, this, [&](const JobStatus &job) { log.record(job); });
        session.importPaths({ dir.filePath(u"in"_s) });
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(u"Analysis"_s), slow);
        QSignalSpy ready(&session, &CasebookSession::overviewReady);
        auto overviewOf = [&](const Filter &filter) {
            ready.clear();
            session.computeOverview(filter);
            [&] { QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, slow); }();
            return ready.isEmpty() ? Overview() : ready.first().first().value<Overview>();
        };
        auto names = [](const Overview &overview) {
            QStringList found;
            for (const EntityCount &entity : overview.entities)
                found.append(entity.name);
            return found;
        };
        const Overview first = overviewOf({});
        QCOMPARE(first.matchingArticles, 10);
        QCOMPARE(first.undatedArticles, 10);
        QVERIFY2(names(first).contains(u"Wuxi"_s), qPrintable(names(first).join(u", "_s)));
        QCOMPARE(overviewOf({}).matchingArticles, 10); // kept: the same answer again
        Filter hotline;
        hotline.query = u"hotline"_s;
        QCOMPARE(overviewOf(hotline).matchingArticles, 10);

        // An import (and its analysis) changes what is kept.
        testing::writeTextFiles(dir.filePath(u"more"_s), 5, 10);
        log = {};
        session.importPaths({ dir.filePath(u"more"_s) });
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(u"Analysis"_s), slow);
        QCOMPARE(overviewOf({}).matchingArticles, 15);
        const Overview counted = overviewOf({});
        const auto wuxi = std::find_if(counted.entities.cbegin(), counted.entities.cend(),
                                       [](const EntityCount &e) { return e.name == u"Wuxi"_s; });
        QVERIFY(wuxi != counted.entities.cend());
        QCOMPARE(wuxi->articles, 15);

        // So does a decision: the kept names are read again.
        QSignalSpy entitiesChanged(&session, &CasebookSession::entitiesChanged);
        session.decideEntity({ EntityDecision::Action::Rename, u"Wuxi"_s, u"Wuxi City"_s, {} });
        QTRY_COMPARE_WITH_TIMEOUT(entitiesChanged.count(), 1, slow);
        QVERIFY(names(overviewOf({})).contains(u"Wuxi City"_s));

        // And a deletion.
        QSignalSpy found(&session, &CasebookSession::searchFinished);
        SearchRequest request;
        request.query = u"hotline"_s;
        request.limit = 1;
        session.search(request);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, slow);
        const SearchResults results = found.first().at(1).value<SearchResults>();
        QCOMPARE(results.results.size(), 1);
        QSignalSpy deleted(&session, &CasebookSession::articlesDeleted);
        session.deleteArticles({ results.results.first().articleId });
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, slow);
        QCOMPARE(overviewOf({}).matchingArticles, 14);
    }

    void errorsComeBackAsSignals()
    {
        QTemporaryDir dir;
        CasebookSession session(dir.filePath(u"e.casebook"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), slow);
        QSignalSpy failed(&session, &CasebookSession::searchFailed);
        SearchRequest bad;
        bad.query = u"title:(unclosed"_s;
        session.search(bad);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, slow);
        QVERIFY(!failed.first().at(1).toString().isEmpty());

        QSignalSpy errors(&session, &CasebookSession::errorOccurred);
        EntityDecision decision;
        decision.action = EntityDecision::Action::Rename;
        decision.subject = u"Nobody Anybody"_s;
        decision.target = u"Somebody"_s;
        session.decideEntity(decision);
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, slow);
        QVERIFY2(errors.first().first().toString().contains(u"Nobody Anybody"_s),
                 qPrintable(errors.first().first().toString()));
    }

    void closingWhileAJobRunsLeavesAValidCasebook()
    {
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"many"_s), 1500);
        const QString book = dir.filePath(u"closed.casebook"_s);
        {
            CasebookSession session(book);
            QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), slow);
            QSignalSpy jobs(&session, &CasebookSession::jobChanged);
            session.importPaths({ dir.filePath(u"many"_s) });
            QTRY_VERIFY_WITH_TIMEOUT(jobs.count() >= 2, slow); // started, and some progress
        } // the session cancels its jobs and waits for them
        QCOMPARE(integrity(book), u"ok"_s);
        QCOMPARE(articleCount(book) % 128, 0);
    }

    void olderCasebookUpgradesAsAJobWithABackup()
    {
        const QString committed = QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/casebooks/format-1.casebook"_s;
        QVERIFY(QFileInfo::exists(committed));
        QTemporaryDir dir;
        const QString book = dir.filePath(u"old.casebook"_s);
        QVERIFY(QFile::copy(committed, book));
        QFile::setPermissions(book, QFile::ReadOwner | QFile::WriteOwner);
        const qint64 before = [&] {
            SqliteDatabase db(book, SqliteDatabase::Access::ReadOnly);
            return db.scalar(u"SELECT count(*) FROM articles"_s);
        }();
        QVERIFY(before > 0);

        CasebookSession session(book);
        QVERIFY(!session.isReady()); // nothing was migrated on this thread
        JobLog log;
        connect(&session, &CasebookSession::jobChanged, this, [&](const JobStatus &job) { log.record(job); });
        QSignalSpy ready(&session, &CasebookSession::ready);
        QSignalSpy loaded(&session, &CasebookSession::articlePageLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QCOMPARE(log.stateOf(u"Upgrade"_s), JobStatus::State::Finished);
        const JobStatus upgrade = log.latest.value(log.idOf(u"Upgrade"_s));
        QVERIFY2(upgrade.summary.contains(u"backup"_s), qPrintable(upgrade.summary));
        QCOMPARE(CasebookUpgrade::formatOf(book), Schema::currentVersion());
        const QStringList backups = QDir(dir.path()).entryList({ u"old.format-1-backup*.casebook"_s });
        QCOMPARE(backups.size(), 1);
        QCOMPARE(CasebookUpgrade::formatOf(dir.filePath(backups.first())), 1);
        session.loadArticlePage({});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, slow);
        QCOMPARE(loaded.last().first().value<ArticleListPage>().articles, before);
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(u"Analysis"_s), 30000); // derived data refilled by today's code
    }

    void cancelledUpgradeLeavesTheFileAsItWas()
    {
        const QString committed = QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/casebooks/format-3.casebook"_s;
        QTemporaryDir dir;
        const QString book = dir.filePath(u"old.casebook"_s);
        QVERIFY(QFile::copy(committed, book));
        QFile::setPermissions(book, QFile::ReadOwner | QFile::WriteOwner);
        QFile original(committed);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();

        JobLog log;
        {
            CasebookSession session(book);
            QSignalSpy failed(&session, &CasebookSession::upgradeFailed);
            QSignalSpy ready(&session, &CasebookSession::ready);
            connect(&session, &CasebookSession::jobChanged, this, [&](const JobStatus &job) {
                log.record(job);
                if (job.title == u"Upgrade"_s && job.state == JobStatus::State::Running)
                    session.cancelJob(job.id); // at once: the job can be cancelled from its first report
            });
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, slow);
            QVERIFY2(failed.first().first().toString().contains(u"unchanged"_s),
                     qPrintable(failed.first().first().toString()));
            QCOMPARE(ready.count(), 0);
            QVERIFY(!session.isReady());
            QCOMPARE(log.stateOf(u"Upgrade"_s), JobStatus::State::Canceled);
        }
        QFile after(book);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // byte for byte
        QCOMPARE(QDir(dir.path()).entryList({ u"*backup*"_s }).size(), 0);
    }

    void otherProcessesReadWithoutHarm()
    {
        // The regression: a header check through QFile on a worker thread dropped SQLite's POSIX locks, so another
        // process closing its connection deleted the window's -wal and -shm ("disk I/O error" on the next save).
        const QString cli = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/bin/casebook-cli"_s;
        const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
        QTemporaryDir dir;
        testing::writeTextFiles(dir.filePath(u"in"_s), 10);
        const QString book = dir.filePath(u"shared.casebook"_s);
        CasebookSession session(book);
        QTRY_VERIFY_WITH_TIMEOUT(session.isReady(), slow);
        QSignalSpy errors(&session, &CasebookSession::errorOccurred);
        QSignalSpy imported(&session, &CasebookSession::importFinished);
        session.importPaths({ dir.filePath(u"in"_s) });
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 30000);
        QSignalSpy loaded(&session, &CasebookSession::articlePageLoaded);
        session.loadArticlePage({}); // readers of this process open and close their connections meanwhile
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, slow);
        QVERIFY(QFileInfo::exists(book + u"-wal"_s));

        QProcess stats;
        stats.start(cli, { u"stats"_s, book, u"--json"_s });
        QVERIFY(stats.waitForFinished(30000));
        QCOMPARE(stats.exitCode(), 0);
        QVERIFY(stats.readAllStandardOutput().contains("\"articles\": 10"));
        if (!sqlite3.isEmpty()) {
            QProcess reader;
            reader.start(sqlite3, { book, u"SELECT count(*) FROM articles;"_s });
            QVERIFY(reader.waitForFinished(30000));
            QCOMPARE(reader.readAllStandardOutput().trimmed(), QByteArray("10"));
        }
        // Both closed their connections; ours still holds its locks, so they left the log and index files alone.
        QVERIFY(QFileInfo::exists(book + u"-wal"_s));
        QVERIFY(QFileInfo::exists(book + u"-shm"_s));

        QSignalSpy updated(&session, &CasebookSession::articleUpdated);
        session.correctMetadata(1, { { ArticleField::Title, u"Corrected title"_s } }, {});
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, slow);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(updated.first().first().value<Article>().meta.title, u"Corrected title"_s);
    }
};

QTEST_GUILESS_MAIN(TestCasebookSession)
#include "tst_casebooksession.moc"
