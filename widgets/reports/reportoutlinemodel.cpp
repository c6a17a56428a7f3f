// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutlinemodel.h"

#include "reportitemmime.h"

#include <QFont>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

constexpr char nodeMimeType[] = "application/x-casebook-report-node";

QString kindLabel(ReportItem::Kind kind)
{
    switch (kind) {
    case ReportItem::Kind::Annotation:
        return ReportOutlineModel::tr("Annotation");
    case ReportItem::Kind::Article:
        return ReportOutlineModel::tr("Article");
    case ReportItem::Kind::Entity:
        return ReportOutlineModel::tr("Entity");
    case ReportItem::Kind::Event:
        return ReportOutlineModel::tr("Event");
    case ReportItem::Kind::Figure:
        return ReportOutlineModel::tr("Figure");
    }
    return {};
}

} // namespace

ReportOutlineModel::ReportOutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ReportOutlineModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void ReportOutlineModel::setArticleTitles(const QHash<qint64, QString> &titles)
{
    m_titles = titles;
    if (!m_report.sections.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_report.sections.size()) - 1, 0));
}

void ReportOutlineModel::setTitle(const QString &title)
{
    if (m_report.title == title)
        return;
    m_report.title = title;
    Q_EMIT reportEdited();
}

void ReportOutlineModel::setStyle(CitationStyle style)
{
    if (m_report.style == style)
        return;
    m_report.style = style;
    Q_EMIT reportEdited();
}

void ReportOutlineModel::setSectionText(int section, const QString &heading, const QString &body)
{
    if (section < 0 || section >= m_report.sections.size())
        return;
    ReportSection &s = m_report.sections[section];
    if (s.heading == heading && s.body == body)
        return;
    s.heading = heading;
    s.body = body;
    const QModelIndex changed = index(section, 0);
    Q_EMIT dataChanged(changed, changed);
    Q_EMIT reportEdited();
}

void ReportOutlineModel::setItemCommentary(int section, int item, const QString &commentary)
{
    if (section < 0 || section >= m_report.sections.size() || item < 0
        || item >= m_report.sections.at(section).items.size())
        return;
    ReportItem &target = m_report.sections[section].items[item];
    if (target.commentary == commentary)
        return;
    target.commentary = commentary;
    const QModelIndex changed = index(item, 0, index(section, 0));
    Q_EMIT dataChanged(changed, changed);
    Q_EMIT reportEdited();
}

int ReportOutlineModel::addSection(const QString &heading, int after)
{
    const int row = after < 0 ? int(m_report.sections.size()) : qMin(after + 1, int(m_report.sections.size()));
    beginInsertRows({}, row, row);
    m_report.sections.insert(row, ReportSection { 0, heading, {}, {} });
    endInsertRows();
    Q_EMIT reportEdited();
    return row;
}

int ReportOutlineModel::addItems(const QList<ReportItem> &items, int section)
{
    if (items.isEmpty())
        return section;
    if (section < 0 || section >= m_report.sections.size()) {
        if (m_report.sections.isEmpty())
            addSection(tr("Findings"));
        section = int(m_report.sections.size()) - 1;
    }
    QList<ReportItem> &list = m_report.sections[section].items;
    const int first = int(list.size());
    beginInsertRows(index(section, 0), first, first + int(items.size()) - 1);
    list.append(items);
    endInsertRows();
    Q_EMIT reportEdited();
    return section;
}

void ReportOutlineModel::removeNode(const QModelIndex &node)
{
    if (!node.isValid())
        return;
    if (isItem(node)) {
        const int section = sectionOf(node);
        beginRemoveRows(node.parent(), node.row(), node.row());
        m_report.sections[section].items.removeAt(node.row());
        endRemoveRows();
    } else {
        beginRemoveRows({}, node.row(), node.row());
        m_report.sections.removeAt(node.row());
        endRemoveRows();
    }
    Q_EMIT reportEdited();
}

QModelIndex ReportOutlineModel::moveNode(const QModelIndex &node, int delta)
{
    if (!node.isValid() || (delta != -1 && delta != 1))
        return node;
    const int row = node.row();
    const int target = row + delta;
    const QModelIndex parentIndex = node.parent();
    if (target < 0 || target >= rowCount(parentIndex))
        return node;
    // beginMoveRows counts the destination before the move: moving down one place is "before row + 2".
    if (!beginMoveRows(parentIndex, row, row, parentIndex, delta > 0 ? row + 2 : target))
        return node;
    if (isItem(node))
        m_report.sections[sectionOf(node)].items.move(row, target);
    else
        m_report.sections.move(row, target);
    endMoveRows();
    Q_EMIT reportEdited();
    return index(target, 0, parentIndex);
}

int ReportOutlineModel::sectionOf(const QModelIndex &node)
{
    if (!node.isValid())
        return -1;
    return node.internalId() == 0 ? node.row() : int(node.internalId()) - 1;
}

bool ReportOutlineModel::isItem(const QModelIndex &node)
{
    return node.isValid() && node.internalId() != 0;
}

QModelIndex ReportOutlineModel::index(int row, int column, const QModelIndex &parentIndex) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parentIndex.isValid())
        return row < m_report.sections.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (isItem(parentIndex))
        return {};
    const int section = parentIndex.row();
    if (section >= m_report.sections.size() || row >= m_report.sections.at(section).items.size())
        return {};
    return createIndex(row, 0, quintptr(section + 1));
}

QModelIndex ReportOutlineModel::parent(const QModelIndex &child) const
{
    if (!isItem(child))
        return {};
    return createIndex(sectionOf(child), 0, quintptr(0));
}

int ReportOutlineModel::rowCount(const QModelIndex &parentIndex) const
{
    if (!parentIndex.isValid())
        return int(m_report.sections.size());
    if (isItem(parentIndex) || parentIndex.row() >= m_report.sections.size())
        return 0;
    return int(m_report.sections.at(parentIndex.row()).items.size());
}

int ReportOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ReportOutlineModel::data(const QModelIndex &node, int role) const
{
    if (!node.isValid())
        return {};
    if (!isItem(node)) {
        const ReportSection &section = m_report.sections.at(node.row());
        if (role == Qt::DisplayRole)
            return section.heading.isEmpty() ? tr("(untitled section)") : section.heading;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return section.body;
        return {};
    }
    const ReportItem &item = m_report.sections.at(sectionOf(node)).items.at(node.row());
    if (role == Qt::DisplayRole) {
        QString caption = QString(item.caption).replace(u'\n', u" \u2014 "_s).simplified();
        if (caption.isEmpty() && item.kind == ReportItem::Kind::Article)
            caption = m_titles.value(item.refId, tr("article %1").arg(item.refId));
        if (caption.size() > 90)
            caption = caption.left(88) + u"\u2026"_s;
        QString text = tr("%1: %2", "item kind: its caption").arg(kindLabel(item.kind), caption);
        if (!item.commentary.isEmpty())
            text += u"  \u270e"_s; // the analyst has written about it
        return text;
    }
    if (role == Qt::ToolTipRole)
        return item.commentary.isEmpty() ? item.caption : item.caption + u"\n\n"_s + item.commentary;
    return {};
}

Qt::ItemFlags ReportOutlineModel::flags(const QModelIndex &node) const
{
    if (!node.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (!isItem(node))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions ReportOutlineModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ReportOutlineModel::mimeTypes() const
{
    return { QString::fromLatin1(nodeMimeType), QString::fromLatin1(ReportItemMime::mimeType) };
}

QMimeData *ReportOutlineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QModelIndex node = indexes.first();
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(nodeMimeType),
                  QByteArray::number(sectionOf(node)) + ',' + QByteArray::number(isItem(node) ? node.row() : -1));
    return mime;
}

bool ReportOutlineModel::canDropMimeData(const QMimeData *mime, Qt::DropAction, int, int,
                                         const QModelIndex &parentIndex) const
{
    if (!mime)
        return false;
    if (mime->hasFormat(QString::fromLatin1(ReportItemMime::mimeType)))
        return !isItem(parentIndex);
    if (!mime->hasFormat(QString::fromLatin1(nodeMimeType)))
        return false;
    const QList<QByteArray> parts = mime->data(QString::fromLatin1(nodeMimeType)).split(',');
    const bool draggingItem = parts.size() == 2 && parts.at(1).toInt() >= 0;
    // Items go into sections; sections go between sections.
    return draggingItem ? parentIndex.isValid() && !isItem(parentIndex) : !parentIndex.isValid();
}

bool ReportOutlineModel::dropMimeData(const QMimeData *mime, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parentIndex)
{
    if (!canDropMimeData(mime, action, row, column, parentIndex))
        return false;
    if (mime->hasFormat(QString::fromLatin1(ReportItemMime::mimeType))) {
        const QList<ReportItem> items = ReportItemMime::decode(mime);
        if (items.isEmpty())
            return false;
        const int section = parentIndex.isValid() ? parentIndex.row() : -1;
        if (section < 0 || row < 0) {
            addItems(items, section);
            return true;
        }
        beginInsertRows(parentIndex, row, row + int(items.size()) - 1);
        for (qsizetype i = 0; i < items.size(); ++i)
            m_report.sections[section].items.insert(row + i, items.at(i));
        endInsertRows();
        Q_EMIT reportEdited();
        return true;
    }
    const QList<QByteArray> parts = mime->data(QString::fromLatin1(nodeMimeType)).split(',');
    const int fromSection = parts.value(0).toInt();
    const int fromItem = parts.value(1).toInt();
    if (fromSection < 0 || fromSection >= m_report.sections.size())
        return false;
    if (fromItem < 0) { // a section, dropped between sections
        int to = row < 0 ? int(m_report.sections.size()) : row;
        if (to == fromSection || to == fromSection + 1)
            return false;
        beginMoveRows({}, fromSection, fromSection, {}, to);
        m_report.sections.move(fromSection, to > fromSection ? to - 1 : to);
        endMoveRows();
        Q_EMIT reportEdited();
        return false; // moved here; the view must not remove the source row as well
    }
    if (fromItem >= m_report.sections.at(fromSection).items.size())
        return false;
    const int toSection = parentIndex.row();
    int to = row < 0 ? int(m_report.sections.at(toSection).items.size()) : row;
    if (toSection == fromSection && (to == fromItem || to == fromItem + 1))
        return false;
    beginMoveRows(index(fromSection, 0), fromItem, fromItem, index(toSection, 0), to);
    const ReportItem moved = m_report.sections[fromSection].items.takeAt(fromItem);
    if (toSection == fromSection && to > fromItem)
        --to;
    m_report.sections[toSection].items.insert(to, moved);
    endMoveRows();
    Q_EMIT reportEdited();
    return false;
}

} // namespace casebook
