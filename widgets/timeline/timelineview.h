// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/overview.h"

#include <QChartView>
#include <QDate>
#include <QMap>
#include <optional>
#include <utility>

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
/// click. The view holds counts per day only: the events of a point are asked for (eventsWanted) when it is
/// hovered or clicked, and come back through showEvents(). Drag to brush a date range, wheel to zoom from decades to
/// days, double-click to see everything, Escape or right-click to drop the brush.
class TimelineView : public QChartView
{
    Q_OBJECT

public:
    enum class Bin { Day, Week, Month, Year };

    explicit TimelineView(QWidget *parent = nullptr);

    /// Articles and resolved events per day (a month or a year counted on its first day).
    void setData(const QMap<QDate, qint64> &articlesPerDay, const QMap<QDate, qint64> &eventsPerDay);
    /// The events asked for by eventsWanted(from, before) (the first few of them): shown as a tooltip when the
    /// point is still hovered, or the first opened (eventActivated) when it was clicked. Others are dropped.
    void showEvents(const QDate &from, const QDate &before, const QList<TimelineEvent> &events);
    /// How many events the tooltip lists before "… and n more".
    static constexpr int eventsListed = 5;
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
    /// The events of a point hovered or clicked are wanted: those dated from `from` up to (not including) `before`,
    /// at most eventsListed.
    void eventsWanted(const QDate &from, const QDate &before);
    void eventActivated(const casebook::TimelineEvent &event);

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
    /// The day with events nearest a point's value, or an invalid date when there are none.
    QDate eventDayNear(const QPointF &value) const;
    /// The span a point stands for: a day, or the visible bin once there are many events.
    std::pair<QDate, QDate> eventSpan(const QDate &day) const;
    Bin eventBin() const;
    qint64 eventsIn(const QDate &from, const QDate &before) const;

    QMap<QDate, qint64> m_articlesPerDay;
    QMap<QDate, qint64> m_eventsPerDay;
    qint64 m_eventTotal = 0;
    /// The events asked for and not yet shown: their span, and whether they were clicked (else hovered).
    struct EventRequest
    {
        QDate from;
        QDate before;
        bool open = false;
    };
    std::optional<EventRequest> m_eventRequest;
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
