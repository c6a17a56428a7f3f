// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/clippednoteheader.h"
#include "importers/importerregistry.h"
#include "importers/markdownrenderer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QString clippedDir = QStringLiteral(CASEBOOK_TEST_DATA_DIR "/importers/clipped/");
const QDateTime fileTime(QDate(2025, 9, 1), QTime(10, 0), Qt::UTC);
const QDateTime readAt(QDate(2025, 9, 20), QTime(10, 0), Qt::UTC);

ImportedArticle importFixture(const QString &name)
{
    QFile file(clippedDir + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(name));
    return ImporterRegistry::withDefaultImporters().read({ u"/clips/"_s + name, file.readAll(), fileTime, readAt });
}

ImportedArticle importText(const QString &name, const QString &text)
{
    return ImporterRegistry::withDefaultImporters().read({ u"/clips/"_s + name, text.toUtf8(), fileTime, readAt });
}

} // namespace

/// Articles saved by web clippers: their metadata block is metadata (origin document), never text, and
/// Markdown comes out as plain paragraphs.
class TestClippedNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void obsidianFrontMatter()
    {
        const ImportedArticle article = importFixture(u"obsidian-web-clipper.md"_s);
        QCOMPARE(article.format, u"markdown"_s);
        QCOMPARE(article.meta.title, u"Harbour city pilots AI clerks: what the first month showed"_s);
        QCOMPARE(article.meta.origin(ArticleField::Title), MetadataOrigin::Document);
        QCOMPARE(article.meta.url, u"https://www.harbourledger.example/news/2025/02/25/ai-clerks-pilot"_s);
        QCOMPARE(article.meta.origin(ArticleField::Url), MetadataOrigin::Document);
        QCOMPARE(article.meta.source, u"harbourledger.example"_s); // the site's host, when no site name is given
        QCOMPARE(article.meta.author, u"Mara Ellison, Wei Shan"_s);
        QCOMPARE(article.meta.origin(ArticleField::Author), MetadataOrigin::Document);
        // The date as written, in the page's own time zone; "created" is when it was clipped, not published.
        QCOMPARE(article.meta.published.toIso(), u"2025-02-25"_s);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::Document);
        QCOMPARE(article.meta.language, u"en"_s);

        // Nothing of the block reaches the text: search must not match its addresses, tags or description.
        for (const QString &gone : { u"source:"_s, u"https://"_s, u"clippings"_s, u"[[Mara"_s, u"---"_s,
                                     u"A month into the pilot"_s, u"created"_s })
            QVERIFY2(!article.text.contains(gone), qPrintable(gone));
        // Markdown as plain paragraphs.
        const QStringList paragraphs = article.text.split(u"\n\n"_s);
        QVERIFY(paragraphs.contains(u"What residents asked"_s)); // a heading, a paragraph of its own
        QVERIFY(paragraphs.contains(u"Opening hours and holiday closures\nHow to renew a parking permit\n"
                                    u"Whether a small shop needs a new licence"_s)); // list items as lines
        QVERIFY(
            article.text.contains(u"The district office of Eastbank put its new AI clerks to work on 3 February"_s));
        QVERIFY(article.text.contains(u"According to the district's own report, the assistants"_s)); // link text kept
        QVERIFY(!article.text.contains(u"report.pdf"_s));
        QVERIFY(!article.text.contains(u"service counter"_s)); // images go, alt text and all
        QVERIFY(!article.text.contains(u'*'));
        QVERIFY(article.text.contains(u"using a simple review flag"_s)); // inline code kept as text
        QVERIFY(paragraphs.contains(u"corrections: 212\nescalations: 48"_s)); // a code block kept as text
        QVERIFY(paragraphs.contains(u"Read more at ."_s) || paragraphs.contains(u"Read more at."_s)
                || article.text.contains(u"Read more at"_s));
        QVERIFY(!article.text.contains(u"tags/ai"_s)); // a bare address is no text
    }

    void chineseFrontMatterWithFlowList()
    {
        const ImportedArticle article = importFixture(u"markdownload-chinese.md"_s);
        QCOMPARE(article.meta.title, u"阿里巴巴：未来三年投入3800亿元建设云和AI硬件基础设施"_s);
        QCOMPARE(article.meta.source, u"港湾科技评论"_s);
        QCOMPARE(article.meta.origin(ArticleField::Source), MetadataOrigin::Document);
        QCOMPARE(article.meta.author, u"陈凯琳"_s);
        QCOMPARE(article.meta.url, u"https://gangwan.example/tech/2025/02/25/alibaba-ai"_s);
        QCOMPARE(article.meta.published.toIso(), u"2025-02-25"_s);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::Document);
        QCOMPARE(article.meta.language, u"zh-Hans"_s);
        // A Chinese paragraph wrapped in the source joins without a space.
        QVERIFY(article.text.contains(u"超过3800亿元，用于建设"_s));
        QVERIFY(!article.text.contains(u"云计算"_s));
        QVERIFY(!article.text.contains(u"gangwan.example"_s));
    }

    void keyValueLinesInText()
    {
        const ImportedArticle article = importFixture(u"key-value-note.txt"_s);
        QCOMPARE(article.format, u"text"_s);
        QCOMPARE(article.meta.title, u"Chipmakers race to qualify domestic parts as export rules bite"_s);
        QCOMPARE(article.meta.origin(ArticleField::Title), MetadataOrigin::Document);
        QCOMPARE(article.meta.source, u"Circuit Daily"_s);
        QCOMPARE(article.meta.author, u"Owen Brady"_s);
        QCOMPARE(article.meta.url, u"https://www.circuitdaily.example/2025/02/chipmakers-qualify-domestic-parts"_s);
        QCOMPARE(article.meta.published.toIso(), u"2025-02-25"_s);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::Document);
        QVERIFY(article.text.startsWith(u"Chipmakers in the Yangtze delta"_s));
        QVERIFY(!article.text.contains(u"url:"_s));
        QVERIFY(!article.text.contains(u"export controls"_s));
    }

    void clippingDayIsOnlyAnEstimate()
    {
        // Joplin: no publication date, only when the note was created. "2 hours ago" counts back from then.
        const ImportedArticle article = importFixture(u"joplin-created-only.md"_s);
        QCOMPARE(article.meta.title, u"Port authority tests autonomous cranes"_s);
        QCOMPARE(article.meta.url, u"https://portnews.example/cranes"_s);
        QCOMPARE(article.meta.published.toIso(), u"2025-08-01"_s);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::Estimated);
        QVERIFY(!article.text.contains(u"2 hours ago"_s));
        QVERIFY(!article.text.contains(u"logistics"_s));
    }

    void dateForms_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("iso");
        QTest::newRow("ISO day") << u"2025-02-25"_s << u"2025-02-25"_s;
        QTest::newRow("ISO timestamp with zone") << u"2025-02-25T08:00:00+08:00"_s << u"2025-02-25"_s;
        QTest::newRow("quoted timestamp") << u"\"2025-02-25T23:30:00-05:00\""_s << u"2025-02-25"_s;
        QTest::newRow("English") << u"February 25, 2025"_s << u"2025-02-25"_s;
        QTest::newRow("English, day first") << u"'25 Feb 2025'"_s << u"2025-02-25"_s;
        QTest::newRow("Chinese") << u"2025年2月25日"_s << u"2025-02-25"_s;
        QTest::newRow("slashes") << u"2025/02/25 08:00"_s << u"2025-02-25"_s;
    }

    void dateForms()
    {
        QFETCH(QString, value);
        QFETCH(QString, iso);
        for (const QString &key : { u"published"_s, u"date"_s, u"Date Published"_s }) {
            const ClippedNoteHeader yaml
                = ClippedNoteHeader::read(u"---\ntitle: A\n"_s + key + u": "_s + value + u"\n---\nText."_s);
            QVERIFY(yaml.found);
            QCOMPARE(yaml.meta.published.toIso(), iso);
            QCOMPARE(yaml.meta.origin(ArticleField::Published), MetadataOrigin::Document);
            const ClippedNoteHeader lines
                = ClippedNoteHeader::read(key + u": "_s + value + u"\nTitle: A\n---\nText."_s);
            QVERIFY(lines.found);
            QCOMPARE(lines.meta.published.toIso(), iso);
        }
    }

    void yamlSubset()
    {
        const ClippedNoteHeader header
            = ClippedNoteHeader::read(u"\n---\n"
                                      u"title: 'It''s a \"quoted\" title: with a colon'\n"
                                      u"author: [\"Li, Jin\", Zhou Ping]\n"
                                      u"site_name: \"The Harbour Post\"   \n"
                                      u"description: >\n  A folded\n  description.\n"
                                      u"image:\n  url: https://example.com/i.jpg\n  width: 800\n"
                                      u"tags: [one, \"two, three\"]\n"
                                      u"url: https://example.com/a # a comment\n"
                                      u"---\n\nBody text.\n"_s);
        QVERIFY(header.found);
        QCOMPARE(header.meta.title, u"It's a \"quoted\" title: with a colon"_s);
        QCOMPARE(header.meta.author, u"Li, Jin, Zhou Ping"_s);
        QCOMPARE(header.meta.source, u"The Harbour Post"_s);
        QCOMPARE(header.meta.url, u"https://example.com/a"_s);
        QCOMPARE(header.tags, (QStringList { u"one"_s, u"two, three"_s }));
        QCOMPARE(header.body.trimmed(), u"Body text."_s);
        // Unquoted titles with colons (not valid YAML, written by clippers all the same).
        QCOMPARE(ClippedNoteHeader::read(u"---\ntitle: Nvidia: the H20 saga\n---\nx"_s).meta.title,
                 u"Nvidia: the H20 saga"_s);
    }

    void notAHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a rule under a sentence")
            << u"Note: ask the bureau about the hotline.\nIt may take a week to hear back.\n---\nMore."_s;
        QTest::newRow("a dateline and prose, no rule")
            << u"Date: 28 Feb 2024\n\nThe ministry said on Tuesday that the rules would apply."_s;
        QTest::newRow("thematic break first") << u"---\n\nJust a story.\n\n---\n\nThe end."_s;
        QTest::newRow("unknown keys only") << u"Mood: fine\nWeather: rain\n---\nA diary."_s;
        QTest::newRow("unclosed front matter") << u"---\ntitle: A\n\nThe text goes on."_s;
    }

    void notAHeader()
    {
        QFETCH(QString, text);
        const ClippedNoteHeader header = ClippedNoteHeader::read(text);
        QVERIFY(!header.found);
        QCOMPARE(header.body, text);
    }

    void plainTextHeaderNoLongerBecomesTheTitle()
    {
        const ImportedArticle article = importText(
            u"clip.txt"_s,
            u"url: https://www.example.com/story\ntitle: The real headline\n---\n\nThe real headline\n\nA paragraph "
            u"of the story that is long enough to read as prose, with a sentence or two in it."_s);
        QCOMPARE(article.meta.title, u"The real headline"_s);
        QCOMPARE(article.meta.url, u"https://www.example.com/story"_s);
        QCOMPARE(article.meta.source, u"example.com"_s);
        QVERIFY(!article.text.contains(u"https://"_s));
    }

    void markdownRendering()
    {
        const QStringList paragraphs = MarkdownRenderer::paragraphs(
            u"Intro with a [link](https://x.example) and an ![image](i.png) and <span>html</span>.\n\n"
            u"> A quoted\n> paragraph.\n\n"
            u"1. first\n2. second\n   - nested\n\n"
            u"<div class=\"ad\">Advertisement</div>\n\n"
            u"Line one  \nline two\n\n"
            u"***\n\n"
            u"Escaped \\*stars\\* &amp; entities.\n"_s);
        QCOMPARE(
            paragraphs,
            (QStringList { u"Intro with a link and an and html."_s, u"A quoted paragraph."_s,
                           u"first\nsecond\nnested"_s, u"Line one\nline two"_s, u"Escaped *stars* & entities."_s }));
    }

    void deepNestingCostsNoStack()
    {
        const QString deep
            = QString(u"> "_s).repeated(20000) + u"deep\n\n"_s + QString(u"- "_s).repeated(5000) + u"item\n"_s;
        const QStringList paragraphs = MarkdownRenderer::paragraphs(deep);
        QVERIFY(paragraphs.join(u' ').contains(u"deep"_s));
    }
};

QTEST_GUILESS_MAIN(TestClippedNotes)
#include "tst_clippednotes.moc"
