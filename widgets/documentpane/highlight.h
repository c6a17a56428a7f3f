// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace casebook {

/// Highlight layers, drawn bottom to top: a later layer paints over an earlier one where they overlap.
enum class HighlightLayer { Entity, Annotation, SearchHit, Selection };

/// A range of the article text in QString (UTF-16) offsets, the units every core API reports.
struct Highlight
{
    qsizetype start = 0;
    qsizetype end = 0;
    QColor color;
    QString tooltip;
};

} // namespace casebook
