// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchtokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestSearchTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("english, case and stems")
            << u"Hospitals ARE deploying models"_s
            << QStringList { u"hospitals"_s, u"~hospit"_s, u"are"_s,   u"deploying"_s,
                             u"~deploy"_s,   u"models"_s,  u"~model"_s };
        QTest::newRow("accents fold") << u"Café Zürich naïve"_s
                                      << QStringList { u"cafe"_s, u"zurich"_s, u"naive"_s, u"~naiv"_s };
        QTest::newRow("punctuation splits")
            << u"DeepSeek-R1, GPT-4o; U.S."_s
            << QStringList { u"deepseek"_s, u"r1"_s, u"gpt"_s, u"4o"_s, u"u"_s, u"s"_s };
        QTest::newRow("full-width letters and digits")
            << u"ＤｅｅｐＳｅｅｋ　２０２５"_s << QStringList { u"deepseek"_s, u"2025"_s };
        QTest::newRow("chinese bigrams and final unigram")
            << u"北京医院"_s << QStringList { u"北京"_s, u"京医"_s, u"医院"_s, u"院"_s };
        QTest::newRow("lone chinese character") << u"在，北"_s << QStringList { u"在"_s, u"北"_s };
        QTest::newRow("mixed scripts") << u"DeepSeek接入医院。"_s
                                       << QStringList { u"deepseek"_s, u"接入"_s, u"入医"_s, u"医院"_s, u"院"_s };
        QTest::newRow("compatibility ideograph folds (NFKC)") << u"\uF900"_s << QStringList { u"\u8C48"_s };
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        SearchTokenizer tokenizer;
        QCOMPARE(tokenizer.tokenStrings(text), expected);
    }

    void queryPurposeOmitsRunFinalUnigram()
    {
        SearchTokenizer tokenizer;
        QCOMPARE(tokenizer.tokenStrings(u"医院"_s, SearchTokenizer::Purpose::Query), QStringList { u"医院"_s });
        QCOMPARE(tokenizer.tokenStrings(u"院"_s, SearchTokenizer::Purpose::Query), QStringList { u"院"_s });
        QCOMPARE(tokenizer.tokenStrings(u"国务院国有资产监督管理委员会"_s, SearchTokenizer::Purpose::Query).size(), 13);
    }

    void offsetsAndPositions()
    {
        SearchTokenizer tokenizer;
        const QString text = u"Ａ𠀀北京 x"_s; // full-width A, a supplementary-plane ideograph (two UTF-16 units)
        const QByteArray utf8 = text.toUtf8();
        struct Seen
        {
            QString token;
            int start, end;
            bool colocated;
        };
        QList<Seen> seen;
        tokenizer.tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), SearchTokenizer::Purpose::Document,
                           [&](const SearchToken &token) {
                               seen.append({ QString::fromUtf8(token.text.data(), qsizetype(token.text.size())),
                                             token.utf16Start, token.utf16End, token.colocated });
                               return true;
                           });
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen[0].token, u"a"_s);
        QCOMPARE(text.mid(seen[0].start, seen[0].end - seen[0].start), u"Ａ"_s);
        QCOMPARE(seen[1].token, u"𠀀北"_s);
        QCOMPARE(text.mid(seen[1].start, seen[1].end - seen[1].start), u"𠀀北"_s);
        QCOMPARE(seen[2].token, u"北京"_s);
        QCOMPARE(seen[3].token, u"京"_s);
        QVERIFY(seen[3].colocated);
        QCOMPARE(text.mid(seen[3].start, seen[3].end - seen[3].start), u"京"_s);
        QCOMPARE(seen[4].token, u"x"_s);
        QCOMPARE(seen[4].start, int(text.size()) - 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
