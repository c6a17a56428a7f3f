// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytablemodel.h"

#include "entitycolors.h"
#include "reports/reportitemmime.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace casebook {

EntityTableModel::EntityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EntityTableModel::setEntities(const QList<EntityCount> &entities)
{
    beginResetModel();
    m_entities = entities;
    endResetModel();
}

const EntityCount *EntityTableModel::entityAt(int row) const
{
    return row >= 0 && row < m_entities.size() ? &m_entities.at(row) : nullptr;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    const EntityCount *entity = index.isValid() ? entityAt(index.row()) : nullptr;
    if (!entity)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entity->name;
        case TypeColumn:
            return entityTypeSingularLabel(entity->type);
        case ArticlesColumn:
            return entity->articles;
        case MentionsColumn:
            return entity->mentions;
        case AliasesColumn:
            return entity->aliases.join(u", "_s);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case ArticlesColumn:
            return entity->articles;
        case MentionsColumn:
            return entity->mentions;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DecorationRole:
        if (index.column() == TypeColumn)
            return entityColor(entity->type);
        break;
    case NameRole:
        return entity->name;
    case AliasesRole:
        return entity->aliases;
    }
    return {};
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case TypeColumn:
        return tr("Type");
    case ArticlesColumn:
        return tr("Articles");
    case MentionsColumn:
        return tr("Mentions");
    case AliasesColumn:
        return tr("Also called");
    }
    return {};
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList EntityTableModel::mimeTypes() const
{
    return { QString::fromLatin1(ReportItemMime::mimeType) };
}

QMimeData *EntityTableModel::mimeData(const QModelIndexList &indexes) const
{
    return ReportItemMime::encodeRows(indexes, [this](int row) {
        ReportItem item;
        item.kind = ReportItem::Kind::Entity;
        item.caption = m_entities.at(row).name;
        return item;
    });
}

} // namespace casebook
