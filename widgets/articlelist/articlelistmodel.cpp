// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "metadataeditor/metadataeditor.h"
#include "reports/reportitemmime.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// Internal ids: 0 marks a top-level row; a copy's row carries its original's top-level row plus one.
constexpr quintptr topLevelId = 0;
} // namespace

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ArticleListModel::setArticles(QList<Article> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    m_positionById.clear();
    m_topLevel.clear();
    m_copies.clear();
    m_rowOfPosition.clear();
    m_parentRowOfCopy.clear();
    for (int position = 0; position < m_articles.size(); ++position)
        m_positionById.insert(m_articles.at(position).id, position);
    QList<int> copies;
    for (int position = 0; position < m_articles.size(); ++position) {
        const Article &article = m_articles.at(position);
        // A copy whose original is not in the list stands on its own.
        if (article.duplicateOf && m_positionById.contains(article.duplicateOf)) {
            copies.append(position);
            continue;
        }
        m_rowOfPosition.insert(position, int(m_topLevel.size()));
        m_topLevel.append(position);
    }
    for (const int position : std::as_const(copies)) {
        const int original = m_positionById.value(m_articles.at(position).duplicateOf);
        const int parentRow = m_rowOfPosition.value(original, -1);
        if (parentRow < 0) { // a copy of a copy: fold it under the first copy's original
            const int grand = m_positionById.value(m_articles.at(original).duplicateOf, -1);
            const int grandRow = m_rowOfPosition.value(grand, -1);
            if (grandRow < 0) {
                m_rowOfPosition.insert(position, int(m_topLevel.size()));
                m_topLevel.append(position);
                continue;
            }
            m_rowOfPosition.insert(position, int(m_copies[grandRow].size()));
            m_copies[grandRow].append(position);
            m_parentRowOfCopy.insert(position, grandRow);
            continue;
        }
        m_rowOfPosition.insert(position, int(m_copies[parentRow].size()));
        m_copies[parentRow].append(position);
        m_parentRowOfCopy.insert(position, parentRow);
    }
    endResetModel();
}

void ArticleListModel::updateArticle(const Article &article)
{
    const int position = m_positionById.value(article.id, -1);
    if (position < 0)
        return;
    Article updated = article;
    updated.text.clear(); // the list keeps metadata only
    m_articles[position] = std::move(updated);
    const QModelIndex first = indexOf(article.id, 0);
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

const Article *ArticleListModel::article(qint64 id) const
{
    const int position = m_positionById.value(id, -1);
    return position >= 0 ? &m_articles.at(position) : nullptr;
}

QModelIndex ArticleListModel::indexOf(qint64 id, int column) const
{
    const int position = m_positionById.value(id, -1);
    if (position < 0)
        return {};
    const int row = m_rowOfPosition.value(position);
    const auto parentRow = m_parentRowOfCopy.constFind(position);
    if (parentRow == m_parentRowOfCopy.cend())
        return createIndex(row, column, topLevelId);
    return createIndex(row, column, quintptr(*parentRow + 1));
}

int ArticleListModel::articlePosition(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (index.internalId() == topLevelId)
        return m_topLevel.value(index.row(), -1);
    return m_copies.value(int(index.internalId() - 1)).value(index.row(), -1);
}

QModelIndex ArticleListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_topLevel.size() ? createIndex(row, column, topLevelId) : QModelIndex();
    if (parent.internalId() != topLevelId)
        return {};
    return row < m_copies.value(parent.row()).size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                                     : QModelIndex();
}

QModelIndex ArticleListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevelId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevelId);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0 || parent.internalId() != topLevelId)
        return 0;
    return int(m_copies.value(parent.row()).size());
}

int ArticleListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const int position = articlePosition(index);
    if (position < 0)
        return {};
    const Article *article = &m_articles.at(position);
    const ArticleMetadata &meta = article->meta;
    const qsizetype copies = index.internalId() == topLevelId ? m_copies.value(index.row()).size() : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return meta.published.toIso();
        case TitleColumn: {
            const QString title = meta.title.isEmpty() ? tr("(untitled)") : meta.title;
            return copies ? tr("%1  (+%n copies)", nullptr, int(copies)).arg(title) : title;
        }
        case SourceColumn:
            return meta.source;
        case LanguageColumn:
            return meta.language;
        case SizeColumn:
            return QLocale().toString(article->chars);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return meta.published.isValid() ? meta.published.toIso() : QString();
        case TitleColumn:
            return meta.title.toCaseFolded();
        case SourceColumn:
            return meta.source.toCaseFolded();
        case LanguageColumn:
            return meta.language;
        case SizeColumn:
            return article->chars;
        }
        break;
    case Qt::ForegroundRole:
        if (m_notAnalysed.contains(article->id))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case AnalysedRole:
        return !m_notAnalysed.contains(article->id);
    case Qt::ToolTipRole:
        if (m_notAnalysed.contains(article->id))
            return tr("Not analysed yet: its people, organisations, places and dates are not found. "
                      "Article › Analyse Articles Not Yet Analysed.");
        if (index.column() == DateColumn && meta.published.isValid())
            return tr("Date from: %1").arg(MetadataEditor::originLabel(meta.origin(ArticleField::Published)));
        if (article->duplicateOf)
            return tr("A copy of article %1\n%2").arg(article->duplicateOf).arg(article->path);
        return QString(meta.title % u"\n"_s % article->path);
    case Qt::FontRole:
        if (article->duplicateOf) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return article->id;
    case DuplicateOfRole:
        return article->duplicateOf;
    case CopiesRole:
        return qint64(copies);
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case LanguageColumn:
        return tr("Language");
    case SizeColumn:
        return tr("Characters");
    }
    return {};
}

void ArticleListModel::setNotAnalysed(const QSet<qint64> &ids)
{
    if (ids == m_notAnalysed)
        return;
    m_notAnalysed = ids;
    if (!m_topLevel.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           { Qt::ForegroundRole, Qt::ToolTipRole, AnalysedRole });
    for (auto it = m_copies.cbegin(); it != m_copies.cend(); ++it) {
        const QModelIndex parent = index(it.key(), 0);
        if (!it->isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent), index(int(it->size()) - 1, ColumnCount - 1, parent),
                               { Qt::ForegroundRole, Qt::ToolTipRole, AnalysedRole });
    }
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    return QAbstractItemModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList ArticleListModel::mimeTypes() const
{
    return { QString::fromLatin1(ReportItemMime::mimeType) };
}

QMimeData *ArticleListModel::mimeData(const QModelIndexList &indexes) const
{
    return ReportItemMime::encodeRows(indexes, [this](int row) {
        ReportItem item;
        item.kind = ReportItem::Kind::Article;
        item.refId = index(row, 0).data(ArticleIdRole).toLongLong();
        return item;
    });
}

} // namespace casebook
