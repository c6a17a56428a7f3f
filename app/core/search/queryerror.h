// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/casebookerror.h"

namespace casebook {

/// A malformed search query: the message names the problem and its position (1-based, as the analyst counts);
/// position() is the 0-based QString offset of the offending character, for a GUI to place the cursor.
class QueryError : public CasebookError
{
public:
    QueryError(const QString &problem, int position)
        : CasebookError(problem + QStringLiteral(" (at position ") + QString::number(position + 1) + QLatin1Char(')'))
        , m_position(position)
        , m_problem(problem)
    { }
    int position() const noexcept { return m_position; }
    const QString &problem() const noexcept { return m_problem; }
    void raise() const override { throw *this; }
    QueryError *clone() const override { return new QueryError(*this); }

private:
    int m_position = 0;
    QString m_problem;
};

} // namespace casebook
