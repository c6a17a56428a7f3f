// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/overview.h"

#include <QChartView>
#include <QDate>

class QAreaSeries;
class QCategoryAxis;
class QFontMetricsF;
class QGraphicsRectItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace casebook {

/// A labelled tick on the timeline's date axis: always on a calendar boundary (a day, a Monday, the first of a
/// month, the first of January).
struct TimelineTick
{
    QDate date;
    QString label;
    friend bool operator==(const TimelineTick &a, const TimelineTick &b)
    {
        return a.date == b.date && a.label == b.label;
    }
};

/// Articles and dated events over time. Bars count articles per bin (day, week, month or year, chosen from the
/// visible range); events are points above them that show their sentence on hover and open their article on
/// click. Drag to brush a date range, wheel to zoom from decades to days, double-click to see everything,
/// Escape or right-click to drop the brush.
class TimelineView : public QChartView
{
    Q_OBJECT

public:
    enum class Bin { Day, Week, Month, Year };

    explicit TimelineView(QWidget *parent = nullptr);

    void setData(const QList<QDate> &articleDates, const QList<TimelineEvent> &events);
    /// Shows the filter's date range as a shaded band (invalid dates: none).
    void setBrushedRange(const QDate &from, const QDate &to);
    void setVisibleRange(const QDate &from, const QDate &to);
    void resetZoom();

    Bin bin() const { return m_bin; }
    QDate visibleFrom() const { return m_viewFrom; }
    QDate visibleTo() const { return m_viewTo; }
    /// Articles per bin as drawn, for tests and tooltips: bin start → count.
    QMap<QDate, int> binnedCounts() const;
    /// Where a date is drawn, in widget coordinates (for tests that brush with the mouse).
    QPoint positionOf(const QDate &date) const;

    static Bin binFor(qint64 visibleDays);
    static QDate binStart(const QDate &date, Bin bin);
    static QDate nextBin(const QDate &start, Bin bin);
    /// Ticks for the visible range [from, to] drawn `plotWidth` pixels wide: the finest calendar unit (days,
    /// weeks, months, quarters, years, decades, …) whose labels, measured with `metrics`, do not crowd each
    /// other. Labels name the unit ("2025", "Feb 2025", "3 Feb") and are never repeated.
    static QList<TimelineTick> axisTicks(const QDate &from, const QDate &to, qreal plotWidth,
                                         const QFontMetricsF &metrics);
    /// The ticks on the axis now (for tests).
    QList<TimelineTick> ticks() const { return m_ticks; }

Q_SIGNALS:
    void rangeBrushed(const QDate &from, const QDate &to);
    void brushCleared();
    void eventActivated(qint64 articleId, qsizetype offset);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateBand();
    void updateTicks();
    QDate dateAt(const QPointF &widgetPosition) const;
    void onEventHovered(const QPointF &point, bool state);
    void onEventClicked(const QPointF &point);
    const TimelineEvent *eventNear(const QPointF &value) const;

    QList<QDate> m_dates;
    QList<TimelineEvent> m_events;
    QDate m_dataFrom;
    QDate m_dataTo;
    QDate m_viewFrom;
    QDate m_viewTo;
    QDate m_brushFrom;
    QDate m_brushTo;
    Bin m_bin = Bin::Month;

    QLineSeries *m_upper = nullptr;
    QAreaSeries *m_bars = nullptr;
    QScatterSeries *m_eventPoints = nullptr;
    QCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QList<TimelineTick> m_ticks;
    QGraphicsRectItem *m_band = nullptr;
    QGraphicsRectItem *m_dragBand = nullptr;
    std::optional<QPointF> m_dragStart;
};

} // namespace casebook
