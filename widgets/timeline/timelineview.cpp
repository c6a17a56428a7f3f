// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "entities/chartstyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
qreal toX(const QDate &date)
{
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QDate fromX(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date();
}

constexpr qint64 minimumVisibleDays = 7;

enum class TickUnit { Day, Week, Month, Year };

struct TickStep
{
    TickUnit unit;
    int count; ///< days, weeks, months or years between ticks
};

// From fine to coarse; months and years step so that January and round years stay on the axis.
constexpr TickStep tickSteps[]
    = { { TickUnit::Day, 1 },   { TickUnit::Week, 1 },   { TickUnit::Week, 2 },  { TickUnit::Month, 1 },
        { TickUnit::Month, 2 }, { TickUnit::Month, 3 },  { TickUnit::Month, 6 }, { TickUnit::Year, 1 },
        { TickUnit::Year, 2 },  { TickUnit::Year, 5 },   { TickUnit::Year, 10 }, { TickUnit::Year, 20 },
        { TickUnit::Year, 50 }, { TickUnit::Year, 100 }, { TickUnit::Year, 500 } };

// The first boundary of the step on or after `from`.
QDate firstTick(const QDate &from, TickStep step)
{
    switch (step.unit) {
    case TickUnit::Day:
        return from;
    case TickUnit::Week:
        return from.addDays((8 - from.dayOfWeek()) % 7); // the first Monday
    case TickUnit::Month: {
        QDate month(from.year(), from.month(), 1);
        if (month < from)
            month = month.addMonths(1);
        while ((month.month() - 1) % step.count != 0)
            month = month.addMonths(1);
        return month;
    }
    case TickUnit::Year: {
        int year = from.year() + (QDate(from.year(), 1, 1) < from ? 1 : 0);
        while (year % step.count != 0)
            ++year;
        return QDate(year, 1, 1);
    }
    }
    return from;
}

QDate nextTick(const QDate &tick, TickStep step)
{
    switch (step.unit) {
    case TickUnit::Day:
        return tick.addDays(step.count);
    case TickUnit::Week:
        return tick.addDays(7 * step.count);
    case TickUnit::Month:
        return tick.addMonths(step.count);
    case TickUnit::Year:
        return tick.addYears(step.count);
    }
    return tick.addDays(1);
}

// Tick formats (QDate patterns) are the translator's: "d MMM" reads "30 Sep"; Chinese wants "M月d日".
QString tickFormat(TickUnit unit, bool withYear)
{
    if (unit == TickUnit::Month)
        return withYear ? QCoreApplication::translate("casebook::TimelineView", "MMM yyyy", "tick: month and year")
                        : QCoreApplication::translate("casebook::TimelineView", "MMM", "tick: month");
    return withYear ? QCoreApplication::translate("casebook::TimelineView", "d MMM yyyy", "tick: day, month and year")
                    : QCoreApplication::translate("casebook::TimelineView", "d MMM", "tick: day and month");
}

// Short labels name the year only where it changes ("Nov", "Dec", "Jan 2026"); if that would repeat a label
// (a range longer than a year), every label carries its year.
QStringList tickLabels(const QList<QDate> &dates, TickUnit unit)
{
    const QLocale locale;
    QStringList labels;
    if (unit == TickUnit::Year) {
        for (const QDate &date : dates)
            labels.append(QString::number(date.year()));
        return labels;
    }
    const QString shortFormat = tickFormat(unit, false);
    const QString longFormat = tickFormat(unit, true);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const bool newYear = i == 0 || dates.at(i).year() != dates.at(i - 1).year();
        labels.append(locale.toString(dates.at(i), newYear ? longFormat : shortFormat));
    }
    if (QSet<QString>(labels.cbegin(), labels.cend()).size() != labels.size()) {
        labels.clear();
        for (const QDate &date : dates)
            labels.append(locale.toString(date, longFormat));
    }
    return labels;
}

constexpr qreal labelGap = 14; // pixels between neighbouring labels
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"timeline"_s);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(160);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    m_upper = new QLineSeries(chart);
    m_bars = new QAreaSeries(m_upper);
    m_bars->setName(tr("Articles"));
    m_bars->setColor(QColor(74, 122, 176, 190));
    m_bars->setBorderColor(QColor(44, 82, 126));
    m_eventPoints = new QScatterSeries(chart);
    m_eventPoints->setName(tr("Dated events"));
    m_eventPoints->setMarkerSize(9);
    m_eventPoints->setColor(QColor(214, 96, 41));
    m_eventPoints->setBorderColor(Qt::white);
    chart->addSeries(m_bars);
    chart->addSeries(m_eventPoints);

    // Ticks on calendar boundaries, placed by hand: QDateTimeAxis spaces its ticks evenly, so they fall mid-month.
    m_axisX = new QCategoryAxis(chart);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(u"%d"_s);
    m_axisY->setMinorTickCount(0);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    setChart(chart);

    m_band = new QGraphicsRectItem(chart);
    m_band->setBrush(QColor(242, 177, 52, 70));
    m_band->setPen(QPen(QColor(242, 177, 52), 1));
    m_band->setZValue(20);
    m_band->hide();
    m_dragBand = new QGraphicsRectItem(chart);
    m_dragBand->setBrush(QColor(100, 100, 100, 50));
    m_dragBand->setPen(Qt::NoPen);
    m_dragBand->setZValue(21);
    m_dragBand->hide();

    connect(m_eventPoints, &QScatterSeries::hovered, this, &TimelineView::onEventHovered);
    connect(m_eventPoints, &QScatterSeries::clicked, this, &TimelineView::onEventClicked);
    connect(chart, &QChart::plotAreaChanged, this, &TimelineView::updateBand);
    connect(chart, &QChart::plotAreaChanged, this, &TimelineView::updateTicks);
    applyPalette(chart, palette());
    rebuild();
}

TimelineView::Bin TimelineView::binFor(qint64 visibleDays)
{
    if (visibleDays <= 92)
        return Bin::Day;
    if (visibleDays <= 2 * 366)
        return Bin::Week;
    if (visibleDays <= 10 * 366)
        return Bin::Month;
    return Bin::Year;
}

QDate TimelineView::binStart(const QDate &date, Bin bin)
{
    switch (bin) {
    case Bin::Day:
        return date;
    case Bin::Week:
        return date.addDays(1 - date.dayOfWeek()); // weeks start on Monday
    case Bin::Month:
        return QDate(date.year(), date.month(), 1);
    case Bin::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate TimelineView::nextBin(const QDate &start, Bin bin)
{
    switch (bin) {
    case Bin::Day:
        return start.addDays(1);
    case Bin::Week:
        return start.addDays(7);
    case Bin::Month:
        return start.addMonths(1);
    case Bin::Year:
        return start.addYears(1);
    }
    return start.addDays(1);
}

QList<TimelineTick> TimelineView::axisTicks(const QDate &from, const QDate &to, qreal plotWidth,
                                            const QFontMetricsF &metrics)
{
    QList<TimelineTick> fallback;
    const qint64 days = from.daysTo(to);
    if (!from.isValid() || !to.isValid() || days <= 0)
        return {};
    for (const TickStep step : tickSteps) {
        QList<QDate> dates;
        for (QDate tick = firstTick(from, step); tick.isValid() && tick <= to; tick = nextTick(tick, step)) {
            dates.append(tick);
            if (dates.size() > 2000)
                break; // far too many for any width; a coarser step will do
        }
        // Neighbours need at least a year's width apart: skip steps that cannot fit before measuring labels.
        if (dates.size() > 2000
            || qreal(dates.size() - 1) * (metrics.horizontalAdvance(u"0000"_s) + labelGap) > plotWidth)
            continue;
        // QtCharts drops a label that would stick out of the plot, so a tick too near either end is left out
        // (before labelling: the first label shown names the year).
        const QString widest = step.unit == TickUnit::Year ? u"0000"_s
            : step.unit == TickUnit::Month ? QLocale().toString(QDate(2000, 9, 1), tickFormat(step.unit, true))
                                           : QLocale().toString(QDate(2000, 9, 30), tickFormat(step.unit, true));
        const qreal halfLabel = metrics.horizontalAdvance(widest) / 2;
        dates.removeIf([&](const QDate &date) {
            const qreal x = plotWidth * qreal(from.daysTo(date)) / qreal(days);
            return x < halfLabel - 2 || x > plotWidth - halfLabel + 2;
        });
        const QStringList labels = tickLabels(dates, step.unit);
        QList<TimelineTick> ticks;
        bool fits = true;
        for (qsizetype i = 0; i < dates.size(); ++i) {
            ticks.append({ dates.at(i), labels.at(i) });
            if (i > 0) {
                const qreal apart = plotWidth * qreal(dates.at(i - 1).daysTo(dates.at(i))) / qreal(days);
                const qreal needed
                    = (metrics.horizontalAdvance(labels.at(i - 1)) + metrics.horizontalAdvance(labels.at(i))) / 2
                    + labelGap;
                fits = fits && apart >= needed;
            }
        }
        if (fits && !ticks.isEmpty())
            return ticks;
        if (!ticks.isEmpty())
            fallback = ticks; // the coarsest with any tick, for a chart too narrow for all of them
    }
    return fallback.mid(0, 1);
}

void TimelineView::setData(const QMap<QDate, qint64> &articlesPerDay, const QMap<QDate, qint64> &eventsPerDay)
{
    m_articlesPerDay = articlesPerDay;
    m_eventsPerDay = eventsPerDay;
    m_eventTotal = 0;
    for (const qint64 count : eventsPerDay)
        m_eventTotal += count;
    m_eventRequest.reset(); // its answer would be about the data before
    // The view opens on the articles; events far outside them (a target year, a founding date) are reached by
    // zooming out, so they do not squeeze every bar into one.
    QDate first = m_articlesPerDay.isEmpty() ? QDate() : m_articlesPerDay.firstKey();
    QDate last = m_articlesPerDay.isEmpty() ? QDate() : m_articlesPerDay.lastKey();
    if (!first.isValid() && !m_eventsPerDay.isEmpty()) {
        first = m_eventsPerDay.firstKey();
        last = m_eventsPerDay.lastKey();
    }
    const bool keepZoom
        = m_dataFrom.isValid() && m_viewFrom.isValid() && (m_viewFrom != m_dataFrom || m_viewTo != m_dataTo);
    m_dataFrom = first.isValid() ? binStart(first, Bin::Month) : QDate::currentDate().addYears(-1);
    m_dataTo = last.isValid() ? binStart(last, Bin::Month).addMonths(1) : QDate::currentDate();
    if (!keepZoom) {
        m_viewFrom = m_dataFrom;
        m_viewTo = m_dataTo;
    }
    rebuild();
}

void TimelineView::setVisibleRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_viewFrom = std::min(from, to);
    m_viewTo = std::max(from, to);
    if (m_viewFrom.daysTo(m_viewTo) < minimumVisibleDays)
        m_viewTo = m_viewFrom.addDays(minimumVisibleDays);
    rebuild();
}

void TimelineView::resetZoom()
{
    m_viewFrom = m_dataFrom;
    m_viewTo = m_dataTo;
    rebuild();
}

void TimelineView::setBrushedRange(const QDate &from, const QDate &to)
{
    m_brushFrom = from;
    m_brushTo = to;
    updateBand();
}

QMap<QDate, int> TimelineView::binnedCounts() const
{
    QMap<QDate, int> counts;
    for (auto it = m_articlesPerDay.lowerBound(m_viewFrom); it != m_articlesPerDay.cend() && it.key() < m_viewTo; ++it)
        counts[binStart(it.key(), m_bin)] += int(it.value());
    return counts;
}

void TimelineView::rebuild()
{
    m_bin = binFor(m_viewFrom.daysTo(m_viewTo));
    const QMap<QDate, int> counts = binnedCounts();

    // A stepped outline: each bin is a flat top from its start to the next bin's start.
    QList<QPointF> outline;
    int highest = 1;
    for (QDate start = binStart(m_viewFrom, m_bin); start < m_viewTo; start = nextBin(start, m_bin)) {
        const int count = counts.value(start);
        highest = std::max(highest, count);
        const QDate end = nextBin(start, m_bin);
        outline.append({ toX(start), 0 });
        outline.append({ toX(start), qreal(count) });
        outline.append({ toX(end), qreal(count) });
        outline.append({ toX(end), 0 });
    }
    m_upper->replace(outline);

    const qreal eventLane = highest * 1.12 + 0.5;
    // One point per day at most, and per bin once there are many: a hundred thousand events must not become a
    // hundred thousand points for the GUI thread to draw. Hovering a point lists the events it stands for.
    const Bin pointBin = eventBin();
    QList<QPointF> points;
    QDate lastPoint;
    for (auto it = m_eventsPerDay.lowerBound(m_viewFrom); it != m_eventsPerDay.cend() && it.key() < m_viewTo; ++it) {
        const QDate start = binStart(it.key(), pointBin);
        if (start == lastPoint)
            continue;
        lastPoint = start;
        points.append({ toX(pointBin == Bin::Day ? it.key() : start), eventLane });
    }
    m_eventPoints->replace(points);

    m_axisX->setRange(toX(m_viewFrom), toX(m_viewTo));
    updateTicks();
    setCountTicks(m_axisY, eventLane + 0.6);
    // (The palette is applied when it changes, in changeEvent: applied again here, it restyled every item of the
    // chart on each filter change. A title set anew lays the whole chart out again, even when it reads the same.)
    static const char *const binNames[]
        = { QT_TR_NOOP("day"), QT_TR_NOOP("week"), QT_TR_NOOP("month"), QT_TR_NOOP("year") };
    const QString title = tr("Articles per %1 and dated events · drag to filter, wheel to zoom, double-click for all")
                              .arg(tr(binNames[int(m_bin)]));
    if (chart()->title() != title)
        chart()->setTitle(title);
    updateBand();
}

void TimelineView::updateTicks()
{
    const qreal width = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : qreal(this->width() - 60);
    const QList<TimelineTick> ticks = axisTicks(m_viewFrom, m_viewTo, width, QFontMetricsF(m_axisX->labelsFont()));
    if (ticks == m_ticks && m_axisX->count() == ticks.size())
        return; // also ends the loop: new labels change the plot area, which asks for ticks again
    m_ticks = ticks;
    const QStringList old = m_axisX->categoriesLabels();
    for (const QString &label : old)
        m_axisX->remove(label);
    // A label sits on its category's upper end: each category ends at its tick. The first starts just before the
    // view so a tick on its left edge still gets a category of its own.
    m_axisX->setStartValue(toX(m_viewFrom) - 1);
    for (const TimelineTick &tick : std::as_const(m_ticks))
        m_axisX->append(tick.label, toX(tick.date));
}

void TimelineView::updateBand()
{
    if (!m_brushFrom.isValid() && !m_brushTo.isValid()) {
        m_band->hide();
        return;
    }
    const QRectF plot = chart()->plotArea();
    const QDate from = m_brushFrom.isValid() ? std::max(m_brushFrom, m_viewFrom) : m_viewFrom;
    const QDate to = m_brushTo.isValid() ? std::min(m_brushTo.addDays(1), m_viewTo) : m_viewTo;
    if (from >= to) {
        m_band->hide();
        return;
    }
    const qreal left = chart()->mapToPosition({ toX(from), 0 }, m_bars).x();
    const qreal right = chart()->mapToPosition({ toX(to), 0 }, m_bars).x();
    m_band->setRect(QRectF(QPointF(std::max(left, plot.left()), plot.top()),
                           QPointF(std::min(right, plot.right()), plot.bottom())));
    m_band->show();
}

QDate TimelineView::dateAt(const QPointF &widgetPosition) const
{
    const QPointF scenePosition = mapToScene(widgetPosition.toPoint());
    const QPointF chartPosition = chart()->mapFromScene(scenePosition);
    return fromX(chart()->mapToValue(chartPosition, m_bars).x());
}

QPoint TimelineView::positionOf(const QDate &date) const
{
    const QPointF chartPosition = chart()->mapToPosition({ toX(date), 0 }, m_bars);
    const QPointF scenePosition = chart()->mapToScene(chartPosition);
    QPoint point = mapFromScene(scenePosition);
    point.setY(int(chart()->mapToScene(chart()->plotArea().center()).y()));
    return point;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(inChart)) {
        m_dragStart = event->position();
        m_dragBand->setRect({});
        m_dragBand->show();
    } else if (event->button() == Qt::RightButton) {
        Q_EMIT brushCleared();
    }
    QChartView::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragStart) {
        const QRectF plot = chart()->plotArea();
        const qreal a = chart()->mapFromScene(mapToScene(m_dragStart->toPoint())).x();
        const qreal b = chart()->mapFromScene(mapToScene(event->position().toPoint())).x();
        m_dragBand->setRect(QRectF(QPointF(std::clamp(std::min(a, b), plot.left(), plot.right()), plot.top()),
                                   QPointF(std::clamp(std::max(a, b), plot.left(), plot.right()), plot.bottom())));
    }
    QChartView::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStart && event->button() == Qt::LeftButton) {
        const QPointF start = *m_dragStart;
        m_dragStart.reset();
        m_dragBand->hide();
        if (std::abs(event->position().x() - start.x()) >= 4) { // a click is not a brush
            QDate from = dateAt(start);
            QDate to = dateAt(event->position());
            if (from > to)
                std::swap(from, to);
            // Snap to whole bins: a brushed range means "these bars".
            from = binStart(std::max(from, m_viewFrom), m_bin);
            to = nextBin(binStart(std::min(to, m_viewTo.addDays(-1)), m_bin), m_bin).addDays(-1);
            Q_EMIT rangeBrushed(from, to);
        }
    }
    QChartView::mouseReleaseEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    QChartView::mouseDoubleClickEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QDate pivot = dateAt(event->position());
    const double factor = event->angleDelta().y() > 0 ? 0.75 : 1.0 / 0.75;
    const qint64 before = m_viewFrom.daysTo(pivot);
    const qint64 after = pivot.daysTo(m_viewTo);
    QDate from = pivot.addDays(-qint64(std::llround(before * factor)));
    QDate to = pivot.addDays(qint64(std::llround(after * factor)));
    // Zoom out as far as the events reach (and a margin), in no further than a week.
    QDate outerFrom = m_dataFrom.addYears(-2);
    QDate outerTo = m_dataTo.addYears(2);
    if (!m_eventsPerDay.isEmpty()) {
        outerFrom = std::min(outerFrom, m_eventsPerDay.firstKey().addYears(-1));
        outerTo = std::max(outerTo, m_eventsPerDay.lastKey().addYears(1));
    }
    from = std::max(from, outerFrom);
    to = std::min(to, outerTo);
    if (from.daysTo(to) >= minimumVisibleDays)
        setVisibleRange(from, to);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT brushCleared();
        return;
    }
    QChartView::keyPressEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette(chart(), palette());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateBand();
}

TimelineView::Bin TimelineView::eventBin() const
{
    return m_eventTotal > 400 ? m_bin : Bin::Day;
}

QDate TimelineView::eventDayNear(const QPointF &value) const
{
    if (m_eventsPerDay.isEmpty())
        return {};
    const QDate date = fromX(value.x());
    // The nearest day with events (the earlier on a tie): a walk over the days, a few thousand at most.
    QDate nearest;
    qint64 nearestDistance = std::numeric_limits<qint64>::max();
    for (auto it = m_eventsPerDay.cbegin(); it != m_eventsPerDay.cend(); ++it) {
        const qint64 distance = std::abs(it.key().daysTo(date));
        if (distance < nearestDistance) {
            nearest = it.key();
            nearestDistance = distance;
        }
    }
    return nearest;
}

std::pair<QDate, QDate> TimelineView::eventSpan(const QDate &day) const
{
    const QDate start = binStart(day, eventBin());
    return { start, nextBin(start, eventBin()) };
}

qint64 TimelineView::eventsIn(const QDate &from, const QDate &before) const
{
    qint64 count = 0;
    for (auto it = m_eventsPerDay.lowerBound(from); it != m_eventsPerDay.cend() && it.key() < before; ++it)
        count += it.value();
    return count;
}

void TimelineView::onEventHovered(const QPointF &point, bool state)
{
    if (!state) {
        if (m_eventRequest && !m_eventRequest->open)
            m_eventRequest.reset();
        QToolTip::hideText();
        return;
    }
    const QDate day = eventDayNear(point);
    if (!day.isValid())
        return;
    const auto [from, before] = eventSpan(day);
    m_eventRequest = EventRequest { from, before, false };
    Q_EMIT eventsWanted(from, before);
}

void TimelineView::onEventClicked(const QPointF &point)
{
    const QDate day = eventDayNear(point);
    if (!day.isValid())
        return;
    const auto [from, before] = eventSpan(day);
    m_eventRequest = EventRequest { from, before, true };
    Q_EMIT eventsWanted(from, before);
}

void TimelineView::showEvents(const QDate &from, const QDate &before, const QList<TimelineEvent> &events)
{
    if (!m_eventRequest || m_eventRequest->from != from || m_eventRequest->before != before)
        return; // asked for a point no longer hovered, or for data since replaced
    const bool open = m_eventRequest->open;
    m_eventRequest.reset();
    if (events.isEmpty())
        return;
    if (open) {
        Q_EMIT eventActivated(events.first());
        return;
    }
    QStringList lines;
    for (const TimelineEvent &event : events.mid(0, eventsListed)) {
        QString sentence = event.sentence;
        if (sentence.size() > 200)
            sentence = sentence.left(199) + u'…';
        lines.append(u"<b>%1</b> — “%2”<br/>%3"_s.arg(event.date.toString(Qt::ISODate), event.phrase.toHtmlEscaped(),
                                                      sentence.toHtmlEscaped()));
    }
    const qint64 more = eventsIn(from, before) - std::min<qint64>(events.size(), eventsListed);
    if (more > 0)
        lines.append(tr("… and %n more event(s)", nullptr, int(more)));
    QToolTip::showText(QCursor::pos(), lines.join(u"<br/>"_s), this);
}

} // namespace casebook
