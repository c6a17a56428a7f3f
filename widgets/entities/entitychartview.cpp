// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitychartview.h"

#include "chartstyle.h"
#include "entitycolors.h"
#include "timeline/timelineview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr int mostBars = 12;
constexpr int fewestBars = 3;
constexpr qreal barThickness = 0.42; // of a row; the rest holds the name above the bar

// Lines told apart by colour and by dash (for print and colour blindness); colours after Okabe and Ito's
// colour-blind-safe set. The first is the entity itself, drawn thicker.
struct LineStyle
{
    QColor color;
    Qt::PenStyle dash;
    const char16_t *sample; ///< the line as the legend writes it
};
const LineStyle lineStyles[] = { { QColor(0, 114, 178), Qt::SolidLine, u"━━━" },
                                 { QColor(213, 94, 0), Qt::DashLine, u"╺━╸╺━╸" },
                                 { QColor(0, 158, 115), Qt::DotLine, u"┅┅" },
                                 { QColor(204, 121, 167), Qt::DashDotLine, u"━·━·" },
                                 { QColor(230, 159, 0), Qt::DashDotDotLine, u"━··━··" } };
} // namespace

EntityChartView::EntityChartView(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_bars(new QChartView(this))
    , m_trend(new QChartView(this))
    , m_trendLegend(new QLabel(this))
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
    // Small minimums, so the dock fits a laptop screen beside the timeline: a short chart shows fewer bars, and
    // drops their names before it drops bars.
    m_bars->setMinimumSize(120, 130);
    m_trend->setObjectName(u"entityTrend"_s);
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumSize(120, 100);
    m_bars->installEventFilter(this);
    m_trend->installEventFilter(this);
    m_trendLegend->setObjectName(u"entityTrendLegend"_s);
    m_trendLegend->setWordWrap(true);
    m_trendLegend->setTextFormat(Qt::RichText);
    m_trendLegend->setContentsMargins(6, 0, 6, 2);

    for (QComboBox *combo : { m_type, m_measure }) {
        // As narrow as the dock needs: "Products and models" may elide rather than widen the window.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_type, 1);
    controls->addWidget(m_measure);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(controls);
    layout->addWidget(m_bars, 3);
    layout->addWidget(m_trend, 2);
    layout->addWidget(m_trendLegend);
    rebuildBars();
    rebuildTrend();
}

void EntityChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (m_barSet)
            applyPalette(m_bars->chart(), palette());
        rebuildBars();
        rebuildTrend();
    }
}

bool EntityChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_bars && barsThatFit() != m_fitted)
            rebuildBars();
        else if (watched == m_trend && std::abs(m_trend->width() - m_trendWidth) > 20)
            rebuildTrend(); // ticks for the new width
    }
    return QWidget::eventFilter(watched, event);
}

int EntityChartView::barsThatFit() const
{
    const QFontMetrics metrics(font());
    // A row is a bar and the gap above it, which holds the name (a line and a little air).
    const int row = int(std::ceil((metrics.lineSpacing() + 3) / (1 - barThickness)));
    // The room above the top bar and the value axis take about three lines of the chart's height.
    const int available = m_bars->height() - 3 * metrics.lineSpacing() - 20;
    return std::clamp(available / row, fewestBars, mostBars);
}

QStringList EntityChartView::barLabels() const
{
    QStringList labels;
    for (const QGraphicsSimpleTextItem *item : m_barLabels)
        labels.append(item->text());
    return labels;
}

namespace {

bool sameTrend(const EntityTrend &a, const EntityTrend &b)
{
    if (a.entity != b.entity || a.months != b.months || a.articles != b.articles
        || a.companions.size() != b.companions.size())
        return false;
    for (qsizetype i = 0; i < a.companions.size(); ++i)
        if (a.companions.at(i).name != b.companions.at(i).name
            || a.companions.at(i).articles != b.companions.at(i).articles)
            return false;
    return true;
}

} // namespace

void EntityChartView::setOverview(const Overview &overview)
{
    // A new chart costs the GUI thread 20-30 ms in QtCharts (items made, the scene's update): the trend is drawn
    // again only when it changed, which a filter without an entity (its trend empty before and after) never does.
    const bool trendChanged = !sameTrend(overview.trend, m_overview.trend);
    m_overview = overview;
    rebuildBars();
    if (trendChanged)
        rebuildTrend();
}

void EntityChartView::makeBarChart()
{
    // Made once; a filter change replaces the bars' values and names in place. A new QChart each time cost the GUI
    // thread 20-45 ms (its items made and styled, the scene laid out anew), the largest part of a redraw.
    auto *chart = new QChart;
    chart->legend()->hide();
    m_barSet = new QBarSet(QString());
    m_barSeries = new QHorizontalBarSeries(chart);
    m_barSeries->append(m_barSet);
    m_barSeries->setBarWidth(barThickness);
    chart->addSeries(m_barSeries);
    // The names are not axis labels: QtCharts squeezes a left axis to a sliver in a narrow dock and cuts every
    // label to "…". Written above their bars they get the whole width of the plot.
    m_barCategories = new QBarCategoryAxis(chart);
    m_barCategories->setLabelsVisible(false);
    m_barCategories->setGridLineVisible(false);
    m_barValues = new QValueAxis(chart);
    m_barValues->setLabelFormat(u"%d"_s);
    chart->addAxis(m_barCategories, Qt::AlignLeft);
    chart->addAxis(m_barValues, Qt::AlignBottom);
    m_barSeries->attachAxis(m_barCategories);
    m_barSeries->attachAxis(m_barValues);
    connect(m_barSeries, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
        const int fromTop = int(m_shown.size()) - 1 - index;
        if (fromTop >= 0 && fromTop < m_shown.size())
            Q_EMIT entityClicked(m_shown.at(fromTop));
    });
    applyPalette(chart, palette());
    connect(chart, &QChart::plotAreaChanged, this, &EntityChartView::placeBarLabels);
    QChart *old = m_bars->chart();
    m_bars->setChart(chart);
    delete old;
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
    m_fitted = barsThatFit();
    top = top.mid(0, m_fitted);

    if (!m_barSet)
        makeBarChart();
    QChart *chart = m_bars->chart();
    // Room above the top bar for its name.
    chart->setMargins(QMargins(2, 2 + QFontMetrics(font()).height(), 2, 2));
    // No title in the chart: the combo boxes above say what it shows, and the top bar's name needs the room.
    m_bars->setToolTip(tr("Top %1 %2").arg(entityTypeLabel(type).toLower(), m_measure->currentText()));
    m_barSet->setLabel(entityTypeLabel(type));
    m_barSet->setColor(entityColor(type).darker(115));
    QList<qreal> values;
    QStringList names;
    // Horizontal bars draw bottom-up: add the largest last so it sits on top.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        values.append(qreal(byMentions ? it->mentions : it->articles));
        names.append(it->name);
    }
    m_barSet->remove(0, m_barSet->count());
    m_barSet->append(values);
    m_shown.clear();
    for (const EntityCount &entity : std::as_const(top))
        m_shown.append(entity.name);
    m_barCategories->clear();
    m_barCategories->append(names.isEmpty() ? QStringList { tr("(no entities in this filter)") } : names);
    qDeleteAll(m_barLabels); // the chart's items: deleting takes them out of its scene
    m_barLabels.clear();
    const QStringList labelTexts = names.isEmpty() ? QStringList { tr("(no entities in this filter)") } : m_shown;
    for (const QString &text : labelTexts) {
        auto *label = new QGraphicsSimpleTextItem(text, chart);
        label->setFont(font());
        label->setBrush(palette().color(QPalette::Text));
        label->setZValue(30);
        label->setData(0, text);
        m_barLabels.append(label);
    }
    qreal highest = 1;
    for (const qreal value : std::as_const(values))
        highest = std::max(highest, value);
    setCountTicks(m_barValues, highest);
    placeBarLabels();
}

void EntityChartView::placeBarLabels()
{
    QChart *chart = m_bars->chart();
    const auto series = chart->series();
    if (series.isEmpty() || m_barLabels.isEmpty())
        return;
    const QRectF plot = chart->plotArea();
    const int rows = int(std::max<qsizetype>(1, m_shown.size()));
    const qreal rowHeight = plot.height() / rows;
    const QFontMetricsF metrics(font());
    // Too short a chart for a name between the bars: the bars stay, the names go (a click still filters).
    const bool roomForNames = m_shown.isEmpty() || rowHeight * (1 - barThickness) >= metrics.height() - 2;
    for (int i = 0; i < m_barLabels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_barLabels.at(i);
        label->setVisible(roomForNames);
        // Elide by width, not characters: a Chinese name is twice as wide as a Latin one.
        label->setText(metrics.elidedText(label->data(0).toString(), Qt::ElideRight, plot.width() - 6));
        const qreal centre = chart->mapToPosition(QPointF(0, rows - 1 - i), series.first()).y();
        const qreal barTop = m_shown.isEmpty() ? centre : centre - rowHeight * barThickness / 2;
        label->setPos(plot.left() + 3, barTop - metrics.height() - 1);
    }
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
    chart->legend()->hide(); // m_trendLegend instead
    QStringList legend;
    if (trend.entity.isEmpty() || trend.months.isEmpty()) {
        chart->setTitle(tr("Click an entity to see it over time"));
        chart->legend()->hide();
    } else {
        chart->setTitle(tr("%1 over time, and who appears with it").arg(trend.entity));
        auto *axisX = new QCategoryAxis(chart);
        axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        auto *axisY = new QValueAxis(chart);
        axisY->setLabelFormat(u"%d"_s);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        int highest = 1;
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        int lineIndex = 0;
        auto addLine = [&](const QString &name, const QList<int> &counts, int width) {
            auto *line = new QLineSeries(chart);
            line->setName(name);
            for (int i = 0; i < trend.months.size(); ++i) {
                line->append(qreal(trend.months.at(i).startOfDay(Qt::UTC).toMSecsSinceEpoch()), counts.value(i));
                highest = std::max(highest, counts.value(i));
            }
            const LineStyle &style = lineStyles[lineIndex++ % std::size(lineStyles)];
            const QColor colour = dark ? style.color.lighter(135) : style.color;
            line->setPen(QPen(colour, width, style.dash, Qt::RoundCap, Qt::RoundJoin));
            // Non-breaking: a sample stays with its name when the legend wraps.
            // A short name stays on one row too.
            QString shownName = name.toHtmlEscaped();
            if (name.size() <= 24)
                shownName.replace(u' ', u"&nbsp;"_s);
            legend.append(u"<span style='color:%1; font-weight:bold'>%2</span>&nbsp;%3"_s.arg(
                colour.name(), QString::fromUtf16(style.sample), shownName));
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        };
        addLine(trend.entity, trend.articles, 3);
        for (const auto &companion : trend.companions)
            addLine(companion.name, companion.articles, 2);
        const QDate from = trend.months.first();
        const QDate to = trend.months.last().addMonths(1);
        const auto x = [](const QDate &date) { return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch()); };
        axisX->setRange(x(from), x(to));
        // Ticks on month and year starts, as on the timeline.
        m_trendWidth = m_trend->width();
        axisX->setStartValue(x(from) - 1);
        const QList<TimelineTick> ticks
            = TimelineView::axisTicks(from, to, m_trendWidth - 60, QFontMetricsF(axisX->labelsFont()));
        for (const TimelineTick &tick : ticks)
            axisX->append(tick.label, x(tick.date));
        setCountTicks(axisY, highest);
    }
    m_trendLegend->setText(legend.join(u" &nbsp; "_s));
    m_trendLegend->setVisible(!legend.isEmpty());
    applyPalette(chart, palette());
    QChart *old = m_trend->chart();
    m_trend->setChart(chart);
    delete old;
}

} // namespace casebook
