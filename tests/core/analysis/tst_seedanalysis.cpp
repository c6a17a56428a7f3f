// SPDX-License-Identifier: GPL-3.0-or-later
// The five seed articles (CASEBOOK_SEEDS_DIR), read at run time, with publication dates set by hand from their
// texts: 000 (DeepSeek-R1 "launched on January 20", Xi's symposium "On February 17") ~ 2025-02-25; 001 has a
// "Date: 28 Feb 2024" line; 002 ("This month" Liang met Xi) ~ 2025-02-27; 003 ("Six months after DeepSeek's
// breakthrough", "In July America reversed course") ~ 2025-07-24; 004 ("Last Monday" Xi shook Liang's hand,
// "On Monday" Alibaba's pledge of 24 February) ~ 2025-02-25. Each check also runs on tests/data/articles, articles of
// our own writing with the same kinds of dates and names, so a clone without the seeds still tests them.
#include "../../support/seeds.h"
#include "analysis/analyzer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestSeedAnalysis : public QObject
{
    Q_OBJECT

private:
    const Analyzer m_analyzer;

    static bool isSeed(const QString &name) { return name.size() == 3 && name.front().isDigit(); }

    /// A seed by its number ("004"), or an article of tests/data/articles by its name.
    static QString seedText(const QString &prefix)
    {
        const bool seed = isSeed(prefix);
        const QDir dir(seed ? testing::seedsDir() : testing::fixtureArticlesDir());
        const QStringList files = dir.entryList({ prefix + (seed ? u"_*.txt"_s : u".txt"_s) }, QDir::Files);
        if (files.isEmpty())
            return {};
        QFile file(dir.filePath(files.first()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:

    void dates_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("expected");
        QTest::newRow("000 January 20") << u"000"_s << u"2025-02-25"_s << u"January 20"_s << u"2025-01-20"_s;
        QTest::newRow("000 February 17") << u"000"_s << u"2025-02-25"_s << u"February 17"_s << u"2025-02-17"_s;
        QTest::newRow("000 In May last year") << u"000"_s << u"2025-02-25"_s << u"May last year"_s << u"2024-05"_s;
        QTest::newRow("000 Last December") << u"000"_s << u"2025-02-25"_s << u"Last December"_s << u"2024-12"_s;
        QTest::newRow("000 In 2022") << u"000"_s << u"2025-02-25"_s << u"2022"_s << u"2022"_s;
        QTest::newRow("001 dateline") << u"001"_s << u"2024-02-28"_s << u"28 Feb 2024"_s << u"2024-02-28"_s;
        QTest::newRow("001 On Monday") << u"001"_s << u"2024-02-28"_s << u"Monday"_s << u"2024-02-26"_s;
        QTest::newRow("001 in 2023") << u"001"_s << u"2024-02-28"_s << u"2023"_s << u"2023"_s;
        QTest::newRow("002 last month") << u"002"_s << u"2025-02-27"_s << u"last month"_s << u"2025-01"_s;
        QTest::newRow("002 This month") << u"002"_s << u"2025-02-27"_s << u"This month"_s << u"2025-02"_s;
        QTest::newRow("003 Last month") << u"003"_s << u"2025-07-24"_s << u"Last month"_s << u"2025-06"_s;
        QTest::newRow("003 In April") << u"003"_s << u"2025-07-24"_s << u"April"_s << u"2025-04"_s;
        QTest::newRow("003 six months since") << u"003"_s << u"2025-07-24"_s << u"six months"_s << u"2025-01"_s;
        QTest::newRow("003 Six months after") << u"003"_s << u"2025-07-24"_s << u"Six months after"_s << u""_s;
        QTest::newRow("004 Last Monday") << u"004"_s << u"2025-02-25"_s << u"Last Monday"_s << u"2025-02-17"_s;
        QTest::newRow("004 On Monday") << u"004"_s << u"2025-02-25"_s << u"Monday"_s << u"2025-02-24"_s;
        QTest::newRow("004 a month ago") << u"004"_s << u"2025-02-25"_s << u"a month ago"_s << u"2025-01"_s;
        QTest::newRow("004 unresolved without a date") << u"004"_s << u""_s << u"a month ago"_s << u""_s;

        const QString grid = u"en-grid-operator-models"_s, hospitals = u"en-hospital-records"_s,
                      cars = u"en-carmakers-assistants"_s;
        QTest::newRow("grid January 20") << grid << u"2025-02-25"_s << u"January 20"_s << u"2025-01-20"_s;
        QTest::newRow("grid February 17") << grid << u"2025-02-25"_s << u"February 17"_s << u"2025-02-17"_s;
        QTest::newRow("grid In May last year") << grid << u"2025-02-25"_s << u"May last year"_s << u"2024-05"_s;
        QTest::newRow("grid Last December") << grid << u"2025-02-25"_s << u"Last December"_s << u"2024-12"_s;
        QTest::newRow("grid In 2022") << grid << u"2025-02-25"_s << u"2022"_s << u"2022"_s;
        QTest::newRow("grid Last Monday") << grid << u"2025-02-25"_s << u"Last Monday"_s << u"2025-02-17"_s;
        QTest::newRow("grid on Monday") << grid << u"2025-02-25"_s << u"Monday"_s << u"2025-02-24"_s;
        QTest::newRow("grid a month ago") << grid << u"2025-02-25"_s << u"a month ago"_s << u"2025-01"_s;
        QTest::newRow("grid unresolved without a date") << grid << u""_s << u"a month ago"_s << u""_s;
        QTest::newRow("hospitals dateline") << hospitals << u"2024-02-28"_s << u"28 Feb 2024"_s << u"2024-02-28"_s;
        QTest::newRow("hospitals on Monday") << hospitals << u"2024-02-28"_s << u"Monday"_s << u"2024-02-26"_s;
        QTest::newRow("hospitals in 2023") << hospitals << u"2024-02-28"_s << u"2023"_s << u"2023"_s;
        QTest::newRow("cars Last month") << cars << u"2025-07-24"_s << u"Last month"_s << u"2025-06"_s;
        QTest::newRow("cars In April") << cars << u"2025-07-24"_s << u"April"_s << u"2025-04"_s;
        QTest::newRow("cars This month") << cars << u"2025-07-24"_s << u"This month"_s << u"2025-07"_s;
        QTest::newRow("cars six months since") << cars << u"2025-07-24"_s << u"six months"_s << u"2025-01"_s;
        QTest::newRow("cars Six months after") << cars << u"2025-07-24"_s << u"Six months after"_s << u""_s;
    }

    void dates()
    {
        QFETCH(QString, seed);
        QFETCH(QString, published);
        QFETCH(QString, phrase);
        QFETCH(QString, expected);
        if (isSeed(seed))
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const QString text = seedText(seed);
        QVERIFY(!text.isEmpty());
        const ArticleAnalysis a
            = m_analyzer.analyse(text, PublicationDate::fromIso(published).value_or(PublicationDate {}));
        bool found = false;
        for (const DateExpression &d : a.dates) {
            if (d.text != phrase)
                continue;
            found = true;
            QCOMPARE(text.mid(d.start, d.length), phrase);
            QCOMPARE(d.resolved.isValid() ? d.resolved.toIso() : QString(), expected);
        }
        QVERIFY2(found, qPrintable(phrase));
    }

    void entities_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("entity");
        QTest::newRow("000 PipeChina") << u"000"_s << u"PipeChina"_s << u"organisation"_s << u"PipeChina"_s;
        QTest::newRow("000 long form") << u"000"_s << u"China Oil and Gas Pipeline Network Corp"_s << u"organisation"_s
                                       << u"PipeChina"_s;
        QTest::newRow("000 SASAC") << u"000"_s << u"SASAC"_s << u"organisation"_s
                                   << u"State-owned Assets Supervision and Administration Commission"_s;
        QTest::newRow("000 Xu") << u"000"_s << u"Xu"_s << u"person"_s << u"Xu Kun"_s;
        QTest::newRow("000 yuan") << u"000"_s << u"10 million yuan"_s << u"money"_s << u"10 million yuan"_s;
        QTest::newRow("000 US$") << u"000"_s << u"US$1.37 million"_s << u"money"_s << u"US$1.37 million"_s;
        QTest::newRow("000 percent") << u"000"_s << u"10%"_s << u"percent"_s << u"10%"_s;
        QTest::newRow("001 trillion") << u"001"_s << u"2.18 trillion yuan"_s << u"money"_s << u"2.18 trillion yuan"_s;
        QTest::newRow("001 percent") << u"001"_s << u"32.1 percent"_s << u"percent"_s << u"32.1 percent"_s;
        QTest::newRow("002 Liang") << u"002"_s << u"Liang Wenfeng"_s << u"person"_s << u"Liang Wenfeng"_s;
        QTest::newRow("003 $140bn") << u"003"_s << u"$140bn"_s << u"money"_s << u"$140bn"_s;
        QTest::newRow("003 Zhejiang University")
            << u"003"_s << u"Zhejiang University"_s << u"organisation"_s << u"Zhejiang University"_s;
        QTest::newRow("004 yuan") << u"004"_s << u"380 billion yuan"_s << u"money"_s << u"380 billion yuan"_s;
        QTest::newRow("004 Xi") << u"004"_s << u"Xi Jinping"_s << u"person"_s << u"Xi Jinping"_s;

        const QString grid = u"en-grid-operator-models"_s, hospitals = u"en-hospital-records"_s,
                      cars = u"en-carmakers-assistants"_s, guozi = u"zh-guozi-zhineng"_s;
        QTest::newRow("grid ZEGC") << grid << u"ZEGC"_s << u"organisation"_s << u"Zhejiang Electric Grid Corporation"_s;
        QTest::newRow("grid long form") << grid << u"Zhejiang Electric Grid Corporation"_s << u"organisation"_s
                                        << u"Zhejiang Electric Grid Corporation"_s;
        QTest::newRow("grid SASAC") << grid << u"SASAC"_s << u"organisation"_s
                                    << u"State-owned Assets Supervision and Administration Commission"_s;
        QTest::newRow("grid Wang") << grid << u"Wang"_s << u"person"_s << u"Wang Lihua"_s;
        QTest::newRow("grid yuan") << grid << u"12 million yuan"_s << u"money"_s << u"12 million yuan"_s;
        QTest::newRow("grid US$") << grid << u"US$2.4 million"_s << u"money"_s << u"US$2.4 million"_s;
        QTest::newRow("grid percent") << grid << u"15%"_s << u"percent"_s << u"15%"_s;
        QTest::newRow("grid Xi") << grid << u"Xi Jinping"_s << u"person"_s << u"Xi Jinping"_s;
        QTest::newRow("hospitals trillion")
            << hospitals << u"2.18 trillion yuan"_s << u"money"_s << u"2.18 trillion yuan"_s;
        QTest::newRow("hospitals percent") << hospitals << u"32.1 percent"_s << u"percent"_s << u"32.1 percent"_s;
        QTest::newRow("hospitals Zhejiang University")
            << hospitals << u"Zhejiang University"_s << u"organisation"_s << u"Zhejiang University"_s;
        QTest::newRow("cars $140bn") << cars << u"$140bn"_s << u"money"_s << u"$140bn"_s;
        // The gazetteer knows SASAC by its English name in every language.
        QTest::newRow("guozi long form") << guozi << u"国务院国有资产监督管理委员会"_s << u"organisation"_s
                                         << u"State-owned Assets Supervision and Administration Commission"_s;
        QTest::newRow("guozi short form") << guozi << u"国资委"_s << u"organisation"_s
                                          << u"State-owned Assets Supervision and Administration Commission"_s;
    }

    void entities()
    {
        QFETCH(QString, seed);
        QFETCH(QString, surface);
        QFETCH(QString, type);
        QFETCH(QString, entity);
        if (isSeed(seed))
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const QString text = seedText(seed);
        QVERIFY(!text.isEmpty());
        const ArticleAnalysis a = m_analyzer.analyse(text, {});
        bool found = false;
        for (const EntityMention &m : a.mentions) {
            if (m.text != surface)
                continue;
            found = true;
            QCOMPARE(text.mid(m.start, m.length), surface);
            QCOMPARE(entityTypeName(m.type), type);
            QCOMPARE(a.entities[m.entity].name, entity);
        }
        QVERIFY2(found, qPrintable(surface));
    }

    void noJunk_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString &seed : { u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s, u"en-grid-operator-models"_s,
                                     u"en-hospital-records"_s, u"en-carmakers-assistants"_s })
            QTest::newRow(qPrintable(seed)) << seed;
    }

    void noJunk()
    {
        // sentence-initial words and headings never become entities
        QFETCH(QString, seed);
        if (isSeed(seed))
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const QString text = seedText(seed);
        QVERIFY(!text.isEmpty());
        const ArticleAnalysis a = m_analyzer.analyse(text, {});
        for (const EntityMention &m : a.mentions) {
            for (const QString &junk : { u"Read"_s, u"Meanwhile"_s, u"However"_s, u"Image"_s, u"The"_s, u"Analysts"_s,
                                         u"Three"_s, u"Carmakers"_s })
                QVERIFY2(m.text != junk && !m.text.startsWith(junk + u' '), qPrintable(seed + u": "_s + m.text));
        }
    }
};

QTEST_GUILESS_MAIN(TestSeedAnalysis)
#include "tst_seedanalysis.moc"
