// SPDX-License-Identifier: GPL-3.0-or-later
#include "generateddocuments.h"
#include "importers/importerregistry.h"
#include "importers/paged/pageparagraphs.h"
#include "importers/paged/runningtextfilter.h"
#include "importers/pageimage.h"
#include "importers/pdf/pdfimporter.h"
#include "importers/pdf/pdfstreamscan.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

ImportedArticle readPdf(const QByteArray &bytes, const QString &name = u"/in/story.pdf"_s)
{
    ImportedArticle article = PdfImporter().read({ name, bytes, QDateTime::currentDateTime() });
    article.computeHashes();
    return article;
}

QString failureOf(const QByteArray &bytes, const QString &name = u"/in/broken.pdf"_s)
{
    try {
        ImporterRegistry::withDefaultImporters().read({ name, bytes, {} });
    } catch (const CasebookError &error) {
        return error.message();
    }
    return {};
}

QByteArray simplePdf()
{
    return generated::pdf({ [](QPainter &painter, const QRectF &page) {
        generated::paintText(painter, page.adjusted(60, 60, -60, -60),
                             generated::englishParagraph(0) + u"\n\n"_s + generated::englishParagraph(1));
    } });
}

/// A one-page PDF of our own writing, written out by hand: the page has the given MediaBox (in points) and
/// `pageEntries` (e.g. "/Contents 4 0 R"); `more` are objects 4, 5, … as written.
QByteArray onePagePdf(int widthPoints, int heightPoints, const QByteArray &pageEntries = {},
                      const QList<QByteArray> &more = {})
{
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(widthPoints) + ' '
            + QByteArray::number(heightPoints) + "] " + pageEntries + " >>",
    };
    objects += more;
    return generated::handWrittenPdf(objects);
}

QByteArray blankPdf(int widthPoints, int heightPoints)
{
    return onePagePdf(widthPoints, heightPoints, "/Resources << >>");
}

/// A stream object: its dictionary entries and some bytes (never decoded by the scan).
QByteArray streamObject(const QByteArray &entries, const QByteArray &data = QByteArray(64, 'x'))
{
    return "<< " + entries + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

} // namespace

/// PDFs with a text layer, made by the test with QPdfWriter: text in reading order with its pages recorded,
/// furniture and hyphenation handled, document metadata read; broken files refused with their reasons.
class TestPdfImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageImagesForTheDocumentPane()
    {
        const QByteArray bytes = generated::pdf({
            [](QPainter &painter, const QRectF &page) { painter.fillRect(page, Qt::white); },
            [](QPainter &painter, const QRectF &page) {
                painter.fillRect(page.adjusted(100, 100, -100, -100), Qt::black);
            },
        });
        const QImage second = PageImage::render(bytes, u"pdf"_s, 2, 72);
        QVERIFY(!second.isNull());
        QCOMPARE(second.width(), 595); // A4 at 72 dpi
        const QColor middle = second.pixelColor(second.width() / 2, second.height() / 2);
        QVERIFY2(middle.lightness() < 60, qPrintable(middle.name())); // the black box of page 2, not page 1
        QVERIFY(PageImage::render(bytes, u"pdf"_s, 3, 72).isNull()); // no such page
        QVERIFY(PageImage::render(bytes, u"text"_s, 1, 72).isNull()); // no pages in a text article
        QVERIFY(PageImage::render(QByteArray("not a pdf"), u"pdf"_s, 1, 72).isNull());
        QImage scan(900, 1200, QImage::Format_RGB32);
        scan.fill(Qt::gray);
        const QImage shown = PageImage::render(generated::encode({ scan }, "PNG"), u"image"_s, 1, 100);
        QCOMPARE(shown.width(), 300); // a 300 dpi scan drawn at 100 dpi
    }

    void englishAndChinesePages()
    {
        const QByteArray bytes = generated::pdf({
            [](QPainter &painter, const QRectF &page) {
                generated::paintText(painter, page.adjusted(60, 60, -60, -60),
                                     generated::englishParagraph(0) + u"\n\n"_s + generated::englishParagraph(1));
            },
            [](QPainter &painter, const QRectF &page) {
                generated::paintText(painter, page.adjusted(60, 60, -60, -60),
                                     generated::chineseParagraph(0) + u"\n\n"_s + generated::chineseParagraph(1),
                                     u"WenQuanYi Micro Hei"_s);
            },
        });
        const ImportedArticle article = readPdf(bytes);
        QCOMPARE(article.format, u"pdf"_s);
        QVERIFY2(generated::recall(generated::englishParagraph(0) + generated::englishParagraph(1), article.text)
                     >= 0.98,
                 qPrintable(article.text));
        QVERIFY2(generated::recall(generated::chineseParagraph(0) + generated::chineseParagraph(1), article.text)
                     >= 0.98,
                 qPrintable(article.text));
        // Chinese lines join without spaces
        QVERIFY2(article.text.contains(u"北部航道的疏浚工程"_s), qPrintable(article.text));

        QCOMPARE(article.pages.size(), 2);
        QCOMPARE(article.pages.at(0).page, 1);
        QCOMPARE(article.pages.at(0).start, 0);
        QCOMPARE(article.pages.at(1).page, 2);
        QCOMPARE(article.pages.at(1).method, ArticlePage::Method::TextLayer);
        QVERIFY(!article.pages.at(1).ocrConfidence);
        QVERIFY2(article.text.mid(article.pages.at(1).start).startsWith(u"港口管理局"_s),
                 qPrintable(article.text.mid(article.pages.at(1).start, 20)));
        const qsizetype fishermen = article.text.indexOf(u"Fishermen"_s);
        QCOMPARE(pageAtOffset(article.pages, fishermen), 1);
        QCOMPARE(pageAtOffset(article.pages, article.text.indexOf(u"渔民"_s)), 2);
    }

    void runningHeadersFootersAndPageNumbersGo()
    {
        QList<generated::PagePainter> pages;
        for (int i = 0; i < 3; ++i) {
            pages.append([i](QPainter &painter, const QRectF &page) {
                generated::paintText(painter, QRectF(60, 30, page.width() - 120, 20),
                                     u"Estuary Weekly · Harbour supplement · Issue 2%1"_s.arg(i + 1), {}, 8);
                generated::paintText(painter, page.adjusted(60, 90, -60, -90),
                                     generated::englishParagraph(2 * i) + u"\n\n"_s
                                         + generated::englishParagraph(2 * i + 1));
                generated::paintText(painter, QRectF(page.width() / 2 - 40, page.height() - 45, 120, 20),
                                     u"Page %1 of 3"_s.arg(i + 1), {}, 8);
            });
        }
        const ImportedArticle article = readPdf(generated::pdf(pages));
        QVERIFY2(!article.text.contains(u"Estuary Weekly"_s), qPrintable(article.text));
        QVERIFY2(!article.text.contains(u"Page 2 of 3"_s), qPrintable(article.text));
        QString body;
        for (int i = 0; i < 6; ++i)
            body += generated::englishParagraph(i) + u' ';
        QVERIFY2(generated::recall(body, article.text) >= 0.98, qPrintable(article.text));
        QCOMPARE(article.pages.size(), 3);
        QVERIFY(article.text.mid(article.pages.at(2).start).startsWith(generated::englishParagraph(4).left(30)));
    }

    void pageNumberPatterns_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isPageNumber");
        QTest::newRow("bare") << u"12"_s << true;
        QTest::newRow("dashes") << u"- 4 -"_s << true;
        QTest::newRow("page of") << u"Page 3 of 9"_s << true;
        QTest::newRow("slash") << u"3 / 9"_s << true;
        QTest::newRow("roman") << u"xii"_s << true;
        QTest::newRow("chinese") << u"第 3 页"_s << true;
        QTest::newRow("year in a sentence") << u"In 2024 the port grew."_s << false;
        QTest::newRow("word") << u"Mix"_s << false;
    }

    void pageNumberPatterns()
    {
        QFETCH(QString, line);
        QFETCH(bool, isPageNumber);
        QCOMPARE(RunningTextFilter::isPageNumber(line), isPageNumber);
    }

    void hyphenatedLineEndsJoin()
    {
        const QByteArray bytes = generated::pdf({ [](QPainter &painter, const QRectF &) {
            painter.setFont(QFont(u"DejaVu Serif"_s, 11));
            const QStringList lines
                = { u"The committee discussed the inter-"_s, u"national agreement on fisheries and"_s,
                    u"the quotas for the season, with state-"_s, u"Owned Fleets and the harbour's long-"_s,
                    u"standing rules."_s };
            for (qsizetype i = 0; i < lines.size(); ++i)
                painter.drawText(QPointF(72, 100 + 14 * i), lines.at(i));
        } });
        const ImportedArticle article = readPdf(bytes);
        QVERIFY2(article.text.contains(u"the international agreement on fisheries and the quotas"_s),
                 qPrintable(article.text));
        QVERIFY2(article.text.contains(u"state-Owned Fleets"_s), qPrintable(article.text));
        QVERIFY2(article.text.contains(u"longstanding rules."_s), qPrintable(article.text));
    }

    void lineJoining_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("joined");
        QTest::newRow("space") << u"the port"_s << u"grew"_s << u"the port grew"_s;
        QTest::newRow("hyphen, lower case") << u"inter-"_s << u"national"_s << u"international"_s;
        QTest::newRow("hyphen, capital") << u"Sino-"_s << u"British"_s << u"Sino-British"_s;
        QTest::newRow("soft hyphen") << u"harbour"_s + QChar(0x00AD) << u"master"_s << u"harbourmaster"_s;
        QTest::newRow("CJK") << u"港口管理局"_s << u"周二表示"_s << u"港口管理局周二表示"_s;
        QTest::newRow("CJK then Latin") << u"港口"_s << u"Alpha"_s << u"港口 Alpha"_s;
    }

    void lineJoining()
    {
        QFETCH(QString, before);
        QFETCH(QString, line);
        QFETCH(QString, joined);
        PageParagraphs::appendLine(before, line);
        QCOMPARE(before, joined);
    }

    void twoColumnsReadColumnByColumn()
    {
        const QByteArray bytes = generated::pdf({ [](QPainter &painter, const QRectF &page) {
            generated::paintText(painter, QRectF(50, 50, page.width() - 100, 30),
                                 u"Dredging plan divides the estuary"_s, {}, 18);
            const double columnWidth = (page.width() - 100 - 24) / 2;
            generated::paintText(painter, QRectF(50, 100, columnWidth, 600),
                                 generated::englishParagraph(0) + u"\n\n"_s + generated::englishParagraph(1), {}, 10);
            generated::paintText(painter, QRectF(50 + columnWidth + 24, 100, columnWidth, 600),
                                 generated::englishParagraph(2) + u"\n\n"_s + generated::englishParagraph(3), {}, 10);
        } });
        const ImportedArticle article = readPdf(bytes);
        QCOMPARE(article.meta.title, u"Dredging plan divides the estuary"_s);
        QString body;
        for (int i = 0; i < 4; ++i)
            body += generated::englishParagraph(i) + u' ';
        QVERIFY2(generated::recall(body, article.text) >= 0.98, qPrintable(article.text));
        // Each paragraph is read whole, in column order.
        qsizetype previous = -1;
        for (int i = 0; i < 4; ++i) {
            const qsizetype at = article.text.indexOf(generated::englishParagraph(i));
            QVERIFY2(at > previous, qPrintable(u"paragraph %1 not whole or out of order: "_s.arg(i) + article.text));
            previous = at;
        }
    }

    void rotatedTextIsRead()
    {
        const QByteArray bytes = generated::pdf(
            { [](QPainter &painter, const QRectF &page) {
                painter.translate(page.width() - 60, 60);
                painter.rotate(90);
                generated::paintText(painter, QRectF(0, 0, page.height() - 120, page.width() - 120),
                                     generated::englishParagraph(4) + u"\n\n"_s + generated::englishParagraph(5));
            } },
            { {}, false });
        const ImportedArticle article = readPdf(bytes);
        QVERIFY2(generated::recall(generated::englishParagraph(4) + generated::englishParagraph(5), article.text)
                     >= 0.95,
                 qPrintable(article.text));
        QCOMPARE(article.pages.value(0).method, ArticlePage::Method::TextLayer);
    }

    void landscapePage()
    {
        const QByteArray bytes = generated::pdf({ [](QPainter &painter, const QRectF &page) {
                                                    generated::paintText(painter, page.adjusted(60, 60, -60, -60),
                                                                         generated::englishParagraph(3));
                                                } },
                                                { {}, true });
        QVERIFY(generated::recall(generated::englishParagraph(3), readPdf(bytes).text) >= 0.98);
    }

    void documentInfoGivesTitleAndDate()
    {
        const QByteArray bytes = generated::pdf({ [](QPainter &painter, const QRectF &page) {
                                                    generated::paintText(painter, page.adjusted(60, 60, -60, -60),
                                                                         generated::englishParagraph(1));
                                                } },
                                                { u"Harbour dredging to start in March"_s, false });
        const ImportedArticle article = readPdf(bytes);
        QCOMPARE(article.meta.title, u"Harbour dredging to start in March"_s);
        QCOMPARE(article.meta.origin(ArticleField::Title), MetadataOrigin::Document);
        // no dateline in the text: the document's creation day stands in, from the document
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::Document);
        QVERIFY(std::abs(article.meta.published.date.daysTo(QDate::currentDate())) <= 1);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray catalog = "<< /Type /Catalog /Pages 2 0 R >>";
        QTest::newRow("not a PDF, named .pdf") << QByteArray("Harbour notes\n\nThe channel will be dredged in March.")
                                               << u"is named .pdf but is not a PDF"_s;
        QTest::newRow("empty") << QByteArray() << u"is empty (0 bytes)"_s;
        QTest::newRow("header, then noise")
            << QByteArray("%PDF-1.7\n") + QByteArray(600, '\x07') << u"is a damaged or truncated PDF"_s;
        QTest::newRow("truncated") << simplePdf().left(300) << u"is a damaged or truncated PDF"_s;
        QTest::newRow("zero pages") << generated::handWrittenPdf({ catalog, "<< /Type /Pages /Kids [] /Count 0 >>" })
                                    << u"is a PDF document with no pages"_s;
        QTest::newRow("encrypted") << generated::handWrittenPdf(
            { catalog, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
              "<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(64, 'A') + "> /U <" + QByteArray(64, 'B')
                  + "> /P -4 >>" },
            "/Encrypt 4 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]")
                                   << u"is an encrypted PDF document that needs a password"_s;
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString message = failureOf(bytes);
        QVERIFY2(message.startsWith(reason), qPrintable(message));
    }

    void fuzzedFilesNeverCrash()
    {
        // Damaged copies of a real PDF: each is either read or refused with a reason, never a crash or a hang.
        const QByteArray original = simplePdf();
        QRandomGenerator random(13);
        int read = 0;
        int refused = 0;
        for (int round = 0; round < 40; ++round) {
            QByteArray bytes = original;
            const int flips = 1 + int(random.bounded(40));
            for (int i = 0; i < flips; ++i)
                bytes[qsizetype(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
            if (round % 4 == 0)
                bytes.truncate(qsizetype(random.bounded(quint32(bytes.size()))));
            try {
                SourceFile file { u"/in/fuzzed.pdf"_s, bytes, {} };
                file.limits.deadline = QDeadlineTimer(60'000);
                ImporterRegistry::withDefaultImporters().read(file);
                ++read;
            } catch (const CasebookError &error) {
                QVERIFY(!error.message().isEmpty());
                ++refused;
            }
        }
        QCOMPARE(read + refused, 40);
    }

    void streamScanReadsWhatDictionariesDeclare()
    {
        const QByteArray images
            = onePagePdf(595, 842, "/Resources << >>",
                         { streamObject("/Type /XObject /Subtype /Image /Width 2480 /Height 3508 /BitsPerComponent 8"),
                           streamObject("/Type/XObject/Subtype/Image/Width 20000/Height 30000/DecodeParms << /K -1 >>"),
                           streamObject("/Subtype /Image /Width 9 0 R /Height 99999"), // an indirect width: not read
                           streamObject("/WidthScale 90000 /Subtype /Form"), streamObject("/Filter /FlateDecode") });
        const PdfStreamScan scan = PdfStreamScan::of(images);
        QCOMPARE(scan.largestImageWidth, 20000);
        QCOMPARE(scan.largestImageHeight, 30000);
        QCOMPARE(scan.largestImagePixels, 600e6);
        QCOMPARE(scan.jbig2NonImageStreams, 0);
        // JBIG2 for a page's content rather than an image.
        const QByteArray bomb
            = onePagePdf(612, 792, "/Contents [4 0 R 5 0 R]",
                         { streamObject("/Filter /JBIG2Decode"), streamObject("/Filter [/FlateDecode /JBIG2Decode]") });
        QCOMPARE(PdfStreamScan::of(bomb).jbig2NonImageStreams, 2);
        QCOMPARE(PdfStreamScan::of(simplePdf()).jbig2NonImageStreams, 0);
        const PdfStreamScan junk = PdfStreamScan::of("stream endstream >>stream");
        QCOMPARE(junk.largestImagePixels, 0.0);
        QCOMPARE(junk.jbig2NonImageStreams, 0);
    }

    void decompressionBombsAreRefusedBeforeDecoding()
    {
        // pdf.js's bomb_giant.pdf: page content in JBIG2 streams that decode to 100,000 × 100,000 bitmaps. Poppler
        // cannot be stopped while it decodes one, so neither a cancel nor the time limit would end the read.
        const QByteArray bomb = onePagePdf(612, 792, "/Contents [4 0 R]", { streamObject("/Filter /JBIG2Decode") });
        QCOMPARE(failureOf(bomb),
                 u"is a PDF document with JBIG2-compressed data that is not an image (JBIG2 is only for "
                 u"images): the shape of a decompression bomb, so it was not read"_s);
        QVERIFY(PageImage::render(bomb, u"pdf"_s, 1, 96).isNull());

        // A page with no text whose image is declared far larger than any scan: not rendered for OCR.
        const QByteArray giantScan = onePagePdf(
            612, 792, "/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R",
            { streamObject({}, "q 612 0 0 792 0 0 cm /Im1 Do Q"),
              streamObject("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /BitsPerComponent 1 "
                           "/ColorSpace /DeviceGray") });
        QCOMPARE(failureOf(giantScan),
                 u"has no text on page 1 and declares an image of 100000 × 100000 pixels (10000 megapixels), more "
                 u"than the 300 megapixels Casebook decodes to read a page by OCR"_s);
    }

    void hugePagesAreRenderedWithBoundedPixels()
    {
        // An ordinary page keeps 300 dpi; a poster or a hostile 200 × 200-inch page is rendered with at most
        // maxRenderPixels, for OCR and for the page view alike.
        QCOMPARE(PdfImporter::renderResolutionFor(QSizeF(595, 842)), 300.0);
        QCOMPARE(PdfImporter::renderResolutionFor(QSizeF(595, 842), 96), 96.0);
        QCOMPARE(PdfImporter::renderResolutionFor(QSizeF()), 300.0);
        const double posterDpi = PdfImporter::renderResolutionFor(QSizeF(14400, 14400));
        QVERIFY(posterDpi < 40 && posterDpi >= 38); // sqrt(60e6 / 40000 square inches) = 38.7
        QVERIFY(PdfImporter::renderResolutionFor(QSizeF(1e9, 1e9)) >= 1.0);

        const QByteArray poster = blankPdf(14400, 14400);
        const QImage page = PageImage::render(poster, u"pdf"_s, 1, PdfImporter::renderDotsPerInch);
        QVERIFY(!page.isNull());
        QVERIFY2(double(page.width()) * page.height() <= PdfImporter::maxRenderPixels,
                 qPrintable(u"%1 × %2"_s.arg(page.width()).arg(page.height())));
        QVERIFY(page.width() >= 7000); // still read at the best resolution the bound allows
    }

    void cancelAndTimeLimitStopTheRead()
    {
        SourceFile file { u"/in/story.pdf"_s, simplePdf(), {} };
        file.limits.isCanceled = [] { return true; };
        QVERIFY_THROWS_EXCEPTION(CasebookError, PdfImporter().read(file));
        file.limits.isCanceled = {};
        file.limits.deadline = QDeadlineTimer(0);
        file.limits.timeLimitMs = 90'000;
        try {
            PdfImporter().read(file);
            QFAIL("read past its deadline");
        } catch (const CasebookError &error) {
            QCOMPARE(error.message(), u"took longer than the 90-second limit for one file (see --time-limit)"_s);
        }
    }

    void pagesAreStoredAndFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pages.casebook"_s);
        CasebookStore store(path);
        ImportedArticle article = readPdf(generated::pdf({
            [](QPainter &painter, const QRectF &page) {
                generated::paintText(painter, page.adjusted(60, 60, -60, -60), generated::englishParagraph(0));
            },
            [](QPainter &painter, const QRectF &page) {
                generated::paintText(painter, page.adjusted(60, 60, -60, -60), generated::englishParagraph(1));
            },
        }));
        article.pages[1].method = ArticlePage::Method::Ocr; // as a scanned second page would be
        article.pages[1].ocrConfidence = 55.5;
        const auto outcomes = store.addArticles({ article });
        const qint64 id = outcomes.front().articleId;
        const auto stored = store.article(id);
        QVERIFY(stored);
        QCOMPARE(stored->pages, article.pages);
        QVERIFY(stored->pages.at(1).isLowConfidence());
        QCOMPARE(store.pageAt(id, 0), 1);
        QCOMPARE(store.pageAt(id, article.pages.at(1).start - 1), 1);
        QCOMPARE(store.pageAt(id, article.pages.at(1).start), 2);
        QCOMPARE(store.pageAt(id, article.text.size() + 100), 2);
        QCOMPARE(store.pageAt(id, -1), std::nullopt);

        // deleting takes the pages with the article; undo puts them back
        const DeletedArticles deleted = store.deleteArticles({ id });
        QCOMPARE(store.pageAt(id, 0), std::nullopt);
        store.restoreArticles(deleted);
        QCOMPARE(store.pages(id), article.pages);
    }

    void importJobGoesOnPastBrokenFiles()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(u"in/"_s + name));
            QDir().mkpath(dir.filePath(u"in"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(u"a-story.pdf"_s, simplePdf());
        write(u"b-truncated.pdf"_s, simplePdf().left(300));
        write(u"c-notes.pdf"_s, "Just some notes, not a PDF at all.");
        write(u"d-story.txt"_s, "Port to dredge channel\n\n" + generated::englishParagraph(2).toUtf8());
        write(u"e-two-pages.pdf"_s,
              generated::pdf({
                  [](QPainter &painter, const QRectF &page) {
                      generated::paintText(painter, page.adjusted(60, 60, -60, -60), generated::englishParagraph(4));
                  },
                  [](QPainter &painter, const QRectF &page) {
                      generated::paintText(painter, page.adjusted(60, 60, -60, -60), generated::englishParagraph(5));
                  },
              }));
        CasebookWriter writer(dir.filePath(u"job.casebook"_s));
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
        ImportOptions options;
        QMutex mutex;
        QStringList pagesRead;
        options.onPageRead = [&](const QString &path, int read, int count) {
            const QMutexLocker lock(&mutex);
            pagesRead.append(u"%1 %2/%3"_s.arg(QFileInfo(path).fileName()).arg(read).arg(count));
        };
        const ImportSummary summary = ImportJob(writer, registry, options).run({ dir.filePath(u"in"_s) });
        pagesRead.sort();
        QCOMPARE(pagesRead, QStringList({ u"a-story.pdf 1/1"_s, u"e-two-pages.pdf 1/2"_s, u"e-two-pages.pdf 2/2"_s }));
        QCOMPARE(summary.counts.added, 3);
        QCOMPARE(summary.counts.failed, 2);
        QCOMPARE(summary.failures.size(), 2);
        QVERIFY(summary.failures.at(0).path.endsWith(u"b-truncated.pdf"_s));
        QVERIFY(summary.failures.at(0).reason.startsWith(u"is a damaged or truncated PDF"_s));
        QVERIFY(summary.failures.at(1).path.endsWith(u"c-notes.pdf"_s));
    }
};

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
