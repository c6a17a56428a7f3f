// SPDX-License-Identifier: GPL-3.0-or-later
#include "paperpages.h"

#include "util/casebookerror.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>
#include <limits>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

constexpr double pageWidth = 595; // A4 in points
constexpr double pageHeight = 842;
constexpr double margin = 64;
constexpr double fontPoints = 11;
constexpr int scanDotsPerInch = 300;

QFont bodyFont()
{
    QFont font(u"DejaVu Serif"_s);
    font.setPointSizeF(fontPoints);
    return font;
}

} // namespace

/// The paragraphs of each text file in `folder`, with the file's path.
QList<std::pair<QString, QStringList>> articlesIn(const QString &folder)
{
    QList<std::pair<QString, QStringList>> articles;
    for (const QString &name : QDir(folder).entryList({ u"*.txt"_s }, QDir::Files, QDir::Name)) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QStringList paragraphs;
        for (const QString &paragraph : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts))
            if (!paragraph.trimmed().isEmpty())
                paragraphs.append(paragraph.simplified());
        if (!paragraphs.isEmpty())
            articles.append({ file.fileName(), paragraphs });
    }
    if (articles.isEmpty())
        throw CasebookError(u"%1 holds no text files (*.txt) to set on pages"_s.arg(QDir::toNativeSeparators(folder)));
    return articles;
}

PaperPages PaperPages::fromFolder(const QString &folder, int maxPages)
{
    QStringList all;
    for (const auto &article : articlesIn(folder))
        all += article.second;
    return layOut(all, maxPages);
}

QList<PaperPages> PaperPages::eachArticleIn(const QString &folder)
{
    QList<PaperPages> result;
    for (const auto &[path, paragraphs] : articlesIn(folder)) {
        result.append(layOut(paragraphs, std::numeric_limits<int>::max()));
        result.back().m_source = path;
    }
    return result;
}

PaperPages PaperPages::layOut(const QStringList &paragraphs, int maxPages)
{
    PaperPages result;
    const QFont font = bodyFont();
    // measured on a 72 dpi device, so that the layout's units are points
    QImage pointDevice(1, 1, QImage::Format_Grayscale8);
    pointDevice.setDotsPerMeterX(int(72 / 0.0254));
    pointDevice.setDotsPerMeterY(int(72 / 0.0254));
    const double lineWidth = pageWidth - 2 * margin;
    Page page;
    double y = margin;
    for (qsizetype next = 0; next < paragraphs.size() && result.m_pages.size() < maxPages; ++next) {
        const QString &paragraph = paragraphs.at(next);
        QTextLayout layout(paragraph, font, &pointDevice);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            const double height = line.height() * 1.2;
            if (y + height > pageHeight - margin) {
                result.m_pages.append(page);
                page.clear();
                y = margin;
                if (result.m_pages.size() >= maxPages)
                    break;
            }
            y += height;
            page.append({ QPointF(margin, y), paragraph.mid(line.textStart(), line.textLength()).trimmed() });
        }
        layout.endLayout();
        y += fontPoints; // a blank line between paragraphs
    }
    if (!page.isEmpty() && result.m_pages.size() < maxPages)
        result.m_pages.append(page);
    return result;
}

void WordRecall::add(const QString &reference, const QString &found)
{
    static const QRegularExpression word(u"\\w{3,}"_s, QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> available;
    for (auto it = word.globalMatch(found); it.hasNext();)
        ++available[it.next().captured().toCaseFolded()];
    for (auto it = word.globalMatch(reference); it.hasNext();) {
        ++m_total;
        int &left = available[it.next().captured().toCaseFolded()];
        if (left > 0) {
            --left;
            ++m_found;
        }
    }
}

QString PaperPages::text() const
{
    QStringList lines;
    for (const Page &page : m_pages)
        for (const Line &line : page)
            lines.append(line.text);
    return lines.join(u'\n');
}

QByteArray PaperPages::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
    {
        QPainter painter(&writer);
        painter.setFont(bodyFont());
        for (qsizetype i = 0; i < m_pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            for (const Line &line : m_pages.at(i))
                painter.drawText(line.baseline, line.text);
        }
    }
    return bytes;
}

QByteArray PaperPages::scanPng(int index) const
{
    const double scale = scanDotsPerInch / 72.0;
    QImage image(int(pageWidth * scale), int(pageHeight * scale), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(scanDotsPerInch / 0.0254));
    image.setDotsPerMeterY(int(scanDotsPerInch / 0.0254));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont font = bodyFont();
        font.setPixelSize(int(fontPoints * scale));
        painter.setFont(font);
        for (const Line &line : m_pages.at(index))
            painter.drawText(line.baseline * scale, line.text);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace casebook::bench
