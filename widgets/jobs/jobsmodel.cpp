// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsmodel.h"

using namespace Qt::StringLiterals;

namespace casebook {

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobsModel::update(const JobStatus &job)
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == job.id) {
            m_jobs[row] = job;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_jobs.prepend(job);
    endInsertRows();
}

void JobsModel::clear()
{
    if (m_jobs.isEmpty())
        return;
    beginResetModel();
    m_jobs.clear();
    endResetModel();
}

const JobStatus *JobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

QList<JobStatus::Failure> JobsModel::failures() const
{
    QList<JobStatus::Failure> all;
    for (const JobStatus &job : m_jobs)
        all.append(job.failures);
    return all;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    const JobStatus *job = index.isValid() ? jobAt(index.row()) : nullptr;
    if (!job)
        return {};
    const bool running = job->state == JobStatus::State::Running;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return job->title;
        case ProgressColumn:
            return job->total > 0 ? u"%1 / %2"_s.arg(job->done).arg(job->total) : QString();
        case TimeColumn: {
            if (!running)
                return job->started.toLocalTime().toString(u"HH:mm:ss"_s);
            const qint64 left = job->secondsLeft();
            return left < 0 ? tr("estimating…") : tr("%1 s left").arg(left);
        }
        case StatusColumn:
            switch (job->state) {
            case JobStatus::State::Running:
                return job->detail.isEmpty() ? tr("running") : job->detail;
            case JobStatus::State::Finished:
                return job->summary;
            case JobStatus::State::Canceled:
                return job->summary.isEmpty() ? tr("cancelled") : tr("cancelled — %1").arg(job->summary);
            case JobStatus::State::Failed:
                return tr("failed — %1").arg(job->summary);
            }
        }
        break;
    case ProgressRole:
        return job->total > 0 ? int(job->done * 100 / job->total) : (running ? -1 : 100);
    case JobIdRole:
        return job->id;
    case RunningRole:
        return running;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case ProgressColumn:
        return tr("Progress");
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace casebook
