// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <functional>

/// PDFs and scans the importer tests make for themselves: text of our own writing laid out with QPdfWriter and
/// QPainter, so each test knows which words a reader must find.
namespace generated {

/// Sentences of our own writing, English and Chinese.
QString englishParagraph(int index);
QString chineseParagraph(int index);

/// The words of `text` (Latin words of three letters or more; for Chinese, every Han character) that `found`
/// contains, as a share of all of them.
double recall(const QString &text, const QString &found);

using PagePainter = std::function<void(QPainter &painter, const QRectF &page)>;

struct PdfOptions
{
    QString title;
    bool landscape = false;
};

/// A PDF of one page per painter, A4, painted in points (1/72 inch).
QByteArray pdf(const QList<PagePainter> &pages, const PdfOptions &options = {});

/// A PDF written object by object (object i+1 is objects[i], the catalog first), with a correct cross-reference
/// table, for what QPdfWriter cannot make: encryption, no pages, invisible text.
QByteArray handWrittenPdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {});

/// Paints `text` wrapped into `box` in the given font, points.
void paintText(QPainter &painter, const QRectF &box, const QString &text, const QString &family = {},
               double pointSize = 11, const QColor &colour = Qt::black);

/// A scan: `text` rendered at 300 dpi on a white A5 page, grey 8-bit. `ink` is the text's grey level.
QImage scan(const QString &text, const QString &family = {}, int ink = 0, double pointSize = 12);

/// A page painter that draws `image` over the whole page: a page with no text layer.
PagePainter imagePage(const QImage &image);

/// The image in a file format: "PNG", "JPEG" (Qt), "TIFF" (several pages), "WEBP" (Leptonica).
QByteArray encode(const QList<QImage> &pages, const QByteArray &format);

} // namespace generated
