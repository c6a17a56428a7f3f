// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace casebook {

/// Draws a search result as title, date · source line, and a snippet with its hits marked.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Snippet lines a row shows; a longer snippet is cut with "…" at the end of the last one.
    static constexpr int snippetLines = 3;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The same for every row (the results list uses uniform item sizes): a title line, a meta line and
    /// `snippetLines` snippet lines, measured by laying them out in the option's font.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override;

    /// Lays the row out as paint() draws it, `width` pixels wide: title and meta line elided to one line each,
    /// the snippet cut to `snippetLines` lines.
    static void layoutRow(QTextDocument &document, const QModelIndex &index, const QStyleOptionViewItem &option,
                          int width);
};

} // namespace casebook
