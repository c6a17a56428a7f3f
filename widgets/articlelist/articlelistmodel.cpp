// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace casebook {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setArticles(QList<Article> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    m_rowById.clear();
    m_rowById.reserve(m_articles.size());
    for (int row = 0; row < m_articles.size(); ++row)
        m_rowById.insert(m_articles.at(row).id, row);
    endResetModel();
}

void ArticleListModel::updateArticle(const Article &article)
{
    const int row = rowOf(article.id);
    if (row < 0)
        return;
    Article updated = article;
    updated.text.clear(); // the list keeps metadata only
    m_articles[row] = std::move(updated);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Article *ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles.at(row) : nullptr;
}

int ArticleListModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const Article *article = index.isValid() ? articleAt(index.row()) : nullptr;
    if (!article)
        return {};
    const ArticleMetadata &meta = article->meta;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return meta.published.toIso();
        case TitleColumn:
            return meta.title.isEmpty() ? tr("(untitled)") : meta.title;
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
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && meta.published.isValid())
            return tr("Date from: %1").arg(originName(meta.origin(ArticleField::Published)));
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

} // namespace casebook
