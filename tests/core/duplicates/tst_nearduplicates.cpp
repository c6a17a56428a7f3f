// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/nearduplicatesignature.h"
#include "store/casebookstore.h"
#include "store/migrations.h"
#include "store/nearduplicateindex.h"
#include "store/readerpool.h"
#include "store/sqlitedatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

// Articles of our own writing. Two stories on the same SASAC meeting (same names, same event, other words),
// and reposts of the first with the changes reposting brings.
const QString sasacWire
    = uR"(The State-owned Assets Supervision and Administration Commission told central state-owned enterprises on Wednesday to speed up the use of large language models in production, sales and management, according to a statement published after a meeting in Beijing.

The commission said companies in energy, telecommunications and construction should share data sets and computing capacity, and named DeepSeek among the open models that several groups had already connected to their internal systems.

"Central enterprises must take the lead in applying artificial intelligence," the statement quoted Zhang Yuzhuo, the commission's chairman, as saying. He asked managers to report progress every quarter.

Analysts said the meeting signalled that the government wants visible results this year rather than pilot projects, and that smaller provincial firms would be expected to follow the central groups.)"_s;

const QString sasacFeature
    = uR"(When the chairman of the State-owned Assets Supervision and Administration Commission, Zhang Yuzhuo, met executives of central state-owned enterprises in Beijing on Wednesday, the message on artificial intelligence was blunt: stop experimenting and start deploying.

Executives from power grids, oil companies and telecom operators described how they had plugged DeepSeek and domestic models into customer service, maintenance planning and document review, two people who attended said.

Not everyone is convinced. A manager at a provincial utility said the push risked producing showcase projects that impress inspectors but save little money, and that data held by subsidiaries is often too messy to use.

The commission has promised more computing centres and a fund for joint research, but has not said how much money it will put in or how results will be measured.)"_s;

const QString hotlineZh
    = uR"(记者从市政务服务中心获悉，本市12345政务服务热线已于本月初完成与本地部署大模型的对接，模型主要用于整理市民来电记录、归纳诉求类型并生成答复草稿。

中心负责人介绍，接入大模型后，一次来电的记录整理时间由平均六分钟缩短到两分钟左右，高峰时段排队时间明显减少。所有答复仍须由话务员核对后发出，模型不直接面对市民。

该负责人表示，模型部署在政务云内网，市民个人信息不出本地机房。下一步，热线将在企业开办、社保查询等高频事项上试点智能问答，并根据市民评价持续调整。)"_s;

const QString hotlineOtherZh
    = uR"(本市政务服务热线近日接入大模型一事引发关注。多位市民在接受采访时表示，希望智能客服能减少等待时间，但也担心机器答复不够准确、遇到复杂问题仍要反复转接。

一位长期研究数字政府的高校学者认为，热线引入大模型的关键不在技术本身，而在于工单流转和部门协同是否顺畅。他建议公开模型参与处理的事项范围，并设置人工复核比例，接受社会监督。

记者了解到，周边多个城市也在筹备类似项目，但各地在数据安全、采购方式和效果评估上的做法并不一致。)"_s;

const QString hospitalStory
    = uR"(A provincial hospital group said on Monday that its radiology departments would use a locally hosted language model to draft the first version of routine reports, which doctors will then correct and sign.

The group's technology director said the model runs on servers inside the hospital network and that no patient images or records leave the building. Drafts will be marked as machine-written until a doctor approves them.

Doctors' representatives welcomed the shorter queues but asked for a review after six months, warning that time pressure could turn checking into rubber-stamping.

The provincial health commission is expected to publish rules on the use of such systems in public hospitals before the end of the year.)"_s;

/// The same article as reposted by another site: other quotation marks, a line of the site's own, a
/// corrected word or two, other line layout.
QString repost(QString text)
{
    text.replace(u'"', u'“');
    text.replace(u"on Wednesday"_s, u"on Wednesday (Feb 19)"_s);
    text.replace(u"smaller provincial firms"_s, u"smaller provincial companies"_s);
    return u"This article first appeared on a partner site.\n\n"_s + text + u"\n\nAll rights reserved."_s;
}

QString repostZh(QString text)
{
    text.replace(u'，', u',');
    text.replace(u"记者从"_s, u"本报记者从"_s);
    text.replace(u"持续调整"_s, u"不断优化"_s);
    return u"（转载自某日报）\n\n"_s + text;
}

ImportedArticle article(const QString &name, const QString &text)
{
    ImportedArticle item;
    item.path = u"/fixtures/"_s + name;
    item.format = u"text"_s;
    item.encoding = u"UTF-8"_s;
    item.text = text;
    item.original = (name + text).toUtf8();
    item.meta.setValue(ArticleField::Title, name, MetadataOrigin::FileName);
    return item;
}

} // namespace

class TestNearDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairs_data();
    void pairs();
    void signaturesAreStable();
    void shortTextsHaveNoSignature();
    void storeLinksRepostsToTheFirstCopy();
    void partialCopiesAreLinkedInEitherOrder_data();
    void partialCopiesAreLinkedInEitherOrder();
    void containmentIsExact();
    void migrationSignsExistingArticles();
    void deletingTakesOutTheKeysAndUndoPutsThemBack();
    void keysMergedInKeyOrderAreFoundAndDeletedAlike();
    void recentKeysCoverWhatWasAddedSince();
    void workersProbeAndTheWriterLooksOnlyAtWhatCameSince();
    void probedArticlesSpareTheWriterTheKeyLookups();
};

void TestNearDuplicates::pairs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("repost with other quotes, furniture and edits") << sasacWire << repost(sasacWire) << true;
    QTest::newRow("only case and layout differ") << sasacWire << sasacWire.toUpper().replace(u"\n\n"_s, u" "_s) << true;
    QTest::newRow("curly apostrophes") << sasacFeature << QString(sasacFeature).replace(u'\'', u'’') << true;
    QTest::newRow("last paragraph cut off") << sasacFeature << sasacFeature.section(u"\n\n"_s, 0, 2) << true;
    QTest::newRow("chinese repost, half-width commas and edits") << hotlineZh << repostZh(hotlineZh) << true;
    QTest::newRow("same meeting, another article") << sasacWire << sasacFeature << false;
    QTest::newRow("same hotline, another article") << hotlineZh << hotlineOtherZh << false;
    QTest::newRow("other language altogether") << sasacWire << hotlineZh << false;
}

void TestNearDuplicates::pairs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, duplicate);
    const double similarity
        = NearDuplicateSignature::similarity(NearDuplicateSignature::compute(a), NearDuplicateSignature::compute(b));
    qInfo("estimated similarity %.2f", similarity);
    QCOMPARE(similarity >= NearDuplicateSignature::duplicateThreshold, duplicate);
    if (!duplicate)
        QVERIFY(similarity < 0.2);
}

void TestNearDuplicates::signaturesAreStable()
{
    // Stored in casebooks: the same text must give the same bytes in every run and on every platform.
    const QByteArray signature = NearDuplicateSignature::compute(sasacWire);
    QCOMPARE(signature.size(), NearDuplicateSignature::hashCount * 4);
    QCOMPARE(signature.left(8).toHex(), QByteArray("04c9693870d85c27"));
    QCOMPARE(NearDuplicateSignature::bandKeys(signature).size(), NearDuplicateSignature::bandCount);
    // Keys fit in 31 bits, which SQLite stores in 4 bytes.
    const QList<qint64> anchors = NearDuplicateSignature::anchorKeys(sasacWire);
    QVERIFY(!anchors.isEmpty());
    for (const qint64 key : NearDuplicateSignature::bandKeys(signature) + anchors)
        QVERIFY2(key >= 0 && key < (qint64(1) << 31), qPrintable(QString::number(key)));
}

void TestNearDuplicates::shortTextsHaveNoSignature()
{
    QVERIFY(NearDuplicateSignature::compute(u"Too short to judge."_s).isEmpty());
    QCOMPARE(NearDuplicateSignature::similarity({}, {}), 0.0);
}

void TestNearDuplicates::storeLinksRepostsToTheFirstCopy()
{
    QTemporaryDir dir;
    CasebookStore store(dir.filePath(u"dups.casebook"_s));
    const auto first = store.addArticles({ article(u"wire"_s, sasacWire), article(u"zh"_s, hotlineZh) });
    QCOMPARE(first[0].duplicateOf, 0);
    QCOMPARE(first[1].duplicateOf, 0);
    // In one batch: a repost, an article on the same event, a repost of the repost, a Chinese repost and a
    // Chinese article on the same hotline.
    const auto second
        = store.addArticles({ article(u"repost"_s, repost(sasacWire)), article(u"feature"_s, sasacFeature),
                              article(u"repost-of-repost"_s, repost(repost(sasacWire))),
                              article(u"zh-repost"_s, repostZh(hotlineZh)), article(u"zh-other"_s, hotlineOtherZh) });
    QCOMPARE(second.size(), size_t(5));
    for (const AddOutcome &outcome : second)
        QCOMPARE(outcome.kind, AddOutcome::Kind::Added); // kept, never dropped
    QCOMPARE(second[0].duplicateOf, first[0].articleId);
    QCOMPARE(second[1].duplicateOf, 0);
    QCOMPARE(second[2].duplicateOf, first[0].articleId); // the first copy, not the repost it came from
    QCOMPARE(second[3].duplicateOf, first[1].articleId);
    QCOMPARE(second[4].duplicateOf, 0);
    QCOMPARE(store.article(second[0].articleId)->duplicateOf, first[0].articleId);
    QCOMPARE(store.stats().duplicates, 3);
}

namespace {
/// What an aggregator or a "read more" page carries: the first third of the article and a line of its own.
QString teaser(const QString &text)
{
    const QStringList paragraphs = text.split(u"\n\n"_s);
    return paragraphs.first() + u"\n\nRead the full story on our partner's site."_s;
}
} // namespace

void TestNearDuplicates::partialCopiesAreLinkedInEitherOrder_data()
{
    QTest::addColumn<bool>("excerptFirst");
    QTest::newRow("excerpt imported first") << true;
    QTest::newRow("excerpt imported last") << false;
}

void TestNearDuplicates::partialCopiesAreLinkedInEitherOrder()
{
    QFETCH(bool, excerptFirst);
    QVERIFY(NearDuplicateSignature::similarity(NearDuplicateSignature::compute(teaser(sasacWire)),
                                               NearDuplicateSignature::compute(sasacWire))
            < NearDuplicateSignature::duplicateThreshold); // resemblance alone would not link them
    QTemporaryDir dir;
    CasebookStore store(dir.filePath(u"partial.casebook"_s));
    const std::vector<ImportedArticle> excerpts
        = { article(u"wire-teaser"_s, teaser(sasacWire)), article(u"zh-teaser"_s, teaser(hotlineZh)) };
    const std::vector<ImportedArticle> wholes = { article(u"wire"_s, sasacWire), article(u"zh"_s, hotlineZh) };
    const auto first = store.addArticles(excerptFirst ? excerpts : wholes);
    const auto second = store.addArticles(excerptFirst ? wholes : excerpts);
    for (size_t i = 0; i < 2; ++i) {
        QCOMPARE(first[i].duplicateOf, 0);
        QCOMPARE(second[i].duplicateOf, first[i].articleId);
    }
    // Other articles on the same events, and a teaser of one of them, share names but are not copies.
    const auto others = store.addArticles({ article(u"feature"_s, sasacFeature), article(u"zh-other"_s, hotlineOtherZh),
                                            article(u"feature-teaser"_s, teaser(sasacFeature)) });
    QCOMPARE(others[0].duplicateOf, 0);
    QCOMPARE(others[1].duplicateOf, 0);
    QCOMPARE(others[2].duplicateOf, others[0].articleId);
}

void TestNearDuplicates::containmentIsExact()
{
    QCOMPARE(NearDuplicateSignature::containment(teaser(sasacWire), sasacWire),
             NearDuplicateSignature::containment(sasacWire, teaser(sasacWire)));
    QVERIFY(NearDuplicateSignature::containment(teaser(sasacWire), sasacWire) >= 0.8);
    QVERIFY(NearDuplicateSignature::containment(sasacFeature, sasacWire) < 0.2);
    QVERIFY(NearDuplicateSignature::containment(hotlineOtherZh, hotlineZh) < 0.2);
    QCOMPARE(NearDuplicateSignature::containment(u"too short"_s, sasacWire), 0.0);
}

void TestNearDuplicates::migrationSignsExistingArticles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.casebook"_s);
    {
        SqliteDatabase old(path, SqliteDatabase::Access::ReadWriteCreate);
        old.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId));
        Schema::migrate(old, 0, 1);
        auto insert = old.prepare(u"INSERT INTO articles (title, text, chars, content_hash, file_hash, imported_at) "
                                  u"VALUES ('Old', ?1, 1, x'01', x'02', '2024-01-01T00:00:00Z')"_s);
        insert.bind(1, sasacWire);
        insert.exec();
        old.exec(u"PRAGMA user_version = 1"_s);
    }
    CasebookStore store(path);
    QVERIFY(store.schemaVersion() >= 2);
    QCOMPARE(store.database().scalar(u"SELECT count(*) FROM article_signatures"_s), 1);
    // The article signed by the migration is found by the next import.
    const auto outcome = store.addArticles({ article(u"repost"_s, repost(sasacWire)) });
    QCOMPARE(outcome[0].duplicateOf, 1);
}

void TestNearDuplicates::deletingTakesOutTheKeysAndUndoPutsThemBack()
{
    QTemporaryDir dir;
    CasebookStore store(dir.filePath(u"keys.casebook"_s));
    const qint64 wire = store.addArticles({ article(u"wire"_s, sasacWire) }).front().articleId;
    const qint64 zh = store.addArticles({ article(u"zh"_s, hotlineZh) }).front().articleId;
    auto keys = [&store](qint64 id) {
        auto query
            = store.database().prepare(u"SELECT group_concat(key) FROM (SELECT key FROM article_signature_keys_all "
                                       u"WHERE article_id = %1 ORDER BY key)"_s.arg(id));
        return query.step() ? query.text(0) : QString();
    };
    const QString wireKeys = keys(wire);
    const QString zhKeys = keys(zh);
    QVERIFY(!wireKeys.isEmpty() && !zhKeys.isEmpty());

    // The keys table has no index by article: deleting takes out exactly the keys the signature row lists, so a
    // repost is no longer linked to the deleted article.
    const DeletedArticles deleted = store.deleteArticles({ wire });
    QCOMPARE(keys(wire), QString());
    QCOMPARE(keys(zh), zhKeys);
    const AddOutcome alone = store.addArticles({ article(u"repost-after-delete"_s, repost(sasacWire)) }).front();
    QCOMPARE(alone.duplicateOf, 0);
    store.deleteArticles({ alone.articleId });
    // Undoing the deletion puts the keys back: the next repost is linked to it again.
    store.restoreArticles(deleted);
    QCOMPARE(keys(wire), wireKeys);
    QCOMPARE(store.addArticles({ article(u"repost"_s, repost(sasacWire)) }).front().duplicateOf, wire);
}

void TestNearDuplicates::keysMergedInKeyOrderAreFoundAndDeletedAlike()
{
    QTemporaryDir dir;
    CasebookStore store(dir.filePath(u"merge.casebook"_s));
    // A limit the first article's keys reach: they are merged with its batch, the second article's wait.
    store.setNearDuplicateMergeLimit(20);
    auto count = [&store](const QString &table, qint64 id) {
        return store.database().scalar(u"SELECT count(*) FROM %1 WHERE article_id = %2"_s.arg(table).arg(id));
    };
    const qint64 wire = store.addArticles({ article(u"wire"_s, sasacWire) }).front().articleId;
    const qint64 wireKeys = count(u"article_signature_keys"_s, wire);
    QVERIFY(wireKeys >= 20);
    QCOMPARE(count(u"article_signature_keys_recent"_s, wire), 0);
    store.setNearDuplicateMergeLimit(NearDuplicateIndex::recentKeyLimit);
    const qint64 zh = store.addArticles({ article(u"zh"_s, hotlineZh) }).front().articleId;
    QCOMPARE(count(u"article_signature_keys"_s, zh), 0);
    QVERIFY(count(u"article_signature_keys_recent"_s, zh) >= 20);

    // Copies are found through either table.
    QCOMPARE(store.addArticles({ article(u"repost"_s, repost(sasacWire)) }).front().duplicateOf, wire);
    QCOMPARE(store.addArticles({ article(u"zh-repost"_s, repostZh(hotlineZh)) }).front().duplicateOf, zh);

    // Deleting takes the keys out of both; undoing puts them back (into the small table) and they are found again.
    const DeletedArticles deleted = store.deleteArticles({ wire, zh });
    QCOMPARE(count(u"article_signature_keys_all"_s, wire), 0);
    QCOMPARE(count(u"article_signature_keys_all"_s, zh), 0);
    store.restoreArticles(deleted);
    QCOMPARE(count(u"article_signature_keys_all"_s, wire), wireKeys);
    QCOMPARE(store.addArticles({ article(u"repost-2"_s, repost(repost(sasacWire))) }).front().duplicateOf, wire);

    // A merge moves every waiting key, in one pass, and the lookups do not change.
    NearDuplicateIndex index(store.database());
    QVERIFY(index.recentKeys() > 0);
    const qint64 all = store.database().scalar(u"SELECT count(*) FROM article_signature_keys_all"_s);
    index.mergeRecentKeys();
    QCOMPARE(index.recentKeys(), qint64(0));
    QCOMPARE(store.database().scalar(u"SELECT count(*) FROM article_signature_keys"_s), all);
    QCOMPARE(store.addArticles({ article(u"zh-repost-2"_s, repostZh(repostZh(hotlineZh))) }).front().duplicateOf, zh);
}

namespace {
/// "12:2 13:1": articles and the keys each shares, by article (QHash has no order).
QString sharing(const QHash<qint64, int> &shared)
{
    QStringList parts;
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        parts.append(u"%1:%2"_s.arg(it.key()).arg(it.value()));
    parts.sort();
    return parts.join(u' ');
}
} // namespace

void TestNearDuplicates::recentKeysCoverWhatWasAddedSince()
{
    RecentNearDuplicateKeys recent(2);
    QVERIFY(!recent.covers(0));
    recent.startAfter(10);
    QVERIFY(recent.covers(10));
    QVERIFY(!recent.covers(9)); // article 10 and older are in the tables, not here
    recent.add(11, { 1, 2, 3 });
    recent.add(12, { 3, 4 });
    QCOMPARE(recent.lastId(), qint64(12));
    const NearDuplicateIndex::Keys keys { NearDuplicateSignature::compute(sasacWire), { 3, 4, 5 } };
    QCOMPARE(sharing(recent.shared(keys, 10).anchors), u"11:1 12:2"_s);
    QCOMPARE(sharing(recent.shared(keys, 11).anchors), u"12:2"_s);
    // Full: the oldest goes, and with it the claim to cover what came after 10.
    recent.add(13, { 5 });
    QVERIFY(!recent.covers(10));
    QVERIFY(recent.covers(11));
    QCOMPARE(sharing(recent.shared(keys, 0).anchors), u"12:2 13:1"_s);
    recent.forget();
    QVERIFY(!recent.covers(13));
}

namespace {
ImportedArticle signed_(const QString &name, const QString &text)
{
    ImportedArticle item = article(name, text);
    item.computeHashes();
    return item;
}
} // namespace

void TestNearDuplicates::workersProbeAndTheWriterLooksOnlyAtWhatCameSince()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"probe.casebook"_s);
    CasebookStore writer(path);
    const auto first = writer.addArticles({ article(u"wire"_s, sasacWire), article(u"zh"_s, hotlineZh) });
    const qint64 wire = first[0].articleId;
    const qint64 zh = first[1].articleId;
    ReaderPool readers(path);

    // A worker finds the first copy among what is committed, and says how far it saw.
    ImportedArticle repostItem = signed_(u"repost"_s, repost(sasacWire));
    repostItem.nearDuplicateProbe = readers.acquire()->probeNearDuplicates(repostItem);
    QCOMPARE(repostItem.nearDuplicateProbe.original, wire);
    QCOMPARE(repostItem.nearDuplicateProbe.seenUpTo, zh);

    // Probed before the article it copies was committed: the writer finds it among the articles added since.
    ImportedArticle otherRepost = signed_(u"zh-other-repost"_s, repostZh(hotlineOtherZh));
    otherRepost.nearDuplicateProbe = readers.acquire()->probeNearDuplicates(otherRepost);
    QCOMPARE(otherRepost.nearDuplicateProbe.original, 0);
    const qint64 other = writer.addArticles({ article(u"zh-other"_s, hotlineOtherZh) }).front().articleId;
    // ... and a copy within the same batch as its first copy, probed before either.
    ImportedArticle featureRepost = signed_(u"feature-repost"_s, repost(sasacFeature));
    featureRepost.nearDuplicateProbe = readers.acquire()->probeNearDuplicates(featureRepost);
    const auto second
        = writer.addArticles({ repostItem, otherRepost, signed_(u"feature"_s, sasacFeature), featureRepost });
    QCOMPARE(second[0].duplicateOf, wire);
    QCOMPARE(second[1].duplicateOf, other);
    QCOMPARE(second[2].duplicateOf, 0);
    QCOMPARE(second[3].duplicateOf, second[2].articleId);

    // Another connection added an article after the probe: the writer has not seen it, and looks in the casebook.
    ImportedArticle elsewhereRepost = signed_(u"hospital-repost"_s, repost(hospitalStory));
    elsewhereRepost.nearDuplicateProbe = readers.acquire()->probeNearDuplicates(elsewhereRepost);
    QCOMPARE(elsewhereRepost.nearDuplicateProbe.original, 0);
    qint64 hospital = 0;
    {
        CasebookStore elsewhere(path);
        hospital = elsewhere.addArticles({ article(u"hospital"_s, hospitalStory) }).front().articleId;
    }
    QCOMPARE(writer.addArticles({ elsewhereRepost }).front().duplicateOf, hospital);

    // The probe's first copy deleted since: not linked to an article that is gone.
    ImportedArticle lateRepost = signed_(u"late-repost"_s, repostZh(repostZh(hotlineZh)));
    lateRepost.nearDuplicateProbe = readers.acquire()->probeNearDuplicates(lateRepost);
    QCOMPARE(lateRepost.nearDuplicateProbe.original, zh);
    const DeletedArticles deleted = writer.deleteArticles({ zh });
    QCOMPARE(writer.addArticles({ lateRepost }).front().duplicateOf, 0);
    writer.restoreArticles(deleted);
}

void TestNearDuplicates::probedArticlesSpareTheWriterTheKeyLookups()
{
    // The same state and the same article, once as the writer looked it up before and once probed by a worker.
    auto writerSteps = [](bool probed) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"steps.casebook"_s);
        CasebookStore writer(path);
        writer.addArticles({ article(u"wire"_s, sasacWire), article(u"zh"_s, hotlineZh) });
        ImportedArticle feature = signed_(u"feature"_s, sasacFeature);
        if (probed) {
            ReaderPool readers(path);
            feature.nearDuplicateProbe = readers.acquire()->probeNearDuplicates(feature);
        }
        const qint64 before = writer.database().work().steps;
        const AddOutcome added = writer.addArticles({ feature }).front();
        return std::pair(added.duplicateOf, writer.database().work().steps - before);
    };
    const auto [unprobedCopyOf, unprobedSteps] = writerSteps(false);
    const auto [probedCopyOf, probedSteps] = writerSteps(true);
    QCOMPARE(probedCopyOf, unprobedCopyOf);
    // At least a step for each of the band and anchor keys it no longer looks up in the keys tables.
    const qsizetype keys = NearDuplicateSignature::bandKeys(NearDuplicateSignature::compute(sasacFeature)).size()
        + NearDuplicateSignature::anchorKeys(sasacFeature).size();
    QVERIFY2(unprobedSteps - probedSteps >= keys,
             qPrintable(u"%1 steps probed, %2 not, %3 keys"_s.arg(probedSteps).arg(unprobedSteps).arg(keys)));
}

QTEST_GUILESS_MAIN(TestNearDuplicates)
#include "tst_nearduplicates.moc"
