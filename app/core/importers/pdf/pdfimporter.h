// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/ocr/ocrpagebatch.h"

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

    using OcrReadingImporter::OcrReadingImporter;

    QString format() const override;
    int confidence(const SourceFile &file) const override;
    ImportedArticle read(const SourceFile &file) const override;
};

} // namespace casebook
