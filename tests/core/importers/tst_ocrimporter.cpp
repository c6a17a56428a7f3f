// SPDX-License-Identifier: GPL-3.0-or-later
#include "generateddocuments.h"
#include "importers/importerregistry.h"
#include "importers/ocr/imageimporter.h"
#include "importers/ocr/ocrengine.h"
#include "importers/pdf/pdfimporter.h"
#include "util/casebookerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const OcrSettings english { u"eng"_s };
const OcrSettings chineseAndEnglish {}; // the default, eng+chi_sim

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
