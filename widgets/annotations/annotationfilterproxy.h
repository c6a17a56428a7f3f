// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace casebook {

/// Narrows an AnnotationListModel by text (any column), tag, colour and the articles' date range; all must hold.
class AnnotationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setTag(const QString &tag); ///< empty: any
    void setColor(const QString &color); ///< empty: any; "none": annotations without a colour
    void setDateRange(const QDate &from, const QDate &to); ///< invalid ends are open

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_tag;
    QString m_color;
    QDate m_from;
    QDate m_to;
};

} // namespace casebook
