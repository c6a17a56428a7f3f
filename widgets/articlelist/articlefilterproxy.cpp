// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefilterproxy.h"

#include "articlelistmodel.h"

namespace casebook {

ArticleFilterProxy::ArticleFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleListModel::SortRole);
    setDynamicSortFilter(true);
    setRecursiveFilteringEnabled(true); // a matching copy keeps its original visible
}

void ArticleFilterProxy::setQuickFilter(const QString &text)
{
    m_quickFilter = text.trimmed();
    invalidateRowsFilter();
}

bool ArticleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_quickFilter.isEmpty())
        return true;
    for (const int column : { ArticleListModel::TitleColumn, ArticleListModel::SourceColumn,
                              ArticleListModel::LanguageColumn, ArticleListModel::DateColumn }) {
        const QString value = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (value.contains(m_quickFilter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace casebook
