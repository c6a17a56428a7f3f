// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/backgroundjob.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableView;

namespace casebook {

class JobsModel;

/// Every background job with its progress, time left and a cancel button, and the files that failed with
/// their reasons.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(QWidget *parent = nullptr);
    void updateJob(const JobStatus &job);
    /// Forgets the jobs and failures shown (another casebook was opened).
    void clear();
    JobsModel *model() const { return m_model; }

Q_SIGNALS:
    void cancelRequested(quint64 jobId);

private:
    void refreshFailures();

    JobsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_cancel = nullptr;
    QListWidget *m_failures = nullptr;
};

} // namespace casebook
