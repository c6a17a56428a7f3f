// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/overview.h"

#include <QAbstractTableModel>

namespace casebook {

/// Entities with their aliases and counts, for the table where the analyst merges, renames, retypes and rejects.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// ValueColumn: a sum of money read as a number with its currency (MoneyValue), so sums sort by size.
    enum Column { NameColumn, TypeColumn, ArticlesColumn, MentionsColumn, AliasesColumn, ValueColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, NameRole, AliasesRole };

    explicit EntityTableModel(QObject *parent = nullptr);
    void setEntities(const QList<EntityCount> &entities);
    const EntityCount *entityAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Rows drag into the report composer as report items (ReportItemMime).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EntityCount> m_entities;
};

} // namespace casebook
