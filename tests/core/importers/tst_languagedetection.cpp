// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/languagedetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

/// Per-article language as the importers record it.
class TestLanguageDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("english") << u"The provincial hotline began answering tax questions with a locally hosted "
                                    u"model in March, officials said, and staff now review every draft."_s
                                 << u"en"_s;
        QTest::newRow("simplified") << u"本市政务热线已于本月接入本地部署的大模型，用于整理市民来电记录。"_s
                                    << u"zh-Hans"_s;
        QTest::newRow("traditional") << u"內地車企掀起熱潮，多家車廠宣佈在車機系統接入大模型，這些車型將於今年上市。"_s
                                     << u"zh-Hant"_s;
        QTest::newRow("chinese with english names")
            << u"字节跳动发布豆包大模型，DeepSeek 和 Qwen 也在降价，这是行业趋势。"_s << u"zh-Hans"_s;
        QTest::newRow("english quoting chinese")
            << u"The SASAC statement, titled 人工智能+ in Chinese, asked central enterprises to report progress every "
               u"quarter and to share computing capacity with smaller provincial firms across the country."_s
            << u"en"_s;
        QTest::newRow("german") << u"Die chinesischen Autohersteller bauen das Sprachmodell in ihre Fahrzeuge ein, "
                                   u"und die europäischen Hersteller beobachten die Entwicklung sehr genau."_s
                                << u"de"_s;
        QTest::newRow("french") << u"Les constructeurs chinois intègrent le modèle de langage dans leurs voitures, "
                                   u"et les fabricants européens suivent cette évolution de très près."_s
                                << u"fr"_s;
        QTest::newRow("too little") << u"AI"_s << QString();
    }

    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageDetector::detect(text), language);
    }
};

QTEST_GUILESS_MAIN(TestLanguageDetection)
#include "tst_languagedetection.moc"
