// SPDX-License-Identifier: GPL-3.0-or-later
#include "generateddocuments.h"
#include "importers/importerregistry.h"
#include "importers/ocr/imageimporter.h"
#include "importers/ocr/ocrengine.h"
#include "importers/pdf/pdfimporter.h"
#include "importers/pdf/pdftextlayer.h"
#include "session/importjob.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const OcrSettings english { u"eng"_s };
const OcrSettings chineseAndEnglish {}; // the default, eng+chi_sim

/// A scanned page as OCR software leaves it: the scan as an image, and over it an invisible text layer (render
/// mode 3) — here garbage, as a broken character map gives. Written by hand: QPdfWriter makes no invisible text.
QByteArray scanWithGarbageTextLayer(const QImage &scan, const QByteArray &garbage)
{
    const QImage gray = scan.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
    const QByteArray deflated = qCompress(pixels).mid(4); // a zlib stream without Qt's length prefix
    const QByteArray content = "q 420 0 0 595 0 0 cm /Scan Do Q BT 3 Tr /F1 11 Tf 40 540 Td (" + garbage + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Contents 4 0 R "
        "/Resources << /XObject << /Scan 5 0 R >> /Font << /F1 6 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(gray.width()) + " /Height "
            + QByteArray::number(gray.height()) + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "
            + "/Length " + QByteArray::number(deflated.size()) + " >>\nstream\n" + deflated + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    return generated::handWrittenPdf(objects);
}

LaidOutPage pageOfText(const QString &text)
{
    LaidOutPage page;
    page.lines.append({ text, QRectF(40, 40, 400, 12), true });
    return page;
}

QString twoParagraphs(int first)
{
    return generated::englishParagraph(first) + u"\n\n"_s + generated::englishParagraph(first + 1);
}

} // namespace

/// OCR with Tesseract on scans the test paints: PDF pages without a text layer, images in every format the
/// importer reads, Chinese and English, a faint scan; pages and their confidences recorded.
class TestOcrImporter : public QObject
{
    Q_OBJECT

private:
    OcrEngine m_engine { 2 };

private Q_SLOTS:
    void imageOnlyPdfPageIsRead()
    {
        // page 1 has a text layer, page 2 is a scan: only page 2 goes through OCR
        const QByteArray bytes = generated::pdf({
            [](QPainter &painter, const QRectF &page) {
                generated::paintText(painter, page.adjusted(60, 60, -60, -60), twoParagraphs(0));
            },
            generated::imagePage(generated::scan(twoParagraphs(2))),
        });
        const ImportedArticle article = PdfImporter(english, &m_engine).read({ u"/in/mixed.pdf"_s, bytes, {} });
        QCOMPARE(article.pages.size(), 2);
        QCOMPARE(article.pages.at(0).method, ArticlePage::Method::TextLayer);
        QCOMPARE(article.pages.at(1).method, ArticlePage::Method::Ocr);
        QVERIFY(article.pages.at(1).ocrConfidence);
        QVERIFY2(*article.pages.at(1).ocrConfidence > 80,
                 qPrintable(QString::number(*article.pages.at(1).ocrConfidence)));
        const QString scanned = article.text.mid(article.pages.at(1).start);
        QVERIFY2(generated::recall(twoParagraphs(2), scanned) >= 0.95, qPrintable(scanned));
        QVERIFY2(generated::recall(twoParagraphs(0), article.text.left(article.pages.at(1).start)) >= 0.98,
                 qPrintable(article.text));
    }

    void garbageTextLayerIsReadByOcr()
    {
        // consonant soup over a real scan: the text layer is thrown away and the page read from its image
        const QImage scan = generated::scan(generated::englishParagraph(2));
        const QByteArray garbage = "Xzqvb Krtpl Mnbvc Zxqwr Tplkj Hgfds Qwrtp Lkjhg Bvcxz Nmlkp Rtzqx Vbnml";
        const ImportedArticle article
            = PdfImporter(english, &m_engine).read({ u"/in/ocrd.pdf"_s, scanWithGarbageTextLayer(scan, garbage), {} });
        QCOMPARE(article.pages.value(0).method, ArticlePage::Method::Ocr);
        QVERIFY2(!article.text.contains(u"Xzqvb"_s), qPrintable(article.text));
        QVERIFY2(generated::recall(generated::englishParagraph(2), article.text) >= 0.95, qPrintable(article.text));
    }

    void usableTextLayer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("usable");
        QTest::newRow("English") << generated::englishParagraph(0) << true;
        QTest::newRow("Chinese") << generated::chineseParagraph(0) << true;
        QTest::newRow("a page number only") << u"12"_s << false;
        QTest::newRow("symbols") << u"!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~"_s << false;
        QTest::newRow("controls") << QString(60, QChar(0x0003)) << false;
        QTest::newRow("private use") << QString(60, QChar(0xE017)) << false;
        QTest::newRow("consonant soup")
            << u"Xzqvb Krtpl Mnbvc Zxqwr Tplkj Hgfds Qwrtp Lkjhg Bvcxz Nmlkp Rtzqx Vbnml Xzqvb Krtpl Mnbvc Zxqwr Tplkj "
               u"Hgfds Qwrtp Lkjhg Bvcxz Nmlkp Rtzqx Vbnml Xzqvb Krtpl Mnbvc Zxqwr Tplkj Hgfds Qwrtp Lkjhg Bvcxz"_s
            << false;
    }

    void usableTextLayer()
    {
        QFETCH(QString, text);
        QFETCH(bool, usable);
        QCOMPARE(PdfTextLayer::isUsable(pageOfText(text)), usable);
    }

    void pdfAndWebPageOfOneStoryAreLinked()
    {
        // the same story saved as a web page and printed to PDF: one article and its near-duplicate
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(u"in"_s));
        QString body;
        for (int i = 0; i < 6; ++i)
            body += u"<p>"_s + generated::englishParagraph(i) + u"</p>"_s;
        QFile html(dir.filePath(u"in/a-story.html"_s));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write((u"<html><head><title>Dredging plan divides the estuary</title></head><body><article><h1>Dredging "
                    u"plan divides the estuary</h1>"_s
                    + body + u"</article></body></html>"_s)
                       .toUtf8());
        html.close();
        QFile pdf(dir.filePath(u"in/b-story.pdf"_s));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(generated::pdf({ [](QPainter &painter, const QRectF &page) {
            QString text = u"Dredging plan divides the estuary"_s;
            for (int i = 0; i < 6; ++i)
                text += u"\n\n"_s + generated::englishParagraph(i);
            generated::paintText(painter, page.adjusted(60, 60, -60, -60), text, {}, 10);
        } }));
        pdf.close();
        CasebookWriter writer(dir.filePath(u"story.casebook"_s));
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters(english);
        const ImportSummary summary = ImportJob(writer, registry).run({ dir.filePath(u"in"_s) });
        QCOMPARE(summary.counts.added, 2);
        QCOMPARE(summary.counts.duplicates, 1);
    }

    void chineseScan()
    {
        const QString text = generated::chineseParagraph(0) + u"\n\n"_s + generated::chineseParagraph(1);
        const QImage image = generated::scan(text, u"WenQuanYi Micro Hei"_s);
        const ImportedArticle article = ImageImporter(chineseAndEnglish, &m_engine)
                                            .read({ u"/in/post.png"_s, generated::encode({ image }, "PNG"), {} });
        QCOMPARE(article.format, u"image"_s);
        QVERIFY2(generated::recall(text, article.text) >= 0.9, qPrintable(article.text));
        // Tesseract's spaces between Chinese characters are gone
        QVERIFY2(!article.text.contains(u"港 口"_s), qPrintable(article.text));
        QCOMPARE(article.meta.language, u"zh-Hans"_s);
    }

    void imageFormats_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("PNG") << QByteArray("PNG") << u"scan.png"_s;
        QTest::newRow("JPEG") << QByteArray("JPEG") << u"scan.jpg"_s;
        QTest::newRow("WebP") << QByteArray("WEBP") << u"scan.webp"_s;
    }

    void imageFormats()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, name);
        const QByteArray bytes = generated::encode({ generated::scan(generated::englishParagraph(5)) }, format);
        QVERIFY(!bytes.isEmpty());
        const ImportedArticle article = ImageImporter(english, &m_engine).read({ u"/in/"_s + name, bytes, {} });
        QVERIFY2(generated::recall(generated::englishParagraph(5), article.text) >= 0.95, qPrintable(article.text));
        QCOMPARE(article.pages.size(), 1);
        QCOMPARE(article.pages.at(0).method, ArticlePage::Method::Ocr);
    }

    void multiPageTiff()
    {
        const QByteArray bytes = generated::encode(
            { generated::scan(generated::englishParagraph(0)), generated::scan(generated::englishParagraph(3)) },
            "TIFF");
        const ImportedArticle article = ImageImporter(english, &m_engine).read({ u"/in/fax.tif"_s, bytes, {} });
        QCOMPARE(article.pages.size(), 2);
        QVERIFY(article.pages.at(1).start > 0);
        QVERIFY2(generated::recall(generated::englishParagraph(3), article.text.mid(article.pages.at(1).start)) >= 0.95,
                 qPrintable(article.text));
        QVERIFY2(generated::recall(generated::englishParagraph(0), article.text.left(article.pages.at(1).start))
                     >= 0.95,
                 qPrintable(article.text));
    }

    void faintScanIsReadAndScored()
    {
        // light grey ink on white, as a washed-out photocopy
        const QImage faint = generated::scan(generated::englishParagraph(1), {}, 200);
        const ImportedArticle article
            = ImageImporter(english, &m_engine).read({ u"/in/faint.png"_s, generated::encode({ faint }, "PNG"), {} });
        QVERIFY2(generated::recall(generated::englishParagraph(1), article.text) >= 0.8, qPrintable(article.text));
        QVERIFY(article.pages.at(0).ocrConfidence);
        QVERIFY(*article.pages.at(0).ocrConfidence > 0 && *article.pages.at(0).ocrConfidence <= 100);
    }

    void noiseIsFlaggedLowConfidence()
    {
        // scribbles that look like ink but are no writing: OCR finds no text, or whatever it makes of them is flagged
        QImage noise(1200, 800, QImage::Format_Grayscale8);
        noise.fill(Qt::white);
        {
            QPainter painter(&noise);
            painter.setPen(QPen(Qt::black, 3));
            for (int i = 0; i < 60; ++i)
                painter.drawLine(QPointF(40 + (i * 97) % 1100, 40 + (i * 53) % 700),
                                 QPointF(60 + (i * 31) % 1100, 60 + (i * 71) % 700));
        }
        try {
            const ImportedArticle article = ImageImporter(english, &m_engine)
                                                .read({ u"/in/noise.png"_s, generated::encode({ noise }, "PNG"), {} });
            QVERIFY2(article.pages.at(0).isLowConfidence(),
                     qPrintable(QString::number(article.pages.at(0).ocrConfidence.value_or(-1)) + article.text));
        } catch (const CasebookError &error) {
            QCOMPARE(error.message(), u"holds no text, not even after OCR"_s);
        }
    }

    void blankImageHoldsNoText()
    {
        QImage blank(800, 600, QImage::Format_Grayscale8);
        blank.fill(Qt::white);
        try {
            ImageImporter(english, &m_engine).read({ u"/in/blank.png"_s, generated::encode({ blank }, "PNG"), {} });
            QFAIL("a blank image became an article");
        } catch (const CasebookError &error) {
            QCOMPARE(error.message(), u"holds no text, not even after OCR"_s);
        }
    }

    void unreadableImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        const QByteArray png = generated::encode({ generated::scan(u"Short"_s) }, "PNG");
        QTest::newRow("truncated PNG") << png.left(200) << u"cut.png"_s
                                       << u"is a PNG image that cannot be decoded (damaged or truncated)"_s;
        QTest::newRow("text named .jpg") << QByteArray("not a photo") << u"photo.jpg"_s
                                         << u"is named .jpg but is not an image"_s;
        QTest::newRow("empty .png") << QByteArray() << u"empty.png"_s << u"is empty (0 bytes), not an image"_s;
    }

    void unreadableImages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        try {
            ImporterRegistry::withDefaultImporters(english).read({ u"/in/"_s + name, bytes, {} });
            QFAIL("an unreadable image was imported");
        } catch (const CasebookError &error) {
            QCOMPARE(error.message(), reason);
        }
    }

    void unknownLanguageIsNamed()
    {
        const OcrSettings klingon { u"tlh"_s };
        try {
            OcrEngine::checkLanguages(klingon);
            QFAIL("an unknown language was accepted");
        } catch (const CasebookError &error) {
            QVERIFY2(error.message().contains(u"'tlh'"_s), qPrintable(error.message()));
        }
    }

    void cancelStopsOcr()
    {
        SourceFile file { u"/in/scan.png"_s, generated::encode({ generated::scan(twoParagraphs(0)) }, "PNG"), {} };
        file.limits.isCanceled = [] { return true; };
        try {
            ImageImporter(english, &m_engine).read(file);
            QFAIL("a cancelled read finished");
        } catch (const CasebookError &error) {
            QCOMPARE(error.message(), u"was not finished: the import was cancelled"_s);
        }
    }
};

QTEST_MAIN(TestOcrImporter)
#include "tst_ocrimporter.moc"
