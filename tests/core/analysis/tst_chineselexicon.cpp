// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chineselexicon.h"
#include "analysis/englishwords.h"
#include "analysis/moneyvalue.h"
#include "analysis/scriptconverter.h"
#include "util/casebookerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

/// The word lists the analyzer reads from Debian packages, and the small readers beside them.
class TestChineseLexicon : public QObject
{
    Q_OBJECT

private:
    /// The words of a run as the lexicon cuts it, joined by '/'.
    static QString segmented(const ChineseLexicon &lexicon, const QString &run)
    {
        const std::vector<bool> starts = lexicon.wordStarts(run);
        QString out;
        for (qsizetype i = 0; i < run.size(); ++i) {
            if (i > 0 && starts[size_t(i)])
                out += u'/';
            out += run[i];
        }
        return out;
    }

private Q_SLOTS:
    void segmentsLikeJieba_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QString>("words");
        QTest::newRow("中投 is no word in 集中投入") << u"集中投入资源"_s << u"集中/投入/资源"_s;
        QTest::newRow("介绍 takes its character back") << u"李镇介绍"_s << u"李/镇/介绍"_s;
        QTest::newRow("负责人") << u"文书负责人"_s << u"文书/负责人"_s;
    }

    void segmentsLikeJieba()
    {
        QFETCH(QString, run);
        QFETCH(QString, words);
        QCOMPARE(segmented(ChineseLexicon::builtIn(), run), words);
    }

    void tagsNames()
    {
        const ChineseLexicon &lexicon = ChineseLexicon::builtIn();
        QVERIFY(lexicon.size() > 300000);
        QCOMPARE(lexicon.lookup(u"台湾"_s)->tag, ChineseLexicon::Tag::Place);
        QCOMPARE(lexicon.lookup(u"中国移动"_s)->tag, ChineseLexicon::Tag::Organisation);
        QCOMPARE(lexicon.lookup(u"进入"_s)->tag, ChineseLexicon::Tag::Verb);
        QVERIFY(!lexicon.lookup(u"中投入"_s));
    }

    void readsItsOwnFormat()
    {
        ChineseLexicon lexicon;
        lexicon.addEntries(u"甲乙 10 ns\n甲乙丙 5 nt\n丙 3\n"_s, u"mine"_s);
        lexicon.finish();
        QCOMPARE(lexicon.size(), 3);
        QCOMPARE(lexicon.lookup(u"甲乙丙"_s)->tag, ChineseLexicon::Tag::Organisation);
        QVERIFY(!lexicon.lookup(u"甲"_s)); // a prefix, not a word
        QCOMPARE(segmented(lexicon, u"甲乙丙"_s), u"甲乙丙"_s);
    }

    void reportsBadLines()
    {
        ChineseLexicon lexicon;
        try {
            lexicon.addEntries(u"甲乙 10 ns\n甲乙丙 many nt\n"_s, u"broken.txt"_s);
            QFAIL("a frequency that is no number was accepted");
        } catch (const CasebookError &error) {
            QVERIFY2(error.message().contains(u"broken.txt, line 2"_s), qPrintable(error.message()));
        }
    }

    void convertsTraditionalKeepingOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("simplified");
        QTest::newRow("company") << u"中國移動宣布"_s << u"中国移动宣布"_s;
        QTest::newRow("weekday") << u"上週三和上個月"_s << u"上周三和上个月"_s;
        QTest::newRow("mixed scripts and Latin") << u"AI與臺灣 2025"_s << u"AI与台湾 2025"_s;
        QTest::newRow("simplified stays") << u"中国移动"_s << u"中国移动"_s;
    }

    void convertsTraditionalKeepingOffsets()
    {
        QFETCH(QString, text);
        QFETCH(QString, simplified);
        const QString converted = ScriptConverter::toSimplified(text);
        QCOMPARE(converted, simplified);
        QCOMPARE(converted.size(), text.size());
    }

    void englishWords()
    {
        const EnglishWords &words = EnglishWords::builtIn();
        QVERIFY(words.isCommon(u"league"_s));
        QVERIFY(words.isCommon(u"summary"_s));
        QVERIFY(!words.isCommon(u"meteogroup"_s));
        QVERIFY(words.isName(u"Osaka"_s));
    }

    void moneyValues_data()
    {
        QTest::addColumn<QString>("mention");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        QTest::newRow("trn") << u"$1.4trn"_s << 1.4e12 << u"USD"_s;
        QTest::newRow("M") << u"US$30M"_s << 3e7 << u"USD"_s;
        QTest::newRow("bn") << u"$140bn"_s << 1.4e11 << u"USD"_s;
        QTest::newRow("million yuan") << u"10 million yuan"_s << 1e7 << u"CNY"_s;
        QTest::newRow("亿元") << u"380亿元"_s << 3.8e10 << u"CNY"_s;
        QTest::newRow("万亿美元") << u"1.2万亿美元"_s << 1.2e12 << u"USD"_s;
        QTest::newRow("Chinese numerals") << u"三千五百万元"_s << 3.5e7 << u"CNY"_s;
        QTest::newRow("euro with thousands") << u"€9,200"_s << 9200.0 << u"EUR"_s;
        QTest::newRow("HK$") << u"HK$2.5 billion"_s << 2.5e9 << u"HKD"_s;
        // Traditional script keeps its scale and currency: 億 and 萬 are 亿 and 万, 歐元 is 欧元
        QTest::newRow("億港元") << u"56億港元"_s << 5.6e9 << u"HKD"_s;
        QTest::newRow("億美元") << u"2億美元"_s << 2e8 << u"USD"_s;
        QTest::newRow("萬元") << u"3.5萬元"_s << 3.5e4 << u"CNY"_s;
        QTest::newRow("萬億") << u"1.2萬億美元"_s << 1.2e12 << u"USD"_s;
        QTest::newRow("numerals with 萬 and 兩") << u"兩千萬歐元"_s << 2e7 << u"EUR"_s;
    }

    void moneyValues()
    {
        QFETCH(QString, mention);
        QFETCH(double, amount);
        QFETCH(QString, currency);
        const auto value = MoneyValue::parse(mention);
        QVERIFY(value);
        QCOMPARE(value->amount, amount);
        QCOMPARE(value->currency, currency);
    }
};

QTEST_GUILESS_MAIN(TestChineseLexicon)
#include "tst_chineselexicon.moc"
