// SPDX-License-Identifier: GPL-3.0-or-later
// Kinds of extraction failure found on real pages (a public benchmark's pages and peer extractors' bug reports),
// each replayed on a small page of our own writing. A row fails when the whole kind is back, not one site.
#include "importers/html/htmlimporter.h"
#include "importers/importerregistry.h"
#include "search/searchtokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

SourceFile page(const QString &body, const QString &head = QString())
{
    const QString html
        = u"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour Ledger</title>"_s + head
        + u"</head><body>"_s + body + u"</body></html>"_s;
    return { u"/fixtures/page.html"_s, html.toUtf8(), QDateTime(QDate(2025, 3, 6), QTime(12, 0), Qt::UTC) };
}

const QString articleParagraphs = uR"(
<p>The port authority said on Monday that the new crane schedule would move night shifts to the eastern quay,
where the berths are deeper and the cranes newer.</p>
<p>Dock workers had asked for the change since the spring, when two ships waited a full day for a free berth.
"It was a long time coming," one foreman said.</p>
<p>The authority expects the schedule to cut waiting times by a third before the end of the year, though it did
not say how it would measure them.</p>)"_s;

/// `pattern` written `count` times, "%1" standing for its number.
QString repeated(const QString &pattern, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += pattern.arg(i);
    return out;
}

const QString readerComments = repeated(
    u"<div class=\"c-item\"><p class=\"who\">reader%1 wrote:</p><p>I have lived by the harbour for twenty years and "
    u"every schedule they announce sounds the same. Nothing changes for the people who live next to the quay, and "
    u"the night noise only moves from one berth to the next one, which is no answer at all.</p></div>"_s,
    6);

} // namespace

class TestExtractionFailureKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerCommentsLongerThanTheArticle_data();
    void readerCommentsLongerThanTheArticle();
    void platformNoticeLongerThanTheArticle();
    void invisibleCharactersAreNotText_data();
    void invisibleCharactersAreNotText();
    void tokenizerReadsInvisibleCharactersAsNothing();
    void layoutWordsOnEveryWrapperSayNothing();
    void featureFlagsOnTheBodySayNothing();
    void listTheArticleGoesOnInto_data();
    void listTheArticleGoesOnInto();
    void paragraphsWithInlineLinkCards();
    void synopsesUnderLinkedHeadlinesAreOtherStories();
    void linkedHeadlineSetIntoTheArticleBody();
    void tableTheArticleGoesOnInto();
};

void TestExtractionFailureKinds::readerCommentsLongerThanTheArticle_data()
{
    QTest::addColumn<QString>("heading");
    QTest::newRow("Comments") << u"<h3>Comments</h3>"_s;
    QTest::newRow("Reader responses") << u"<h2>Reader responses</h2>"_s;
    QTest::newRow("N responses to the headline") << u"<h2>6 responses to “Night shifts move”</h2>"_s;
    QTest::newRow("网友评论") << u"<h3>网友评论</h3>"_s;
}

void TestExtractionFailureKinds::readerCommentsLongerThanTheArticle()
{
    // No class says "comment": only the heading tells the comments from the article, and they are longer.
    QFETCH(QString, heading);
    const ImportedArticle article
        = HtmlImporter().read(page(u"<div class=\"main\"><h1>Night shifts move to the eastern quay</h1>"_s
                                   + articleParagraphs + heading + readerComments + u"</div>"_s));
    QVERIFY2(article.text.contains(u"The port authority said on Monday"_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"did\nnot say how it would measure them."_s)
                 || article.text.contains(u"did not say how it would measure them."_s),
             qPrintable(article.text));
    QVERIFY2(!article.text.contains(u"every schedule they announce"_s), qPrintable(article.text));
    QVERIFY2(!article.text.contains(u"wrote:"_s), qPrintable(article.text));
}

void TestExtractionFailureKinds::platformNoticeLongerThanTheArticle()
{
    // A self-media platform's notice under a short Chinese article, longer than the article itself.
    const QString body = uR"(<div class="post"><h1>港口夜班改到东码头</h1>
<p>港务局周一表示，新的吊机排班将把夜班移到东码头，那里的泊位更深，吊机也更新。</p>
<p>码头工人从春天起就要求调整，当时两艘船为等一个空泊位足足等了一天。一位工头说：“这早该做了。”</p>
<p>港务局预计年底前等候时间将缩短三分之一，但没有说明将如何计算。</p>
<p>特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台用户上传并发布，本平台仅提供信息存储服务。本平台不对内容的
真实性、准确性和完整性作任何保证，读者据此操作，风险自担。如内容涉及版权或其他问题，请在三十日内与本平台联系，我们将在核实
后及时处理。转载请注明出处，未经许可不得转载、摘编或以其他方式使用。</p>
<p>Statement: The above content (including any pictures or videos) was uploaded and published by a user of the
self-media platform, which only provides information storage services and makes no guarantee of its accuracy.</p>
</div>)"_s;
    const ImportedArticle article = HtmlImporter().read(page(body));
    QVERIFY2(article.text.contains(u"港务局周一表示"_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"但没有说明将如何计算。"_s), qPrintable(article.text));
    QVERIFY2(!article.text.contains(u"特别声明"_s), qPrintable(article.text));
    QVERIFY2(!article.text.contains(u"信息存储服务"_s), qPrintable(article.text));
    QVERIFY2(!article.text.contains(u"Statement:"_s), qPrintable(article.text));
}

void TestExtractionFailureKinds::invisibleCharactersAreNotText_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("soft hyphen entity") << u"Deep&shy;Seek"_s << u"DeepSeek"_s;
    QTest::newRow("soft hyphen character") << u"Deep\u00ADSeek"_s << u"DeepSeek"_s;
    QTest::newRow("word joiner") << u"Deep&#8288;Seek"_s << u"DeepSeek"_s;
    QTest::newRow("zero-width space is no space") << u"in&#8203;ference"_s << u"inference"_s;
    QTest::newRow("zero-width no-break space") << u"in&#65279;ference"_s << u"inference"_s;
    QTest::newRow("left-to-right mark") << u"Deep&lrm;Seek"_s << u"DeepSeek"_s;
    QTest::newRow("joiner between Latin letters") << u"Deep&zwj;Seek"_s << u"DeepSeek"_s;
    QTest::newRow("Han with a zero-width space") << u"深度&#8203;求索"_s << u"深度求索"_s;
}

void TestExtractionFailureKinds::invisibleCharactersAreNotText()
{
    // The same rule for saved pages and pasted text: the registry applies it to what every importer returns.
    QFETCH(QString, markup);
    QFETCH(QString, expected);
    const QString sentence = u"The lab said its "_s + markup
        + u" model runs on local servers, and that the cost of serving it fell by half this year."_s;
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    const ImportedArticle fromHtml = registry.read(
        page(u"<article><h1>A model</h1><p>"_s + sentence + u"</p><p>"_s + sentence + u" Again.</p></article>"_s));
    QVERIFY2(fromHtml.text.contains(u"its "_s + expected + u" model"_s), qPrintable(fromHtml.text));

    QString pasted = u"A model\n\n"_s + sentence + u"\n"_s;
    pasted.replace(u"&shy;"_s, QChar(0x00AD))
        .replace(u"&#8288;"_s, QChar(0x2060))
        .replace(u"&#8203;"_s, QChar(0x200B))
        .replace(u"&#65279;"_s, QChar(0xFEFF))
        .replace(u"&lrm;"_s, QChar(0x200E))
        .replace(u"&zwj;"_s, QChar(0x200D));
    const ImportedArticle fromText = registry.read(
        { u"/fixtures/pasted.txt"_s, pasted.toUtf8(), QDateTime(QDate(2025, 3, 6), QTime(12, 0), Qt::UTC) });
    QVERIFY2(fromText.text.contains(u"its "_s + expected + u" model"_s), qPrintable(fromText.text));
}

void TestExtractionFailureKinds::tokenizerReadsInvisibleCharactersAsNothing()
{
    // Texts stored before the rule, and queries typed with a soft hyphen, find the word; the token's offsets
    // span the invisible character, so a highlight covers the word as stored.
    SearchTokenizer tokenizer;
    const QString stored = u"Deep\u00ADSeek and in\u200Bference"_s;
    QCOMPARE(tokenizer.tokenStrings(stored, SearchTokenizer::Purpose::Document).first(), u"deepseek"_s);
    QVERIFY(tokenizer.tokenStrings(stored, SearchTokenizer::Purpose::Document).contains(u"inference"_s));
    const QByteArray utf8 = stored.toUtf8();
    QList<SearchToken> tokens;
    tokenizer.tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), SearchTokenizer::Purpose::Document,
                       [&](const SearchToken &token) {
                           tokens.append(token);
                           return true;
                       });
    QCOMPARE(tokens.first().utf16Start, 0);
    QCOMPARE(tokens.first().utf16End, 9); // "Deep", the soft hyphen, "Seek"
    QCOMPARE(stored.mid(tokens.first().utf16Start, tokens.first().utf16End - tokens.first().utf16Start),
             u"Deep\u00ADSeek"_s);
}

void TestExtractionFailureKinds::layoutWordsOnEveryWrapperSayNothing()
{
    // Page builders call every part of the page a "widget", the article's paragraphs included.
    const QString body
        = u"<div class=\"builder-widget-wrap\"><div class=\"builder-widget builder-widget-heading\">"
          u"<h1>Night shifts move to the eastern quay</h1></div>"
          u"<div class=\"builder-widget builder-widget-post-text\"><div class=\"builder-widget-container\">"_s
        + articleParagraphs
        + u"</div></div><div class=\"builder-widget builder-widget-share\"><a href=\"#\">Share on X</a></div></div>"_s;
    const ImportedArticle article = HtmlImporter().read(page(body));
    QVERIFY2(article.text.contains(u"The port authority said on Monday"_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"It was a long time coming"_s), qPrintable(article.text));
    QVERIFY2(!article.text.contains(u"Share on"_s), qPrintable(article.text));
}

void TestExtractionFailureKinds::featureFlagsOnTheBodySayNothing()
{
    // A body listing dozens of feature flags ("f_ads_…") describes the page's set-up, not a part of it.
    QString flags;
    for (int i = 0; i < 12; ++i)
        flags += u" f_ads_slot%1_on"_s.arg(i);
    const QString html = u"<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbour Ledger</title></head>"
                         u"<body class=\"permalink"_s
        + flags + u"\"><div><main><div class=\"js_post\"><div>"_s + articleParagraphs
        + u"</div></div></main></div></body></html>"_s;
    const ImportedArticle article = HtmlImporter().read(
        { u"/fixtures/flags.html"_s, html.toUtf8(), QDateTime(QDate(2025, 3, 6), QTime(), Qt::UTC) });
    QVERIFY2(article.text.contains(u"The port authority said on Monday"_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"how it would measure them."_s), qPrintable(article.text));
}

void TestExtractionFailureKinds::listTheArticleGoesOnInto_data()
{
    QTest::addColumn<QString>("list");
    QTest::newRow("list markup") << u"<ul><li>March 3 -- berths 1 to 4, eastern quay</li><li>March 10 -- berths 5 "
                                    u"to 8, eastern quay</li><li>March 17 -- the container terminal</li></ul>"_s;
    QTest::newRow("lines broken by <br>") << u"<p>March 3 -- berths 1 to 4, eastern quay<br>March 10 -- berths 5 to "
                                             u"8, eastern quay<br>March 17 -- the container terminal</p>"_s;
}

void TestExtractionFailureKinds::listTheArticleGoesOnInto()
{
    QFETCH(QString, list);
    // And a one-sentence lead above the first paragraph.
    const QString body = u"<article><h1>The new schedule</h1><p>Night shifts are on the move.</p>"_s + articleParagraphs
        + u"<p>The night shifts will move in this order:</p>"_s + list
        + u"</article><footer><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/jobs\">Jobs</a></li></ul>"
          u"</footer>"_s;
    const ImportedArticle article = HtmlImporter().read(page(body));
    QVERIFY2(article.text.contains(u"March 10 -- berths 5 to 8, eastern quay"_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"March 17 -- the container terminal"_s), qPrintable(article.text));
    QVERIFY2(article.text.startsWith(u"Night shifts are on the move."_s), qPrintable(article.text));
    QVERIFY2(!article.text.contains(u"About us"_s), qPrintable(article.text));
}

void TestExtractionFailureKinds::paragraphsWithInlineLinkCards()
{
    // Sites that turn every name into a link card make a paragraph mostly link text; it is still the article.
    const QString card = u"<a href=\"/people/ines-ortega\">Ines Ortega<span>Ines Ortega, harbour master since 2019, "
                         u"oversees berth allocation and night operations at the port</span></a>"_s;
    const QString body = u"<article><h1>Night shifts move</h1>"_s + articleParagraphs + u"<p>Harbour master "_s + card
        + u" said the eastern quay was ready. She added that the western berths would be dredged next year, and "
          u"that the cost would be shared.</p>"_s
        + articleParagraphs.section(u"</p>"_s, 0, 0) + u"</p></article>"_s;
    const ImportedArticle article = HtmlImporter().read(page(body));
    QVERIFY2(article.text.contains(u"said the eastern quay was ready."_s), qPrintable(article.text));
}

void TestExtractionFailureKinds::synopsesUnderLinkedHeadlinesAreOtherStories()
{
    const QString teasers
        = repeated(u"<div class=\"card\"><h4><a href=\"/story/%1\">Another story about the harbour, part %1</a></h4>"
                   u"<p class=\"who\">Staff writer</p><p>This is a different story about the city, told in a few "
                   u"sentences of its own. It reads like prose, and it is long enough to pass for a paragraph of "
                   u"the article, but it is not.</p></div>"_s,
                   5);
    const QString body = u"<div><article><h1>Night shifts move</h1>"_s + articleParagraphs
        + u"</article><section><h3>More from the Ledger</h3>"_s + teasers + u"</section></div>"_s;
    const ImportedArticle article = HtmlImporter().read(page(body));
    QVERIFY2(article.text.contains(u"The port authority said on Monday"_s), qPrintable(article.text));
    QVERIFY2(!article.text.contains(u"a different story about the city"_s), qPrintable(article.text));
}

void TestExtractionFailureKinds::linkedHeadlineSetIntoTheArticleBody()
{
    // Sites set links to other stories between an article's paragraphs; the paragraphs after them stay.
    const QString card = u"<div class=\"inline-card\"><h3><a href=\"/other\">Three hurt in a crash on the ring road</a>"
                         u"</h3></div>"_s;
    const QString body = u"<article><h1>Night shifts move</h1>"_s + articleParagraphs + card
        + u"<p>The union said it would watch the first month closely, and that it expected the authority to publish "
          u"the waiting times it had promised.</p>"_s
        + card + u"<p>A second review is planned for the summer, when the western berths are dredged.</p></article>"_s;
    const ImportedArticle article = HtmlImporter().read(page(body));
    QVERIFY2(article.text.contains(u"The union said it would watch the first month closely"_s),
             qPrintable(article.text));
    QVERIFY2(article.text.contains(u"A second review is planned for the summer"_s), qPrintable(article.text));
}

void TestExtractionFailureKinds::tableTheArticleGoesOnInto()
{
    const QString body = u"<article><h1>Standings</h1>"_s + articleParagraphs
        + u"<p>The standings after the last race:</p><table><tr><th>Pos.</th><th>Crew</th><th>Points</th></tr>"
          u"<tr><td>1</td><td>Eastern Quay Rowers</td><td>2410</td></tr><tr><td>2</td><td>Harbour Pilots</td>"
          u"<td>2385</td></tr></table></article>"_s;
    const ImportedArticle article = HtmlImporter().read(page(body));
    QVERIFY2(article.text.contains(u"Eastern Quay Rowers"_s), qPrintable(article.text));
    QVERIFY2(article.text.contains(u"Harbour Pilots"_s), qPrintable(article.text));
}

QTEST_GUILESS_MAIN(TestExtractionFailureKinds)
#include "tst_extractionfailurekinds.moc"
