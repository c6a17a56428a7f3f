// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/casebookerror.h"

namespace casebook {

/// A malformed search query. Positions follow one convention everywhere (CLI, search bar, tests):
/// - position() is the 0-based QString offset, in the query as typed, of the character at fault (the unclosed
///   "(", the stray ")", the opening quote, the operator without a term, the field, the bad value);
/// - message() is problem() plus " (at position N)" with N = position() + 1, counting characters from 1 as the
///   analyst does, so `(a` says "at position 1" and the cursor goes before that "(".
/// A position of -1 means the problem is not in the typed query (SearchRequest::filter); message() is then the
/// problem alone.
class QueryError : public CasebookError
{
public:
    QueryError(const QString &problem, int position)
        : CasebookError(position < 0 ? problem
                                     : problem + QStringLiteral(" (at position ") + QString::number(position + 1)
                                + QLatin1Char(')'))
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
