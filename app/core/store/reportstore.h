// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/report.h"

#include <QList>
#include <optional>

namespace casebook {

class SqliteDatabase;

/// The reports of a casebook (format 7) on a connection it does not own: the writer's for changes, a reader's for
/// reading. A report is saved whole: its sections and items are replaced in one savepoint, so a report is either as
/// it was or as it is now, never half. Throws CasebookError, naming the report, when a request cannot be met.
class ReportStore
{
public:
    explicit ReportStore(SqliteDatabase &db);

    /// Every report by name, without sections (for lists).
    QList<Report> reports() const;
    /// The whole report, or nullopt when there is none of that name (compared without case).
    std::optional<Report> report(const QString &name) const;
    std::optional<Report> report(qint64 id) const;
    /// Saves a new report (id 0) or replaces the one with its id; returns it as stored, with ids. Refuses an empty
    /// name or one another report has.
    Report save(const Report &report);
    void remove(const QString &name);

private:
    std::optional<Report> load(qint64 id) const;
    SqliteDatabase &m_db;
};

} // namespace casebook
