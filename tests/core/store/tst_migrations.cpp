// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades on real casebooks, each written once by the Casebook version whose format it has
// (tests/data/casebooks/README.md): every row the old version wrote must survive, read back by today's code.
#include "duplicates/nearduplicatesignature.h"
#include "search/querycompiler.h"
#include "search/queryparser.h"
#include "search/searchengine.h"
#include "search/searchtokenizer.h"
#include "store/analysisstore.h"
#include "store/casebookstore.h"
#include "store/casebookupgrade.h"
#include "store/migrations.h"
#include "store/nearduplicateindex.h"
#include "store/sqlitedatabase.h"
#include "store/storedtext.h"
#include "util/zstdcodec.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QString casebooksDir = QStringLiteral(CASEBOOK_TEST_DATA_DIR "/casebooks");

/// Format 2 was never the newest format of any Casebook: its step came in after step 3 already existed, so no
/// casebook was ever written as format 2.
const QSet<int> formatsNeverWritten = { 2 };

/// The schema as a set of normalised CREATE statements, to compare an upgraded casebook with a fresh one.
QSet<QString> schemaOf(const SqliteDatabase &db)
{
    QSet<QString> statements;
    auto query
        = db.prepare(u"SELECT type, name, COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"_s);
    while (query.step())
        statements.insert(query.text(0) + u' ' + query.text(1) + u' ' + query.text(2).simplified());
    return statements;
}

/// An article as the old version stored it, read with plain SQL from columns every format has.
struct OldArticle
{
    qint64 id = 0;
    QString title;
    QString text;
    QString source;
    QString published;
    QString language;
    QByteArray contentHash;
    qint64 duplicateOf = 0;
};

struct OldCorrection
{
    qint64 articleId = 0;
    QString field;
    QString value;
    bool operator==(const OldCorrection &other) const
    {
        return articleId == other.articleId && field == other.field && value == other.value;
    }
};

/// (Text is a zstd frame from format 9 on, read through casebook_text.)
QList<OldArticle> readArticles(const SqliteDatabase &db, int format)
{
    QList<OldArticle> articles;
    auto query = db.prepare(u"SELECT id, title, %1, source, COALESCE(published, ''), language, content_hash, "
                            u"COALESCE(duplicate_of, 0) FROM articles ORDER BY id"_s.arg(
                                format >= 9 ? StoredText::plainTextSql() : u"text"_s));
    while (query.step())
        articles.append({ query.int64(0), query.text(1), query.text(2), query.text(3), query.text(4), query.text(5),
                          query.blob(6), query.int64(7) });
    return articles;
}

/// Every original file as the old version stored it (plain bytes in every format before 8, zstd frames in 8, zstd
/// frames made against the article's text in 9), by article.
QMap<qint64, QByteArray> readOriginals(const SqliteDatabase &db, int format)
{
    QMap<qint64, QByteArray> originals;
    auto query = db.prepare(
        format >= 9
            ? u"SELECT o.article_id, o.bytes, o.compression, o.reference, %1 FROM "
              u"article_originals o JOIN articles a ON a.id = o.article_id"_s.arg(StoredText::plainTextSql(u"a"_s))
            : format >= 8 ? u"SELECT article_id, bytes, compression, 'none', '' FROM article_originals"_s
                          : u"SELECT article_id, bytes, 'none', 'none', '' FROM article_originals"_s);
    while (query.step()) {
        const QByteArray reference = query.text(3) == u"text"_s ? query.text(4).toUtf8() : QByteArray();
        originals.insert(query.int64(0),
                         query.text(2) == u"zstd"_s ? Zstd::decompress(query.blob(1), reference) : query.blob(1));
    }
    return originals;
}

QList<OldCorrection> readCorrections(const SqliteDatabase &db)
{
    QList<OldCorrection> corrections;
    auto query = db.prepare(u"SELECT article_id, field, value FROM corrections ORDER BY article_id, field"_s);
    while (query.step())
        corrections.append({ query.int64(0), query.text(1), query.text(2) });
    return corrections;
}

QString checked(SqliteDatabase &db, const QString &pragma)
{
    auto query = db.prepare(pragma);
    return query.step() ? query.text(0) : QString();
}

QSet<qint64> found(CasebookStore &store, const QString &query)
{
    SearchEngine engine(store);
    SearchRequest request;
    request.query = query;
    request.limit = 1000;
    QSet<qint64> ids;
    for (const SearchResult &result : engine.search(request).results)
        ids.insert(result.articleId);
    return ids;
}

/// An article's near-duplicate keys (bands and anchors) as the casebook holds them, in order.
QList<qint64> storedKeys(const SqliteDatabase &db, qint64 articleId)
{
    auto query = db.prepare(u"SELECT key FROM article_signature_keys_all WHERE article_id = ?1 ORDER BY key"_s);
    query.bind(1, articleId);
    QList<qint64> keys;
    while (query.step())
        keys.append(query.int64(0));
    return keys;
}

/// The keys today's signer gives a text, in the same order.
QList<qint64> todaysKeys(const QString &text)
{
    QList<qint64> keys = NearDuplicateSignature::bandKeys(NearDuplicateSignature::compute(text))
        + NearDuplicateSignature::anchorKeys(text);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

/// What the full-text index itself answers to `query` (compiled as search compiles it): each matching row with
/// its text as FTS5 reads it back from the index's content (highlight()), one "id|text" line each, by id.
QStringList indexAnswers(const SqliteDatabase &db, const QString &query)
{
    SearchTokenizer tokenizer;
    const CompiledQuery compiled = QueryCompiler::compile(QueryParser::parse(query, tokenizer));
    auto select = db.prepare(u"SELECT rowid, highlight(search_index, 1, '[', ']') FROM search_index "
                             u"WHERE search_index MATCH ?1 ORDER BY rowid"_s);
    select.bind(1, compiled.match);
    QStringList rows;
    while (select.step())
        rows << select.text(0) + u'|' + select.text(1);
    return rows;
}

/// Every annotation with its range, quote, note, colour and tags (with their colours), one line each.
QStringList readAnnotations(const SqliteDatabase &db)
{
    QStringList rows;
    auto select = db.prepare(uR"sql(
SELECT a.id, a.article_id, a.start, a.end, a.quote, a.note, a.color,
       coalesce((SELECT group_concat(t.name || ':' || t.color, ',') FROM annotation_tags at
                 JOIN tags t ON t.id = at.tag_id WHERE at.annotation_id = a.id), '')
FROM annotations a ORDER BY a.id)sql"_s);
    while (select.step()) {
        QStringList fields;
        for (int column = 0; column < 8; ++column)
            fields << select.text(column);
        rows << fields.join(u'|');
    }
    return rows;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEarlierFormatHasACommittedCasebook()
    {
        QSet<int> formats;
        const QStringList files = QDir(casebooksDir).entryList({ u"*.casebook"_s }, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            formats.insert(CasebookUpgrade::formatOf(QDir(casebooksDir).filePath(file)));
        for (int version = 1; version < Schema::currentVersion(); ++version)
            if (!formatsNeverWritten.contains(version))
                QVERIFY2(formats.contains(version), qPrintable(u"no casebook of format %1"_s.arg(version)));
    }

    void oldCasebookUpgradesWithEveryRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("analysed");
        // What each file is (tests/data/casebooks/README.md): every earlier format, and the variants of a format
        // that builds of the same format wrote differently.
        QTest::newRow("format 1") << u"format-1.casebook"_s << 1 << false;
        QTest::newRow("format 3 without signatures") << u"format-3-without-signatures.casebook"_s << 3 << false;
        QTest::newRow("format 3") << u"format-3.casebook"_s << 3 << false;
        QTest::newRow("format 4 with insert trigger") << u"format-4-insert-trigger.casebook"_s << 4 << true;
        QTest::newRow("format 4") << u"format-4.casebook"_s << 4 << true;
        QTest::newRow("format 5") << u"format-5.casebook"_s << 5 << true;
        QTest::newRow("format 6") << u"format-6.casebook"_s << 6 << true;
        QTest::newRow("format 7") << u"format-7.casebook"_s << 7 << true;
        QTest::newRow("format 8") << u"format-8.casebook"_s << 8 << true;
        QTest::newRow("format 9") << u"format-9.casebook"_s << 9 << true;
    }

    void oldCasebookUpgradesWithEveryRow()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(bool, analysed);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.casebook"_s);
        QVERIFY(QFile::copy(QDir(casebooksDir).filePath(file), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

        QList<OldArticle> before;
        QList<OldCorrection> correctionsBefore;
        QMap<qint64, QByteArray> originalsBefore;
        QStringList annotationsBefore;
        {
            const SqliteDatabase old(path, SqliteDatabase::Access::ReadOnly);
            QCOMPARE(old.scalar(u"PRAGMA user_version"_s), format);
            before = readArticles(old, format);
            correctionsBefore = readCorrections(old);
            originalsBefore = readOriginals(old, format);
            if (format >= 6)
                annotationsBefore = readAnnotations(old);
        }
        // What the files were made from: English and Chinese articles, an exact copy, an analyst's correction.
        QVERIFY(before.size() >= 4);
        QVERIFY(std::any_of(before.cbegin(), before.cend(), [](const OldArticle &a) { return a.duplicateOf != 0; }));
        QVERIFY(std::any_of(before.cbegin(), before.cend(), [](const OldArticle &a) { return a.language == u"en"; }));
        QVERIFY(std::any_of(before.cbegin(), before.cend(),
                            [](const OldArticle &a) { return a.language.startsWith(u"zh"_s); }));
        QVERIFY(!correctionsBefore.isEmpty());
        QVERIFY(CasebookUpgrade::needsUpgrade(path));

        QPromise<UpgradeOutcome> promise;
        promise.start();
        CasebookUpgrade::run(promise, path);
        promise.finish();
        const UpgradeOutcome outcome = promise.future().result();
        QCOMPARE(outcome.fromVersion, format);
        QCOMPARE(outcome.toVersion, Schema::currentVersion());
        QVERIFY(QFile::exists(outcome.backupPath));

        QSet<QString> freshSchema;
        {
            CasebookStore fresh(dir.filePath(u"fresh.casebook"_s));
            freshSchema = schemaOf(fresh.database());
        }
        CasebookStore store(path);
        QCOMPARE(store.schemaVersion(), Schema::currentVersion());
        QCOMPARE(schemaOf(store.database()), freshSchema);
        QCOMPARE(checked(store.database(), u"PRAGMA integrity_check"_s), u"ok"_s);

        // Every article as the old version wrote it, read through today's store.
        QCOMPARE(store.articleCount(), before.size());
        QCOMPARE(readArticles(store.database(), Schema::currentVersion()).size(), before.size());
        for (const OldArticle &old : std::as_const(before)) {
            const auto article = store.article(old.id);
            QVERIFY2(article, qPrintable(QString::number(old.id)));
            QCOMPARE(article->meta.title, old.title);
            QCOMPARE(article->text, old.text);
            QCOMPARE(article->meta.source, old.source);
            QCOMPARE(article->meta.published.isValid() ? article->meta.published.toIso() : QString(), old.published);
            QCOMPARE(article->meta.language, old.language);
            QCOMPARE(article->contentHash, old.contentHash);
            QCOMPARE(article->duplicateOf, old.duplicateOf);
        }
        QCOMPARE(readCorrections(store.database()), correctionsBefore);
        // The originals are still there for re-extraction, byte for byte.
        QCOMPARE(originalsBefore.size(), before.size());
        for (auto original = originalsBefore.cbegin(); original != originalsBefore.cend(); ++original)
            QCOMPARE(store.original(original.key()), original.value());
        if (format >= 6) {
            QVERIFY(!annotationsBefore.isEmpty()); // the format-6 file holds annotations with tags
            QCOMPARE(readAnnotations(store.database()), annotationsBefore);
        }
        for (const OldCorrection &correction : std::as_const(correctionsBefore)) {
            const auto field = fieldFromName(correction.field);
            QVERIFY(field);
            QVERIFY(store.article(correction.articleId)->correctedFields.contains(*field));
        }

        // The index holds exactly the articles (FTS5 compares it with the articles table), and search finds them.
        store.database().exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
        for (const QString &word : { u"hospital"_s, u"杭州"_s, u"Qwen3"_s, u"Zhipu"_s }) {
            QSet<qint64> expected;
            for (const OldArticle &old : std::as_const(before))
                if (old.text.contains(word, Qt::CaseInsensitive) || old.title.contains(word, Qt::CaseInsensitive))
                    expected.insert(old.id);
            QVERIFY2(!expected.isEmpty(), qPrintable(word));
            const QSet<qint64> hits = found(store, word);
            QVERIFY2(hits.contains(expected), qPrintable(word));
        }

        // Signatures are today's, for every article long enough to have one.
        auto signature = store.database().prepare(u"SELECT minhash FROM article_signatures WHERE article_id = ?1"_s);
        auto signatureKeys = store.database().prepare(u"SELECT keys FROM article_signatures WHERE article_id = ?1"_s);
        for (const OldArticle &old : std::as_const(before)) {
            signature.bind(1, old.id);
            const QByteArray stored = signature.step() ? signature.blob(0) : QByteArray();
            signature.reset();
            QCOMPARE(stored, NearDuplicateSignature::compute(old.text));
            // and so are its keys (cut to 31 bits by format 9's step, not signed again): every band key, and the
            // anchor keys where the signer that wrote the file made them (formats 5 and 6 have none)
            const QList<qint64> keys = storedKeys(store.database(), old.id);
            const QList<qint64> expected = todaysKeys(old.text);
            for (const qint64 key : NearDuplicateSignature::bandKeys(stored))
                QVERIFY2(keys.contains(key), qPrintable(QString::number(old.id)));
            for (const qint64 key : keys)
                QVERIFY2(expected.contains(key), qPrintable(QString::number(old.id)));
            if (format >= 7)
                QCOMPARE(keys, expected);
            // the signature row lists them, so that deleting the article takes them out
            signatureKeys.bind(1, old.id);
            QCOMPARE(signatureKeys.step() ? NearDuplicateIndex::unpackKeys(signatureKeys.blob(0)) : QList<qint64>(),
                     keys);
            signatureKeys.reset();
        }

        // Articles never analysed are left for the next analysis job.
        if (!analysed)
            QCOMPARE(AnalysisStore(store.database()).staleArticles().size(), before.size());
    }

    void formatEightKeepsEverySearchResultAndCompressesItsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"format-8.casebook"_s);
        QVERIFY(QFile::copy(QDir(casebooksDir).filePath(u"format-8.casebook"_s), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QStringList queries = { u"hospital"_s,        u"杭州"_s,     u"Qwen3"_s,           u"Zhipu"_s,
                                      u"\"entity list\""_s, u"通义千问"_s, u"export* OR 发布"_s, u"title:Qwen3"_s };
        const QString analysisCounts = u"SELECT (SELECT count(*) FROM mentions) || '/' || (SELECT count(*) FROM "
                                       u"entities) || '/' || (SELECT count(*) FROM events) || '/' || "
                                       u"(SELECT count(*) FROM analysis_state)"_s;
        const QString indexBlocks = u"SELECT count(*) || '/' || sum(length(block)) || '/' || "
                                    u"(SELECT group_concat(v) FROM search_index_config) FROM search_index_data"_s;
        QMap<QString, QStringList> answersBefore;
        QString analysisBefore;
        QString indexBefore;
        QStringList annotationsBefore;
        qint64 articles = 0;
        {
            SqliteDatabase old(path, SqliteDatabase::Access::ReadOnly);
            QCOMPARE(old.scalar(u"PRAGMA user_version"_s), 8);
            for (const QString &query : queries) {
                answersBefore.insert(query, indexAnswers(old, query));
                QVERIFY2(!answersBefore.value(query).isEmpty(), qPrintable(query));
            }
            analysisBefore = checked(old, analysisCounts);
            indexBefore = checked(old, indexBlocks);
            annotationsBefore = readAnnotations(old);
            articles = old.scalar(u"SELECT count(*) FROM articles"_s);
        }
        QVERIFY(!annotationsBefore.isEmpty());
        QVERIFY(!analysisBefore.startsWith(u"0/"_s));

        CasebookStore store(path); // upgraded in place, after a backup
        SqliteDatabase &db = store.database();
        QCOMPARE(store.schemaVersion(), Schema::currentVersion());
        // Text already in the casebook is stored compressed now; the index is the old one, byte for byte (storing
        // the same text anew did not re-index it), read through the new view.
        QCOMPARE(db.scalar(u"SELECT count(*) FROM articles WHERE text_compression = 'zstd'"_s), articles);
        QCOMPARE(checked(db, indexBlocks), indexBefore);
        db.exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
        for (const QString &query : queries) {
            QCOMPARE(indexAnswers(db, query), answersBefore.value(query));
            QSet<qint64> ids;
            for (const QString &row : answersBefore.value(query))
                ids.insert(row.section(u'|', 0, 0).toLongLong());
            QCOMPARE(found(store, query), ids);
        }
        QCOMPARE(checked(db, analysisCounts), analysisBefore);
        QCOMPARE(readAnnotations(db), annotationsBefore);

        // A new article's text is stored compressed too, read back, searched and highlighted like the old ones.
        ImportedArticle added;
        added.path = u"/fixtures/lighthouse.txt"_s;
        added.format = u"text"_s;
        added.text
            = u"The Qwen3 lighthouse keeper of Hangzhou (杭州) logged every ship.\n\nHe kept the log for years."_s;
        added.original = added.text.toUtf8();
        added.meta.setValue(ArticleField::Title, u"Lighthouse"_s, MetadataOrigin::TextPattern);
        const qint64 id = store.addArticles({ added }).front().articleId;
        QCOMPARE(checked(db, u"SELECT text_compression FROM articles WHERE id = %1"_s.arg(id)), u"zstd"_s);
        QCOMPARE(store.article(id)->text, added.text);
        QVERIFY(found(store, u"lighthouse"_s).contains(id));
        QVERIFY(indexAnswers(db, u"Qwen3"_s)
                    .contains(u"%1|The [Qwen3] lighthouse keeper of Hangzhou (杭州) logged "
                              u"every ship.\n\nHe kept the log for years."_s.arg(id)));

        // Deleting an old and a new article takes both out of the index; a rebuild gives the same index.
        const QStringList qwenBefore = indexAnswers(db, u"Qwen3"_s);
        QVERIFY(qwenBefore.size() >= 2);
        const qint64 oldId = qwenBefore.first().section(u'|', 0, 0).toLongLong();
        store.deleteArticles({ oldId, id });
        db.exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
        const QStringList qwenAfter = indexAnswers(db, u"Qwen3"_s);
        QCOMPARE(qwenAfter.size(), qwenBefore.size() - 2);
        store.rebuildSearchIndex();
        db.exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
        QCOMPARE(indexAnswers(db, u"Qwen3"_s), qwenAfter);
        QCOMPARE(checked(db, u"PRAGMA integrity_check"_s), u"ok"_s);
    }

    void backupKeepsTheOldFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cases.casebook"_s);
        QVERIFY(QFile::copy(QDir(casebooksDir).filePath(u"format-1.casebook"_s), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        qint64 articles = 0;
        {
            const SqliteDatabase old(path, SqliteDatabase::Access::ReadOnly);
            articles = old.scalar(u"SELECT count(*) FROM articles"_s);
        }
        {
            CasebookStore store(path);
        } // the CLI's way: upgraded in place, with a backup first
        const QString backup = dir.filePath(u"cases.format-1-backup.casebook"_s);
        QVERIFY(QFile::exists(backup));
        QCOMPARE(CasebookUpgrade::formatOf(backup), 1);
        const SqliteDatabase copy(backup, SqliteDatabase::Access::ReadOnly);
        QCOMPARE(copy.scalar(u"SELECT count(*) FROM articles"_s), articles);
        QCOMPARE(CasebookUpgrade::formatOf(path), Schema::currentVersion());
    }

    void newCasebookHasTheCurrentFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.casebook"_s);
        {
            CasebookStore store(path);
            QCOMPARE(store.schemaVersion(), Schema::currentVersion());
            QCOMPARE(store.database().scalar(u"PRAGMA application_id"_s), Schema::applicationId);
        }
        QVERIFY(!CasebookUpgrade::needsUpgrade(path));
        QVERIFY(QDir(dir.path()).entryList({ u"*backup*"_s }).isEmpty());
    }

    void everyVersionIsDescribed()
    {
        for (int version = 1; version <= Schema::currentVersion(); ++version)
            QVERIFY2(!Schema::describe(version).isEmpty(), qPrintable(QString::number(version)));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
