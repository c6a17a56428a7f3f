// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the image front-end without OCR: Leptonica decodes the bytes (PNG, JPEG, TIFF with its pages, WebP, GIF,
// BMP) into grey pages, and the page view scales the first one (PageImage). Tesseract itself is not fuzzed here.
#include "fuzztarget.h"
#include "importers/ocr/imageimporter.h"
#include "importers/pageimage.h"
#include "util/casebookerror.h"

using namespace casebook;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    try {
        ImageImporter::decode(bytes);
    } catch (const CasebookError &) { }
    PageImage::render(bytes, u"image"_s, 1, 72);
    return 0;
}
