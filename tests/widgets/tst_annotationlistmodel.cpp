// SPDX-License-Identifier: GPL-3.0-or-later
// The Annotations dock's model and panel: checked by QAbstractItemModelTester, narrowed by text, activating a row
// names its article and passage.
#include "annotations/annotationlistmodel.h"
#include "annotations/annotationspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
Annotation annotation(qint64 id, qint64 article, const QString &quote, const QString &note, const QStringList &tags,
                      bool orphaned = false)
{
    Annotation a;
    a.id = id;
    a.articleId = article;
    a.start = 10 * id;
    a.end = 10 * id + quote.size();
    a.quote = quote;
    a.content = { note, tags, u"green"_s };
    a.orphaned = orphaned;
    return a;
}
} // namespace

class TestAnnotationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelAndPanel()
    {
        AnnotationListModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        AnnotationsPanel panel(&model);
        new QAbstractItemModelTester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        model.setAnnotations({ annotation(1, 7, u"the model drafts notes"_s, u"check the figure"_s, { u"claims"_s }),
                               annotation(2, 8, u"医院表示"_s, u"中文批注"_s, { u"health"_s }),
                               annotation(3, 7, u"gone passage"_s, u"kept"_s, {}, true) });
        model.setArticleTitles({ { 7, u"Hospitals in Hangzhou"_s }, { 8, u"杭州医院"_s } });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, AnnotationListModel::ArticleColumn).data().toString(), u"Hospitals in Hangzhou"_s);
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(u"Orphaned"_s));
        QVERIFY(model.index(2, 0).data(AnnotationListModel::OrphanedRole).toBool());

        panel.setFilterText(u"claims"_s); // a tag
        QCOMPARE(panel.proxy()->rowCount(), 1);
        panel.setFilterText(u"杭州"_s); // an article title
        QCOMPARE(panel.proxy()->rowCount(), 1);
        panel.setFilterText(u"KEPT"_s); // a note, without case
        QCOMPARE(panel.proxy()->rowCount(), 1);
        panel.setFilterText({});
        QCOMPARE(panel.proxy()->rowCount(), 3);

        QSignalSpy activated(&panel, &AnnotationsPanel::annotationActivated);
        const QModelIndex chinese = panel.proxy()->mapFromSource(model.index(1, 0));
        Q_EMIT panel.view()->activated(chinese);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), 8);
        QCOMPARE(activated.first().at(1).toLongLong(), 20);
        QCOMPARE(activated.first().at(2).toLongLong(), 24);

        model.setAnnotations({});
        QCOMPARE(panel.proxy()->rowCount(), 0);
    }

    void tagColourAndTimelineRangeNarrowTheList()
    {
        AnnotationListModel model;
        AnnotationsPanel panel(&model);
        Annotation yellow = annotation(4, 9, u"older passage"_s, {}, { u"Health"_s });
        yellow.content.color = u"yellow"_s;
        model.setAnnotations({ annotation(1, 7, u"the model drafts notes"_s, {}, { u"claims"_s, u"health"_s }),
                               annotation(2, 8, u"医院表示"_s, {}, { u"health"_s }), yellow,
                               annotation(3, 10, u"undated article"_s, {}, { u"claims"_s }) });
        model.setArticleDates({ { 7, QDate(2025, 2, 26) }, { 8, QDate(2025, 3, 4) }, { 9, QDate(2024, 5, 1) } });
        panel.setTags({ { u"claims"_s, {}, 2 }, { u"health"_s, u"green"_s, 3 } });
        auto *tagChoice = panel.findChildren<QComboBox *>().at(0);
        QCOMPARE(tagChoice->count(), 3); // any, claims, health
        tagChoice->setCurrentIndex(2);
        Q_EMIT tagChoice->activated(2);
        QCOMPARE(panel.proxy()->rowCount(), 3); // tags compare without case: "Health" too
        // Brushing February to March 2025 on the timeline.
        panel.setDateRange(QDate(2025, 2, 1), QDate(2025, 3, 31));
        QCOMPARE(panel.proxy()->rowCount(), 2);
        panel.setDateRange({}, {});
        auto *colourChoice = panel.findChildren<QComboBox *>().at(1);
        colourChoice->setCurrentIndex(colourChoice->findData(u"yellow"_s));
        Q_EMIT colourChoice->activated(colourChoice->currentIndex());
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QCOMPARE(panel.proxy()->index(0, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong(), 4);
        // A tag that is renamed away stops narrowing the list.
        panel.setTags({ { u"claims"_s, {}, 2 } });
        QCOMPARE(tagChoice->currentIndex(), 0);
    }
};

QTEST_MAIN(TestAnnotationListModel)
#include "tst_annotationlistmodel.moc"
