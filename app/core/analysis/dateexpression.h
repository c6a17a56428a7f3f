// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QString>

namespace casebook {

/// A date expression found in a text ("January 20", "last month", "去年5月") and, when it can be resolved, the
/// date it refers to. Offsets are UTF-16 code units into the text.
struct DateExpression
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    /// The date it refers to; precision None while it cannot be resolved (relative, and the article has no date;
    /// or relative to another event: "six months after the launch").
    PublicationDate resolved;
    /// The precision the expression has once resolved (day, month or year); None for "six months after ...".
    DatePrecision granularity = DatePrecision::None;
    bool relative = false; ///< needs the article's date: "last month", "On Monday", "January 20"

    qsizetype end() const { return start + length; }
};

} // namespace casebook
