// SPDX-License-Identifier: GPL-3.0-or-later
// The jobs panel's model, checked by QAbstractItemModelTester while jobs start, progress and end.
#include "jobs/jobsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
JobStatus job(quint64 id, const QString &title, qint64 done, qint64 total)
{
    JobStatus status;
    status.id = id;
    status.title = title;
    status.done = done;
    status.total = total;
    status.started = QDateTime::currentDateTimeUtc();
    return status;
}
} // namespace

class TestJobsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstUpdatedInPlace()
    {
        JobsModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        QCOMPARE(model.rowCount(), 0);

        model.update(job(1, u"Import"_s, 0, 0)); // total not known yet
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JobsModel::ProgressColumn).data(JobsModel::ProgressRole).toInt(), -1);
        model.update(job(2, u"Analysis"_s, 0, 10));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, JobsModel::TitleColumn).data().toString(), u"Analysis"_s);
        QCOMPARE(model.index(0, 0).data(JobsModel::JobIdRole).toULongLong(), 2u);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.update(job(2, u"Analysis"_s, 5, 10));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, JobsModel::ProgressColumn).data().toString(), u"5 / 10"_s);
        QCOMPARE(model.index(0, 0).data(JobsModel::ProgressRole).toInt(), 50);

        JobStatus failed = job(1, u"Import"_s, 3, 4);
        failed.state = JobStatus::State::Failed;
        failed.summary = u"3 added, 1 failed"_s;
        failed.failures.append({ u"/in/broken.txt"_s, u"not text"_s });
        model.update(failed);
        QCOMPARE(model.index(1, JobsModel::StatusColumn).data().toString(), u"failed — 3 added, 1 failed"_s);
        QCOMPARE(model.index(1, 0).data(JobsModel::RunningRole).toBool(), false);
        QCOMPARE(model.failures().size(), 1);
        QVERIFY(!model.index(0, 0).parent().isValid());
        QCOMPARE(model.jobAt(2), nullptr);
    }
};

QTEST_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
