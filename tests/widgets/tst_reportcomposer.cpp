// SPDX-License-Identifier: GPL-3.0-or-later
// The report composer: items dropped in from the other lists, reordered by dragging or the arrow buttons, the
// analyst's words saved a moment after typing, and one save per pause rather than per keystroke.
#include "annotations/annotationlistmodel.h"
#include "entities/entitytablemodel.h"
#include "reports/reportcomposer.h"
#include "reports/reportitemmime.h"
#include "reports/reportoutlinemodel.h"

#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

Report twoSections()
{
    Report report;
    report.id = 4;
    report.name = u"brief"_s;
    report.title = u"A brief"_s;
    ReportItem first;
    first.kind = ReportItem::Kind::Annotation;
    first.refId = 1;
    first.caption = u"first quote"_s;
    ReportItem second = first;
    second.refId = 2;
    second.caption = u"second quote"_s;
    report.sections = { ReportSection { 0, u"One"_s, {}, { first, second } }, ReportSection { 0, u"Two"_s, {}, {} } };
    return report;
}

} // namespace

class TestReportComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annotationRowsDropInAsReportItems()
    {
        AnnotationListModel annotations;
        Annotation a;
        a.id = 12;
        a.articleId = 3;
        a.quote = u"模型将扩大使用"_s;
        annotations.setAnnotations({ a });
        std::unique_ptr<QMimeData> mime(annotations.mimeData({ annotations.index(0, 0), annotations.index(0, 2) }));
        QVERIFY(mime);
        const QList<ReportItem> items = ReportItemMime::decode(mime.get());
        QCOMPARE(items.size(), 1); // two cells of one row: one item
        QCOMPARE(items.first().kind, ReportItem::Kind::Annotation);
        QCOMPARE(items.first().refId, 12);
        QCOMPARE(items.first().caption, u"模型将扩大使用"_s);

        ReportOutlineModel outline;
        outline.setReport(twoSections());
        QSignalSpy edited(&outline, &ReportOutlineModel::reportEdited);
        const QModelIndex two = outline.index(1, 0);
        QVERIFY(outline.canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, two));
        QVERIFY(outline.dropMimeData(mime.get(), Qt::CopyAction, -1, 0, two));
        QCOMPARE(outline.report().sections.at(1).items.size(), 1);
        QCOMPARE(outline.report().sections.at(1).items.first().refId, 12);
        QCOMPARE(edited.count(), 1);
        // Items go into sections, never onto another item.
        QVERIFY(!outline.canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, outline.index(0, 0, outline.index(0, 0))));
    }

    void entityRowsCarryTheName()
    {
        EntityTableModel entities;
        EntityCount count;
        count.name = u"DeepSeek"_s;
        entities.setEntities({ count });
        std::unique_ptr<QMimeData> mime(entities.mimeData({ entities.index(0, 0) }));
        const QList<ReportItem> items = ReportItemMime::decode(mime.get());
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, ReportItem::Kind::Entity);
        QCOMPARE(items.first().caption, u"DeepSeek"_s);
    }

    void itemsAndSectionsMove()
    {
        ReportOutlineModel outline;
        outline.setReport(twoSections());
        // Drag the second item of "One" above the first.
        std::unique_ptr<QMimeData> drag(outline.mimeData({ outline.index(1, 0, outline.index(0, 0)) }));
        outline.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, outline.index(0, 0));
        QCOMPARE(outline.report().sections.at(0).items.at(0).caption, u"second quote"_s);
        // Drag it into section "Two".
        drag.reset(outline.mimeData({ outline.index(0, 0, outline.index(0, 0)) }));
        outline.dropMimeData(drag.get(), Qt::MoveAction, -1, 0, outline.index(1, 0));
        QCOMPARE(outline.report().sections.at(0).items.size(), 1);
        QCOMPARE(outline.report().sections.at(1).items.first().caption, u"second quote"_s);
        // Sections move with the arrows, their items with them.
        const QModelIndex moved = outline.moveNode(outline.index(1, 0), -1);
        QCOMPARE(moved.row(), 0);
        QCOMPARE(outline.report().sections.at(0).heading, u"Two"_s);
        QCOMPARE(outline.report().sections.at(0).items.first().caption, u"second quote"_s);
        // Removing an item takes it out of the report only.
        outline.removeNode(outline.index(0, 0, outline.index(0, 0)));
        QCOMPARE(outline.report().sections.at(0).items.size(), 0);
        QCOMPARE(outline.rowCount(outline.index(1, 0)), 1);
    }

    void typingIsSavedOnceAfterAPause()
    {
        ReportComposer composer;
        composer.resize(500, 600);
        composer.show();
        composer.setReport(twoSections());
        QSignalSpy saves(&composer, &ReportComposer::saveRequested);
        QTreeView *tree = composer.outlineView();
        tree->setCurrentIndex(composer.outline()->index(0, 0, composer.outline()->index(0, 0)));
        auto *commentary = composer.findChildren<QPlainTextEdit *>().last();
        QVERIFY(commentary->isVisibleTo(&composer));
        QTest::keyClicks(commentary, u"Doubtful figure."_s);
        QCOMPARE(saves.count(), 0); // not per keystroke
        QTRY_COMPARE_WITH_TIMEOUT(saves.count(), 1, 3000);
        const Report saved = saves.first().first().value<Report>();
        QCOMPARE(saved.sections.at(0).items.at(0).commentary, u"Doubtful figure."_s);
        QCOMPARE(saved.id, 4);
        // A pending save is made at once before an export or a switch of report.
        QTest::keyClicks(commentary, u" Check it."_s);
        composer.flushPendingSave();
        QCOMPARE(saves.count(), 2);
    }

    void nothingToEditWithoutAReport()
    {
        ReportComposer composer;
        QVERIFY(!composer.hasReport());
        QVERIFY(!composer.outlineView()->isEnabled());
        QSignalSpy saves(&composer, &ReportComposer::saveRequested);
        composer.addItems({ ReportItem {} });
        QCOMPARE(composer.outline()->rowCount(), 0);
        QCOMPARE(saves.count(), 0);
    }
};

QTEST_MAIN(TestReportComposer)
#include "tst_reportcomposer.moc"
