// SPDX-License-Identifier: GPL-3.0-or-later
// The document pane shows an article as data: markup in its text or its metadata is shown as written, and nothing
// it names (a script, a remote image, a local file) is ever loaded (issue 18, docs/robustness.md).
#include "documentpane/documentview.h"

#include <QLabel>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// A text document that records every resource it is asked for instead of fetching any.
class RecordingDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;
    QList<QUrl> requested;

    /// The requested URLs, for a failure message.
    QByteArray requestedList() const
    {
        QStringList urls;
        for (const QUrl &url : requested)
            urls.append(url.toString());
        return urls.join(u", "_s).toUtf8();
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        requested.append(name);
        return {};
    }
};

const QString hostileMarkup = u"<img src=\"https://tracker.example.com/pixel.gif\">"
                              "<img src=\"file:///etc/passwd\"><link rel=stylesheet href=\"file:///etc/hosts\">"
                              "<script>alert(1)</script><a href=\"file:///etc/shadow\">notice</a>"
                              "<iframe src=\"https://tracker.example.com/\"></iframe>"_s;

Article hostileArticle()
{
    Article article;
    article.id = 3;
    article.path = u"/in/page.html"_s;
    article.format = u"html"_s;
    article.meta.title = u"Port cranes idle "_s + hostileMarkup;
    article.meta.author = hostileMarkup;
    article.meta.source = hostileMarkup;
    article.meta.url = u"file:///etc/passwd"_s;
    article.meta.language = u"en"_s + hostileMarkup;
    article.text = u"Harbour cranes stood idle on Tuesday.\n\n"_s + hostileMarkup
        + u"\n\nThe port authority counted the cost of the storm."_s;
    return article;
}

} // namespace

class TestDocumentPaneSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsShownAsWrittenAndLoadsNothing()
    {
        DocumentView view;
        auto *text = view.findChild<QPlainTextEdit *>(u"documentText"_s);
        QVERIFY(text);
        auto *document = new RecordingDocument(text);
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
        text->setDocument(document);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const Article article = hostileArticle();
        view.showArticle(article);
        view.grab(); // lays out and paints everything, images included, as the screen would
        QCOMPARE(text->toPlainText(), article.text); // the markup is text, character for character
        QVERIFY2(document->requested.isEmpty(), document->requestedList().constData());
    }

    void headerEscapesMetadataAndLoadsNothing()
    {
        // The header is rich text (title, byline, source): what an article's metadata says is escaped into it,
        // so the same HTML, laid out by a document that records requests, asks for no resource at all.
        DocumentView view;
        view.resize(900, 700);
        view.showArticle(hostileArticle());
        auto *header = view.findChild<QLabel *>(u"documentHeader"_s);
        QVERIFY(header);
        QCOMPARE(header->textFormat(), Qt::RichText);
        QVERIFY(!header->openExternalLinks());
        RecordingDocument document;
        document.setHtml(header->text());
        document.setTextWidth(800);
        document.size(); // lays it out
        QVERIFY2(document.requested.isEmpty(), document.requestedList().constData());
        QVERIFY(document.toPlainText().contains(u"<img src=\"file:///etc/passwd\">"_s));
        QVERIFY(document.toPlainText().contains(u"<script>alert(1)</script>"_s));
        view.grab();
    }

    void theRecordingDocumentWouldNotice()
    {
        // The check above is worth something only if unescaped markup does reach loadResource.
        RecordingDocument document;
        document.setHtml(hostileMarkup);
        document.setTextWidth(800);
        document.size();
        QVERIFY(!document.requested.isEmpty());
    }
};

QTEST_MAIN(TestDocumentPaneSafety)
#include "tst_documentpanesafety.moc"
