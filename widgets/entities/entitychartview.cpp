// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitychartview.h"

#include "chartstyle.h"
#include "entitycolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr int topCount = 12;
}

EntityChartView::EntityChartView(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_bars(new QChartView(this))
    , m_trend(new QChartView(this))
{
    for (const EntityType type : allEntityTypes())
        m_type->addItem(entityTypeLabel(type), int(type));
    m_type->setCurrentIndex(1); // organisations: what this domain is about
    m_measure->addItem(tr("by articles"));
    m_measure->addItem(tr("by mentions"));
    connect(m_type, &QComboBox::currentIndexChanged, this, &EntityChartView::rebuildBars);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &EntityChartView::rebuildBars);

    m_bars->setObjectName(u"entityBars"_s);
    m_bars->setRenderHint(QPainter::Antialiasing);
    m_bars->setMinimumHeight(260);
    m_trend->setObjectName(u"entityTrend"_s);
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(170);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_type, 1);
    controls->addWidget(m_measure);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(controls);
    layout->addWidget(m_bars, 3);
    layout->addWidget(m_trend, 2);
    rebuildBars();
    rebuildTrend();
}

void EntityChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        rebuildBars();
        rebuildTrend();
    }
}

void EntityChartView::setOverview(const Overview &overview)
{
    m_overview = overview;
    rebuildBars();
    rebuildTrend();
}

void EntityChartView::rebuildBars()
{
    const auto type = EntityType(m_type->currentData().toInt());
    const bool byMentions = m_measure->currentIndex() == 1;
    QList<EntityCount> top;
    for (const EntityCount &entity : std::as_const(m_overview.entities))
        if (entity.type == type)
            top.append(entity);
    std::stable_sort(top.begin(), top.end(), [byMentions](const EntityCount &a, const EntityCount &b) {
        return byMentions ? a.mentions > b.mentions : a.articles > b.articles;
    });
    top = top.mid(0, topCount);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setTitle(tr("Top %1 %2").arg(entityTypeLabel(type).toLower(), m_measure->currentText()));
    auto *set = new QBarSet(entityTypeLabel(type));
    set->setColor(entityColor(type).darker(115));
    QStringList names;
    // Horizontal bars draw bottom-up: add the largest last so it sits on top.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        *set << qreal(byMentions ? it->mentions : it->articles);
        // Elide by width, not characters: a Chinese name is twice as wide as a Latin one.
        names.append(QFontMetrics(font()).elidedText(it->name, Qt::ElideRight, 150));
    }
    m_shown.clear();
    for (const EntityCount &entity : std::as_const(top))
        m_shown.append(entity.name);
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(names.isEmpty() ? QStringList { tr("(no entities in this filter)") } : names);
    auto *values = new QValueAxis(chart);
    values->setLabelFormat(u"%d"_s);
    qreal highest = 1;
    for (int i = 0; i < set->count(); ++i)
        highest = std::max(highest, set->at(i));
    setCountTicks(values, highest);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    const QStringList shown = m_shown;
    connect(series, &QHorizontalBarSeries::clicked, this, [this, shown](int index, QBarSet *) {
        const int fromTop = int(shown.size()) - 1 - index;
        if (fromTop >= 0 && fromTop < shown.size())
            Q_EMIT entityClicked(shown.at(fromTop));
    });
    applyPalette(chart, palette());
    QChart *old = m_bars->chart();
    m_bars->setChart(chart);
    delete old;
}

QPoint EntityChartView::barPosition(int index) const
{
    QChart *chart = m_bars->chart();
    const auto series = chart->series();
    if (series.isEmpty() || index < 0 || index >= m_shown.size())
        return {};
    const int fromBottom = int(m_shown.size()) - 1 - index;
    const QPointF value(0.5, fromBottom); // a little into the bar, at its category
    const QPointF inChart = chart->mapToPosition(value, series.first());
    const QPoint inView = m_bars->mapFromScene(chart->mapToScene(inChart));
    return m_bars->mapTo(this, inView + QPoint(6, 0));
}

void EntityChartView::rebuildTrend()
{
    const EntityTrend &trend = m_overview.trend;
    auto *chart = new QChart;
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (trend.entity.isEmpty() || trend.months.isEmpty()) {
        chart->setTitle(tr("Click an entity to see it over time with the entities it appears with"));
        chart->legend()->hide();
    } else {
        chart->setTitle(tr("%1 over time, and who appears with it").arg(trend.entity));
        auto *axisX = new QDateTimeAxis(chart);
        axisX->setFormat(u"MMM yyyy"_s);
        axisX->setTickCount(std::min<int>(6, std::max<int>(2, int(trend.months.size()))));
        auto *axisY = new QValueAxis(chart);
        axisY->setLabelFormat(u"%d"_s);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        int highest = 1;
        auto addLine = [&](const QString &name, const QList<int> &counts, int width) {
            auto *line = new QLineSeries(chart);
            line->setName(name);
            for (int i = 0; i < trend.months.size(); ++i) {
                line->append(qreal(trend.months.at(i).startOfDay(Qt::UTC).toMSecsSinceEpoch()), counts.value(i));
                highest = std::max(highest, counts.value(i));
            }
            QPen pen = line->pen();
            pen.setWidth(width);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        };
        addLine(trend.entity, trend.articles, 3);
        for (const auto &companion : trend.companions)
            addLine(companion.name, companion.articles, 1);
        axisX->setRange(trend.months.first().startOfDay(Qt::UTC), trend.months.last().addMonths(1).startOfDay(Qt::UTC));
        setCountTicks(axisY, highest);
    }
    applyPalette(chart, palette());
    QChart *old = m_trend->chart();
    m_trend->setChart(chart);
    delete old;
}

} // namespace casebook
