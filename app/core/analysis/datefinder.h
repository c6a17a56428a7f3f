// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateexpression.h"
#include "tokenizer.h"

#include <QList>

namespace casebook {

/// Finds English and Chinese date expressions and resolves them against an anchor (the article's publication
/// date). Absolute dates with a year resolve without an anchor; relative ones ("last month", "On Monday",
/// "January 20", "去年5月", "昨天") need an anchor at least as precise as the result and stay unresolved otherwise.
///
/// Conventions (documented in docs/analysis.md): the span leaves out prepositions ("in", "on", "since") but keeps
/// modifiers ("last December", "May last year", "2 days ago"); a month or day without a year is the nearest one
/// (up to two months after the anchor, otherwise in the past); a weekday is the latest such day on or before the
/// anchor ("last Monday" is the Monday of the previous calendar week); "last week" is the anchor minus seven days; "N
/// units after/later/before/earlier" is relative to another event and stays unresolved.
namespace DateFinder {
QList<DateExpression> find(QStringView text, const PublicationDate &anchor);
/// The same, reusing tokens from Tokenizer::tokenize(text).
QList<DateExpression> find(QStringView text, const QList<Token> &tokens, const PublicationDate &anchor);
} // namespace DateFinder

} // namespace casebook
