// SPDX-License-Identifier: GPL-3.0-or-later
// The kill harness: kills casebook-cli import, analyse, annotate, annotation edit and report saves with SIGKILL
// after a random delay, again and again on one casebook. After each kill the casebook must open, pass SQLite's
// integrity_check and foreign_key_check, hold every item a command reported as saved, and nothing half-written.
//
//     casebook_kill_harness [--kills N] [--seed S]
//
// Prints the counts (kills, integrity failures, lost committed items, half-written items) and exits non-zero
// when any of those is not 0. ctest runs 20 kills; docs/durability.md has the figures of a 100-kill run.
#include "../support/testarticles.h"
#include "store/casebookstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

enum class Operation { Import, Analyse, Annotate, EditAnnotation, SaveReport };
constexpr int operationCount = 5;

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Import:
        return "import";
    case Operation::Analyse:
        return "analyse";
    case Operation::Annotate:
        return "annotate";
    case Operation::EditAnnotation:
        return "annotation edit";
    case Operation::SaveReport:
        return "report save";
    }
    return "?";
}

struct Outcome
{
    bool killed = false; ///< still running when the kill came
    QByteArray out;
    QByteArray err;
};

struct Figures
{
    int kills = 0;
    int finishedBeforeTheKill = 0;
    int integrityFailures = 0;
    int lostCommitted = 0;
    int halfWritten = 0;
    int killsOf[operationCount] = {};
};

/// What the commands reported as saved: it must all be in the casebook after every kill.
struct Ledger
{
    QHash<qint64, QString> annotationNotes; ///< annotation id → its note as last reported saved
    QSet<QString> reportItems; ///< commentaries of report items reported saved
};

class Harness
{
public:
    Harness(const QString &cli, const QString &work, quint32 seed)
        : m_cli(cli)
        , m_work(work)
        , m_book(work + u"/killed.casebook"_s)
        , m_random(seed)
    { }

    int run(int kills)
    {
        // A first folder imported whole gives annotations and reports their articles.
        testing::writeTextFiles(folder(0), 60);
        if (runCli({ u"import"_s, m_book, folder(0), u"--threads"_s, u"2"_s }, -1).out.isEmpty())
            return fail("the first import did not finish");
        runCli({ u"report"_s, m_book, u"new"_s, u"harness"_s }, -1);
        verify(Operation::Import, {}, {}, 0);

        int round = 0;
        while (m_figures.kills < kills) {
            ++round;
            const auto operation = Operation(m_random.bounded(operationCount));
            step(operation, round);
        }
        std::printf("kills: %d (import %d, analyse %d, annotate %d, annotation edit %d, report save %d); runs that "
                    "finished before their kill: %d\nintegrity failures: %d\nlost committed items: %d\n"
                    "half-written items: %d\n",
                    m_figures.kills, m_figures.killsOf[0], m_figures.killsOf[1], m_figures.killsOf[2],
                    m_figures.killsOf[3], m_figures.killsOf[4], m_figures.finishedBeforeTheKill,
                    m_figures.integrityFailures, m_figures.lostCommitted, m_figures.halfWritten);
        return m_figures.integrityFailures + m_figures.lostCommitted + m_figures.halfWritten == 0 ? 0 : 1;
    }

private:
    QString folder(int index) const { return m_work + u"/corpus-%1"_s.arg(index); }

    int fail(const char *why)
    {
        std::fprintf(stderr, "kill harness: %s\n", why);
        return 2;
    }

    /// Runs the CLI and kills it after `killAfterMs` (never when negative).
    Outcome runCli(const QStringList &arguments, int killAfterMs)
    {
        QProcess process;
        process.start(m_cli, arguments);
        Outcome outcome;
        if (!process.waitForStarted())
            return outcome;
        if (killAfterMs >= 0) {
            if (!process.waitForFinished(killAfterMs)) {
                outcome.killed = process.state() == QProcess::Running;
                process.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
            }
        }
        process.waitForFinished(-1);
        outcome.out = process.readAllStandardOutput();
        outcome.err = process.readAllStandardError();
        return outcome;
    }

    /// A kill point somewhere in the command's life: up to a little past how long it took when it last finished.
    int killDelay(Operation operation)
    {
        const int typical = m_typicalMs.value(int(operation), 1500);
        return int(m_random.bounded(5, std::max(10, typical * 11 / 10)));
    }

    void step(Operation operation, int round)
    {
        QStringList arguments;
        QString expectedNote;
        qint64 editedId = 0;
        QString beforeNote;
        const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        switch (operation) {
        case Operation::Import:
            testing::writeTextFiles(folder(round), 400, round * 1000);
            arguments = { u"import"_s, m_book, folder(round), u"--threads"_s, u"2"_s };
            break;
        case Operation::Analyse:
            arguments = { u"analyse"_s, m_book, u"--threads"_s, u"2"_s };
            break;
        case Operation::Annotate:
            expectedNote = u"note %1"_s.arg(round);
            arguments = { u"annotate"_s, m_book,       QString::number(m_random.bounded(1, 61)),
                          u"--quote"_s,  u"hotline"_s, u"--note"_s,
                          expectedNote,  u"--tag"_s,   u"round-%1"_s.arg(round),
                          u"--tag"_s,    u"harness"_s, u"--json"_s };
            break;
        case Operation::EditAnnotation: {
            if (m_ledger.annotationNotes.isEmpty())
                return;
            const QList<qint64> ids = m_ledger.annotationNotes.keys();
            editedId = ids.at(m_random.bounded(ids.size()));
            beforeNote = m_ledger.annotationNotes.value(editedId);
            expectedNote = u"edited %1"_s.arg(round);
            arguments = { u"annotation"_s, m_book,       u"edit"_s,  QString::number(editedId),
                          u"--note"_s,     expectedNote, u"--tag"_s, u"edited-%1"_s.arg(round),
                          u"--json"_s };
            break;
        }
        case Operation::SaveReport:
            expectedNote = u"item %1"_s.arg(round);
            arguments = { u"report"_s,  m_book,         u"add"_s,
                          u"harness"_s, u"--article"_s, QString::number(m_random.bounded(1, 61)),
                          u"--text"_s,  expectedNote,   u"--json"_s };
            break;
        }
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = runCli(arguments, killDelay(operation));
        if (outcome.killed) {
            ++m_figures.kills;
            ++m_figures.killsOf[int(operation)];
        } else {
            ++m_figures.finishedBeforeTheKill;
            m_typicalMs.insert(int(operation), int(timer.elapsed()));
        }
        const int committed = lastProgress(outcome.err);
        // What the command said it saved goes into the ledger before the check, which must then find it.
        const QJsonObject printed = QJsonDocument::fromJson(outcome.out).object();
        if (operation == Operation::Annotate || operation == Operation::EditAnnotation) {
            if (!printed.isEmpty())
                m_ledger.annotationNotes.insert(printed.value(u"id"_s).toInteger(), expectedNote);
        } else if (operation == Operation::SaveReport && !printed.isEmpty()) {
            m_ledger.reportItems.insert(expectedNote);
        }
        verify(operation, round, startedAt, committed, expectedNote, editedId, beforeNote);
    }

    /// The last "label done/total" progress the command printed: batches it reported committed.
    static int lastProgress(const QByteArray &err)
    {
        static const QRegularExpression progress(u"(?:files read|articles analysed) (\\d+)/\\d+"_s);
        int last = 0;
        auto it = progress.globalMatch(QString::fromUtf8(err));
        while (it.hasNext())
            last = it.next().captured(1).toInt();
        return last;
    }

    void verify(Operation operation, int round, const QString &startedAt, int committed,
                const QString &expectedNote = {}, qint64 editedId = 0, const QString &beforeNote = {})
    {
        try {
            CasebookStore store(m_book); // opens as the next Casebook would: read-write, recovering the log
            SqliteDatabase &db = store.database();
            auto integrity = db.prepare(u"PRAGMA integrity_check"_s);
            const bool intact = integrity.step() && integrity.text(0) == u"ok"_s;
            auto foreignKeys = db.prepare(u"PRAGMA foreign_key_check"_s);
            if (!intact || foreignKeys.step()) {
                ++m_figures.integrityFailures;
                std::fprintf(stderr, "round %d (%s): integrity or foreign key check failed\n", round,
                             operationName(operation));
            }
            // Nothing half-written: every article whole, analyses only beside their state row, tags with notes.
            const qint64 halfWritten = db.scalar(u"SELECT count(*) FROM articles WHERE length(text) = 0 "
                                                 u"OR id NOT IN (SELECT article_id FROM article_originals)"_s)
                + db.scalar(u"SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM search_index)"_s)
                + db.scalar(u"SELECT count(*) FROM mentions WHERE article_id NOT IN "
                            u"(SELECT article_id FROM analysis_state)"_s)
                + db.scalar(u"SELECT count(*) FROM annotations a WHERE a.note LIKE 'note %' AND NOT EXISTS "
                            u"(SELECT 1 FROM annotation_tags t JOIN tags g ON g.id = t.tag_id "
                            u"WHERE t.annotation_id = a.id AND g.name = 'round-' || substr(a.note, 6))"_s)
                + db.scalar(u"SELECT count(*) FROM annotations a WHERE a.note LIKE 'edited %' AND NOT EXISTS "
                            u"(SELECT 1 FROM annotation_tags t JOIN tags g ON g.id = t.tag_id "
                            u"WHERE t.annotation_id = a.id AND g.name = 'edited-' || substr(a.note, 8))"_s);
            if (halfWritten > 0) {
                m_figures.halfWritten += int(halfWritten);
                std::fprintf(stderr, "round %d (%s): %lld half-written rows\n", round, operationName(operation),
                             halfWritten);
            }
            // Everything reported saved is there.
            int lost = 0;
            if (operation == Operation::Import && round > 0) {
                auto imported = db.prepare(u"SELECT count(*) FROM articles WHERE path LIKE ?1"_s);
                imported.bind(1, folder(round) + u"/%"_s);
                lost += imported.step() && imported.int64(0) >= committed ? 0 : 1;
            }
            if (operation == Operation::Analyse) {
                auto analysed = db.prepare(u"SELECT count(*) FROM analysis_state WHERE analysed_at >= ?1"_s);
                analysed.bind(1, startedAt);
                lost += analysed.step() && analysed.int64(0) >= committed ? 0 : 1;
            }
            auto note = db.prepare(u"SELECT note FROM annotations WHERE id = ?1"_s);
            for (auto it = m_ledger.annotationNotes.cbegin(); it != m_ledger.annotationNotes.cend(); ++it) {
                note.bind(1, it.key());
                const QString stored = note.step() ? note.text(0) : QString();
                note.reset();
                // An edit killed before it said so may or may not have been committed: either note is whole.
                if (it.key() == editedId && stored == expectedNote)
                    continue;
                if (stored != it.value())
                    ++lost;
            }
            if (editedId) {
                note.bind(1, editedId);
                if (note.step() && note.text(0) == expectedNote)
                    m_ledger.annotationNotes.insert(editedId, expectedNote); // committed after all
                note.reset();
            }
            Q_UNUSED(beforeNote);
            auto item = db.prepare(u"SELECT count(*) FROM report_items WHERE commentary = ?1"_s);
            for (const QString &commentary : std::as_const(m_ledger.reportItems)) {
                item.bind(1, commentary);
                if (!item.step() || item.int64(0) != 1)
                    ++lost;
                item.reset();
            }
            if (lost > 0) {
                m_figures.lostCommitted += lost;
                std::fprintf(stderr, "round %d (%s): %d committed items missing\n", round, operationName(operation),
                             lost);
            }
        } catch (const CasebookError &error) {
            ++m_figures.integrityFailures;
            std::fprintf(stderr, "round %d (%s): the casebook does not open: %s\n", round, operationName(operation),
                         qPrintable(error.message()));
        }
    }

    QString m_cli;
    QString m_work;
    QString m_book;
    QRandomGenerator m_random;
    Figures m_figures;
    Ledger m_ledger;
    QHash<int, int> m_typicalMs;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption killsOption(u"kills"_s, u"How many kills (default 100)"_s, u"N"_s, u"100"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default: the time)"_s, u"S"_s);
    const QCommandLineOption cliOption(u"cli"_s, u"casebook-cli to kill"_s, u"PATH"_s,
                                       QStringLiteral(CASEBOOK_BINARY_DIR) + u"/bin/casebook-cli"_s);
    parser.addOptions({ killsOption, seedOption, cliOption });
    parser.process(app);
    const quint32 seed
        = parser.isSet(seedOption) ? parser.value(seedOption).toUInt() : quint32(QDateTime::currentMSecsSinceEpoch());
    std::printf("seed: %u\n", seed);
    QTemporaryDir work;
    Harness harness(parser.value(cliOption), work.path(), seed);
    return harness.run(parser.value(killsOption).toInt());
}
