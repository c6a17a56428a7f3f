// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/backgroundjob.h"

#include <QAbstractTableModel>

namespace casebook {

/// Background jobs (imports, analysis runs), newest first, updated in place as they report progress.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ProgressColumn, TimeColumn, StatusColumn, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 1, JobIdRole, RunningRole };

    explicit JobsModel(QObject *parent = nullptr);
    void update(const JobStatus &job);
    /// Forgets every job (another casebook was opened).
    void clear();
    const JobStatus *jobAt(int row) const;
    QList<JobStatus::Failure> failures() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobStatus> m_jobs;
};

} // namespace casebook
