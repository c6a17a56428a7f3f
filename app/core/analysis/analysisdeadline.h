// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>

namespace casebook {

/// How long the analysis of one article may run. The analyzer checks it between its passes; once it has passed,
/// check() throws AnalysisDeadline::Passed and the article is recorded as not analysed (too slow) rather than
/// holding up every article behind it.
class AnalysisDeadline
{
public:
    /// Thrown by check() once the time is up.
    struct Passed
    {
    };

    AnalysisDeadline() = default; ///< never passes
    explicit AnalysisDeadline(QDeadlineTimer timer)
        : m_timer(timer)
    { }

    void check() const
    {
        if (m_timer.hasExpired())
            throw Passed {};
    }

private:
    QDeadlineTimer m_timer { QDeadlineTimer::Forever };
};

} // namespace casebook
