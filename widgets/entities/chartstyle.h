// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;
class QPalette;
class QValueAxis;

namespace casebook {

/// Gives a chart the colours of the widget palette (light or dark) instead of QtCharts' own theme.
void applyPalette(QChart *chart, const QPalette &palette);
/// Whole-number ticks for a count axis from 0 to `highest`, about five of them.
void setCountTicks(QValueAxis *axis, double highest);

} // namespace casebook
