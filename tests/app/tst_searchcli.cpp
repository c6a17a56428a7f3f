// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-cli search end to end: JSON shape, hit ranges against the shown text, errors with positions.
#include "../support/seeds.h"

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

    void malformedQueryNamesProblemAndPosition()
    {
        const CliResult result = runCli({ u"search"_s, m_books.value(u"fixtures"_s), u"deepseek (hospital"_s });
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(u"Unclosed parenthesis"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"position 10"_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
