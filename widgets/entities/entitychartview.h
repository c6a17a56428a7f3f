// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/overview.h"

#include <QWidget>

class QChartView;
class QComboBox;

namespace casebook {

/// Top entities of a type as bars (by articles or by mentions, within the current filter), and below them the
/// first filtered entity over time with the entities it appears with most. Clicking a bar adds that entity to
/// the filter.
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

Q_SIGNALS:
    void entityClicked(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildBars();
    void rebuildTrend();

    QComboBox *m_type = nullptr;
    QComboBox *m_measure = nullptr;
    QChartView *m_bars = nullptr;
    QChartView *m_trend = nullptr;
    Overview m_overview;
    QStringList m_shown;
};

} // namespace casebook
