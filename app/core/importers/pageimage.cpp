// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageimage.h"

#include "ocr/imageimporter.h"
#include "pdf/pdfimporter.h"
#include "pdf/pdfstreamscan.h"
#include "util/casebookerror.h"

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace casebook::PageImage {

QImage render(const QByteArray &original, const QString &format, int page, int dotsPerInch)
{
    if (page < 1 || original.isEmpty())
        return {};
    if (format == u"pdf") {
        // What would make Poppler decode without end is not shown (the importer refused to render it too).
        const PdfStreamScan streams = PdfStreamScan::of(original);
        if (streams.jbig2NonImageStreams > 0 || streams.largestImagePixels > PdfImporter::maxDecodedImagePixels)
            return {};
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(original);
        if (!document || document->isLocked() || page > document->numPages())
            return {};
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1);
        if (!pdfPage)
            return {};
        const double dpi = PdfImporter::renderResolutionFor(pdfPage->pageSizeF(), dotsPerInch);
        return pdfPage->renderToImage(dpi, dpi);
    }
    if (format == u"image") {
        QList<QImage> pages;
        try {
            pages = ImageImporter::decode(original);
        } catch (const CasebookError &) {
            return {}; // it was read at import; a file that no longer decodes has no page to show
        }
        if (page > pages.size())
            return {};
        QImage image = pages.at(page - 1);
        // Scans come at 300 dpi or so: a screen needs a third of that.
        const int width = qMax(1, image.width() * dotsPerInch / 300);
        return width < image.width() ? image.scaledToWidth(width, Qt::SmoothTransformation) : image;
    }
    return {};
}

} // namespace casebook::PageImage
