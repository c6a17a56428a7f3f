// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/ocr/ocrpagebatch.h"

#include <QSizeF>

namespace casebook {

/// PDF documents through Poppler (Qt 6 binding): each page's text layer when it has a usable one
/// (PdfTextLayer), otherwise the page rendered at 300 dpi and read by OCR (OcrEngine, a page per task). Pages
/// are recorded in the article; title, author and creation date come from the document's info dictionary.
/// Encrypted, damaged and empty files are refused with the reason; a page that fails to render fails the file,
/// since a hole in an article would go unnoticed.
class PdfImporter : public OcrReadingImporter
{
public:
    static constexpr int renderDotsPerInch = 300;
    /// The most pixels a page is rendered with for OCR: 60 megapixels is an A1 page at 277 dpi. A poster-sized or
    /// hostile page (a MediaBox of 200 × 200 inches is 3.6 gigapixels at 300 dpi) would otherwise take gigabytes.
    static constexpr double maxRenderPixels = 60e6;
    /// The largest image a PDF may declare for its pages to be rendered (for OCR, for the page view): Poppler
    /// decodes every image at its full size, and 300 megapixels is already 900 MB in colour (PdfStreamScan).
    static constexpr double maxDecodedImagePixels = 300e6;
    /// The resolution a page of `pagePoints` (1/72 inch) is rendered at: `wanted` dpi (for OCR, 300), less for
    /// pages so large that it would pass maxRenderPixels; at least 1.
    static double renderResolutionFor(const QSizeF &pagePoints, double wanted = renderDotsPerInch);

    using OcrReadingImporter::OcrReadingImporter;

    QString format() const override;
    int confidence(const SourceFile &file) const override;
    ImportedArticle read(const SourceFile &file) const override;
};

} // namespace casebook
