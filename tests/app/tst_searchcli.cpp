// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-cli search end to end: JSON shape, hit ranges against the shown text, errors with positions.
#include "../support/seeds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CASEBOOK_BINARY_DIR) + u"/bin/casebook-cli"_s, arguments);
    process.waitForFinished(120000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestSearchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_books; ///< "seeds" / "fixtures" (tests/data/articles) → casebook

    static void addRowsColumn() { QTest::addColumn<QString>("rows"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_books.insert(u"fixtures"_s, m_dir.filePath(u"fixtures.casebook"_s));
        QCOMPARE(
            runCli({ u"import"_s, m_books.value(u"fixtures"_s), casebook::testing::fixtureArticlesDir() }).exitCode, 0);
        if (casebook::testing::haveSeeds()) {
            m_books.insert(u"seeds"_s, m_dir.filePath(u"seeds.casebook"_s));
            QCOMPARE(runCli({ u"import"_s, m_books.value(u"seeds"_s), casebook::testing::seedsDir() }).exitCode, 0);
        }
    }

    void jsonResultsWithHitRanges_data()
    {
        addRowsColumn();
        QTest::newRow("seeds") << u"seeds"_s;
        QTest::newRow("fixtures") << u"fixtures"_s;
    }

    void jsonResultsWithHitRanges()
    {
        QFETCH(QString, rows);
        if (rows == u"seeds"_s)
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const QString book = m_books.value(rows);
        const CliResult result = runCli({ u"search"_s, book, u"--json"_s, u"--limit"_s, u"3"_s, u"DeepSeek"_s });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(document.value(u"total"_s).toInt(), 4);
        const QJsonArray results = document.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue &value : results) {
            const QJsonObject item = value.toObject();
            for (const QString &key : { u"id"_s, u"title"_s, u"source"_s, u"published"_s, u"score"_s, u"snippet"_s,
                                        u"snippetHits"_s, u"hits"_s })
                QVERIFY2(item.contains(key), qPrintable(key));
            const CliResult shown
                = runCli({ u"show"_s, book, QString::number(item.value(u"id"_s).toInteger()), u"--json"_s });
            const QString text = QJsonDocument::fromJson(shown.out).object().value(u"text"_s).toString();
            const QJsonArray hits = item.value(u"hits"_s).toArray();
            QVERIFY(!hits.isEmpty());
            for (const QJsonValue &hit : hits) {
                const int start = hit.toArray().at(0).toInt();
                const int end = hit.toArray().at(1).toInt();
                QCOMPARE(text.mid(start, end - start).toLower(), u"deepseek"_s);
            }
            const QString snippet = item.value(u"snippet"_s).toString();
            for (const QJsonValue &hit : item.value(u"snippetHits"_s).toArray()) {
                const int start = hit.toArray().at(0).toInt();
                const int end = hit.toArray().at(1).toInt();
                QCOMPARE(snippet.mid(start, end - start).toLower(), u"deepseek"_s);
            }
        }
    }

    void sortByDateAndQueriesStartingWithMinus_data()
    {
        addRowsColumn();
        QTest::addColumn<QString>("excluded");
        QTest::newRow("seeds") << u"seeds"_s << u"-PipeChina"_s;
        QTest::newRow("fixtures") << u"fixtures"_s << u"-ZEGC"_s;
    }

    void sortByDateAndQueriesStartingWithMinus()
    {
        QFETCH(QString, rows);
        QFETCH(QString, excluded);
        if (rows == u"seeds"_s)
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const CliResult result = runCli({ u"search"_s, m_books.value(rows), u"--json"_s, u"--sort"_s, u"date"_s,
                                          u"--"_s, excluded, u"deepseek"_s });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"total"_s).toInt(), 3);
    }

    /// Positions count characters from 1 and point at the character at fault; the window's search bar shows
    /// the same message (QueryError::message()) for the same text.
    void malformedQueryNamesProblemAndPosition_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("position");
        QTest::newRow("unclosed parenthesis") << u"deepseek (hospital"_s << u"Unclosed parenthesis"_s << 10;
        QTest::newRow("unclosed parenthesis first") << u"(deepseek OR hospital"_s << u"Unclosed parenthesis"_s << 1;
        QTest::newRow("unclosed parenthesis after a group") << u"(a OR b) (c"_s << u"Unclosed parenthesis"_s << 10;
        QTest::newRow("stray parenthesis") << u"deepseek) hospital"_s << u"no matching '('"_s << 9;
        QTest::newRow("unclosed quote") << u"deepseek \"state grid"_s << u"Unclosed quote"_s << 10;
        QTest::newRow("dangling operator") << u"deepseek AND"_s << u"AND needs a search term after it"_s << 10;
        QTest::newRow("empty field") << u"deepseek title:"_s << u"title: needs a value"_s << 10;
        QTest::newRow("bad date range") << u"date:2025-03..2025-01"_s << u"ends before it starts"_s << 6;
    }

    void malformedQueryNamesProblemAndPosition()
    {
        QFETCH(QString, query);
        QFETCH(QString, problem);
        QFETCH(int, position);
        const CliResult result = runCli({ u"search"_s, m_books.value(u"fixtures"_s), query });
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(problem), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"(at position %1)"_s.arg(position)), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    /// A pasted headline with a colon is searched as text, not refused as an unknown field.
    void pastedHeadlineWithColon()
    {
        QDir folder(m_dir.filePath(u"headlines"_s));
        QVERIFY(folder.mkpath(u"."_s));
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(u"rollout.txt"_s,
              "DeepSeek rollout: what changes\n\nThe rollout of DeepSeek in city offices changes what clerks do "
              "first each morning, the district said.\n");
        write(u"delayed.txt"_s,
              "DeepSeek rollout delayed\n\nThe rollout of DeepSeek in the port authority waits for a security "
              "review.\n");
        const QString book = m_dir.filePath(u"headlines.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, folder.path() }).exitCode, 0);

        const CliResult result = runCli({ u"search"_s, book, u"--json"_s, u"DeepSeek rollout: what changes"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject document = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(document.value(u"total"_s).toInt(), 1);
        QCOMPARE(document.value(u"results"_s).toArray().at(0).toObject().value(u"title"_s).toString(),
                 u"DeepSeek rollout: what changes"_s);

        // The words of a pasted headline may also arrive as separate arguments.
        const CliResult words = runCli({ u"search"_s, book, u"DeepSeek"_s, u"rollout:"_s, u"what"_s, u"changes"_s });
        QVERIFY2(words.exitCode == 0, qPrintable(words.err));
        QVERIFY2(words.out.startsWith("1 article matches"), words.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
