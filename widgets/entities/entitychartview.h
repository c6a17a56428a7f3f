// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/overview.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QLabel;
class QValueAxis;

namespace casebook {

/// Top entities of a type as bars (by articles or by mentions, within the current filter), and below them the
/// first filtered entity over time with the entities it appears with most. Clicking a bar adds that entity to
/// the filter. Each name is written above its bar across the chart's width, so a narrow dock shows fewer bars
/// rather than names cut to "…".
class EntityChartView : public QWidget
{
    Q_OBJECT

public:
    explicit EntityChartView(QWidget *parent = nullptr);

    void setOverview(const Overview &overview);
    /// Names in the bar chart, top first (for tests).
    QStringList shownEntities() const { return m_shown; }
    /// Where a bar is drawn, in this widget's coordinates.
    QPoint barPosition(int index) const;
    QChartView *barChartView() const { return m_bars; }
    QChartView *trendChartView() const { return m_trend; }
    /// The trend chart's legend: a sample of each line and its name, wrapped onto as many rows as the dock needs
    /// (QLegend keeps to one row and cuts names to a few letters in a narrow dock).
    QLabel *trendLegend() const { return m_trendLegend; }
    /// The names as drawn above the bars, top first (elided to the chart's width when they must be).
    QStringList barLabels() const;
    /// How many bars fit the chart's height with a readable name above each (at most 12).
    int barsThatFit() const;

Q_SIGNALS:
    void entityClicked(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void makeBarChart();
    void rebuildBars();
    void rebuildTrend();
    void placeBarLabels();

    QComboBox *m_type = nullptr;
    QComboBox *m_measure = nullptr;
    QChartView *m_bars = nullptr;
    QChartView *m_trend = nullptr;
    QLabel *m_trendLegend = nullptr;
    Overview m_overview;
    QStringList m_shown;
    QList<QGraphicsSimpleTextItem *> m_barLabels; ///< top first, owned by the bar chart
    // the bar chart's parts, made once (makeBarChart) and owned by it
    QBarSet *m_barSet = nullptr;
    QHorizontalBarSeries *m_barSeries = nullptr;
    QBarCategoryAxis *m_barCategories = nullptr;
    QValueAxis *m_barValues = nullptr;
    int m_fitted = 0; ///< barsThatFit() when the bars were built
    int m_trendWidth = 0; ///< the trend chart's width when its ticks were placed
};

} // namespace casebook
