// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/seeds.h"
#include "importers/plaintextimporter.h"
#include "importers/textmetadatafinder.h"
#include "importers/webtextcleaner.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QDateTime savedAt(QDate(2025, 8, 6), QTime(12, 0), Qt::UTC);

SourceFile textFile(const QString &text, const QString &name = u"pasted.txt"_s)
{
    return { u"/fixtures/"_s + name, text.toUtf8(), savedAt };
}

QString seedPath(const QString &prefix)
{
    const QDir dir(QStringLiteral(CASEBOOK_SEEDS_DIR));
    const QStringList matches = dir.entryList({ prefix + u"_*.txt"_s }, QDir::Files);
    return matches.isEmpty() ? QString() : dir.filePath(matches.first());
}

} // namespace

class TestPlainTextImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedKeepsEveryArticleSentence_data();
    void seedKeepsEveryArticleSentence();
    void seedMetadata_data();
    void seedMetadata();
    void ownPageMetadata_data();
    void ownPageMetadata();
    void boilerplateFamilies_data();
    void boilerplateFamilies();
    void metadataPatterns_data();
    void metadataPatterns();
    void todayWidgetIsNotThePublicationDate();
    void datelinesWithPlaceOrAgency_data();
    void datelinesWithPlaceOrAgency();
    void plainNotesAreLeftAlone();
};

void TestPlainTextImporter::seedKeepsEveryArticleSentence_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("articleEndsBefore"); ///< the first line of the page's tail, or empty
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("dropped");

    QTest::newRow("000 Asia Times, with subheadings")
        << u"000"_s << QString()
        << QStringList { u"Major state-owned enterprises (SOEs) in China have connected to DeepSeek"_s, u"Challenges"_s,
                         u"Beijing’s plan"_s, u"Yong Jian is a contributor to the Asia Times."_s }
        << QStringList {};
    QTest::newRow("001 Global Times, dateline")
        << u"001"_s << QString()
        << QStringList { u"Chinese state-owned enterprises (SOEs) are giving full play to the main role"_s,
                         u"in the face of a new round of industrial revolution,” said Li."_s }
        << QStringList { u"Date: 28 Feb 2024"_s, u"[China]"_s };
    QTest::newRow("002 image credits and a reply form")
        << u"002"_s << u"Leave a Reply"_s
        << QStringList { u"DeepSeek’s overnight success has sparked a nationwide push in China"_s,
                         u"the main beneficiaries of DeepSeek’s surge in popularity."_s }
        << QStringList { u"Image source:"_s, u"Unsplash"_s, u"Leave a Reply"_s, u"Required fields are marked"_s };
    QTest::newRow("003 Mint, related articles and promos")
        << u"003"_s << u"Orange background"_s
        << QStringList { u"The mecca for China's boom in artificial intelligence is Liangzhu"_s,
                         u"Other applications of AI might carry greater risks than excess capacity."_s }
        << QStringList { u"logo"_s,     u"Mint2 days ago"_s,   u"Orange background"_s,   u"Try Our AI Features"_s,
                         u"Daily8"_s,   u"No comments yet"_s,  u"Related Articles"_s,    u"Russian oil"_s,
                         u"Synopsis"_s, u"DOWNLOAD THE APP"_s, u"app-storeplay-store"_s, u"minutes ago"_s };
    QTest::newRow("004 NRC, read-also teasers and image paths")
        << u"004"_s << QString()
        << QStringList { u"Since the launch of the latest chatbot from Chinese AI company DeepSeek a month ago"_s,
                         u"We're used to rapid change.\""_s }
        << QStringList { u"%2Fs3%2F"_s,
                         u"Read also"_s,
                         u"/s3/static.nrc.nl"_s,
                         u"When the founder of DeepSeek bought chips years ago"_s,
                         u"Billionaire Jack Ma has been missing for months"_s,
                         u"An afternoon chatting with DeepSeek exposes"_s,
                         u"\nnrc.nl"_s };
}

void TestPlainTextImporter::seedKeepsEveryArticleSentence()
{
    QFETCH(QString, seed);
    QFETCH(QString, articleEndsBefore);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, dropped);
    const QString path = seedPath(seed);
    CASEBOOK_SKIP_WITHOUT_SEEDS();
    if (path.isEmpty())
        QFAIL(qPrintable(u"no seed "_s + seed + u" in "_s + testing::seedsDir()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ImportedArticle article = PlainTextImporter().read({ path, bytes, savedAt });

    for (const QString &sentence : kept)
        QVERIFY2(article.text.contains(sentence), qPrintable(u"lost: "_s + sentence));
    for (const QString &junk : dropped)
        QVERIFY2(!article.text.contains(junk), qPrintable(u"kept: "_s + junk));
    // Not a single article sentence lost: every long line above the page's tail is still there, whole.
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (const QString &line : lines) {
        if (!articleEndsBefore.isEmpty() && line.trimmed() == articleEndsBefore)
            break;
        if (line.trimmed().size() >= 120 && !line.contains(u"/s3/"_s))
            QVERIFY2(article.text.contains(line.trimmed()), qPrintable(u"lost line: "_s + line.left(80)));
    }
}

void TestPlainTextImporter::seedMetadata_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("origin");
    const int pattern = int(MetadataOrigin::TextPattern);
    QTest::newRow("000 author note") << u"000"_s << u"author"_s << u"Yong Jian"_s << pattern;
    QTest::newRow("000 source from author note") << u"000"_s << u"source"_s << u"Asia Times"_s << pattern;
    QTest::newRow("001 dateline") << u"001"_s << u"published"_s << u"2024-02-28"_s << pattern;
    QTest::newRow("003 title, pasted twice")
        << u"003"_s << u"title"_s << u"Six months after DeepSeek's breakthrough, China speeds on with AI"_s << pattern;
    QTest::newRow("003 source glued to a relative date") << u"003"_s << u"source"_s << u"Mint"_s << pattern;
    QTest::newRow("003 two days before the file was saved")
        << u"003"_s << u"published"_s << u"2025-08-04"_s << int(MetadataOrigin::Estimated);
    QTest::newRow("004 title")
        << u"004"_s << u"title"_s
        << u"Thanks to the huge success of DeepSeek, tech innovation in China is now a top priority"_s << pattern;
    QTest::newRow("004 site signature") << u"004"_s << u"source"_s << u"nrc.nl"_s << pattern;
    QTest::newRow("004 english") << u"004"_s << u"language"_s << u"en"_s << pattern;
}

void TestPlainTextImporter::seedMetadata()
{
    QFETCH(QString, seed);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, origin);
    const QString path = seedPath(seed);
    CASEBOOK_SKIP_WITHOUT_SEEDS();
    if (path.isEmpty())
        QFAIL(qPrintable(u"no seed "_s + seed + u" in "_s + testing::seedsDir()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportedArticle article = PlainTextImporter().read({ path, file.readAll(), savedAt });
    const ArticleField which = *fieldFromName(field);
    QCOMPARE(article.meta.value(which), value);
    QCOMPARE(int(article.meta.origin(which)), origin);
    if (seed == u"003")
        QCOMPARE(article.text.count(u"Six months after DeepSeek's breakthrough"_s), 1);
}

/// The page shapes the seed articles check (seedMetadata), in pages of our own writing.
void TestPlainTextImporter::ownPageMetadata_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("origin");
    const int pattern = int(MetadataOrigin::TextPattern);
    const QString body = u"The provincial hotline began answering tax questions with a locally hosted model in "
                         u"March, officials said, and staff now review every draft before it is sent.\n\n"
                         u"Residents rated the answers four out of five on average, according to figures the "
                         u"bureau published on Friday, though complaints about long waits remained."_s;
    const QString authorNote = body + u"\n\nMara Ellison is a contributor to the Harbour Ledger."_s;
    QTest::newRow("author note") << authorNote << u"author"_s << u"Mara Ellison"_s << pattern;
    QTest::newRow("source from author note") << authorNote << u"source"_s << u"Harbour Ledger"_s << pattern;
    QTest::newRow("dateline") << (u"Date: 28 Feb 2024\n\n[China]\n\n"_s + body) << u"published"_s << u"2024-02-28"_s
                              << pattern;
    const QString pastedTwice
        = u"logo\nHotline adds a model to answer tax questions\n\nHotline adds a model to answer tax questions\n\n"
          u"Ledger2 days ago\n"_s
        + body;
    QTest::newRow("title, pasted twice") << pastedTwice << u"title"_s
                                         << u"Hotline adds a model to answer tax questions"_s << pattern;
    QTest::newRow("source glued to a relative date") << pastedTwice << u"source"_s << u"Ledger"_s << pattern;
    QTest::newRow("two days before the file was saved")
        << pastedTwice << u"published"_s << u"2025-08-04"_s << int(MetadataOrigin::Estimated);
    QString signed_ = u"Hotline adds a model to answer tax questions"_s;
    for (int paragraph = 1; paragraph <= 8; ++paragraph) // a signature is looked for below the head
        signed_ += u"\n\nIn week %1 the hotline answered more questions than the week before, and the bureau "
                   u"said no answer had been sent without a review."_s.arg(paragraph);
    signed_ += u"\n\nledger.nl"_s;
    QTest::newRow("site signature") << signed_ << u"source"_s << u"ledger.nl"_s << pattern;
    QTest::newRow("english") << signed_ << u"language"_s << u"en"_s << pattern;
}

void TestPlainTextImporter::ownPageMetadata()
{
    QFETCH(QString, page);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, origin);
    const ImportedArticle article = PlainTextImporter().read(textFile(page));
    const ArticleField which = *fieldFromName(field);
    QCOMPARE(article.meta.value(which), value);
    QCOMPARE(int(article.meta.origin(which)), origin);
    QCOMPARE(article.text.count(u"Hotline adds a model"_s), page.contains(u"Hotline adds"_s) ? 1 : 0);
}

void TestPlainTextImporter::boilerplateFamilies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("dropped");

    const QString lead = u"The provincial hotline began answering tax questions with a locally hosted model in "
                         u"March, officials said, and staff now review every draft before it is sent."_s;
    const QString middle = u"Residents rated the answers four out of five on average, according to figures the "
                           u"bureau published on Friday, though complaints about long waits remained."_s;
    const QString last = u"The bureau said the pilot would be extended to business registration next year."_s;

    QTest::newRow("related articles list at the end")
        << (lead + u"\n\n"_s + middle + u"\n\n"_s + last
            + u"\n\nRelated Articles\n\nCarmaker adds dialect support to dashboard assistant\n\n"
              u"Regulator lists approved generative services, with a long synopsis that reads like prose."_s)
        << QStringList { lead, middle, last } << QStringList { u"Related Articles"_s, u"Carmaker"_s, u"Regulator"_s };
    QTest::newRow("read also with an image path")
        << (lead + u"\n\nRead also\n\nCity halls race to build chatbots/s3/static.example/images/x-123.jpg)\n\n"_s
            + middle + u"\n\n"_s + last)
        << QStringList { lead, middle, last } << QStringList { u"Read also"_s, u"City halls race"_s, u".jpg"_s };
    QTest::newRow("leave a reply form")
        << (lead + u"\n\n"_s + middle + u"\n\n"_s + last
            + u"\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
              u"Comment\n\nName *"_s)
        << QStringList { lead, middle, last } << QStringList { u"Leave a Reply"_s, u"email address"_s, u"Name *"_s };
    QTest::newRow("ai features and app promos")
        << (lead + u"\n\n"_s + middle + u"\n\n"_s + last
            + u"\n\nTry Our AI Features\n\nExplore what NewsBot can do for you:\n\nDOWNLOAD THE APP\n\n"
              u"Get your news on the go. Download our app today from your preferred app store."_s)
        << QStringList { lead, middle, last } << QStringList { u"AI Features"_s, u"NewsBot"_s, u"Download"_s };
    QTest::newRow("image credits and logo lines")
        << (u"Harbour Ledger logo\n\n"_s + lead + u"\n\nImage source: Jane Roe / Picture Desk\n\n"_s + middle
            + u"\n\nPhoto: Staff photographer\n\n"_s + last)
        << QStringList { lead, middle, last } << QStringList { u"logo"_s, u"Image source"_s, u"Photo:"_s };
    QTest::newRow("repeated headline and image url debris")
        << (u"Hotline adds model\n\nHotline adds model\n\n%2Fimages%2F2025%2F03%2Fhotline.jpg&w=1920&q=100)\n\n"_s
            + lead + u"\n\n"_s + middle + u"\n\n"_s + last)
        << QStringList { u"Hotline adds model"_s, lead, middle, last } << QStringList { u"%2F"_s, u"q=100"_s };
    QTest::newRow("chinese tail")
        << u"市政务热线接入大模型\n\n记者从市政务服务中心获悉，本市政务热线已于本月接入本地部署的大模型，用于整理来电记"
           u"录。\n\n"
           u"中心负责人表示，所有答复仍由工作人员审核后发出。\n\n责任编辑：王五\n\n相关阅读\n\n另一座城市也上线了智能客服"_s
        << QStringList { u"记者从市政务服务中心获悉"_s, u"所有答复仍由工作人员审核后发出。"_s }
        << QStringList { u"责任编辑"_s, u"相关阅读"_s, u"另一座城市"_s };
    QTest::newRow("short closing sentence stays")
        << (lead + u"\n\n"_s + middle + u"\n\nHe declined to comment.\n\nComments\n\nNo comments yet..."_s)
        << QStringList { lead, middle, u"He declined to comment."_s } << QStringList { u"No comments"_s };
}

void TestPlainTextImporter::boilerplateFamilies()
{
    QFETCH(QString, text);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, dropped);
    const ImportedArticle article = PlainTextImporter().read(textFile(text));
    for (const QString &sentence : kept)
        QVERIFY2(article.text.contains(sentence), qPrintable(u"lost: "_s + sentence + u"\n---\n"_s + article.text));
    for (const QString &junk : dropped)
        QVERIFY2(!article.text.contains(junk), qPrintable(u"kept: "_s + junk + u"\n---\n"_s + article.text));
}

void TestPlainTextImporter::metadataPatterns_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("published");
    QTest::addColumn<int>("publishedOrigin");
    const int pattern = int(MetadataOrigin::TextPattern);

    QTest::newRow("labelled date with a region")
        << u"Chip rules tighten again\n\nDate: 3 Mar 2025 [Hong Kong]"_s << u"Chip rules tighten again"_s << QString()
        << QString() << u"2025-03-03"_s << pattern;
    QTest::newRow("source and date") << u"Chip rules tighten again\n\nReuters | March 3, 2025"_s
                                     << u"Chip rules tighten again"_s << u"Reuters"_s << QString() << u"2025-03-03"_s
                                     << pattern;
    QTest::newRow("byline with source")
        << u"Chip rules tighten again\n\nBy Mara Ellison and Jon Tarrant, Harbour Ledger"_s
        << u"Chip rules tighten again"_s << u"Harbour Ledger"_s << u"Mara Ellison and Jon Tarrant"_s << QString()
        << int(MetadataOrigin::None);
    QTest::newRow("byline with date") << u"Chip rules tighten again\n\nBy Mara Ellison | 4 March 2025"_s
                                      << u"Chip rules tighten again"_s << QString() << u"Mara Ellison"_s
                                      << u"2025-03-04"_s << pattern;
    QTest::newRow("date with time and zone, then the byline")
        << u"Chip rules tighten again\n\nMonday March 3, 2025 10:05 am PST by Ann Lee"_s
        << u"Chip rules tighten again"_s << QString() << u"Ann Lee"_s << u"2025-03-03"_s << pattern;
    QTest::newRow("source glued to hours ago")
        << u"Chip rules tighten again\n\nLedger3 hours ago"_s << u"Chip rules tighten again"_s << u"Ledger"_s
        << QString() << u"2025-08-06"_s << int(MetadataOrigin::Estimated);
    QTest::newRow("chinese key values") << u"国资委部署人工智能工作\n\n2025-02-19 10:30 来源：新华网 作者：李明"_s
                                        << u"国资委部署人工智能工作"_s << u"新华网"_s << u"李明"_s << u"2025-02-19"_s
                                        << pattern;
    QTest::newRow("chinese reporter without a colon")
        << u"国资委部署人工智能工作\n\n2023-07-14 09:32　来源：华东科技报　记者 陈静　【字号：大 中 小】"_s
        << u"国资委部署人工智能工作"_s << u"华东科技报"_s << u"陈静"_s << u"2023-07-14"_s << pattern;
    QTest::newRow("chinese keys on separate lines")
        << u"国资委部署人工智能工作\n\n发布时间：2025年2月19日\n\n来源：国资小新"_s << u"国资委部署人工智能工作"_s
        << u"国资小新"_s << QString() << u"2025-02-19"_s << pattern;
    QTest::newRow("a date in another month above the title is a dateline")
        << u"12 February 2025\n\nChip rules tighten again"_s << u"Chip rules tighten again"_s << QString() << QString()
        << u"2025-02-12"_s << pattern;
}

void TestPlainTextImporter::datelinesWithPlaceOrAgency_data()
{
    QTest::addColumn<QString>("head"); ///< the lines above the article's body, a dateline among them
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("kept"); ///< text that must stay in the article, or empty
    QTest::addColumn<QString>("dropped"); ///< a metadata-only line that must leave it, or empty

    QTest::newRow("date then agency") << u"海港扩建获批\n\n2025年3月10日 新华社电"_s << u"2025-03-10"_s << u"新华社"_s
                                      << QString() << u"新华社电"_s;
    QTest::newRow("agency and place, year stated above")
        << u"海港扩建获批\n\n发布时间：2025年3月\n\n新华社北京3月10日电（记者 王小明）海港管理局周一表示，扩建工程已获批准。"_s
        << u"2025-03-10"_s << u"新华社"_s << u"海港管理局周一表示"_s << QString();
    QTest::newRow("agency and place, no year anywhere")
        << u"海港扩建获批\n\n新华社北京3月10日电（记者 王小明）海港管理局周一表示，扩建工程已获批准。"_s << QString()
        << u"新华社"_s << u"新华社北京3月10日电"_s << QString();
    QTest::newRow("spaced digits, Traditional 電")
        << u"海港擴建獲批\n\n2024 年 10 月 30 日 香港電"_s << u"2024-10-30"_s << QString() << QString() << u"香港電"_s;
    QTest::newRow("place, date") << u"Harbour expansion approved\n\nBeijing, March 12, 2025"_s << u"2025-03-12"_s
                                 << QString() << QString() << u"Beijing, March"_s;
    QTest::newRow("place in capitals, date, agency")
        << u"Harbour expansion approved\n\nBEIJING, March 12, 2025 (Reuters) -"_s << u"2025-03-12"_s << u"Reuters"_s
        << QString() << u"BEIJING"_s;
    QTest::newRow("dateline opening the first paragraph")
        << u"Harbour expansion approved\n\nBEIJING, March 12, 2025 (Reuters) - The harbour authority said on Monday "
           u"that the expansion would go ahead."_s
        << u"2025-03-12"_s << u"Reuters"_s << u"BEIJING, March 12, 2025 (Reuters) - The harbour authority"_s
        << QString();
    QTest::newRow("dateline opening a long first paragraph")
        << u"Harbour expansion approved\n\nHONG KONG, 12 March 2025 (Xinhua) -- The harbour authority said on Monday "
           u"that the expansion would go ahead, that two new berths would open next year and that the dredging "
           u"contract would be put out to tender before the summer."_s
        << u"2025-03-12"_s << u"Xinhua"_s << u"HONG KONG, 12 March 2025 (Xinhua) -- The harbour authority"_s
        << QString();
    QTest::newRow("date, then the place") << u"Harbour expansion approved\n\nMarch 12, 2025 — Beijing"_s
                                          << u"2025-03-12"_s << QString() << QString() << u"— Beijing"_s;
    QTest::newRow("no year, the update gives it")
        << u"Harbour expansion approved\n\nUpdated: January 2, 2025\n\nBEIJING, Dec 30 (Reuters) - The harbour "
           u"authority said on Monday that the expansion would go ahead."_s
        << u"2024-12-30"_s << u"Reuters"_s << u"The harbour authority said"_s << QString();
    QTest::newRow("a sentence that opens with a date is no dateline")
        << u"Harbour expansion approved\n\nOn March 12, 2025, the harbour authority said the expansion would go "
           u"ahead."_s
        << QString() << QString() << u"On March 12, 2025, the harbour"_s << QString();
}

void TestPlainTextImporter::datelinesWithPlaceOrAgency()
{
    QFETCH(QString, head);
    QFETCH(QString, published);
    QFETCH(QString, source);
    QFETCH(QString, kept);
    QFETCH(QString, dropped);
    const QString body = u"\n\nThe works are due to finish on April 15, and a review will follow.\n\n"
                         u"工程将于6月30日完工。"_s;
    const ImportedArticle article = PlainTextImporter().read(textFile(head + body));
    QCOMPARE(article.meta.published.isValid() ? article.meta.published.toIso() : QString(), published);
    if (!published.isEmpty()) {
        QCOMPARE(article.meta.published.precision, DatePrecision::Day);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::TextPattern);
    }
    QCOMPARE(article.meta.source, source);
    QVERIFY(article.meta.title.startsWith(u"Harbour"_s) || article.meta.title.startsWith(u"海港"_s));
    if (!kept.isEmpty())
        QVERIFY2(article.text.contains(kept), qPrintable(article.text));
    if (!dropped.isEmpty())
        QVERIFY2(!article.text.contains(dropped), qPrintable(article.text));
    QVERIFY(article.text.contains(u"工程将于6月30日完工。"_s));
}

void TestPlainTextImporter::metadataPatterns()
{
    QFETCH(QString, head);
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(QString, author);
    QFETCH(QString, published);
    QFETCH(int, publishedOrigin);
    const QString body = u"\n\nThe commerce ministry said on Monday that exporters would need a licence for a wider "
                         u"range of accelerators, and that existing orders would be reviewed case by case.\n\n"
                         u"Industry groups said the rules would take effect within thirty days."_s;
    const ImportedArticle article = PlainTextImporter().read(textFile(head + body));
    QCOMPARE(article.meta.title, title);
    QCOMPARE(article.meta.source, source);
    QCOMPARE(article.meta.author, author);
    QCOMPARE(article.meta.published.isValid() ? article.meta.published.toIso() : QString(), published);
    QCOMPARE(int(article.meta.origin(ArticleField::Published)), publishedOrigin);
    // Metadata-only lines leave the text; the title and the article stay.
    QVERIFY(article.text.startsWith(title));
    QVERIFY(article.text.contains(u"existing orders would be reviewed case by case."_s));
    QVERIFY(!article.text.contains(u"来源"_s));
    QVERIFY(!article.text.contains(u"By Mara"_s));
}

void TestPlainTextImporter::todayWidgetIsNotThePublicationDate()
{
    const QString body = u"\n\nThe commerce ministry said on Monday that exporters would need a licence for a wider "
                         u"range of accelerators, and that existing orders would be reviewed case by case."_s;
    // The page was saved on 6 August 2025; the date above the headline is the site's clock, not the story's.
    const ImportedArticle widget
        = PlainTextImporter().read(textFile(u"Wednesday, August 6, 2025\n\nChip rules tighten again"_s + body));
    QVERIFY(!widget.meta.published.isValid());
    QCOMPARE(widget.meta.title, u"Chip rules tighten again"_s);
    QVERIFY(!widget.text.contains(u"August 6"_s));
    // Labelled as today: never the publication date, wherever it is; the real dateline below still counts.
    const ImportedArticle labelled = PlainTextImporter().read(
        textFile(u"Chip rules tighten again\n\nToday: 6 August 2025\n\nPublished: 1 August 2025"_s + body));
    QCOMPARE(labelled.meta.published.toIso(), u"2025-08-01"_s);
}

void TestPlainTextImporter::plainNotesAreLeftAlone()
{
    const QString notes = u"Notes for Friday\n\nCall the bureau about the hotline figures.\n\nComments\n\n"
                          u"Ask whether the pilot covers business registration."_s;
    const ImportedArticle article = PlainTextImporter().read(textFile(notes, u"notes.txt"_s));
    // "Comments" comes before most of the text, so it opens no tail: nothing is cut.
    QVERIFY(article.text.contains(u"Ask whether the pilot covers business registration."_s));
    QCOMPARE(article.meta.title, u"Notes for Friday"_s);
}

QTEST_GUILESS_MAIN(TestPlainTextImporter)
#include "tst_plaintextimporter.moc"
