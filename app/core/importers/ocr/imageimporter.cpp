// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageimporter.h"

#include "importers/binaryformat.h"
#include "importers/paged/pagedarticle.h"
#include "util/casebookerror.h"

#include <QSet>
#include <cmath>
#include <leptonica/allheaders.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

/// Leptonica reports a broken image on stderr; the importer reports it with the file's name instead.
void silenceLeptonica()
{
    static std::once_flag once;
    std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

struct PixDeleter
{
    void operator()(PIX *pix) const { pixDestroy(&pix); }
};
using PixPointer = std::unique_ptr<PIX, PixDeleter>;

/// Leptonica's image as an 8-bit grey QImage, with its resolution.
QImage toGrayImage(PIX *source)
{
    const PixPointer gray(pixConvertTo8(source, 0));
    if (!gray)
        return {};
    const int width = int(pixGetWidth(gray.get()));
    const int height = int(pixGetHeight(gray.get()));
    QImage image(width, height, QImage::Format_Grayscale8);
    const l_uint32 *data = pixGetData(gray.get());
    const int wordsPerLine = int(pixGetWpl(gray.get()));
    for (int y = 0; y < height; ++y) {
        const l_uint32 *line = data + qsizetype(y) * wordsPerLine;
        uchar *out = image.scanLine(y);
        for (int x = 0; x < width; ++x)
            out[x] = uchar(GET_DATA_BYTE(line, x));
    }
    const int dpi = int(pixGetXRes(source));
    if (dpi > 0) {
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    }
    return image;
}

bool isTiff(const QByteArray &bytes)
{
    const auto binary = BinaryFormat::identify(bytes);
    return binary && binary->description == u"a TIFF image";
}

/// Where a classic TIFF's first page directory is (the header's offset); 0 when not known (BigTIFF).
size_t firstTiffDirectory(const QByteArray &bytes)
{
    if (bytes.size() < 8)
        return 0;
    const auto byte = [&](int i) { return size_t(quint8(bytes.at(i))); };
    if (bytes.startsWith("II*"))
        return byte(4) | byte(5) << 8 | byte(6) << 16 | byte(7) << 24;
    if (bytes.startsWith(QByteArrayView("MM\0*", 4)))
        return byte(7) | byte(6) << 8 | byte(5) << 16 | byte(4) << 24;
    return 0;
}

} // namespace

QString ImageImporter::format() const
{
    return u"image"_s;
}

int ImageImporter::confidence(const SourceFile &file) const
{
    static const QStringList readable = { u"a PNG image"_s,  u"a JPEG image"_s, u"a TIFF image"_s,
                                          u"a WebP image"_s, u"a GIF image"_s,  u"a BMP image"_s };
    const auto binary = BinaryFormat::identify(file.bytes);
    if (binary && readable.contains(binary->description))
        return 100;
    // an image's name on bytes that are no image: this importer says what is wrong
    static const QStringList suffixes = { u"png"_s, u"jpg"_s, u"jpeg"_s, u"tif"_s, u"tiff"_s, u"webp"_s };
    return !binary && suffixes.contains(file.suffix()) ? 100 : 0;
}

namespace {
/// More pixels than any page scan (600 dpi A3 is 70 million): a few bytes of header can claim gigabytes of pixels,
/// which decoding would allocate before reading a single one (found by fuzzing: tests/data/fuzz-regressions/image/).
constexpr qint64 maximumPixels = 100'000'000;

void requireDecodableSize(const QByteArray &bytes, int width, int height)
{
    if (qint64(width) * qint64(height) > maximumPixels)
        throw CasebookError(
            u"is %1 of %2 × %3 pixels, too large to read (the limit is %4 million pixels)"_s
                .arg(BinaryFormat::identify(bytes) ? BinaryFormat::identify(bytes)->description : u"an image"_s)
                .arg(width)
                .arg(height)
                .arg(maximumPixels / 1'000'000));
}
} // namespace

QList<QImage> ImageImporter::decode(const QByteArray &bytes)
{
    silenceLeptonica();
    const auto *data = reinterpret_cast<const l_uint8 *>(bytes.constData());
    const size_t size = size_t(bytes.size());
    QList<QImage> pages;
    l_int32 width = 0, height = 0, bitsPerSample = 0, samplesPerPixel = 0, resolution = 0, colourMap = 0, format = 0;
    if (isTiff(bytes)) {
        size_t offset = 0; // where the next page's directory is; 0 after the last
        // A damaged file's chain of directories can lead back to a page already read (found by fuzzing:
        // tests/data/fuzz-regressions/image/): each page is read once, and the chain ends where it repeats.
        QSet<size_t> pagesRead { firstTiffDirectory(bytes) };
        do {
            pagesRead.insert(offset);
            if (readHeaderMemTiff(data, size, int(pages.size()), &width, &height, &bitsPerSample, &samplesPerPixel,
                                  &resolution, &colourMap, &format)
                == 0)
                requireDecodableSize(bytes, width, height);
            const PixPointer pix(pixReadMemFromMultipageTiff(data, size, &offset));
            if (!pix)
                break;
            pages.append(toGrayImage(pix.get()));
        } while (offset != 0 && !pagesRead.contains(offset));
    } else {
        if (pixReadHeaderMem(data, size, &format, &width, &height, &bitsPerSample, &samplesPerPixel, &colourMap) == 0)
            requireDecodableSize(bytes, width, height);
        if (const PixPointer pix { pixReadMem(data, size) })
            pages.append(toGrayImage(pix.get()));
    }
    if (pages.isEmpty() || std::any_of(pages.cbegin(), pages.cend(), [](const QImage &page) { return page.isNull(); }))
        throw CasebookError(u"is %1 that cannot be decoded (damaged or truncated)"_s.arg(
            BinaryFormat::identify(bytes) ? BinaryFormat::identify(bytes)->description : u"an image"_s));
    return pages;
}

ImportedArticle ImageImporter::read(const SourceFile &file) const
{
    if (!BinaryFormat::identify(file.bytes))
        throw CasebookError(file.bytes.isEmpty() ? u"is empty (0 bytes), not an image"_s
                                                 : u"is named .%1 but is not an image"_s.arg(file.suffix()));
    const QList<QImage> images = decode(file.bytes);
    OcrPageBatch batch;
    for (qsizetype i = 0; i < images.size(); ++i)
        batch.add(
            i, ocrEngine().recognise([image = images.at(i)] { return image; }, int(i + 1), ocrSettings(), file.limits));
    QList<LaidOutPage> pages(images.size());
    int pagesRead = 0;
    batch.collectInto(pages, [&] {
        if (file.onPageRead)
            file.onPageRead(++pagesRead, int(images.size()));
    });
    return PagedArticle::build(file, format(), std::move(pages), {});
}

} // namespace casebook
