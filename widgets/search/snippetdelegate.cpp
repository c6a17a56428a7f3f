// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetdelegate.h"

#include "search/textrange.h"
#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr int rowWidthForSizing = 420;
}

QString SnippetDelegate::rowHtml(const QModelIndex &index, const QPalette &palette, bool selected)
{
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    const auto hits = index.data(SearchResultsModel::SnippetHitsRole).value<QList<TextRange>>();
    QString marked;
    int position = 0;
    const QString hitStyle
        = selected ? u"font-weight:600; text-decoration:underline"_s : u"font-weight:600; background-color:#ffe28a"_s;
    for (const TextRange &hit : hits) {
        if (hit.start < position || hit.end > snippet.size())
            continue;
        marked += snippet.mid(position, hit.start - position).toHtmlEscaped();
        marked += u"<span style='%1'>"_s.arg(hitStyle) + snippet.mid(hit.start, hit.end - hit.start).toHtmlEscaped()
            + u"</span>"_s;
        position = hit.end;
    }
    marked += snippet.mid(position).toHtmlEscaped();
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : palette.color(QPalette::PlaceholderText);
    return u"<div style='color:%1'><b>%2</b></div><div style='color:%3; font-size:small'>%4</div>"
           u"<div style='color:%1'>%5</div>"_s.arg(
               text.name(), index.data(Qt::DisplayRole).toString().toHtmlEscaped(), muted.name(),
               index.data(SearchResultsModel::MetaLineRole).toString().toHtmlEscaped(), marked);
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setHtml(rowHtml(index, opt.palette, selected));
    document.setTextWidth(opt.rect.width() - 8);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(4, 2));
    painter->setClipRect(QRect(0, 0, opt.rect.width() - 8, opt.rect.height() - 4));
    document.documentLayout()->draw(painter, {});
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // One height for every row (title, meta line, three snippet lines) lets the view skip laying out each
    // snippet just to measure it.
    const QFontMetrics metrics(option.font);
    return QSize(rowWidthForSizing, metrics.lineSpacing() * 5 + 10);
}

} // namespace casebook
