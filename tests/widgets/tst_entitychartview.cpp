// SPDX-License-Identifier: GPL-3.0-or-later
// The entity charts: in a narrow dock the bars keep readable names (fewer bars rather than every name cut to
// "…"), and the trend chart tells its lines apart by colour and dash, each with a legend entry.
#include "entities/entitychartview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
Overview overview()
{
    Overview overview;
    const QStringList names = { u"Taiwan Semiconductor Manufacturing Company"_s,
                                u"Nvidia Corporation"_s,
                                u"Huawei Technologies"_s,
                                u"Semiconductor Manufacturing International"_s,
                                u"Advanced Micro Devices"_s,
                                u"深度求索人工智能基础技术研究"_s,
                                u"Commerce Department Bureau of Industry and Security"_s,
                                u"Alibaba Group Holding"_s,
                                u"ASML Holding"_s,
                                u"Samsung Electronics"_s,
                                u"SK Hynix"_s,
                                u"Intel"_s,
                                u"Micron Technology"_s,
                                u"Tencent"_s };
    for (int i = 0; i < names.size(); ++i) {
        EntityCount entity;
        entity.name = names.at(i);
        entity.type = EntityType::Organisation;
        entity.articles = 30 - 2 * i;
        entity.mentions = 80 - 5 * i;
        overview.entities.append(entity);
    }
    EntityTrend &trend = overview.trend;
    trend.entity = u"Nvidia Corporation"_s;
    for (QDate month(2024, 3, 1); month <= QDate(2025, 10, 1); month = month.addMonths(1)) {
        trend.months.append(month);
        trend.articles.append(3 + month.month() % 4);
    }
    for (const QString &name : { u"Huawei Technologies"_s, u"Taiwan Semiconductor"_s, u"Advanced Micro Devices"_s }) {
        EntityTrend::Companion companion { name, {} };
        for (int i = 0; i < trend.months.size(); ++i)
            companion.articles.append((i + int(name.size())) % 3);
        trend.companions.append(companion);
    }
    return overview;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(shots);
    widget->grab().save(shots + u'/' + name);
}
} // namespace

class TestEntityChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void narrowChartsKeepReadableNames_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("300x560 (1024-wide window)") << QSize(300, 560);
        QTest::newRow("240x480") << QSize(240, 480);
        QTest::newRow("420x900") << QSize(420, 900);
    }

    void narrowChartsKeepReadableNames()
    {
        QFETCH(QSize, size);
        EntityChartView view;
        view.resize(size);
        view.setOverview(overview());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList labels = view.barLabels();
        const QStringList shown = view.shownEntities();
        QVERIFY(shown.size() >= 3);
        QCOMPARE(labels.size(), shown.size());
        QCOMPARE(shown.first(), u"Taiwan Semiconductor Manufacturing Company"_s);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QString &label = labels.at(i);
            QVERIFY2(label != u"…"_s, qPrintable(label));
            // Whole, or at least its first twelve characters and "…".
            QVERIFY2(label == shown.at(i)
                         || (label.endsWith(u'…') && label.size() >= 13 && shown.at(i).startsWith(label.chopped(1))),
                     qPrintable(label));
        }
        // Each name is drawn above its bar, inside the chart.
        QChart *chart = view.barChartView()->chart();
        const QRectF plot = chart->plotArea();
        for (const QGraphicsItem *item : chart->childItems()) {
            if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
                const QRectF box = text->mapRectToParent(text->boundingRect());
                QVERIFY(box.left() >= plot.left() - 1 && box.right() <= plot.right() + 1);
                QVERIFY(box.top() >= plot.top() - box.height() && box.bottom() <= plot.bottom());
            }
        }
        // A taller chart shows more bars, never more than twelve.
        QVERIFY(view.barsThatFit() <= 12);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0);
        saveScreenshot(&view, u"entity-charts-%1.png"_s.arg(tag));
    }

    void clickingABarStillNamesItsEntity()
    {
        EntityChartView view;
        view.resize(300, 560);
        view.setOverview(overview());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString clicked;
        connect(&view, &EntityChartView::entityClicked, this, [&clicked](const QString &name) { clicked = name; });
        const QPoint bar = view.barPosition(1);
        QWidget *viewport = view.barChartView()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, viewport->mapFrom(&view, bar));
        QCOMPARE(clicked, view.shownEntities().at(1));
    }

    void theTrendIsDrawnAgainOnlyWhenItChanges()
    {
        EntityChartView view;
        view.resize(420, 700);
        view.setOverview(overview());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QChart *trend = view.trendChartView()->chart();
        QChart *bars = view.barChartView()->chart();
        // Other counts with the same trend (a filter changed beside the entity): the same trend chart, and the bar
        // chart, made once, shows the new counts in place.
        Overview recounted = overview();
        recounted.entities.removeFirst();
        view.setOverview(recounted);
        QCOMPARE(view.trendChartView()->chart(), trend);
        QCOMPARE(view.barChartView()->chart(), bars);
        QVERIFY(!view.shownEntities().contains(u"Taiwan Semiconductor Manufacturing Company"_s));
        QCOMPARE(view.shownEntities().first(), u"Nvidia Corporation"_s);
        QCOMPARE(view.barLabels().first().left(6), u"Nvidia"_s);
        const auto *series = qobject_cast<QAbstractBarSeries *>(bars->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().first()->count(), view.shownEntities().size());
        // top bar last (bars draw bottom-up): Nvidia's 28 articles
        QCOMPARE(series->barSets().first()->at(series->barSets().first()->count() - 1), 28.0);
        // A changed trend (one month's count, then another entity) is drawn again.
        Overview moved = recounted;
        moved.trend.articles.last() += 5;
        view.setOverview(moved);
        QVERIFY(view.trendChartView()->chart() != trend);
        trend = view.trendChartView()->chart();
        Overview other = moved;
        other.trend.entity = u"Huawei Technologies"_s;
        view.setOverview(other);
        QVERIFY(view.trendChartView()->chart() != trend);
        QCOMPARE(view.trendChartView()->chart()->series().first()->name(), u"Huawei Technologies"_s);
    }

    void trendLinesAreToldApart()
    {
        EntityChartView view;
        view.resize(420, 700);
        view.setOverview(overview());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChart *chart = view.trendChartView()->chart();
        QSet<QRgb> colours;
        QSet<int> dashes;
        QStringList names;
        const auto series = chart->series();
        QCOMPARE(series.size(), 4);
        for (QAbstractSeries *s : series) {
            auto *line = qobject_cast<QLineSeries *>(s);
            QVERIFY(line);
            colours.insert(line->pen().color().rgb());
            dashes.insert(int(line->pen().style()));
            names.append(line->name());
        }
        QCOMPARE(colours.size(), 4);
        QCOMPARE(dashes.size(), 4);
        QCOMPARE(names.first(), u"Nvidia Corporation"_s);
        // The legend names every line, in order, after a sample of the line in its colour.
        QVERIFY(view.trendLegend()->isVisible());
        const QString legend = view.trendLegend()->text();
        qsizetype at = 0;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const qsizetype name = legend.indexOf(names.at(i).toHtmlEscaped().replace(u' ', u"&nbsp;"_s), at);
            QVERIFY2(name > at, qPrintable(names.at(i)));
            const QColor colour = qobject_cast<QLineSeries *>(series.at(i))->pen().color();
            QVERIFY(legend.lastIndexOf(colour.name(), name) >= at);
            at = name;
        }
        // Names are not cut to fit: the legend wraps instead.
        QVERIFY(view.trendLegend()->wordWrap());
        saveScreenshot(&view, u"entity-trend.png"_s);
    }
};

QTEST_MAIN(TestEntityChartView)
#include "tst_entitychartview.moc"
