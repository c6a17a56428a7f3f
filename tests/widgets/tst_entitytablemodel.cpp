// SPDX-License-Identifier: GPL-3.0-or-later
// The entity table's model and the sorting proxy the table view puts over it, under QAbstractItemModelTester.
#include "entities/entitytablemodel.h"
#include "entities/entitytableview.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
EntityCount entity(const QString &name, EntityType type, qint64 articles, qint64 mentions,
                   const QStringList &aliases = {})
{
    EntityCount e;
    e.name = name;
    e.type = type;
    e.articles = articles;
    e.mentions = mentions;
    e.aliases = aliases;
    return e;
}
} // namespace

class TestEntityTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resetsAndSortsThroughTheViewsProxy()
    {
        EntityTableModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        EntityTableView view(&model);
        QAbstractItemModel *proxy = view.model();
        QVERIFY(proxy != &model);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);

        model.setEntities({ entity(u"DeepSeek"_s, EntityType::Organisation, 9, 40, { u"深度求索"_s }),
                            entity(u"Liang Wenfeng"_s, EntityType::Person, 4, 11, { u"Liang"_s, u"梁文锋"_s }),
                            entity(u"Hangzhou"_s, EntityType::Place, 12, 15) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, EntityTableModel::AliasesColumn).data().toString(), u"Liang, 梁文锋"_s);
        QCOMPARE(model.index(1, 0).data(EntityTableModel::AliasesRole).toStringList().size(), 2);
        // The view sorts by articles, most first, on numbers rather than their text (12 > 9).
        QCOMPARE(proxy->index(0, EntityTableModel::NameColumn).data().toString(), u"Hangzhou"_s);
        view.sortByColumn(EntityTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, EntityTableModel::NameColumn).data().toString(), u"DeepSeek"_s);

        // Sums of money carry their value, and sort by it within a currency ($30M < $1.4trn, whatever the text).
        model.setEntities({ entity(u"$1.4trn"_s, EntityType::Money, 1, 1), entity(u"$30M"_s, EntityType::Money, 1, 1),
                            entity(u"380亿元"_s, EntityType::Money, 1, 1),
                            entity(u"Kimi"_s, EntityType::Product, 1, 1) });
        QCOMPARE(model.index(0, EntityTableModel::ValueColumn).data().toString(), u"1.4 trillion USD"_s);
        QCOMPARE(model.index(1, EntityTableModel::ValueColumn).data().toString(), u"30 million USD"_s);
        QCOMPARE(model.index(2, EntityTableModel::ValueColumn).data().toString(), u"38 billion CNY"_s);
        QVERIFY(model.index(3, EntityTableModel::ValueColumn).data().isNull());
        view.sortByColumn(EntityTableModel::ValueColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, EntityTableModel::NameColumn).data().toString(), u"$1.4trn"_s);
        QCOMPARE(proxy->index(1, EntityTableModel::NameColumn).data().toString(), u"$30M"_s);

        model.setEntities({ entity(u"Kimi"_s, EntityType::Product, 2, 3) });
        QCOMPARE(proxy->rowCount(), 1);
        model.setEntities({});
        QCOMPARE(proxy->rowCount(), 0);
        QCOMPARE(model.entityAt(0), nullptr);
    }
};

QTEST_MAIN(TestEntityTableModel)
#include "tst_entitytablemodel.moc"
