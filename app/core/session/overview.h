// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/overview.h"
#include "session/filterstate.h"

#include <QHash>
#include <functional>
#include <memory>

namespace casebook {

class CasebookStore;

/// Every entity's name, type and aliases by id: what the overview labels its counts with. It changes only when the
/// entities are rebuilt or decided on, so the session keeps one between overviews.
using EntityNames = QHash<qint64, EntityCount>;

/// Computes an Overview from a read connection, every count aggregated by SQLite (OverviewCounts). The date range
/// of the filter narrows the entity counts but not the timeline, so brushing never empties the chart being brushed.
class OverviewQuery
{
public:
    explicit OverviewQuery(CasebookStore &store);
    /// Names read by an earlier query of the same casebook state, so they are not read again; may be null.
    void setEntityNames(std::shared_ptr<const EntityNames> names) { m_names = std::move(names); }
    /// The names the last compute() used (read by it when none were given).
    std::shared_ptr<const EntityNames> entityNames() const { return m_names; }
    /// Throws QueryError for a malformed query, CasebookError for database trouble. `isCanceled` (may be empty)
    /// is polled between steps; a canceled overview comes back with `canceled` set.
    Overview compute(const Filter &filter, const std::function<bool()> &isCanceled = {});

    /// Events dated from `from` up to (not including) `before` in the articles matching `filter` without its date
    /// range, with their sentences, at most `limit`: what the timeline shows for the point hovered or clicked.
    QList<TimelineEvent> events(const Filter &filter, const QDate &from, const QDate &before, int limit);

private:
    CasebookStore &m_store;
    std::shared_ptr<const EntityNames> m_names;
};

} // namespace casebook
