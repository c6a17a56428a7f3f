// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/html/htmlimporter.h"
#include "importers/html/htmlmetadatareader.h"
#include "importers/html/htmltree.h"
#include "importers/importerregistry.h"
#include "util/casebookerror.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(CASEBOOK_SOURCE_DIR "/tests/data/importers/html/") + name;
}

SourceFile load(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return { file.fileName(), file.readAll(), QDateTime(QDate(2025, 3, 6), QTime(12, 0), Qt::UTC) };
}

SourceFile page(const QByteArray &html, const QString &name = u"page.html"_s)
{
    return { u"/fixtures/"_s + name, html, QDateTime(QDate(2025, 3, 6), QTime(12, 0), Qt::UTC) };
}

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheArticleDropsTheFurniture_data();
    void keepsTheArticleDropsTheFurniture();
    void metadataFromThePage_data();
    void metadataFromThePage();
    void titleLosesTheSiteSuffix_data();
    void titleLosesTheSiteSuffix();
    void registryPicksHtml();
    void survivesDeepNesting();
    void survivesMalformedMarkup();
    void survivesTenMegabytes();
    void scriptsAreNeverText();
    void pageWithoutArticleFails();
};

void TestHtmlImporter::keepsTheArticleDropsTheFurniture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("dropped");

    QTest::newRow("news article with every kind of furniture")
        << u"news-article.html"_s
        << QStringList { u"Three public hospitals in the harbour city began routing overnight triage notes"_s,
                         u"No decision is taken by the software alone, officials stressed."_s,
                         u"Why the night shift"_s,
                         u"“We wanted the boring part of the paperwork to be faster, not the medicine,”"_s,
                         u"The pilot will be reviewed in June."_s,
                         u"He declined to comment."_s }
        << QStringList { u"cookies"_s,
                         u"Accept all"_s,
                         u"Technology"_s,
                         u"Tuesday, 4 March"_s,
                         u"Share on"_s,
                         u"Photo: Li Wen"_s,
                         u"Advertisement"_s,
                         u"Read more"_s,
                         u"Tags:"_s,
                         u"Related articles"_s,
                         u"City hotline adds"_s,
                         u"Leave a Reply"_s,
                         u"great idea"_s,
                         u"Most read"_s,
                         u"newsletter"_s,
                         u"Download the app"_s,
                         u"All rights reserved"_s,
                         u"tracking pixel"_s,
                         u"window.tracker"_s,
                         u"position: fixed"_s,
                         u"By Mara Ellison"_s };
    QTest::newRow("json-ld page with a bare div")
        << u"jsonld-graph.html"_s
        << QStringList { u"The carmaker said on Tuesday that its cockpit voice assistant"_s,
                         u"or whether older cars would receive it over the air."_s }
        << QStringList { u"@graph"_s, u"Motor Review"_s };
    QTest::newRow("GB2312 page declared in a meta tag")
        << u"gbk-page.html"_s
        << QStringList { u"记者从市政务服务中心获悉，本市政务热线已于本月接入本地部署的大模型"_s,
                         u"模型只在内部网络中运行，不接触外部数据。"_s }
        << QStringList { u"版权所有"_s };
}

void TestHtmlImporter::keepsTheArticleDropsTheFurniture()
{
    QFETCH(QString, file);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, dropped);
    const ImportedArticle article = HtmlImporter().read(load(file));
    for (const QString &sentence : kept)
        QVERIFY2(article.text.contains(sentence), qPrintable(u"lost: "_s + sentence + u"\n---\n"_s + article.text));
    for (const QString &junk : dropped)
        QVERIFY2(!article.text.contains(junk), qPrintable(u"kept: "_s + junk + u"\n---\n"_s + article.text));
    QVERIFY(!article.text.contains(u"\n\n\n"_s));
}

void TestHtmlImporter::metadataFromThePage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("og title") << u"news-article.html"_s << u"title"_s
                              << u"Harbour city hospitals put a reasoning model on the night shift"_s;
    QTest::newRow("og site name") << u"news-article.html"_s << u"source"_s << u"Coastal Ledger"_s;
    QTest::newRow("meta author") << u"news-article.html"_s << u"author"_s << u"Mara Ellison"_s;
    QTest::newRow("article:published_time, the page's own day")
        << u"news-article.html"_s << u"published"_s << u"2025-03-04"_s;
    QTest::newRow("canonical link") << u"news-article.html"_s << u"url"_s
                                    << u"https://ledger.example/health/2025/03/04/night-shift"_s;
    QTest::newRow("html lang") << u"news-article.html"_s << u"language"_s << u"en"_s;
    QTest::newRow("json-ld headline") << u"jsonld-graph.html"_s << u"title"_s
                                      << u"Automaker links cockpit assistant to open model"_s;
    QTest::newRow("json-ld authors") << u"jsonld-graph.html"_s << u"author"_s << u"Jon Tarrant, Wei Shan"_s;
    QTest::newRow("json-ld publisher") << u"jsonld-graph.html"_s << u"source"_s << u"Motor Review"_s;
    QTest::newRow("json-ld date") << u"jsonld-graph.html"_s << u"published"_s << u"2025-02-11"_s;
    QTest::newRow("json-ld mainEntityOfPage")
        << u"jsonld-graph.html"_s << u"url"_s << u"https://motor.example/news/cockpit-assistant"_s;
    QTest::newRow("gbk title without site") << u"gbk-page.html"_s << u"title"_s << u"某市政务热线接入大模型"_s;
    QTest::newRow("gbk source from title suffix") << u"gbk-page.html"_s << u"source"_s << u"城市日报"_s;
    QTest::newRow("meta publishdate") << u"gbk-page.html"_s << u"published"_s << u"2025-02-20"_s;
    QTest::newRow("zh-CN is simplified") << u"gbk-page.html"_s << u"language"_s << u"zh-Hans"_s;
}

void TestHtmlImporter::metadataFromThePage()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const ImportedArticle article = HtmlImporter().read(load(file));
    const ArticleField which = *fieldFromName(field);
    QCOMPARE(article.meta.value(which), value);
    QCOMPARE(article.meta.origin(which), MetadataOrigin::Document);
}

void TestHtmlImporter::titleLosesTheSiteSuffix_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pipe") << u"SASAC urges central SOEs to adopt AI | Daily Wire Service"_s << QString()
                          << u"SASAC urges central SOEs to adopt AI"_s;
    QTest::newRow("dash, known site") << u"Chip rules tighten again - The Ledger"_s << u"The Ledger"_s
                                      << u"Chip rules tighten again"_s;
    QTest::newRow("site first") << u"The Ledger | Chip rules tighten again"_s << u"The Ledger"_s
                                << u"Chip rules tighten again"_s;
    QTest::newRow("two suffixes") << u"Hospitals try AI triage | Health | Coastal Ledger"_s << QString()
                                  << u"Hospitals try AI triage"_s;
    QTest::newRow("hyphen inside headline stays") << u"Xi meets tech chiefs in a closed-door session"_s << QString()
                                                  << u"Xi meets tech chiefs in a closed-door session"_s;
    QTest::newRow("chinese underscore") << u"国资委召开会议部署人工智能工作_新闻中心_某某网"_s << QString()
                                        << u"国资委召开会议部署人工智能工作"_s;
}

void TestHtmlImporter::titleLosesTheSiteSuffix()
{
    QFETCH(QString, title);
    QFETCH(QString, site);
    QFETCH(QString, expected);
    QCOMPARE(HtmlMetadataReader::cleanTitle(title, site), expected);
}

void TestHtmlImporter::registryPicksHtml()
{
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    QCOMPARE(registry.importerFor(load(u"news-article.html"_s))->format(), u"html"_s);
    // Saved without a suffix, a page is still recognised by its first bytes.
    SourceFile noSuffix = load(u"jsonld-graph.html"_s);
    noSuffix.path = u"/fixtures/saved-page"_s;
    QCOMPARE(registry.importerFor(noSuffix)->format(), u"html"_s);
    QCOMPARE(registry.importerFor(page("plain words", u"notes.txt"_s))->format(), u"text"_s);
}

void TestHtmlImporter::survivesDeepNesting()
{
    const QByteArray paragraph = "<p>The deeply nested page still carries one real paragraph of article text, "
                                 "written with commas, and it ends with a full stop.</p>";
    for (const QByteArray &tag : { QByteArray("div"), QByteArray("span"), QByteArray("b"), QByteArray("table") }) {
        QByteArray html = "<html><body>";
        const int depth = 20000;
        for (int i = 0; i < depth; ++i)
            html += '<' + tag + '>';
        html += paragraph;
        for (int i = 0; i < depth; ++i)
            html += "</" + tag + '>';
        html += paragraph + "</body></html>";
        const ImportedArticle article = HtmlImporter().read(page(html));
        QVERIFY2(article.text.contains(u"one real paragraph of article text"_s), tag.constData());
    }
    // Never closed at all.
    QByteArray unclosed = "<html><body>" + QByteArray("<div>").repeated(50000) + paragraph;
    QVERIFY(HtmlImporter().read(page(unclosed)).text.contains(u"ends with a full stop."_s));
    // Flattening keeps every byte of text and only removes tags past the limit.
    const QByteArray nested = QByteArray("<div>").repeated(300) + "x" + QByteArray("</div>").repeated(300);
    const QByteArray flat = HtmlTree::simplify(nested, 10);
    QCOMPARE(flat.count("<div>"), 10);
    QCOMPARE(flat.count("</div>"), 10);
    QVERIFY(flat.contains('x'));
}

void TestHtmlImporter::survivesMalformedMarkup()
{
    const QByteArray html = "<html><head><title>Broken <b>page</title><body><div class=article-body"
                            "><p>An unclosed paragraph about the provincial hotline, which now drafts answers."
                            "<p>Another paragraph follows, with <i>misnested <b>tags</i> that</b> close wrongly, "
                            "and an attribute that never ends.<div class=\"x><p>tail"
                            "<!-- a comment that never closes <p>hidden, and not article text";
    const ImportedArticle article = HtmlImporter().read(page(html));
    QVERIFY2(article.text.contains(u"An unclosed paragraph about the provincial hotline"_s), qPrintable(article.text));
    QVERIFY(article.text.contains(u"close wrongly"_s));
    QVERIFY(!article.text.contains(u"not article text"_s));
}

void TestHtmlImporter::survivesTenMegabytes()
{
    QByteArray html = "<html><head><title>Big page</title></head><body><nav>";
    while (html.size() < 5 * 1024 * 1024)
        html += "<a href=\"/x\">Section link</a> ";
    html += "</nav><article>";
    for (int i = 0; html.size() < 10 * 1024 * 1024; ++i)
        html += "<p>Paragraph " + QByteArray::number(i)
            + " of a very long report on model deployments, with commas, figures and a full stop.</p>\n";
    html += "</article></body></html>";
    const ImportedArticle article = HtmlImporter().read(page(html));
    QVERIFY(article.text.startsWith(u"Paragraph 0 of a very long report"_s));
    QVERIFY(!article.text.contains(u"Section link"_s));
}

void TestHtmlImporter::scriptsAreNeverText()
{
    const QByteArray html = "<html><body><article><p>The bureau said the model runs on its own servers, and that "
                            "no resident data leaves the city.</p>"
                            "<script>document.body.innerHTML = '<p>injected paragraph, with a full stop.</p>';</script>"
                            "<noscript><p>Please enable JavaScript to read this site, it says here.</p></noscript>"
                            "<img src=\"https://remote.example/a.jpg\" onerror=\"alert(1)\">"
                            "<iframe src=\"https://remote.example/frame\"></iframe></article></body></html>";
    const ImportedArticle article = HtmlImporter().read(page(html));
    QVERIFY(article.text.contains(u"no resident data leaves the city."_s));
    QVERIFY(!article.text.contains(u"injected"_s));
    QVERIFY(!article.text.contains(u"JavaScript"_s));
    QVERIFY(!article.text.contains(u"remote.example"_s));
}

void TestHtmlImporter::pageWithoutArticleFails()
{
    QVERIFY_THROWS_EXCEPTION(CasebookError,
                             HtmlImporter().read(page("<html><body><script>x()</script></body></html>")));
    QVERIFY_THROWS_EXCEPTION(CasebookError, HtmlImporter().read(page("   ")));
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
