// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/overview.h"
#include "session/filterstate.h"

#include <functional>

namespace casebook {

class CasebookStore;

/// Computes an Overview from a read connection. The date range of the filter narrows the entity counts but
/// not the timeline, so brushing never empties the chart being brushed.
class OverviewQuery
{
public:
    explicit OverviewQuery(CasebookStore &store);
    /// Throws QueryError for a malformed query, CasebookError for database trouble. `isCanceled` (may be empty)
    /// is polled between steps; a canceled overview comes back with `canceled` set.
    Overview compute(const Filter &filter, const std::function<bool()> &isCanceled = {});

private:
    CasebookStore &m_store;
};

} // namespace casebook
