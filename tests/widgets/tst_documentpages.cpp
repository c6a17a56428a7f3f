// SPDX-License-Identifier: GPL-3.0-or-later
// The document pane names how a PDF's or scan's pages were read, and warns about pages OCR read with low
// confidence.
#include "documentpane/documentview.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

Article scannedArticle()
{
    Article article;
    article.id = 7;
    article.meta.title = u"Dredging plan divides the estuary"_s;
    article.path = u"/in/estuary.pdf"_s;
    article.format = u"pdf"_s;
    article.text
        = u"The harbour authority said on Tuesday that dredging would begin in March.\n\nFishermen objected."_s;
    article.pages = { { 1, 0, ArticlePage::Method::TextLayer, std::nullopt },
                      { 2, 76, ArticlePage::Method::Ocr, 91.0 },
                      { 3, 90, ArticlePage::Method::Ocr, 42.4 } };
    return article;
}

} // namespace

class TestDocumentPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowConfidencePagesAreNamed()
    {
        DocumentView view;
        view.resize(900, 400);
        view.showArticle(scannedArticle());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *header = view.findChild<QLabel *>(u"documentHeader"_s);
        QVERIFY(header);
        QVERIFY2(header->text().contains(u"3 pages"_s), qPrintable(header->text()));
        QVERIFY2(header->text().contains(u"read by OCR: page(s) 2, 3"_s), qPrintable(header->text()));
        QVERIFY2(header->text().contains(u"Low OCR confidence on page(s) 3 (42%)"_s), qPrintable(header->text()));
        QVERIFY2(!header->text().contains(u"page(s) 2 ("_s), qPrintable(header->text()));
        QDir().mkpath(QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s);
        view.grab().save(QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots/document-pages.png"_s);
    }

    void pageImageBesideTheText()
    {
        DocumentView view;
        view.resize(1000, 500);
        view.show();
        view.showArticle(scannedArticle());
        auto *toggle = view.findChild<QToolButton *>(u"pageImageToggle"_s);
        QVERIFY(toggle);
        QVERIFY(toggle->isVisibleTo(&view));
        QSignalSpy requested(&view, &DocumentView::pageImageRequested);
        toggle->setChecked(true);
        QCOMPARE(requested.count(), 1);
        // It opens on the page OCR read with the least confidence: page 3 (42%).
        QCOMPARE(requested.first().at(0).toLongLong(), 7);
        QCOMPARE(requested.first().at(1).toInt(), 3);
        QImage page(300, 400, QImage::Format_RGB32);
        page.fill(Qt::white);
        view.showPageImage(7, 2, page); // a late answer for another page is dropped
        QVERIFY(!view.isPageImageShown());
        view.showPageImage(7, 3, page);
        QVERIFY(view.isPageImageShown());
        // Another page: the text goes there and that page's image is asked for.
        auto *choice = view.findChild<QSpinBox *>();
        choice->setValue(2);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.last().at(1).toInt(), 2);
        view.grab().save(QDir::temp().filePath(u"casebook-page-image.png"_s));
        // A text article has no pages and no toggle.
        Article plain = scannedArticle();
        plain.pages.clear();
        view.showArticle(plain);
        QVERIFY(!toggle->isVisibleTo(&view));
    }

    void textArticlesSayNothingAboutPages()
    {
        DocumentView view;
        Article article = scannedArticle();
        article.pages.clear();
        view.showArticle(article);
        auto *header = view.findChild<QLabel *>(u"documentHeader"_s);
        QVERIFY(header);
        QVERIFY2(!header->text().contains(u"page"_s), qPrintable(header->text()));
    }
};

QTEST_MAIN(TestDocumentPages)
#include "tst_documentpages.moc"
