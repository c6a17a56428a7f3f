// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>
#include <cmath>

namespace casebook {

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QColor grid = text;
    grid.setAlpha(40);
    chart->setBackgroundBrush(base);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setTitleBrush(text);
    }
}

void setCountTicks(QValueAxis *axis, double highest)
{
    const double top = std::max(1.0, std::ceil(highest));
    // 1, 2, 5, 10, 20, 50, … : the smallest step that gives at most five intervals.
    double step = 1;
    for (double magnitude = 1;; magnitude *= 10) {
        if (top / magnitude <= 5) {
            step = magnitude;
            break;
        }
        if (top / (2 * magnitude) <= 5) {
            step = 2 * magnitude;
            break;
        }
        if (top / (5 * magnitude) <= 5) {
            step = 5 * magnitude;
            break;
        }
    }
    // Qt Charts lays out the ticks of each state the axis passes through: a range set under a much smaller step (1,
    // from a chart that counted a few articles) first creates one tick item per unit, 34,000 of them and a minute's
    // stall for a million articles. So a larger step goes in before the range, a smaller one after it.
    const bool wider = axis->tickType() != QValueAxis::TicksDynamic || step >= axis->tickInterval();
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    if (wider)
        axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top / step) * step);
    if (!wider)
        axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace casebook
