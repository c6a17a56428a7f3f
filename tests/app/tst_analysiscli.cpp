// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-cli analysis commands end to end on the seed articles: import analyses, mentions match the shown text,
// a corrected publication date re-resolves relative dates, decisions stick, eval and bench run.
#include <QFile>
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
    process.waitForFinished(300000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             QString::fromUtf8(process.readAllStandardError()) };
}

QJsonArray jsonArray(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out).array();
}

} // namespace

class TestAnalysisCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_book;
    qint64 m_nrcArticle = 0; ///< seed 004, "Last Monday" and "On Monday"

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(CASEBOOK_SEEDS_DIR)))
            QSKIP("the seed articles are not available");
        m_book = m_dir.filePath(u"seeds.casebook"_s);
        const CliResult imported = runCli({ u"import"_s, m_book, QStringLiteral(CASEBOOK_SEEDS_DIR) });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.contains(u"analysed 5 article(s)"_s), qPrintable(imported.err));
        const QJsonArray articles = QJsonDocument::fromJson(runCli({ u"articles"_s, m_book, u"--json"_s }).out).array();
        for (const QJsonValue &a : articles)
            if (a.toObject().value(u"path"_s).toString().contains(u"004_"_s))
                m_nrcArticle = a.toObject().value(u"id"_s).toInteger();
        QVERIFY(m_nrcArticle > 0);
    }

    void entitiesWithAliases()
    {
        const QJsonArray entities = jsonArray(runCli({ u"entities"_s, m_book, u"--type"_s, u"person"_s, u"--json"_s }));
        bool found = false;
        for (const QJsonValue &value : entities) {
            const QJsonObject e = value.toObject();
            QCOMPARE(e.value(u"type"_s).toString(), u"person"_s);
            if (e.value(u"name"_s).toString() == u"Xi Jinping"_s) {
                found = true;
                QVERIFY(e.value(u"aliases"_s).toArray().contains(u"Xi"_s));
                QVERIFY(e.value(u"articles"_s).toInt() >= 3);
            }
        }
        QVERIFY(found);
        QCOMPARE(runCli({ u"entities"_s, m_book, u"--type"_s, u"planet"_s }).exitCode, 1);
    }

    void mentionsMatchTheText()
    {
        const QString id = QString::number(m_nrcArticle);
        const QString text = QJsonDocument::fromJson(runCli({ u"show"_s, m_book, id, u"--json"_s }).out)
                                 .object()
                                 .value(u"text"_s)
                                 .toString();
        const QJsonArray mentions = jsonArray(runCli({ u"mentions"_s, m_book, id, u"--json"_s }));
        QVERIFY(mentions.size() > 10);
        for (const QJsonValue &value : mentions) {
            const QJsonObject m = value.toObject();
            QCOMPARE(text.mid(m.value(u"start"_s).toInt(), m.value(u"length"_s).toInt()),
                     m.value(u"text"_s).toString());
        }
    }

    void correctedDateResolvesEvents()
    {
        const QString id = QString::number(m_nrcArticle);
        QCOMPARE(runCli({ u"meta"_s, m_book, id, u"--set"_s, u"published=2025-02-25"_s }).exitCode, 0);
        const QJsonArray events = jsonArray(runCli({ u"events"_s, m_book, u"--article"_s, id, u"--json"_s }));
        QHash<QString, QString> dates;
        for (const QJsonValue &value : events)
            dates.insert(value.toObject().value(u"phrase"_s).toString(), value.toObject().value(u"date"_s).toString());
        QCOMPARE(dates.value(u"Last Monday"_s), u"2025-02-17"_s);
        QCOMPARE(dates.value(u"Monday"_s), u"2025-02-24"_s);
        QCOMPARE(dates.value(u"a month ago"_s), u"2025-01"_s);
    }

    void decisionsStick()
    {
        QCOMPARE(runCli({ u"entity"_s, m_book, u"rename"_s, u"Xi"_s, u"President Xi"_s }).exitCode, 0);
        QCOMPARE(runCli({ u"entity"_s, m_book, u"reject"_s, u"Tencent"_s }).exitCode, 0);
        QVERIFY(runCli({ u"entity"_s, m_book, u"reject"_s, u"Nobody Known"_s }).exitCode != 0);
        QCOMPARE(runCli({ u"analyse"_s, m_book }).exitCode, 0);
        const QJsonArray entities = jsonArray(runCli({ u"entities"_s, m_book, u"--json"_s }));
        QStringList names;
        for (const QJsonValue &value : entities)
            names << value.toObject().value(u"name"_s).toString();
        QVERIFY(names.contains(u"President Xi"_s));
        QVERIFY(!names.contains(u"Xi Jinping"_s));
        QVERIFY(!names.contains(u"Tencent"_s));
    }

    void evalPrintsScores()
    {
        const QString gold = m_dir.filePath(u"gold.tsv"_s);
        QFile file(gold);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("file\tkind\ttext\toccurrence\tvalue\n"
                   "004_a288e786907b7547.txt\tpublished\t\t\t2025-02-25\n"
                   "004_a288e786907b7547.txt\tperson\tLiang Wenfeng\t*\t\n"
                   "004_a288e786907b7547.txt\tdate\tLast Monday\t*\t2025-02-17\n");
        file.close();
        const CliResult result = runCli({ u"eval"_s, m_book, gold, u"--json"_s });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(u"articles"_s).toInt(), 1);
        QCOMPARE(json.value(u"events"_s).toObject().value(u"recall"_s).toDouble(), 1.0);
        QCOMPARE(json.value(u"types"_s).toObject().value(u"person"_s).toObject().value(u"recall"_s).toDouble(), 1.0);
    }

    void benchRuns()
    {
        const CliResult result = runCli({ u"bench"_s, u"analyse"_s, u"--articles"_s, u"10"_s, u"--size"_s, u"2000"_s });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("MB/s"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "tst_analysiscli.moc"
