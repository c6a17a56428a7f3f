// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace casebook {

/// A half-open range [start, end) of QString (UTF-16) offsets in a text.
struct TextRange
{
    int start = 0;
    int end = 0;
    friend bool operator==(const TextRange &a, const TextRange &b) { return a.start == b.start && a.end == b.end; }
    friend bool operator!=(const TextRange &a, const TextRange &b) { return !(a == b); }
};

/// Sorts ranges and merges those that overlap or touch.
QList<TextRange> mergedRanges(QList<TextRange> ranges);

} // namespace casebook
