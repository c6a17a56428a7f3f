// SPDX-License-Identifier: GPL-3.0-or-later
// The one answer to "which script is this character", beyond the Basic Multilingual Plane too.
#include "util/unicodescript.h"

#include <QTest>
#include <unicode/uscript.h>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestUnicodeScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classes_data()
    {
        QTest::addColumn<uint>("c");
        QTest::addColumn<bool>("han");
        QTest::addColumn<bool>("kana");
        QTest::addColumn<bool>("hangul");
        QTest::addColumn<bool>("wide");
        QTest::newRow("Latin a") << uint(U'a') << false << false << false << false;
        QTest::newRow("digit") << uint(U'7') << false << false << false << false;
        QTest::newRow("é") << uint(0xE9) << false << false << false << false;
        QTest::newRow("中") << uint(U'中') << true << false << false << true;
        QTest::newRow("Ext A 㐀") << uint(0x3400) << true << false << false << true;
        QTest::newRow("Ext B 𠀀") << uint(0x20000) << true << false << false << true;
        QTest::newRow("Ext B 𠮷") << uint(0x20BB7) << true << false << false << true;
        QTest::newRow("Ext G") << uint(0x30000) << true << false << false << true;
        QTest::newRow("compatibility 豈") << uint(0xF900) << true << false << false << true;
        QTest::newRow("compatibility supplement") << uint(0x2F800) << true << false << false << true;
        QTest::newRow("〇") << uint(0x3007) << true << false << false << true;
        QTest::newRow("々") << uint(0x3005) << true << false << false << true;
        QTest::newRow("hiragana あ") << uint(U'あ') << false << true << false << true;
        QTest::newRow("katakana カ") << uint(U'カ') << false << true << false << true;
        QTest::newRow("prolonged ー") << uint(0x30FC) << false << true << false << true;
        QTest::newRow("small kana ゃ") << uint(U'ゃ') << false << true << false << true;
        QTest::newRow("hangul 한") << uint(U'한') << false << false << true << false;
        QTest::newRow("hangul jamo") << uint(0x1100) << false << false << true << false;
        QTest::newRow("ideographic full stop 。") << uint(0x3002) << false << false << false << true;
        QTest::newRow("full-width comma ，") << uint(0xFF0C) << false << false << false << true;
        QTest::newRow("full-width Latin Ａ") << uint(0xFF21) << false << false << false << true;
        QTest::newRow("full-width digit ３") << uint(0xFF13) << false << false << false << true;
        QTest::newRow("half-width katakana ｶ") << uint(0xFF76) << false << true << false << true;
        QTest::newRow("bopomofo ㄅ") << uint(0x3105) << false << false << false << true;
        QTest::newRow("emoji 😀") << uint(0x1F600) << false << false << false << false;
        QTest::newRow("Yijing hexagram") << uint(0x4DC0) << false << false << false << false;
        QTest::newRow("lone high surrogate") << uint(0xD842) << false << false << false << false;
    }

    void classes()
    {
        QFETCH(uint, c);
        QFETCH(bool, han);
        QFETCH(bool, kana);
        QFETCH(bool, hangul);
        QFETCH(bool, wide);
        QCOMPARE(unicode::isHan(c), han);
        QCOMPARE(unicode::isKana(c), kana);
        QCOMPARE(unicode::isHangul(c), hangul);
        QCOMPARE(unicode::isHanKanaOrHangul(c), han || kana || hangul);
        QCOMPARE(unicode::isCjkWide(c), wide);
    }

    /// The fast path for the unified ideographs block answers as ICU does.
    void unifiedBlockIsHanThroughout()
    {
        for (char32_t c = 0x4E00; c <= 0x9FFF; ++c) {
            UErrorCode status = U_ZERO_ERROR;
            QVERIFY(uscript_getScript(UChar32(c), &status) == USCRIPT_HAN);
        }
    }

    void surrogatePairs()
    {
        const QString text = u"a𠮷b"_s; // U+20BB7 is two UTF-16 units
        QCOMPARE(text.size(), 4);
        QCOMPARE(unicode::codePointAt(text, 0), char32_t(U'a'));
        QCOMPARE(unicode::codePointAt(text, 1), char32_t(0x20BB7));
        QCOMPARE(unicode::codePointAt(text, 3), char32_t(U'b'));
        QCOMPARE(unicode::codePointBefore(text, 3), char32_t(0x20BB7));
        QCOMPARE(unicode::codePointBefore(text, 1), char32_t(U'a'));
        QVERIFY(unicode::isHan(unicode::codePointAt(text, 1)));
        // A lone surrogate comes back as it is, and is no script's letter.
        const QString lone = QString(QChar(0xD842)) + u'x';
        QCOMPARE(unicode::codePointAt(lone, 0), char32_t(0xD842));
        QVERIFY(!unicode::isHan(unicode::codePointAt(lone, 0)));
    }
};

QTEST_GUILESS_MAIN(TestUnicodeScript)
#include "tst_unicodescript.moc"
