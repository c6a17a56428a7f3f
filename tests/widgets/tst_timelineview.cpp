// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's date axis: ticks on calendar boundaries of the unit shown, labels in that unit and never twice,
// computed for a range and a width, and the same labels on the chart's axis. Saves screenshots offscreen.
#include "timeline/timelineview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
QStringList labelsOf(const QList<TimelineTick> &ticks)
{
    QStringList labels;
    for (const TimelineTick &tick : ticks)
        labels.append(tick.label);
    return labels;
}

bool onBoundary(const QDate &date, const QString &label)
{
    if (label.size() == 4) // a year
        return date.month() == 1 && date.day() == 1;
    if (!label.at(0).isDigit()) // a month
        return date.day() == 1;
    return true; // a day or a week's Monday (checked apart)
}

// Articles from spring 2023 to spring 2026 with a spike in February 2025: the range the issue was seen on.
QMap<QDate, qint64> articlesPerDay()
{
    QMap<QDate, qint64> days;
    for (QDate date(2023, 4, 3); date < QDate(2026, 4, 1); date = date.addDays(9))
        ++days[date];
    for (int i = 0; i < 40; ++i)
        ++days[QDate(2025, 2, 3 + i % 20)];
    return days;
}
} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents(); // the chart lays its title out later
        const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        widget->grab().save(shots + u'/' + name);
    }

private Q_SLOTS:
    void ticksFallOnCalendarBoundaries_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<qreal>("width");
        QTest::addColumn<QString>("unit"); // the unit the labels must be in
        QTest::newRow("three years, narrow") << QDate(2023, 4, 1) << QDate(2026, 4, 1) << 300.0 << u"year"_s;
        QTest::newRow("three years, wide") << QDate(2023, 4, 1) << QDate(2026, 4, 1) << 1500.0 << u"month"_s;
        QTest::newRow("a year") << QDate(2024, 11, 17) << QDate(2025, 11, 2) << 1200.0 << u"month"_s;
        QTest::newRow("ten weeks") << QDate(2025, 1, 9) << QDate(2025, 3, 20) << 1200.0 << u"week"_s;
        QTest::newRow("over new year") << QDate(2024, 12, 10) << QDate(2025, 2, 20) << 1200.0 << u"week"_s;
        QTest::newRow("a fortnight") << QDate(2025, 2, 1) << QDate(2025, 2, 15) << 1200.0 << u"day"_s;
        QTest::newRow("two centuries") << QDate(1900, 1, 1) << QDate(2100, 1, 1) << 1200.0 << u"year"_s;
    }

    void ticksFallOnCalendarBoundaries()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(qreal, width);
        QFETCH(QString, unit);
        const QFontMetricsF metrics(QFont {});
        const QList<TimelineTick> ticks = TimelineView::axisTicks(from, to, width, metrics);
        const QStringList labels = labelsOf(ticks);
        QVERIFY2(ticks.size() >= 3, qPrintable(labels.join(u' ')));
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size()); // never two alike
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const TimelineTick &tick = ticks.at(i);
            QVERIFY(tick.date >= from && tick.date <= to);
            QVERIFY2(onBoundary(tick.date, tick.label), qPrintable(tick.label));
            if (i > 0)
                QVERIFY(ticks.at(i - 1).date < tick.date);
            if (unit == u"year"_s) {
                QCOMPARE(tick.label, QString::number(tick.date.year()));
            } else if (unit == u"month"_s) {
                QCOMPARE(tick.date.day(), 1);
                QVERIFY2(tick.label.startsWith(QLocale().monthName(tick.date.month(), QLocale::ShortFormat)),
                         qPrintable(tick.label));
            } else {
                QVERIFY2(tick.label.startsWith(QString::number(tick.date.day()) + u' '), qPrintable(tick.label));
                if (unit == u"week"_s)
                    QCOMPARE(tick.date.dayOfWeek(), 1);
            }
        }
        // Each label says its year where the year changes, so the first does.
        if (unit != u"year"_s)
            QVERIFY2(labels.first().endsWith(QString::number(ticks.first().date.year())), qPrintable(labels.first()));
        // Labels fit side by side at this width.
        const qint64 days = from.daysTo(to);
        for (qsizetype i = 1; i < ticks.size(); ++i) {
            const qreal apart = width * ticks.at(i - 1).date.daysTo(ticks.at(i).date) / qreal(days);
            QVERIFY(apart
                    > (metrics.horizontalAdvance(labels.at(i - 1)) + metrics.horizontalAdvance(labels.at(i))) / 2);
        }
    }

    void aFebruaryDateLiesRightOfItsYear()
    {
        const QList<TimelineTick> ticks
            = TimelineView::axisTicks(QDate(2023, 4, 1), QDate(2026, 4, 1), 300, QFontMetricsF(QFont {}));
        const auto year = std::find_if(ticks.cbegin(), ticks.cend(),
                                       [](const TimelineTick &tick) { return tick.label == u"2025"_s; });
        QVERIFY(year != ticks.cend());
        QCOMPARE(year->date, QDate(2025, 1, 1));
        QVERIFY(year->date < QDate(2025, 2, 10));
        QVERIFY(std::next(year) == ticks.cend() || std::next(year)->date > QDate(2025, 2, 10));
    }

    void theAxisShowsTheTicks_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("narrow") << QSize(520, 300);
    }

    void theAxisShowsTheTicks()
    {
        QFETCH(QSize, size);
        TimelineView view;
        view.resize(size.width(), 260);
        view.setData(articlesPerDay(), {});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto check = [&view](const QString &what) {
            const auto axes = view.chart()->axes(Qt::Horizontal);
            QCOMPARE(axes.size(), 1);
            auto *axis = qobject_cast<QCategoryAxis *>(axes.first());
            QVERIFY(axis);
            const QStringList labels = axis->categoriesLabels();
            QVERIFY2(labels.size() >= 3, qPrintable(what + u": "_s + labels.join(u' ')));
            QCOMPARE(labels, labelsOf(view.ticks()));
            QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
            for (const TimelineTick &tick : view.ticks()) {
                QCOMPARE(axis->endValue(tick.label), qreal(tick.date.startOfDay(Qt::UTC).toMSecsSinceEpoch()));
                QVERIFY2(onBoundary(tick.date, tick.label), qPrintable(tick.label));
            }
            // Every tick sits where the chart draws its date.
            for (const TimelineTick &tick : view.ticks()) {
                const int x = view.positionOf(tick.date).x();
                QVERIFY(x >= 0 && x <= view.width());
            }
        };
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        check(u"everything"_s);
        // The February 2025 spike is right of the "2025" tick, or of "Jan 2025"/"Feb 2025".
        QPoint spike = view.positionOf(QDate(2025, 2, 10));
        for (const TimelineTick &tick : view.ticks())
            if (tick.label.endsWith(u"2025"_s) && tick.date.year() == 2025 && tick.date.month() == 1)
                QVERIFY(view.positionOf(tick.date).x() < spike.x());
        saveScreenshot(&view, u"timeline-%1-all.png"_s.arg(tag));

        view.setVisibleRange(QDate(2024, 11, 1), QDate(2025, 6, 1));
        check(u"months"_s);
        saveScreenshot(&view, u"timeline-%1-months.png"_s.arg(tag));
        view.setVisibleRange(QDate(2025, 1, 20), QDate(2025, 3, 10));
        check(u"days"_s);
        saveScreenshot(&view, u"timeline-%1-days.png"_s.arg(tag));
        view.resetZoom();
        check(u"reset"_s);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
