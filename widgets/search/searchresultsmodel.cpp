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
    m_results.clear();
    m_copies.clear();
    m_received = 0;
    m_waiting = false;
    addFolded(results.results);
    m_total = results.total >= 0 ? results.total : results.results.size();
    endResetModel();
}

void SearchResultsModel::appendResults(const SearchResults &page)
{
    // The rows to insert are those that do not fold into a row already shown or coming in the same page; counted
    // with the rule addFolded applies, before it changes anything.
    QSet<qint64> shown;
    for (const SearchResult &result : std::as_const(m_results))
        shown.insert(result.articleId);
    for (const SearchResult &result : page.results)
        shown.insert(result.articleId);
    int newRows = 0;
    for (const SearchResult &result : page.results)
        newRows += !(result.duplicateOf && shown.contains(result.duplicateOf));
    const int before = int(m_results.size());
    if (newRows > 0)
        beginInsertRows({}, before, before + newRows - 1);
    addFolded(page.results);
    m_waiting = false; // only now: a view asks for more while rows go in, and must ask from after this page
    if (newRows > 0)
        endInsertRows();
    if (page.results.isEmpty())
        m_total = m_received; // the casebook changed under the search: there is no more
    if (before > 0 && newRows < page.results.size())
        Q_EMIT dataChanged(index(0), index(before - 1)); // copies folded into rows already shown ("+N copies")
}

void SearchResultsModel::addFolded(const QList<SearchResult> &results)
{
    QSet<qint64> shown;
    for (const SearchResult &result : std::as_const(m_results))
        shown.insert(result.articleId);
    for (const SearchResult &result : results)
        shown.insert(result.articleId);
    for (const SearchResult &result : results) {
        if (result.duplicateOf && shown.contains(result.duplicateOf)) {
            ++m_copies[result.duplicateOf];
            continue;
        }
        m_results.append(result);
    }
    m_received += int(results.size());
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_waiting && m_received < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    Q_EMIT moreWanted(m_received);
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
