// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilterproxy.h"

#include "annotationlistmodel.h"

using namespace Qt::StringLiterals;

namespace casebook {

void AnnotationFilterProxy::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateRowsFilter();
}

void AnnotationFilterProxy::setColor(const QString &color)
{
    m_color = color;
    invalidateRowsFilter();
}

void AnnotationFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty()) {
        const QStringList tags = row.data(AnnotationListModel::TagsRole).toStringList();
        if (!tags.contains(m_tag, Qt::CaseInsensitive))
            return false;
    }
    if (!m_color.isEmpty()) {
        const QString color = row.data(AnnotationListModel::ColorRole).toString();
        if (m_color == u"none" ? !color.isEmpty() : color.compare(m_color, Qt::CaseInsensitive) != 0)
            return false;
    }
    if (m_from.isValid() || m_to.isValid()) {
        // An article without a date is outside every brushed range, as on the timeline.
        const QDate date = row.data(AnnotationListModel::ArticleDateRole).toDate();
        if (!date.isValid() || (m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace casebook
