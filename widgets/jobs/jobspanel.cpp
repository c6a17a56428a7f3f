// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobspanel.h"

#include "jobsmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// Draws the progress column as a progress bar.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int percent = index.data(JobsModel::ProgressRole).toInt();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = percent < 0 ? 0 : 100; // 0..0 is the busy indicator
        bar.progress = std::max(0, percent);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};
} // namespace

JobsPanel::JobsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new JobsModel(this))
    , m_table(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_failures(new QListWidget(this))
{
    setObjectName(u"jobsPanel"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(JobsModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(JobsModel::ProgressColumn, 180);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT cancelRequested(current.data(JobsModel::JobIdRole).toULongLong());
    });
    auto updateCancel = [this] {
        const QModelIndex current = m_table->currentIndex();
        m_cancel->setEnabled(current.isValid() && current.data(JobsModel::RunningRole).toBool());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateCancel);
    connect(m_model, &JobsModel::dataChanged, this, updateCancel);

    auto *jobsPane = new QWidget(this);
    auto *jobsLayout = new QVBoxLayout(jobsPane);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    jobsLayout->addLayout(buttons);

    auto *failuresPane = new QWidget(this);
    auto *failuresLayout = new QVBoxLayout(failuresPane);
    failuresLayout->setContentsMargins(0, 0, 0, 0);
    failuresLayout->addWidget(new QLabel(tr("Files not imported, and why:"), this));
    failuresLayout->addWidget(m_failures, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(jobsPane);
    splitter->addWidget(failuresPane);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);
}

void JobsPanel::updateJob(const JobStatus &job)
{
    m_model->update(job);
    if (!m_table->currentIndex().isValid() && job.state == JobStatus::State::Running)
        m_table->setCurrentIndex(m_model->index(0, 0));
    if (!job.failures.isEmpty())
        refreshFailures();
}

void JobsPanel::clear()
{
    m_model->clear();
    m_failures->clear();
    m_cancel->setEnabled(false);
}

void JobsPanel::refreshFailures()
{
    m_failures->clear();
    for (const auto &failure : m_model->failures())
        m_failures->addItem(failure.path + u" — "_s + failure.reason);
}

} // namespace casebook
