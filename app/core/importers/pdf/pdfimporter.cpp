// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporter.h"

#include "importers/binaryformat.h"
#include "importers/paged/pagedarticle.h"
#include "pdfstreamscan.h"
#include "pdftextlayer.h"
#include "util/casebookerror.h"

#include <QVariant>
#include <cmath>
#include <mutex>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

/// Poppler reports every oddity of a damaged file on stderr; the importer reports the outcome instead.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, {}); });
}

std::unique_ptr<Poppler::Document> open(const QByteArray &bytes)
{
    silencePoppler();
    return Poppler::Document::loadFromData(bytes);
}

bool shouldAbortRender(const QVariant &limits)
{
    return reinterpret_cast<const ReadLimits *>(limits.value<quintptr>())->shouldStop();
}

/// A page rendered for OCR, in the task that reads it: each task opens the document itself, since a Poppler
/// document is not to be shared between threads.
QImage renderPage(const QByteArray &bytes, int index, const ReadLimits &limits)
{
    const auto document = open(bytes);
    if (!document)
        return {};
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const auto page = document->page(index);
    if (!page)
        return {};
    const double dpi = PdfImporter::renderResolutionFor(page->pageSizeF());
    QImage image = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
                                       &shouldAbortRender, QVariant::fromValue(reinterpret_cast<quintptr>(&limits)));
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    return image;
}

ArticleMetadata documentMetadata(const Poppler::Document &document)
{
    ArticleMetadata meta;
    const QString title = document.info(u"Title"_s).simplified();
    // Titles that word processors and printers fill in name the file, not the story.
    static const QStringList placeholders = { u"untitled"_s, u"microsoft word"_s, u".doc"_s, u".pdf"_s, u"slide 1"_s };
    const bool placeholder = std::any_of(placeholders.cbegin(), placeholders.cend(), [&](const QString &word) {
        return title.contains(word, Qt::CaseInsensitive);
    });
    if (!title.isEmpty() && !placeholder)
        meta.setValue(ArticleField::Title, title, MetadataOrigin::Document);
    const QString author = document.info(u"Author"_s).simplified();
    if (!author.isEmpty())
        meta.setValue(ArticleField::Author, author, MetadataOrigin::Document);
    const QDateTime created = document.date(u"CreationDate"_s);
    if (created.isValid())
        meta.setValue(ArticleField::Published, created.date().toString(Qt::ISODate), MetadataOrigin::Document);
    return meta;
}

} // namespace

double PdfImporter::renderResolutionFor(const QSizeF &pagePoints, double wanted)
{
    const double squareInches = std::abs(pagePoints.width() / 72.0) * std::abs(pagePoints.height() / 72.0);
    if (!(squareInches > 0) || squareInches * wanted * wanted <= maxRenderPixels)
        return wanted;
    // A thousandth less, so that Poppler's rounding up of each side stays within the bound.
    return std::max(1.0, 0.999 * std::sqrt(maxRenderPixels / squareInches));
}

QString PdfImporter::format() const
{
    return u"pdf"_s;
}

int PdfImporter::confidence(const SourceFile &file) const
{
    const auto binary = BinaryFormat::identify(file.bytes);
    if (binary && binary->kind == u"pdf")
        return 100;
    // "not a PDF named .pdf" is this importer's to explain (and a PDF with junk before its header is one)
    return !binary && file.suffix() == u"pdf" ? 100 : 0;
}

ImportedArticle PdfImporter::read(const SourceFile &file) const
{
    const ReadLimits &limits = file.limits;
    if (!file.bytes.left(1024).contains("%PDF-"))
        throw CasebookError(file.bytes.isEmpty() ? u"is empty (0 bytes), not a PDF document"_s
                                                 : u"is named .pdf but is not a PDF document (no %PDF- header)"_s);
    // Read before Poppler decodes anything: it cannot be stopped while it decodes one stream.
    const PdfStreamScan streams = PdfStreamScan::of(file.bytes);
    if (streams.jbig2NonImageStreams > 0)
        throw CasebookError(u"is a PDF document with JBIG2-compressed data that is not an image (JBIG2 is only for "
                            u"images): the shape of a decompression bomb, so it was not read"_s);
    const auto document = open(file.bytes);
    if (!document)
        throw CasebookError(u"is a damaged or truncated PDF document that cannot be opened"_s);
    if (document->isLocked())
        throw CasebookError(u"is an encrypted PDF document that needs a password; save a copy without one"_s);
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        throw CasebookError(u"is a PDF document with no pages"_s);

    QList<LaidOutPage> pages(pageCount);
    int pagesRead = 0;
    const auto pageRead = [&] {
        if (file.onPageRead)
            file.onPageRead(++pagesRead, pageCount);
    };
    OcrPageBatch ocrPages;
    for (int index = 0; index < pageCount; ++index) {
        limits.throwIfStopped();
        const auto page = document->page(index);
        if (!page)
            throw CasebookError(
                u"is a damaged PDF document: page %1 of %2 cannot be read"_s.arg(index + 1).arg(pageCount));
        LaidOutPage text = PdfTextLayer::read(*page, index + 1, limits);
        if (PdfTextLayer::isUsable(text)) {
            pages[index] = std::move(text);
            pageRead();
            continue;
        }
        if (streams.largestImagePixels > maxDecodedImagePixels)
            throw CasebookError(
                u"has no text on page %1 and declares an image of %2 × %3 pixels (%4 megapixels), more than the %5 "
                u"megapixels Casebook decodes to read a page by OCR"_s.arg(index + 1)
                    .arg(streams.largestImageWidth)
                    .arg(streams.largestImageHeight)
                    .arg(qRound64(streams.largestImagePixels / 1e6))
                    .arg(qRound64(maxDecodedImagePixels / 1e6)));
        const QByteArray bytes = file.bytes;
        ocrPages.add(index,
                     ocrEngine().recognise([bytes, index, limits] { return renderPage(bytes, index, limits); },
                                           index + 1, ocrSettings(), limits));
    }
    ocrPages.collectInto(pages, pageRead);
    return PagedArticle::build(file, format(), std::move(pages), documentMetadata(*document));
}

} // namespace casebook
