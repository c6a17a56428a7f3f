// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ocrpagebatch.h"

namespace casebook {

/// Scans and screenshots (PNG, JPEG, TIFF with all its pages, WebP, GIF, BMP), decoded by Leptonica (the image
/// library Tesseract itself reads with) and read by OCR, one page per task.
class ImageImporter : public OcrReadingImporter
{
public:
    using OcrReadingImporter::OcrReadingImporter;

    QString format() const override;
    int confidence(const SourceFile &file) const override;
    ImportedArticle read(const SourceFile &file) const override;

    /// The pages of an image file: one, or every page of a TIFF. Throws CasebookError when Leptonica cannot
    /// decode the bytes.
    static QList<QImage> decode(const QByteArray &bytes);
};

} // namespace casebook
