// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytablemodel.h"

#include "analysis/moneyvalue.h"
#include "entitycolors.h"
#include "reports/reportitemmime.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
std::optional<MoneyValue> moneyValue(const EntityCount &entity)
{
    return entity.type == EntityType::Money ? MoneyValue::parse(entity.name) : std::nullopt;
}

/// "1.4 trillion USD": the amount in the words analysts read figures in, with the currency's code.
QString moneyText(const MoneyValue &value)
{
    const QLocale locale;
    struct Scale
    {
        double size;
        const char *word;
    };
    static constexpr Scale scales[] = { { 1e12, QT_TRANSLATE_NOOP("EntityTableModel", "%1 trillion") },
                                        { 1e9, QT_TRANSLATE_NOOP("EntityTableModel", "%1 billion") },
                                        { 1e6, QT_TRANSLATE_NOOP("EntityTableModel", "%1 million") } };
    QString amount
        = locale.toString(value.amount, 'f', value.amount < 100 && value.amount != qRound64(value.amount) ? 2 : 0);
    for (const Scale &scale : scales)
        if (value.amount >= scale.size) {
            amount = EntityTableModel::tr(scale.word).arg(locale.toString(value.amount / scale.size, 'g', 4));
            break;
        }
    return value.currency.isEmpty() ? amount : amount + u' ' + value.currency;
}
} // namespace

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
        case ValueColumn:
            if (const auto value = moneyValue(*entity))
                return moneyText(*value);
            return {};
        }
        break;
    case SortRole:
        switch (index.column()) {
        case ArticlesColumn:
            return entity->articles;
        case MentionsColumn:
            return entity->mentions;
        case ValueColumn:
            // by currency, then by amount: sums in different currencies are not compared
            if (const auto value = moneyValue(*entity))
                return u"%1 %2"_s.arg(value->currency, 3).arg(value->amount, 24, 'f', 4, u'0');
            return QString();
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
    case ValueColumn:
        return tr("Value");
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
