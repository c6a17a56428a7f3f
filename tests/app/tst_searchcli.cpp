// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-cli search end to end: JSON shape, hit ranges against the shown text, errors with positions.
#include <QFileInfo>
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
    QString m_book;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(CASEBOOK_SEEDS_DIR)))
            QSKIP("the seed articles are not available");
        m_book = m_dir.filePath(u"seeds.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, m_book, QStringLiteral(CASEBOOK_SEEDS_DIR) }).exitCode, 0);
    }

    void jsonResultsWithHitRanges()
    {
        const CliResult result = runCli({ u"search"_s, m_book, u"--json"_s, u"--limit"_s, u"3"_s, u"DeepSeek"_s });
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
                = runCli({ u"show"_s, m_book, QString::number(item.value(u"id"_s).toInteger()), u"--json"_s });
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

    void sortByDateAndQueriesStartingWithMinus()
    {
        const CliResult result = runCli(
            { u"search"_s, m_book, u"--json"_s, u"--sort"_s, u"date"_s, u"--"_s, u"-PipeChina"_s, u"deepseek"_s });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"total"_s).toInt(), 3);
    }

    void malformedQueryNamesProblemAndPosition()
    {
        const CliResult result = runCli({ u"search"_s, m_book, u"deepseek (hospital"_s });
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(u"Unclosed parenthesis"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"position 10"_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
