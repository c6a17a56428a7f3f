// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytableview.h"

#include "entitycolors.h"
#include "entitytablemodel.h"
#include "layout/columnfitter.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace casebook {

EntityTableView::EntityTableView(EntityTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(u"entityTable"_s);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(EntityTableModel::SortRole);
    setModel(proxy);
    setSortingEnabled(true);
    sortByColumn(EntityTableModel::ArticlesColumn, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false); // a long name elides on its row rather than doubling the row
    verticalHeader()->hide();
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(EntityTableModel::TypeColumn, 100);
    header->resizeSection(EntityTableModel::AliasesColumn, 160);
    for (const int count : { EntityTableModel::ArticlesColumn, EntityTableModel::MentionsColumn })
        header->resizeSection(count, std::max(60, header->sectionSizeHint(count)));
    // The names stretch and elide; in a narrow dock the aliases, then the types, make way for the counts.
    new ColumnFitter(this, header, EntityTableModel::NameColumn, 100,
                     { EntityTableModel::AliasesColumn, EntityTableModel::TypeColumn });
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString name = nameAt(index);
        if (!name.isEmpty())
            Q_EMIT entityActivated(name);
    });
}

QString EntityTableView::nameAt(const QModelIndex &index) const
{
    return index.isValid()
        ? index.siblingAtColumn(EntityTableModel::NameColumn).data(EntityTableModel::NameRole).toString()
        : QString();
}

void EntityTableView::request(EntityDecision::Action action, const QString &subject, const QString &target)
{
    EntityDecision decision;
    decision.action = action;
    decision.subject = subject;
    decision.target = target;
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT decisionRequested(decision);
}

void EntityTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex current = indexAt(event->pos());
    const QString name = nameAt(current);
    if (name.isEmpty())
        return;
    QStringList others;
    for (const QModelIndex &row : selectionModel()->selectedRows())
        if (nameAt(row) != name)
            others.append(nameAt(row));

    QMenu menu(this);
    menu.addAction(tr("Filter by “%1”").arg(name), this, [this, name] { Q_EMIT entityActivated(name); });
    if (m_readOnly) {
        menu.exec(event->globalPos());
        return;
    }
    menu.addSeparator();
    if (!others.isEmpty()) {
        menu.addAction(tr("Merge %n selected into “%1”", nullptr, int(others.size())).arg(name), this,
                       [this, name, others] {
                           for (const QString &other : others)
                               request(EntityDecision::Action::Merge, other, name);
                       });
    }
    menu.addAction(tr("Rename…"), this, [this, name] {
        bool ok = false;
        const QString renamed = QInputDialog::getText(this, tr("Rename entity"), tr("New name for “%1”:").arg(name),
                                                      QLineEdit::Normal, name, &ok);
        if (ok && !renamed.trimmed().isEmpty() && renamed.trimmed() != name)
            request(EntityDecision::Action::Rename, name, renamed.trimmed());
    });
    QMenu *retype = menu.addMenu(tr("Change type"));
    for (const EntityType type : allEntityTypes())
        retype->addAction(entityTypeLabel(type), this,
                          [this, name, type] { request(EntityDecision::Action::Retype, name, entityTypeName(type)); });
    const QStringList aliases = current.siblingAtColumn(0).data(EntityTableModel::AliasesRole).toStringList();
    if (!aliases.isEmpty()) {
        QMenu *split = menu.addMenu(tr("Split off alias"));
        for (const QString &alias : aliases)
            split->addAction(alias, this, [this, alias] { request(EntityDecision::Action::Split, alias); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reject “%1” (not an entity)").arg(name), this,
                   [this, name] { request(EntityDecision::Action::Reject, name); });
    menu.exec(event->globalPos());
}

} // namespace casebook
