// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/datefinder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestDateFinder : public QObject
{
    Q_OBJECT

private:
    static PublicationDate day(int y, int m, int d) { return { QDate(y, m, d), DatePrecision::Day }; }

private Q_SLOTS:
    void resolves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("expected"); // ISO at the expression's precision, "" when unresolved

        // absolute
        QTest::newRow("month day") << u"It was launched on January 20."_s << u"2025-02-25"_s << u"January 20"_s
                                   << u"2025-01-20"_s;
        QTest::newRow("day month year") << u"Date: 28 Feb 2024 [China]"_s << u"2025-02-25"_s << u"28 Feb 2024"_s
                                        << u"2024-02-28"_s;
        QTest::newRow("month day, year") << u"On March 5, 2023, it opened."_s << u""_s << u"March 5, 2023"_s
                                         << u"2023-03-05"_s;
        QTest::newRow("in year") << u"PipeChina set it up in 2022."_s << u""_s << u"2022"_s << u"2022"_s;
        QTest::newRow("month year") << u"launched in September 2023 to collect data"_s << u""_s << u"September 2023"_s
                                    << u"2023-09"_s;
        QTest::newRow("iso") << u"Published 2025-01-20 by the agency"_s << u""_s << u"2025-01-20"_s << u"2025-01-20"_s;
        QTest::newRow("mid-year") << u"by mid-2024 the market had cooled"_s << u""_s << u"mid-2024"_s << u"2024"_s;
        // relative, month and year boundaries
        QTest::newRow("last month across year")
            << u"It shook markets last month."_s << u"2025-01-10"_s << u"last month"_s << u"2024-12"_s;
        QTest::newRow("this month") << u"This month, he was invited."_s << u"2025-02-27"_s << u"This month"_s
                                    << u"2025-02"_s;
        QTest::newRow("next month across year")
            << u"It opens next month."_s << u"2024-12-03"_s << u"next month"_s << u"2025-01"_s;
        QTest::newRow("last December in January")
            << u"Last December, PipeChina launched it."_s << u"2025-01-15"_s << u"Last December"_s << u"2024-12"_s;
        QTest::newRow("last December in December")
            << u"Last December it rained."_s << u"2024-12-15"_s << u"Last December"_s << u"2023-12"_s;
        QTest::newRow("May last year") << u"In May last year, China Mobile launched Jiutian."_s << u"2025-02-25"_s
                                       << u"May last year"_s << u"2024-05"_s;
        QTest::newRow("month without year, past")
            << u"In July, China Telecom launched it."_s << u"2024-02-28"_s << u"July"_s << u"2023-07"_s;
        QTest::newRow("month without year, near future")
            << u"It is due in April."_s << u"2024-02-28"_s << u"April"_s << u"2024-04"_s;
        QTest::newRow("day without year across year")
            << u"Talks began on December 30."_s << u"2025-01-04"_s << u"December 30"_s << u"2024-12-30"_s;
        QTest::newRow("last year") << u"Sales doubled last year."_s << u"2025-02-25"_s << u"last year"_s << u"2024"_s;
        QTest::newRow("yesterday across month")
            << u"Yesterday the bureau said so."_s << u"2025-03-01"_s << u"Yesterday"_s << u"2025-02-28"_s;
        QTest::newRow("2 days ago across year")
            << u"It was posted 2 days ago."_s << u"2025-01-01"_s << u"2 days ago"_s << u"2024-12-30"_s;
        QTest::newRow("a month ago") << u"the launch a month ago"_s << u"2025-03-31"_s << u"a month ago"_s
                                     << u"2025-02"_s;
        QTest::newRow("last week") << u"The signal came last week."_s << u"2025-02-25"_s << u"last week"_s
                                   << u"2025-02-18"_s;
        QTest::newRow("six months since") << u"It is six months since DeepSeek caused a stir."_s << u"2025-07-24"_s
                                          << u"six months"_s << u"2025-01"_s;
        QTest::newRow("six months after: another event")
            << u"Six months after DeepSeek's breakthrough, China speeds on"_s << u"2025-07-24"_s
            << u"Six months after"_s << u""_s;
        QTest::newRow("a few days earlier")
            << u"a few days earlier, the rival plan came out"_s << u"2025-07-28"_s << u"a few days earlier"_s << u""_s;
        QTest::newRow("five and a half months after") << u"opened it five and a half months after the demo"_s
                                                      << u"2023-08-31"_s << u"five and a half months after"_s << u""_s;
        QTest::newRow("no anchor") << u"It shook markets last month."_s << u""_s << u"last month"_s << u""_s;
        QTest::newRow("year-only anchor, month needed")
            << u"It shook markets last month."_s << u"2025"_s << u"last month"_s << u""_s;
        // weekdays: 2025-02-25 is a Tuesday
        QTest::newRow("On Monday") << u"On Monday, Alibaba pledged to invest."_s << u"2025-02-25"_s << u"Monday"_s
                                   << u"2025-02-24"_s;
        QTest::newRow("On Tuesday is today")
            << u"On Tuesday it rained."_s << u"2025-02-25"_s << u"Tuesday"_s << u"2025-02-25"_s;
        QTest::newRow("Wednesday is last week's")
            << u"He said on Wednesday that"_s << u"2025-02-25"_s << u"Wednesday"_s << u"2025-02-19"_s;
        QTest::newRow("Last Monday") << u"Last Monday, Xi shook Liang's hand."_s << u"2025-02-25"_s << u"Last Monday"_s
                                     << u"2025-02-17"_s;
        QTest::newRow("next Friday across month")
            << u"The rules start next Friday."_s << u"2025-02-25"_s << u"next Friday"_s << u"2025-03-07"_s;
        QTest::newRow("Sunday across year")
            << u"Sunday was quiet."_s << u"2025-01-01"_s << u"Sunday"_s << u"2024-12-29"_s;
        // Chinese
        QTest::newRow("zh full date") << u"2025年1月20日，深度求索发布R1。"_s << u""_s << u"2025年1月20日"_s
                                      << u"2025-01-20"_s;
        QTest::newRow("zh year month") << u"2023年9月上线"_s << u""_s << u"2023年9月"_s << u"2023-09"_s;
        QTest::newRow("zh year") << u"早在2022年就开始"_s << u""_s << u"2022年"_s << u"2022"_s;
        QTest::newRow("zh month day") << u"1月20日发布"_s << u"2025-02-25"_s << u"1月20日"_s << u"2025-01-20"_s;
        QTest::newRow("zh last year month")
            << u"去年5月，中国移动发布九天"_s << u"2025-02-25"_s << u"去年5月"_s << u"2024-05"_s;
        QTest::newRow("zh this year month") << u"今年3月将召开"_s << u"2025-02-25"_s << u"今年3月"_s << u"2025-03"_s;
        QTest::newRow("zh last month across year")
            << u"上个月，多家医院接入"_s << u"2025-01-05"_s << u"上个月"_s << u"2024-12"_s;
        QTest::newRow("zh yesterday") << u"昨天，国资委召开会议"_s << u"2025-03-01"_s << u"昨天"_s << u"2025-02-28"_s;
        QTest::newRow("zh chinese numerals")
            << u"二〇二四年十二月二十六日"_s << u""_s << u"二〇二四年十二月二十六日"_s << u"2024-12-26"_s;
        QTest::newRow("zh full-width digits") << u"２０２５年２月"_s << u""_s << u"２０２５年２月"_s << u"2025-02"_s;
        QTest::newRow("zh days ago") << u"3天前发布"_s << u"2025-03-02"_s << u"3天前"_s << u"2025-02-27"_s;
        QTest::newRow("zh last week weekday") << u"上周三召开"_s << u"2025-02-25"_s << u"上周三"_s << u"2025-02-19"_s;
        QTest::newRow("zh weekday") << u"周一，阿里宣布"_s << u"2025-02-25"_s << u"周一"_s << u"2025-02-24"_s;
    }

    void resolves()
    {
        QFETCH(QString, text);
        QFETCH(QString, anchor);
        QFETCH(QString, phrase);
        QFETCH(QString, expected);
        const PublicationDate date = PublicationDate::fromIso(anchor).value_or(PublicationDate {});
        const QList<DateExpression> found = DateFinder::find(text, date);
        const auto it
            = std::find_if(found.cbegin(), found.cend(), [&](const DateExpression &e) { return e.text == phrase; });
        QVERIFY2(it != found.cend(), qPrintable(u"no expression \"%1\"; found %2"_s.arg(phrase).arg(found.size())));
        QCOMPARE(text.mid(it->start, it->length), phrase); // exact UTF-16 offsets
        QCOMPARE(it->resolved.isValid() ? it->resolved.toIso() : QString(), expected);
    }

    void ignoresNonDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("may as a verb") << u"Prices may fall further, he said."_s;
        QTest::newRow("a count, not a year") << u"It employs 2023 people."_s;
        QTest::newRow("percent") << u"Sales rose 10% to 500 units."_s;
        QTest::newRow("zh duration") << u"用了三个月时间"_s;
        QTest::newRow("zh headline app") << u"今日头条报道"_s;
    }

    void ignoresNonDates()
    {
        QFETCH(QString, text);
        QCOMPARE(DateFinder::find(text, day(2025, 2, 25)).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDateFinder)
#include "tst_datefinder.moc"
