// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QAbstractItemView;
class QHeaderView;

namespace casebook {

/// Keeps one column of a view readable when the view is narrow: that column takes the room left over (it
/// stretches, and elides its text), and when less than `minimumWidth` would be left the other columns are hidden
/// one by one in `dropOrder`, and shown again, at their old widths, when the view widens.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QAbstractItemView *view, QHeaderView *header, int stretchColumn, int minimumWidth,
                 const QList<int> &dropOrder);

    /// Hides or shows columns for the view's present width.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int naturalWidth(int column) const;

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    int m_stretchColumn;
    int m_minimumWidth;
    QList<int> m_dropOrder;
    QHash<int, int> m_hiddenWidths; ///< the widths of the columns this has hidden
};

} // namespace casebook
