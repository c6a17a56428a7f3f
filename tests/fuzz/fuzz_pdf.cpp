// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the PDF front-end without OCR (Tesseract is too slow to fuzz through): Poppler opens the bytes, the text
// layer of each of the first pages is laid out (PdfTextLayer), the usable pages become an article (PagedArticle:
// running text, paragraphs, metadata) and the first page is rendered small, as the page view does (PageImage).
#include "fuzztarget.h"
#include "importers/paged/pagedarticle.h"
#include "importers/pageimage.h"
#include "importers/pdf/pdftextlayer.h"
#include "util/casebookerror.h"

#include <QVariant>
#include <poppler-qt6.h>

using namespace casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr int pagesToRead = 4; // every page goes through the same code; more would only slow the fuzzer
constexpr int thumbnailDotsPerInch = 18;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool silenced = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, {});
        return true;
    }();
    Q_UNUSED(silenced)
    SourceFile file;
    file.path = u"/fuzz/document.pdf"_s;
    file.bytes = fuzz::bytes(data, size);
    file.modified = QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
    file.readAt = file.modified;
    const auto document = Poppler::Document::loadFromData(file.bytes);
    if (!document || document->isLocked())
        return 0;
    QList<LaidOutPage> pages;
    for (int index = 0; index < std::min(document->numPages(), pagesToRead); ++index) {
        const auto page = document->page(index);
        if (!page)
            continue;
        LaidOutPage text = PdfTextLayer::read(*page, index + 1, file.limits);
        if (PdfTextLayer::isUsable(text))
            pages.append(std::move(text));
    }
    try {
        PagedArticle::build(file, u"pdf"_s, std::move(pages), {});
    } catch (const CasebookError &) { }
    PageImage::render(file.bytes, u"pdf"_s, 1, thumbnailDotsPerInch);
    return 0;
}
