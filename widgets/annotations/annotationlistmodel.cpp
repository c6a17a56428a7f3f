// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "annotationeditor.h"
#include "reports/reportitemmime.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace casebook {

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AnnotationListModel::setAnnotations(QList<Annotation> annotations)
{
    beginResetModel();
    m_annotations = std::move(annotations);
    endResetModel();
}

void AnnotationListModel::setArticleTitles(const QHash<qint64, QString> &titles)
{
    m_titles = titles;
    if (!m_annotations.isEmpty())
        Q_EMIT dataChanged(index(0, ArticleColumn), index(rowCount() - 1, ArticleColumn));
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_annotations.size())
        return {};
    const Annotation &a = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return QString(u"\u201c"_s + a.quote.simplified() + u"\u201d"_s);
        case NoteColumn:
            return a.content.note.simplified();
        case TagsColumn:
            return a.content.tags.join(u", "_s);
        case ArticleColumn:
            return m_titles.value(a.articleId, tr("article %1").arg(a.articleId));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == QuoteColumn)
            return annotationColor(a.content.color);
        break;
    case Qt::ToolTipRole:
        if (a.orphaned)
            return tr("Orphaned: this passage is no longer in the article (it changed or was deleted). The quote and "
                      "the note are kept.");
        return a.content.note.isEmpty() ? a.quote : a.quote + u"\n\n"_s + a.content.note;
    case Qt::FontRole:
        if (a.orphaned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case AnnotationIdRole:
        return a.id;
    case ArticleIdRole:
        return a.articleId;
    case StartRole:
        return qint64(a.start);
    case EndRole:
        return qint64(a.end);
    case OrphanedRole:
        return a.orphaned;
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Passage");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case ArticleColumn:
        return tr("Article");
    }
    return {};
}

Qt::ItemFlags AnnotationListModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList AnnotationListModel::mimeTypes() const
{
    return { QString::fromLatin1(ReportItemMime::mimeType) };
}

QMimeData *AnnotationListModel::mimeData(const QModelIndexList &indexes) const
{
    return ReportItemMime::encodeRows(indexes, [this](int row) {
        const Annotation &a = m_annotations.at(row);
        ReportItem item;
        item.kind = ReportItem::Kind::Annotation;
        item.refId = a.id;
        item.caption = a.quote;
        return item;
    });
}

} // namespace casebook
