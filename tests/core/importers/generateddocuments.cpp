// SPDX-License-Identifier: GPL-3.0-or-later
#include "generateddocuments.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <leptonica/allheaders.h>

using namespace Qt::StringLiterals;

namespace generated {

QString englishParagraph(int index)
{
    static const QStringList paragraphs = {
        u"The harbour authority said on Tuesday that dredging of the northern channel would begin in March, "
        u"after inspectors found that silt had narrowed the approach for container vessels."_s,
        u"Fishermen who work the estuary objected to the timetable, arguing that the spring spawning season "
        u"would be disturbed and that nobody had consulted their cooperative."_s,
        u"A spokeswoman for the authority replied that the survey had measured sediment at eleven stations and "
        u"that the contractor would pause whenever turbidity exceeded agreed limits."_s,
        u"Councillors asked for the monitoring reports to be published weekly, together with the volumes removed "
        u"and the places where the spoil would be deposited offshore."_s,
        u"Shipping companies welcomed the decision because larger freighters have waited for high tide before "
        u"entering the port, which delays deliveries of grain and timber."_s,
        u"Environmental groups will review the permit conditions and may appeal before the regional tribunal if "
        u"the mitigation measures remain vague."_s,
    };
    return paragraphs.at(index % paragraphs.size());
}

QString chineseParagraph(int index)
{
    static const QStringList paragraphs = {
        u"港口管理局周二表示，北部航道的疏浚工程将于三月开始，检查人员发现泥沙使集装箱船的进港通道变窄。"_s,
        u"在河口作业的渔民反对这一时间表，认为春季产卵期将受到干扰，而且没有人征求他们合作社的意见。"_s,
        u"管理局发言人回应说，调查在十一个站点测量了沉积物，承包商将在浑浊度超过商定限度时暂停作业。"_s,
    };
    return paragraphs.at(index % paragraphs.size());
}

double recall(const QString &text, const QString &found)
{
    QStringList words;
    static const QRegularExpression latinWord(u"[A-Za-z]{3,}"_s);
    for (auto it = latinWord.globalMatch(text); it.hasNext();)
        words.append(it.next().captured());
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            words.append(QString(c));
    if (words.isEmpty())
        return 0;
    QString haystack = found;
    haystack.remove(u' ');
    haystack.remove(u'\n');
    qsizetype hits = 0;
    for (const QString &word : words)
        hits += haystack.contains(word, Qt::CaseInsensitive) ? 1 : 0;
    return double(hits) / double(words.size());
}

QByteArray pdf(const QList<PagePainter> &pages, const PdfOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // paint in points
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, {}));
        if (!options.title.isEmpty())
            writer.setTitle(options.title);
        writer.setCreator(u"Casebook tests"_s);
        QPainter painter(&writer);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            pages.at(i)(painter, QRectF(QPointF(0, 0), writer.pageLayout().fullRectPoints().size()));
        }
    }
    return bytes;
}

void paintText(QPainter &painter, const QRectF &box, const QString &text, const QString &family, double pointSize,
               const QColor &colour)
{
    QFont font(family.isEmpty() ? u"DejaVu Serif"_s : family);
    font.setPointSizeF(pointSize);
    painter.save();
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter.restore();
}

QImage scan(const QString &text, const QString &family, int ink, double pointSize)
{
    const int dpi = 300;
    QImage image(int(148 / 25.4 * dpi), int(210 / 25.4 * dpi), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double margin = dpi * 0.6;
    QFont font(family.isEmpty() ? u"DejaVu Serif"_s : family);
    font.setPixelSize(int(pointSize / 72.0 * dpi));
    painter.setFont(font);
    painter.setPen(QColor(ink, ink, ink));
    painter.drawText(QRectF(margin, margin, image.width() - 2 * margin, image.height() - 2 * margin),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return image;
}

PagePainter imagePage(const QImage &image)
{
    return [image](QPainter &painter, const QRectF &page) { painter.drawImage(page, image); };
}

QByteArray handWrittenPdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra
        + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

namespace {

PIX *toPix(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    PIX *pix = pixCreate(gray.width(), gray.height(), 8);
    l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            SET_DATA_BYTE(data + y * wpl, x, in[x]);
    }
    const int dpi = int(image.dotsPerMeterX() * 0.0254 + 0.5);
    pixSetResolution(pix, dpi, dpi);
    return pix;
}

} // namespace

QByteArray encode(const QList<QImage> &pages, const QByteArray &format)
{
    if (format == "PNG" || format == "JPEG") {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        pages.first().save(&buffer, format.constData(), 90);
        return bytes;
    }
    l_uint8 *data = nullptr;
    size_t size = 0;
    if (format == "TIFF") {
        PIXA *pixa = pixaCreate(int(pages.size()));
        for (const QImage &page : pages)
            pixaAddPix(pixa, toPix(page), L_INSERT);
        pixaWriteMemMultipageTiff(&data, &size, pixa);
        pixaDestroy(&pixa);
    } else if (format == "WEBP") {
        PIX *pix = toPix(pages.first());
        PIX *colour = pixConvertTo32(pix); // WebP holds colour only
        pixWriteMemWebP(&data, &size, colour, 90, 0);
        pixDestroy(&colour);
        pixDestroy(&pix);
    }
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    lept_free(data);
    return bytes;
}

} // namespace generated
