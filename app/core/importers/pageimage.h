// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace casebook {

/// The page of an original (a PDF, a scan, a multi-page TIFF) as an image, so the analyst can check what OCR read
/// against what the page shows. Pure: bytes in, image out; safe on any thread (each call opens its own document).
namespace PageImage {
/// Page `page` (from 1) of `original`, an article's stored bytes of the format the importer gave ("pdf",
/// "image"), rendered at `dotsPerInch` (PDF) or decoded and scaled to that resolution's width (images). A null
/// image when the format has no pages or the page does not exist.
QImage render(const QByteArray &original, const QString &format, int page, int dotsPerInch);
} // namespace PageImage

} // namespace casebook
