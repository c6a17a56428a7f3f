// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/overview.h"

#include <QChartView>
#include <QDate>

class QAreaSeries;
class QDateTimeAxis;
class QGraphicsRectItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace casebook {

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
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QGraphicsRectItem *m_band = nullptr;
    QGraphicsRectItem *m_dragBand = nullptr;
    std::optional<QPointF> m_dragStart;
};

} // namespace casebook
