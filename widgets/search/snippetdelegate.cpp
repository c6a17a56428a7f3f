// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetdelegate.h"

#include "search/textrange.h"
#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr int minimumRowWidth = 120;
constexpr int rowWidthForSizing = 420;
constexpr int padding = 4; // left and right of the text; top and bottom get half each

QString styledRow(const QPalette &palette, bool selected, const QString &title, const QString &meta,
                  const QString &snippetHtml)
{
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : palette.color(QPalette::PlaceholderText);
    return u"<div style='color:%1'><b>%2</b></div><div style='color:%3; font-size:small'>%4</div>"
           u"<div style='color:%1'>%5</div>"_s.arg(text.name(), title.toHtmlEscaped(), muted.name(),
                                                   meta.toHtmlEscaped(), snippetHtml);
}

struct RowText
{
    QString title;
    QString meta;
    QString snippet;
    QList<TextRange> hits;
    /// Where to cut the title, the meta line and the snippet with "…" (-1: not cut); the order of the blocks.
    qsizetype cutAt[3] = { -1, -1, -1 };
};

QString cut(const QString &text, qsizetype length)
{
    return length >= 0 && length < text.size() ? text.left(length) + u'…' : text;
}

// The row as HTML: escaped text with the hits marked.
QString rowHtml(const RowText &row, const QPalette &palette, bool selected)
{
    const qsizetype snippetLength = row.cutAt[2];
    const bool snippetCut = snippetLength >= 0 && snippetLength < row.snippet.size();
    const QString snippet = snippetCut ? row.snippet.left(snippetLength) : row.snippet;
    QString marked;
    qsizetype position = 0;
    const QString hitStyle
        = selected ? u"font-weight:600; text-decoration:underline"_s : u"font-weight:600; background-color:#ffe28a"_s;
    for (const TextRange &hit : row.hits) {
        if (hit.start < position || hit.end > snippet.size())
            continue;
        marked += snippet.mid(position, hit.start - position).toHtmlEscaped();
        marked += u"<span style='%1'>"_s.arg(hitStyle) + snippet.mid(hit.start, hit.end - hit.start).toHtmlEscaped()
            + u"</span>"_s;
        position = hit.end;
    }
    marked += snippet.mid(position).toHtmlEscaped();
    if (snippetCut)
        marked += u'…';
    return styledRow(palette, selected, cut(row.title, row.cutAt[0]), cut(row.meta, row.cutAt[1]), marked);
}

void prepare(QTextDocument &document, const QFont &font, int width)
{
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setTextWidth(width);
}
} // namespace

void SnippetDelegate::layoutRow(QTextDocument &document, const QModelIndex &index, const QStyleOptionViewItem &option,
                                int width)
{
    RowText row;
    row.title = index.data(Qt::DisplayRole).toString();
    row.meta = index.data(SearchResultsModel::MetaLineRole).toString();
    row.snippet = index.data(SearchResultsModel::SnippetRole).toString();
    row.hits = index.data(SearchResultsModel::SnippetHitsRole).value<QList<TextRange>>();
    const bool selected = option.state & QStyle::State_Selected;
    prepare(document, option.font, width);
    document.setHtml(rowHtml(row, option.palette, selected));

    // The title and the meta line (blocks 0 and 1) get a line each, the snippet `snippetLines`: each is cut at the
    // end of the last line that fits, then backed off a character at a time until its "…" fits too. Measured in
    // the layout, so in whatever font and size the HTML gives each block.
    const int maxLines[3] = { 1, 1, snippetLines };
    for (int number = 0; number < 3; ++number) {
        document.size(); // lays the document out: a block's lines exist only after that
        QTextLayout *layout = document.findBlockByNumber(number).layout();
        if (!layout || layout->lineCount() <= maxLines[number])
            continue;
        const QTextLine last = layout->lineAt(maxLines[number] - 1);
        row.cutAt[number] = last.textStart() + last.textLength();
        while (row.cutAt[number] > 0) {
            --row.cutAt[number];
            document.setHtml(rowHtml(row, option.palette, selected));
            document.size();
            layout = document.findBlockByNumber(number).layout();
            if (!layout || layout->lineCount() <= maxLines[number])
                break;
        }
    }
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    // The title and meta line are elided to one line each and the snippet cut, so the row holds all it draws.
    QTextDocument document;
    layoutRow(document, index, opt, opt.rect.width() - 2 * padding);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(padding, padding / 2));
    painter->setClipRect(QRect(0, 0, opt.rect.width() - 2 * padding, opt.rect.height() - padding));
    document.documentLayout()->draw(painter, {});
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // One height for every row lets the view skip laying out each snippet just to measure it: lay out a title,
    // a meta line and the snippet's lines in the same HTML and font and take that height.
    QTextDocument document;
    prepare(document, option.font, rowWidthForSizing);
    QStringList lines;
    for (int i = 0; i < snippetLines; ++i)
        lines.append(u"Xg"_s);
    document.setHtml(styledRow(option.palette, false, u"Xg"_s, u"Xg"_s, lines.join(u"<br/>"_s)));
    // A narrow width: the list stretches rows to its own width (no sideways scrolling), and paint() elides to it.
    return QSize(minimumRowWidth, int(std::ceil(document.size().height())) + padding);
}

} // namespace casebook
