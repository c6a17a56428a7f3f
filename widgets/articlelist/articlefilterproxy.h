// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace casebook {

/// Sorts the article list on typed values (dates as ISO strings, sizes as numbers) and filters it by a quick
/// filter that matches title, source or language, case-insensitively.
class ArticleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ArticleFilterProxy(QObject *parent = nullptr);
    void setQuickFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_quickFilter;
};

} // namespace casebook
