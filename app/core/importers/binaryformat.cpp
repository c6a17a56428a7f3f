// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryformat.h"

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

/// A format an importer may read one day: "is a PDF document; PDF import is not available yet".
BinaryFormat notYet(const QString &kind, const QString &description, const QString &what)
{
    return { kind, description, u"is %1; %2 is not available yet"_s.arg(description, what) };
}

/// A format that holds no article: "is an SQLite database; Casebook imports articles, not databases".
BinaryFormat never(const QString &kind, const QString &description, const QString &what)
{
    return { kind, description, u"is %1; Casebook imports articles, not %2"_s.arg(description, what) };
}

bool startsWith(QByteArrayView bytes, QByteArrayView magic, qsizetype offset = 0)
{
    return bytes.size() >= offset + magic.size() && bytes.sliced(offset, magic.size()) == magic;
}

quint32 littleEndian32(QByteArrayView bytes, qsizetype offset)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | quint8(bytes[offset + i]);
    return value;
}

/// An image the image importer does not decode (HEIC, AVIF, ICO); PNG, JPEG, TIFF, WebP, GIF and BMP it reads.
BinaryFormat image(const QString &name)
{
    return { u"image"_s, u"a %1 image"_s.arg(name),
             u"is a %1 image; Casebook reads PNG, JPEG, TIFF, WebP, GIF and BMP images (convert it to one)"_s.arg(
                 name) };
}

BinaryFormat archive(const QString &name)
{
    return notYet(u"archive"_s, u"a %1 archive"_s.arg(name), u"importing from archives (unpack it first)"_s);
}

/// A ZIP archive, or one of the document formats packaged as one: the names of its entries are stored
/// uncompressed, so the bytes tell a DOCX from an EPUB.
BinaryFormat zipArchive(QByteArrayView bytes)
{
    // OpenDocument and EPUB start with an uncompressed "mimetype" entry (ODF 1.2 part 3, EPUB OCF 3.0).
    if (startsWith(bytes, "mimetypeapplication/epub+zip", 30))
        return notYet(u"document"_s, u"an EPUB e-book"_s, u"EPUB import"_s);
    if (startsWith(bytes, "mimetypeapplication/vnd.oasis.opendocument.", 30))
        return notYet(u"document"_s, u"an OpenDocument file (ODT, ODS, ODP)"_s, u"OpenDocument import"_s);
    if (bytes.indexOf("word/document.xml") >= 0 || bytes.indexOf("word/_rels/") >= 0)
        return notYet(u"document"_s, u"a Word document (DOCX)"_s, u"Word import"_s);
    if (bytes.indexOf("xl/workbook.xml") >= 0)
        return notYet(u"document"_s, u"an Excel workbook (XLSX)"_s, u"spreadsheet import"_s);
    if (bytes.indexOf("ppt/presentation.xml") >= 0)
        return notYet(u"document"_s, u"a PowerPoint presentation (PPTX)"_s, u"presentation import"_s);
    return archive(u"ZIP"_s);
}

/// "BM" starts plenty of text ("BMW said…"); a bitmap also has four zero reserved bytes and a pixel offset
/// inside the file.
bool isBitmap(QByteArrayView bytes)
{
    if (!startsWith(bytes, "BM") || bytes.size() < 26)
        return false;
    if (littleEndian32(bytes, 6) != 0)
        return false;
    const quint32 pixels = littleEndian32(bytes, 10);
    return pixels >= 26 && pixels < 0x10000;
}

/// "MZ" alone could start text; a Windows executable has binary header fields right after it.
bool isDosExecutable(QByteArrayView bytes)
{
    if (!startsWith(bytes, "MZ") || bytes.size() < 64)
        return false;
    const quint32 peOffset = littleEndian32(bytes, 0x3c);
    if (peOffset + 4 <= quint32(bytes.size()) && startsWith(bytes, QByteArrayView("PE\0\0", 4), peOffset))
        return true;
    return bytes.first(64).contains('\0');
}

} // namespace

std::optional<BinaryFormat> BinaryFormat::identify(QByteArrayView bytes)
{
    // Documents
    if (startsWith(bytes, "%PDF-")) // read by PdfImporter, which explains what is wrong with a damaged one
        return BinaryFormat { u"pdf"_s, u"a PDF document"_s, u"is a PDF document"_s };
    if (startsWith(bytes, "%!PS"))
        return notYet(u"document"_s, u"a PostScript document"_s, u"PostScript import"_s);
    if (startsWith(bytes, "{\\rtf"))
        return notYet(u"document"_s, u"an RTF document"_s, u"RTF import"_s);
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return notYet(u"document"_s, u"a Microsoft Office document (DOC, XLS, PPT)"_s, u"Office document import"_s);

    // Images
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n"))
        return image(u"PNG"_s);
    if (startsWith(bytes, "\xFF\xD8\xFF"))
        return image(u"JPEG"_s);
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a"))
        return image(u"GIF"_s);
    if (startsWith(bytes, QByteArrayView("II*\0", 4)) || startsWith(bytes, QByteArrayView("MM\0*", 4))
        || startsWith(bytes, QByteArrayView("II+\0", 4)) || startsWith(bytes, QByteArrayView("MM\0+", 4)))
        return image(u"TIFF"_s);
    if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8))
        return image(u"WebP"_s);
    if (isBitmap(bytes))
        return image(u"BMP"_s);
    if (startsWith(bytes, QByteArrayView("\0\0\1\0", 4)) && bytes.size() > 6 && bytes[4] != 0)
        return image(u"ICO"_s);
    if (startsWith(bytes, "ftyp", 4)) {
        for (const char *brand : { "heic", "heix", "mif1", "avif" })
            if (startsWith(bytes, brand, 8))
                return image(brand == QByteArrayView("avif") ? u"AVIF"_s : u"HEIC"_s);
        return notYet(u"media"_s, u"a video (MP4, QuickTime)"_s, u"video import"_s);
    }

    // Archives
    if (startsWith(bytes, "PK\x03\x04") || startsWith(bytes, "PK\x05\x06") || startsWith(bytes, "PK\x07\x08"))
        return zipArchive(bytes);
    if (startsWith(bytes, "\x1F\x8B"))
        return archive(u"gzip"_s);
    if (startsWith(bytes, "BZh") && startsWith(bytes, "1AY&SY", 4))
        return archive(u"bzip2"_s);
    if (startsWith(bytes,
                   QByteArrayView("\xFD"
                                  "7zXZ\0",
                                  6)))
        return archive(u"xz"_s);
    if (startsWith(bytes, "\x28\xB5\x2F\xFD"))
        return archive(u"Zstandard"_s);
    if (startsWith(bytes, "7z\xBC\xAF\x27\x1C"))
        return archive(u"7z"_s);
    if (startsWith(bytes, "Rar!\x1A\x07"))
        return archive(u"RAR"_s);
    if (startsWith(bytes, "ustar", 257))
        return archive(u"tar"_s);

    // Databases and programs
    if (startsWith(bytes, QByteArrayView("SQLite format 3\0", 16)))
        return never(u"database"_s, u"an SQLite database"_s, u"databases"_s);
    // Mach-O and Java class magics could, in theory, start a GBK text; their headers that follow hold zeros.
    const bool machO = (startsWith(bytes, "\xFE\xED\xFA\xCE") || startsWith(bytes, "\xFE\xED\xFA\xCF")
                        || startsWith(bytes, "\xCE\xFA\xED\xFE") || startsWith(bytes, "\xCF\xFA\xED\xFE")
                        || startsWith(bytes, "\xCA\xFE\xBA\xBE"))
        && bytes.first(std::min<qsizetype>(bytes.size(), 16)).contains('\0');
    if (startsWith(bytes,
                   "\x7F"
                   "ELF")
        || isDosExecutable(bytes) || machO || startsWith(bytes, QByteArrayView("\0asm", 4)))
        return never(u"executable"_s, u"a program (executable or library)"_s, u"programs"_s);

    // Audio and video
    if (startsWith(bytes, "ID3") || startsWith(bytes, "OggS") || startsWith(bytes, "fLaC")
        || (startsWith(bytes, "RIFF") && startsWith(bytes, "WAVE", 8)))
        return notYet(u"media"_s, u"an audio file"_s, u"audio import"_s);
    if (startsWith(bytes, "\x1A\x45\xDF\xA3") || (startsWith(bytes, "RIFF") && startsWith(bytes, "AVI ", 8)))
        return notYet(u"media"_s, u"a video"_s, u"video import"_s);
    return std::nullopt;
}

} // namespace casebook
