// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-cli analysis commands end to end on the seed articles (when present) and on tests/data/articles (our own
// writing): import analyses, mentions match the shown text, a corrected publication date re-resolves relative
// dates, decisions stick, eval and bench run.
#include "../support/seeds.h"

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
    process.waitForFinished(300000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             QString::fromUtf8(process.readAllStandardError()) };
}

QJsonArray jsonArray(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out).array();
}

} // namespace

/// The casebook of this data row (seeds or fixtures); a seed row skips when the seeds are absent.
#define BOOK_OF_THIS_ROW()                                                                                             \
    QFETCH(QString, rows);                                                                                             \
    if (rows == u"seeds"_s)                                                                                            \
        CASEBOOK_SKIP_WITHOUT_SEEDS();                                                                                 \
    const QString book = m_books.value(rows)

class TestAnalysisCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_books; ///< "seeds" / "fixtures" → casebook
    QHash<QString, qint64> m_target; ///< the article with "Last Monday" and "On Monday": seed 004, the grid article

    static QString targetFile(const QString &rows)
    {
        return rows == u"seeds"_s ? u"004_a288e786907b7547.txt"_s : u"en-grid-operator-models.txt"_s;
    }

    void importAndAnalyse(const QString &rows, const QString &folder)
    {
        const QString book = m_dir.filePath(rows + u".casebook"_s);
        const CliResult imported = runCli({ u"import"_s, book, folder });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.contains(u"analysed 5 article(s)"_s), qPrintable(imported.err));
        const QJsonArray articles = QJsonDocument::fromJson(runCli({ u"articles"_s, book, u"--json"_s }).out).array();
        for (const QJsonValue &a : articles)
            if (a.toObject().value(u"path"_s).toString().endsWith(targetFile(rows)))
                m_target.insert(rows, a.toObject().value(u"id"_s).toInteger());
        QVERIFY(m_target.value(rows) > 0);
        m_books.insert(rows, book);
    }

    static void addRows()
    {
        QTest::addColumn<QString>("rows");
        QTest::newRow("seeds") << u"seeds"_s;
        QTest::newRow("fixtures") << u"fixtures"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        importAndAnalyse(u"fixtures"_s, casebook::testing::fixtureArticlesDir());
        if (casebook::testing::haveSeeds())
            importAndAnalyse(u"seeds"_s, casebook::testing::seedsDir());
    }

    void entitiesWithAliases_data() { addRows(); }

    void entitiesWithAliases()
    {
        BOOK_OF_THIS_ROW();
        const QJsonArray entities = jsonArray(runCli({ u"entities"_s, book, u"--type"_s, u"person"_s, u"--json"_s }));
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
        QCOMPARE(runCli({ u"entities"_s, book, u"--type"_s, u"planet"_s }).exitCode, 1);
    }

    void moneyCarriesItsValue()
    {
        // fixtures only: "$140bn" and "US$2.4 million" are written there, read as comparable amounts
        const QString book = m_books.value(u"fixtures"_s);
        const QJsonArray entities = jsonArray(runCli({ u"entities"_s, book, u"--type"_s, u"money"_s, u"--json"_s }));
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &value : entities)
            byName.insert(value.toObject().value(u"name"_s).toString(), value.toObject());
        QVERIFY2(byName.contains(u"$140bn"_s), qPrintable(QStringList(byName.keys()).join(u", "_s)));
        QCOMPARE(byName.value(u"$140bn"_s).value(u"amount"_s).toDouble(), 140e9);
        QCOMPARE(byName.value(u"$140bn"_s).value(u"currency"_s).toString(), u"USD"_s);
        QVERIFY(byName.contains(u"US$2.4 million"_s));
        QCOMPARE(byName.value(u"US$2.4 million"_s).value(u"amount"_s).toDouble(), 2.4e6);
        const QString text = QString::fromUtf8(runCli({ u"entities"_s, book, u"--type"_s, u"money"_s }).out);
        QVERIFY2(text.contains(u"$140bn\tmoney"_s) && text.contains(u"value 140000000000 USD"_s), qPrintable(text));
    }

    void mentionsMatchTheText_data() { addRows(); }

    void mentionsMatchTheText()
    {
        BOOK_OF_THIS_ROW();
        const QString id = QString::number(m_target.value(rows));
        const QString text = QJsonDocument::fromJson(runCli({ u"show"_s, book, id, u"--json"_s }).out)
                                 .object()
                                 .value(u"text"_s)
                                 .toString();
        const QJsonArray mentions = jsonArray(runCli({ u"mentions"_s, book, id, u"--json"_s }));
        QVERIFY(mentions.size() > 10);
        for (const QJsonValue &value : mentions) {
            const QJsonObject m = value.toObject();
            QCOMPARE(text.mid(m.value(u"start"_s).toInt(), m.value(u"length"_s).toInt()),
                     m.value(u"text"_s).toString());
        }
    }

    void correctedDateResolvesEvents_data() { addRows(); }

    void correctedDateResolvesEvents()
    {
        BOOK_OF_THIS_ROW();
        const QString id = QString::number(m_target.value(rows));
        QCOMPARE(runCli({ u"meta"_s, book, id, u"--set"_s, u"published=2025-02-25"_s }).exitCode, 0);
        const QJsonArray events = jsonArray(runCli({ u"events"_s, book, u"--article"_s, id, u"--json"_s }));
        QHash<QString, QString> dates;
        for (const QJsonValue &value : events)
            dates.insert(value.toObject().value(u"phrase"_s).toString(), value.toObject().value(u"date"_s).toString());
        QCOMPARE(dates.value(u"Last Monday"_s), u"2025-02-17"_s);
        QCOMPARE(dates.value(u"Monday"_s), u"2025-02-24"_s);
        QCOMPARE(dates.value(u"a month ago"_s), u"2025-01"_s);
    }

    /// A dateline that names a place or an agency dates a pasted article, and its relative dates resolve from it.
    void datelineResolvesRelativeDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QStringList>("phrasesAndDates"); // phrase, date, phrase, date…
        QTest::newRow("place, date, agency")
            << u"Harbour expansion approved\n\nBEIJING, March 12, 2025 (Reuters) - The harbour authority said on "
               u"Monday that the works are due to finish on April 15.\n"_s
            << u"2025-03-12"_s << QStringList { u"Monday"_s, u"2025-03-10"_s, u"April 15"_s, u"2025-04-15"_s };
        QTest::newRow("date, agency")
            << u"海港扩建获批\n\n2025年3月10日 新华社电\n\n海港管理局周一表示，扩建工程将于6月30日完工，上周三董事会已批准。\n"_s
            << u"2025-03-10"_s
            << QStringList { u"周一"_s, u"2025-03-10"_s, u"6月30日"_s, u"2025-06-30"_s, u"上周三"_s, u"2025-03-05"_s };
        QTest::newRow("spaced digits, Traditional")
            << u"海港擴建獲批\n\n2024 年 10 月 30 日 香港電\n\n海港管理局週一表示，擴建工程將於12月30日完工，上週三董事會已批准。\n"_s
            << u"2024-10-30"_s
            << QStringList { u"週一"_s, u"2024-10-28"_s, u"12月30日"_s, u"2024-12-30"_s, u"上週三"_s, u"2024-10-23"_s };
    }

    void datelineResolvesRelativeDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QStringList, phrasesAndDates);
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".txt"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const QString book = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, file }).exitCode, 0);
        const QJsonObject shown
            = QJsonDocument::fromJson(runCli({ u"show"_s, book, u"1"_s, u"--json"_s }).out).object();
        QCOMPARE(shown.value(u"published"_s).toString(), published);
        QHash<QString, QString> dates;
        for (const QJsonValue &value : jsonArray(runCli({ u"events"_s, book, u"--json"_s })))
            dates.insert(value.toObject().value(u"phrase"_s).toString(), value.toObject().value(u"date"_s).toString());
        for (qsizetype i = 0; i + 1 < phrasesAndDates.size(); i += 2)
            QCOMPARE(dates.value(phrasesAndDates[i]), phrasesAndDates[i + 1]);
    }

    void decisionsStick_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("rejected");
        QTest::newRow("seeds") << u"seeds"_s << u"Tencent"_s;
        QTest::newRow("fixtures") << u"fixtures"_s << u"DeepSeek"_s;
    }

    void decisionsStick()
    {
        BOOK_OF_THIS_ROW();
        QFETCH(QString, rejected);
        QCOMPARE(runCli({ u"entity"_s, book, u"rename"_s, u"Xi"_s, u"President Xi"_s }).exitCode, 0);
        QCOMPARE(runCli({ u"entity"_s, book, u"reject"_s, rejected }).exitCode, 0);
        QVERIFY(runCli({ u"entity"_s, book, u"reject"_s, u"Nobody Known"_s }).exitCode != 0);
        QCOMPARE(runCli({ u"analyse"_s, book }).exitCode, 0);
        const QJsonArray entities = jsonArray(runCli({ u"entities"_s, book, u"--json"_s }));
        QStringList names;
        for (const QJsonValue &value : entities)
            names << value.toObject().value(u"name"_s).toString();
        QVERIFY(names.contains(u"President Xi"_s));
        QVERIFY(!names.contains(u"Xi Jinping"_s));
        QVERIFY(!names.contains(rejected));
    }

    void evalPrintsScores_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("person");
        QTest::newRow("seeds") << u"seeds"_s << u"Liang Wenfeng"_s;
        QTest::newRow("fixtures") << u"fixtures"_s << u"Wang Lihua"_s;
    }

    void evalPrintsScores()
    {
        BOOK_OF_THIS_ROW();
        QFETCH(QString, person);
        const QString gold = m_dir.filePath(rows + u"-gold.tsv"_s);
        QFile file(gold);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString name = targetFile(rows);
        file.write((u"file\tkind\ttext\toccurrence\tvalue\n"_s + name + u"\tpublished\t\t\t2025-02-25\n"_s + name
                    + u"\tperson\t"_s + person + u"\t*\t\n"_s + name + u"\tdate\tLast Monday\t*\t2025-02-17\n"_s)
                       .toUtf8());
        file.close();
        const CliResult result = runCli({ u"eval"_s, book, gold, u"--json"_s });
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
