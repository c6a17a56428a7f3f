// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace casebook {

/// Draws a search result as title, date · source line, and a snippet with its hits marked.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override;

    /// The row as HTML: escaped text with <b> around hits.
    static QString rowHtml(const QModelIndex &index, const QPalette &palette, bool selected);
};

} // namespace casebook
