// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/binaryformat.h"
#include "importers/importerregistry.h"
#include "util/casebookerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// A few bytes of a file of that kind: its magic, then something that would decode as text.
QByteArray sample(QByteArrayView magic, qsizetype at = 0)
{
    QByteArray bytes(at, ' ');
    bytes += magic.toByteArray();
    bytes += "1 0 obj\n<< /Title (Looks like text) >>\nendobj\nSome words that a text decoder would accept.\n";
    return bytes;
}

QByteArray zipWith(QByteArrayView firstEntry, QByteArrayView content = "x")
{
    QByteArray bytes("PK\x03\x04", 4);
    bytes += QByteArray(26, '\x01');
    bytes += firstEntry.toByteArray();
    bytes += content.toByteArray();
    return bytes;
}

QByteArray bitmap()
{
    QByteArray bytes("BM", 2);
    bytes += QByteArray("\x46\x00\x00\x00", 4); // file size
    bytes += QByteArray(4, '\0'); // reserved
    bytes += QByteArray("\x36\x00\x00\x00", 4); // pixel offset
    bytes += QByteArray(40, '\x02');
    return bytes;
}

QByteArray windowsExecutable()
{
    QByteArray bytes("MZ", 2);
    bytes += QByteArray(0x3a, '\x90');
    bytes += QByteArray("\x40\x00\x00\x00", 4);
    bytes += QByteArray("PE\0\0", 4);
    bytes += QByteArray(32, '\x03');
    return bytes;
}

/// Whatever the name says (.txt, .html, .md, .pdf, no suffix), the bytes are refused with `reason`.
void refusedUnderEveryName(const QByteArray &bytes, const QString &reason)
{
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    for (const QString &name : { u"article.txt"_s, u"page.html"_s, u"note.md"_s, u"README"_s, u"scan.pdf"_s }) {
        try {
            registry.read({ u"/in/"_s + name, bytes, {} });
            QFAIL(qPrintable(name + u" was imported"_s));
        } catch (const CasebookError &error) {
            QCOMPARE(error.message(), reason);
        }
    }
}

} // namespace

/// Files whose bytes are a PDF, an image, an archive or another binary format are refused by their content,
/// whatever their names, with a reason naming the kind; the rest of a batch goes on.
class TestUnsupportedFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("HEIC") << sample(QByteArrayView("\0\0\0\x18"
                                                       "ftypheic",
                                                       12))
                              << u"image"_s << u"is a HEIC image; Casebook reads PNG, JPEG, TIFF, WebP, GIF and BMP"_s;
        QTest::newRow("ZIP") << zipWith("notes/a.txt") << u"archive"_s
                             << u"is a ZIP archive; importing from archives (unpack it first) is not available yet"_s;
        QTest::newRow("DOCX") << zipWith("[Content_Types].xml", "...PK\x03\x04....word/document.xml") << u"document"_s
                              << u"is a Word document (DOCX); Word import is not available yet"_s;
        QTest::newRow("EPUB") << zipWith("mimetype", "application/epub+zip") << u"document"_s
                              << u"is an EPUB e-book; EPUB import is not available yet"_s;
        QTest::newRow("ODT") << zipWith("mimetype", "application/vnd.oasis.opendocument.text") << u"document"_s
                             << u"is an OpenDocument file"_s;
        QTest::newRow("gzip") << sample("\x1F\x8B\x08\0\0\0\0\0") << u"archive"_s << u"is a gzip archive"_s;
        QTest::newRow("7z") << sample("7z\xBC\xAF\x27\x1C\0\x04") << u"archive"_s << u"is a 7z archive"_s;
        QTest::newRow("RAR") << sample("Rar!\x1A\x07\x01\0") << u"archive"_s << u"is a RAR archive"_s;
        QTest::newRow("tar") << sample("ustar\x0000", 257) << u"archive"_s << u"is a tar archive"_s;
        QTest::newRow("xz") << sample(QByteArrayView("\xFD"
                                                     "7zXZ\0\0",
                                                     7))
                            << u"archive"_s << u"is a xz archive"_s;
        QTest::newRow("bzip2") << sample("BZh91AY&SY") << u"archive"_s << u"is a bzip2 archive"_s;
        QTest::newRow("SQLite") << sample(QByteArrayView("SQLite format 3\0\x10\0", 19)) << u"database"_s
                                << u"is an SQLite database; Casebook imports articles, not databases"_s;
        QTest::newRow("ELF") << sample("\x7F"
                                       "ELF\x02\x01\x01")
                             << u"executable"_s << u"is a program (executable or library)"_s;
        QTest::newRow("Windows executable") << windowsExecutable() << u"executable"_s << u"is a program"_s;
        QTest::newRow("Mach-O") << sample(QByteArrayView("\xCF\xFA\xED\xFE\x07\0\0\x01", 8)) << u"executable"_s
                                << u"is a program"_s;
        QTest::newRow("Word 97") << sample("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << u"document"_s
                                 << u"is a Microsoft Office document"_s;
        QTest::newRow("RTF") << sample("{\\rtf1\\ansi ") << u"document"_s << u"is an RTF document"_s;
        QTest::newRow("MP3") << sample("ID3\x04\0\0") << u"media"_s << u"is an audio file"_s;
    }

    void refusedByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const auto format = BinaryFormat::identify(bytes);
        QVERIFY(format);
        QCOMPARE(format->kind, kind);
        QVERIFY2(format->reason.startsWith(reason), qPrintable(format->reason));
        refusedUnderEveryName(bytes, format->reason);
    }

    void readByTheirImportersWhateverTheName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        const QString damagedPdf = u"is a damaged or truncated PDF document that cannot be opened"_s;
        const auto damagedImage = [](const QString &name) {
            return u"is a %1 image that cannot be decoded (damaged or truncated)"_s.arg(name);
        };
        QTest::newRow("PDF") << sample("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") << u"pdf"_s << damagedPdf;
        QTest::newRow("PNG") << sample("\x89PNG\r\n\x1A\n\0\0\0\rIHDR") << u"image"_s << damagedImage(u"PNG"_s);
        QTest::newRow("JPEG") << sample("\xFF\xD8\xFF\xE0\0\x10JFIF") << u"image"_s << damagedImage(u"JPEG"_s);
        QTest::newRow("GIF") << sample("GIF89a\x01\0\x01\0") << u"image"_s << damagedImage(u"GIF"_s);
        QTest::newRow("TIFF little-endian")
            << sample(QByteArrayView("II*\0\x08\0\0\0", 8)) << u"image"_s << damagedImage(u"TIFF"_s);
        QTest::newRow("TIFF big-endian") << sample(QByteArrayView("MM\0*\0\0\0\x08", 8)) << u"image"_s
                                         << damagedImage(u"TIFF"_s);
        QTest::newRow("WebP") << sample(QByteArrayView("RIFF\x24\0\0\0WEBPVP8 ", 16)) << u"image"_s
                              << damagedImage(u"WebP"_s);
        QTest::newRow("BMP") << bitmap() << u"image"_s << damagedImage(u"BMP"_s);
    }

    void readByTheirImportersWhateverTheName()
    {
        // The PDF and image importers take these by their bytes, whatever the name, and say what is wrong.
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QCOMPARE(BinaryFormat::identify(bytes).value_or(BinaryFormat {}).kind, kind);
        refusedUnderEveryName(bytes, reason);
    }

    void textIsNotMistakenForBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("BMW") << QByteArray("BMW and Nio said on Monday that they would share charging networks.");
        QTest::newRow("MZ") << QByteArray("MZ Bank opened two branches in Shenzhen this year, the lender said.");
        QTest::newRow("PK") << QByteArray("PK-12 schools will get new laptops, the district announced.");
        QTest::newRow("ID") << QByteArray("ID cards issued after March carry a chip.");
        QTest::newRow("PDF mentioned") << QByteArray("The %PDF-1.4 header starts every PDF file.");
        QTest::newRow("Chinese") << QString(u"为了推进人工智能的发展"_s).toUtf8();
        QTest::newRow("UTF-16 BOM") << QByteArray("\xFF\xFEH\0i\0", 6);
    }

    void textIsNotMistakenForBinary()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!BinaryFormat::identify(bytes));
    }

    void theBatchGoesOn()
    {
        // A PDF among text files: it is refused, the others read.
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
        const QByteArray text
            = "Grid operator tests models\n\nThe operator said on Monday that two models would forecast "
              "demand for the coming winter, a first for the region.";
        QCOMPARE(registry.read({ u"/in/a.txt"_s, text, {} }).meta.title, u"Grid operator tests models"_s);
        QVERIFY_THROWS_EXCEPTION(CasebookError, registry.read({ u"/in/b.txt"_s, sample("%PDF-1.7\n"), {} }));
        QCOMPARE(registry.read({ u"/in/c.txt"_s, text, {} }).meta.title, u"Grid operator tests models"_s);
    }
};

QTEST_GUILESS_MAIN(TestUnsupportedFormats)
#include "tst_unsupportedformats.moc"
