// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "reports/reportitemmime.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace casebook {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SearchResultsModel::setResults(const SearchResults &results)
{
    beginResetModel();
    QSet<qint64> shown;
    for (const SearchResult &result : results.results)
        shown.insert(result.articleId);
    m_results.clear();
    m_copies.clear();
    for (const SearchResult &result : results.results) {
        if (result.duplicateOf && shown.contains(result.duplicateOf)) {
            ++m_copies[result.duplicateOf];
            continue;
        }
        m_results.append(result);
    }
    m_total = results.total >= 0 ? results.total : results.results.size();
    endResetModel();
}

const SearchResult *SearchResultsModel::resultAt(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const SearchResult *result = index.isValid() ? resultAt(index.row()) : nullptr;
    if (!result)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return result->title.isEmpty() ? tr("(untitled)") : result->title;
    case Qt::ToolTipRole:
        return result->snippet;
    case ArticleIdRole:
        return result->articleId;
    case SnippetRole:
        return result->snippet;
    case SnippetHitsRole:
        return QVariant::fromValue(result->snippetHits);
    case MetaLineRole: {
        QStringList parts;
        if (!result->published.isEmpty())
            parts.append(result->published);
        if (!result->source.isEmpty())
            parts.append(result->source);
        if (!result->language.isEmpty())
            parts.append(result->language);
        if (const int copies = m_copies.value(result->articleId))
            parts.append(tr("+%n copies", nullptr, copies));
        return parts.join(u" · "_s);
    }
    case ScoreRole:
        return result->score;
    case CopiesRole:
        return m_copies.value(result->articleId);
    }
    return {};
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList SearchResultsModel::mimeTypes() const
{
    return { QString::fromLatin1(ReportItemMime::mimeType) };
}

QMimeData *SearchResultsModel::mimeData(const QModelIndexList &indexes) const
{
    return ReportItemMime::encodeRows(indexes, [this](int row) {
        ReportItem item;
        item.kind = ReportItem::Kind::Article;
        item.refId = index(row, 0).data(ArticleIdRole).toLongLong();
        return item;
    });
}

} // namespace casebook
