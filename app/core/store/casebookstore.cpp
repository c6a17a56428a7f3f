// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebookstore.h"

#include "annotationstore.h"
#include "articlerows.h"
#include "casebookupgrade.h"
#include "migrations.h"
#include "search/indextokens.h"
#include "search/searchindex.h"
#include "store/nearduplicateindex.h"
#include "storedtext.h"
#include "util/casebookerror.h"
#include "util/zstdcodec.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace casebook {

void articlerows::readPublished(const SqliteStatement &row, int dateColumn, ArticleMetadata &meta)
{
    if (row.isNull(dateColumn))
        return;
    if (auto date = PublicationDate::fromIso(row.text(dateColumn))) {
        meta.published = *date;
        meta.published.precision = precisionFromName(row.text(dateColumn + 1));
    }
}

void articlerows::readOrigins(const QString &json, ArticleMetadata &meta)
{
    const QJsonObject origins = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = origins.begin(); it != origins.end(); ++it)
        if (const auto field = fieldFromName(it.key()))
            meta.origins.insert(*field, originFromName(it.value().toString()));
}

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

SqliteDatabase::Access accessFor(const QString &path, CasebookStore::Mode mode)
{
    if (mode == CasebookStore::Mode::ReadOnly)
        return SqliteDatabase::Access::ReadOnly;
    return QFileInfo::exists(path) ? SqliteDatabase::Access::ReadWrite : SqliteDatabase::Access::ReadWriteCreate;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// Writes the page rows of one article with one statement prepared for the whole batch.
class PageWriter
{
public:
    explicit PageWriter(SqliteDatabase &db)
        : m_insert(db.prepare(u"INSERT INTO article_pages (article_id, page, start, method, ocr_confidence) "
                              u"VALUES (?1, ?2, ?3, ?4, ?5)"_s))
    { }

    void write(qint64 articleId, const QList<ArticlePage> &pages)
    {
        for (const ArticlePage &page : pages) {
            m_insert.bind(1, articleId).bind(2, qint64(page.page)).bind(3, page.start).bind(4, methodName(page.method));
            if (page.ocrConfidence)
                m_insert.bind(5, *page.ocrConfidence);
            else
                m_insert.bindNull(5);
            m_insert.exec();
        }
    }

private:
    SqliteStatement m_insert;
};

QJsonObject originsToJson(const ArticleMetadata &meta)
{
    QJsonObject json;
    for (auto it = meta.origins.cbegin(); it != meta.origins.cend(); ++it)
        json.insert(fieldName(it.key()), originName(it.value()));
    return json;
}

QJsonObject metadataToJson(const ArticleMetadata &meta)
{
    QJsonObject json;
    for (const ArticleField field : allArticleFields()) {
        QJsonObject entry;
        entry.insert(u"value"_s, meta.value(field));
        entry.insert(u"origin"_s, originName(meta.origin(field)));
        json.insert(fieldName(field), entry);
    }
    return json;
}

ArticleMetadata metadataFromJson(const QByteArray &text)
{
    ArticleMetadata meta;
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    for (const ArticleField field : allArticleFields()) {
        const QJsonObject entry = json.value(fieldName(field)).toObject();
        if (!entry.isEmpty())
            meta.setValue(field, entry.value(u"value"_s).toString(),
                          originFromName(entry.value(u"origin"_s).toString()));
    }
    return meta;
}

constexpr auto articleColumns = u"id, title, source, author, url, published, published_precision, language, "
                                u"field_origins, path, format, encoding, chars, content_hash, file_time, imported_at, "
                                u"COALESCE(duplicate_of, 0)";

Article readArticleRow(const SqliteStatement &row)
{
    Article article;
    article.id = row.int64(0);
    article.meta.title = row.text(1);
    article.meta.source = row.text(2);
    article.meta.author = row.text(3);
    article.meta.url = row.text(4);
    articlerows::readPublished(row, 5, article.meta);
    article.meta.language = row.text(7);
    articlerows::readOrigins(row.text(8), article.meta);
    article.path = row.text(9);
    article.format = row.text(10);
    article.encoding = row.text(11);
    article.chars = row.int64(12);
    article.contentHash = row.blob(13);
    article.fileTime = QDateTime::fromString(row.text(14), Qt::ISODateWithMs);
    article.importedAt = QDateTime::fromString(row.text(15), Qt::ISODateWithMs);
    article.duplicateOf = row.int64(16);
    return article;
}

} // namespace

CasebookStore::CasebookStore(const QString &path, Mode mode)
    : m_db(path, accessFor(path, mode))
{
    openAndUpgrade(mode);
}

void CasebookStore::openAndUpgrade(Mode mode)
{
    const QString where = displayPath(path());
    // Only SQLite reads the file: a file that is not a casebook fails here, before anything is written to it.
    const int version = CasebookUpgrade::checkedFormat(m_db);
    const bool blank = version == 0;
    // A larger page cache for the index the writer updates batch after batch (and an upgrade rebuilds).
    m_db.exec(u"PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536"_s);
    if (mode == Mode::ReadOnly) {
        if (blank)
            throw CasebookError(u"%1 is empty: it holds no casebook yet."_s.arg(where));
        if (version < Schema::currentVersion()) {
            if (!canWrite(path()))
                throw CasebookError(u"%1 is in format %2, older than this version's %3, and can only be read here, so "
                                    u"it cannot be upgraded. Copy it to a folder you can write to and open the copy; "
                                    u"the original stays as it is."_s.arg(where)
                                        .arg(version)
                                        .arg(Schema::currentVersion()));
            throw CasebookError(u"%1 needs an upgrade to format %2; open it for writing first."_s.arg(where).arg(
                Schema::currentVersion()));
        }
        return;
    }
    // An older casebook is copied beside itself first, then upgraded in one transaction.
    if (!blank && version < Schema::currentVersion())
        CasebookUpgrade::upgrade(m_db, version);
    // Articles are kilobytes of text each: 16 KiB pages keep most of one article on one page. Only a new file can
    // take a page size, so this comes before WAL.
    if (blank)
        m_db.exec(u"PRAGMA page_size = 16384"_s);
    // WAL lets readers work beside the writer and keeps every committed batch safe if the process dies. The
    // writer checkpoints every 64 MiB rather than every 4 MiB (each checkpoint is a sync of the whole file).
    m_db.exec(u"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 4096"_s);
    if (blank)
        CasebookUpgrade::createSchema(m_db);
}

int CasebookStore::schemaVersion() const
{
    return int(m_db.scalar(u"PRAGMA user_version"_s));
}

std::vector<AddOutcome> CasebookStore::addArticles(const std::vector<ImportedArticle> &batch)
{
    std::vector<AddOutcome> outcomes;
    outcomes.reserve(batch.size());
    SqliteTransaction transaction(m_db);
    auto findFile = m_db.prepare(u"SELECT id FROM articles WHERE file_hash = ?1"_s);
    auto findContent = m_db.prepare(
        u"SELECT COALESCE(duplicate_of, id) FROM articles WHERE content_hash = ?1 ORDER BY id LIMIT 1"_s);
    auto insert = m_db.prepare(
        u"INSERT INTO articles (title, source, author, url, published, published_precision, published_origin, "
        u"language, field_origins, extracted, path, format, encoding, text, text_compression, chars, content_hash, "
        u"file_hash, file_time, imported_at, duplicate_of) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'zstd', ?15, ?16, ?17, ?18, ?19, ?20)"_s);
    auto insertOriginal = m_db.prepare(u"INSERT INTO article_originals (article_id, bytes, compression, size, "
                                       u"reference) VALUES (?1, ?2, 'zstd', ?3, 'text')"_s);
    PageWriter pageWriter(m_db);
    NearDuplicateIndex nearDuplicates(m_db);
    const QString importedAt = nowIso();
    // The articles of a batch that fails are not in the casebook: forgotten with it.
    auto forgetOnFailure = qScopeGuard([this] { m_recentlyAdded.forget(); });
    // Room for this batch and the one workers read before it was committed.
    m_recentlyAdded.ensureCapacity(2 * qsizetype(batch.size()) + 64);
    // Started again when another connection added articles since this one last did.
    const qint64 lastInCasebook = m_db.scalar(u"SELECT COALESCE(max(id), 0) FROM articles"_s);
    if (!m_recentlyAdded.isStarted() || m_recentlyAdded.lastId() != lastInCasebook)
        m_recentlyAdded.startAfter(lastInCasebook);
    // The earliest first copy among the articles a worker saw (its probe) and those added since (here, or in the
    // casebook when this connection did not add them all); every article when keys changed otherwise meanwhile.
    // The articles of this batch are always looked up here: their keys reach the keys table at its end.
    auto findOriginal = [this, lastInCasebook](NearDuplicateIndex &index, const ImportedArticle &item,
                                               const NearDuplicateIndex::Keys &keys) -> qint64 {
        auto earliest = [](qint64 a, qint64 b) { return a && b ? std::min(a, b) : std::max(a, b); };
        auto amongAddedAfter = [&](qint64 afterId) {
            return index.originalAmong(m_recentlyAdded.shared(keys, afterId), keys, item.text);
        };
        const NearDuplicateProbe &probe = item.nearDuplicateProbe;
        // The probe's original may have been deleted, or linked to another, since the worker looked.
        const qint64 probed = probe.original ? index.rootOf(probe.original) : 0;
        if (probe.seenUpTo < 0 || m_fullProbeBatches > 0 || (probe.original && !probed))
            return earliest(index.findOriginal(keys, item.text), amongAddedAfter(lastInCasebook));
        if (m_recentlyAdded.covers(probe.seenUpTo))
            return earliest(probed, amongAddedAfter(probe.seenUpTo));
        return earliest(probed,
                        earliest(index.findOriginal(keys, item.text, probe.seenUpTo), amongAddedAfter(lastInCasebook)));
    };
    std::vector<std::pair<qint64, qint64>> batchKeys; // (key, article id) of the batch, written in key order
    qint64 firstAdded = 0; // ids are handed out in order inside the transaction, so the batch is one range
    qint64 lastAdded = 0;

    for (ImportedArticle item : batch) {
        item.computeHashes(); // normally done on a worker already; then this is free
        const QByteArray &fileHash = item.fileHash;
        findFile.bind(1, fileHash);
        if (findFile.step()) {
            outcomes.push_back({ AddOutcome::Kind::AlreadyPresent, findFile.int64(0), 0 });
            findFile.reset();
            continue;
        }
        findFile.reset();

        const QByteArray &contentHash = item.contentHash;
        qint64 duplicateOf = 0;
        findContent.bind(1, contentHash);
        if (findContent.step())
            duplicateOf = findContent.int64(0);
        findContent.reset();
        // Not the same text, but perhaps the same article reposted: linked to its first copy, never dropped.
        const NearDuplicateIndex::Keys keys { item.nearDuplicateSignature, item.containmentAnchors };
        if (!duplicateOf)
            duplicateOf = findOriginal(nearDuplicates, item, keys);

        const ArticleMetadata &meta = item.meta;
        insert.bind(1, meta.title).bind(2, meta.source).bind(3, meta.author).bind(4, meta.url);
        if (meta.published.isValid())
            insert.bind(5, meta.published.toIso());
        else
            insert.bindNull(5);
        insert.bind(6, precisionName(meta.published.isValid() ? meta.published.precision : DatePrecision::None));
        insert.bind(7, originName(meta.origin(ArticleField::Published)));
        insert.bind(8, meta.language);
        insert.bind(9, QString::fromUtf8(QJsonDocument(originsToJson(meta)).toJson(QJsonDocument::Compact)));
        insert.bind(10, QString::fromUtf8(QJsonDocument(metadataToJson(meta)).toJson(QJsonDocument::Compact)));
        if (item.compressedText.isEmpty())
            item.compressedText = StoredText::compress(item.text); // normally done on a worker already
        insert.bind(11, item.path).bind(12, item.format).bind(13, item.encoding).bind(14, item.compressedText);
        insert.bind(15, qint64(item.text.size())).bind(16, contentHash).bind(17, fileHash);
        if (item.fileTime.isValid())
            insert.bind(18, item.fileTime.toUTC().toString(Qt::ISODateWithMs));
        else
            insert.bindNull(18);
        insert.bind(19, importedAt);
        if (duplicateOf)
            insert.bind(20, duplicateOf);
        else
            insert.bindNull(20);
        insert.exec();
        const qint64 id = m_db.lastInsertId();
        if (item.compressedOriginal.isEmpty())
            item.compressedOriginal = StoredText::compressOriginal(item.original, item.text); // normally on a worker
        insertOriginal.bind(1, id).bind(2, item.compressedOriginal).bind(3, qint64(item.original.size()));
        insertOriginal.exec();
        pageWriter.write(id, item.pages);
        const QList<qint64> indexedBy = nearDuplicates.addSignature(id, keys);
        m_recentlyAdded.add(id, indexedBy);
        for (const qint64 key : indexedBy)
            batchKeys.emplace_back(key, id);
        outcomes.push_back({ AddOutcome::Kind::Added, id, duplicateOf });
        firstAdded = firstAdded ? firstAdded : id;
        lastAdded = id;
    }
    // In key order, each leaf page of the keys table is visited once for all of the batch's keys on it.
    nearDuplicates.addKeys(std::move(batchKeys));
    // New near-duplicate keys wait in a small table; once it holds enough, they go into the large one in key order.
    m_recentKeys = m_recentKeys < 0 ? nearDuplicates.recentKeys() : m_recentKeys + nearDuplicates.keysWritten();
    if (m_recentKeys >= m_recentKeyLimit) {
        nearDuplicates.mergeRecentKeys();
        m_recentKeys = 0;
    }
    // Index the whole batch in one statement: FTS5 flushes its in-memory index at every statement savepoint,
    // so one insert per article (a trigger) cost more than the tokenizing itself.
    if (firstAdded) {
        std::vector<const QByteArray *> tokenBlocks;
        tokenBlocks.reserve(batch.size());
        for (const ImportedArticle &item : batch)
            tokenBlocks.push_back(&item.indexTokens);
        const IndexTokens::Replay workersTokens(tokenBlocks); // the tokenizer replays what the workers made
        auto index = m_db.prepare(u"INSERT INTO search_index (rowid, title, text, source, author) "
                                  u"SELECT id, title, text, source, author FROM article_texts "
                                  u"WHERE id BETWEEN ?1 AND ?2"_s);
        index.bind(1, firstAdded).bind(2, lastAdded);
        index.exec();
    }
    transaction.commit();
    forgetOnFailure.dismiss();
    m_fullProbeBatches = std::max(0, m_fullProbeBatches - 1);
    return outcomes;
}

NearDuplicateProbe CasebookStore::probeNearDuplicates(const ImportedArticle &article)
{
    if (article.nearDuplicateSignature.isEmpty())
        return {};
    if (!m_probeConnectionReady) {
        // Each batch the writer commits empties this connection's page cache (WAL): the keys' pages are read
        // again, through a memory map rather than a copy each.
        m_db.exec(u"PRAGMA mmap_size = 1073741824"_s);
        m_probeConnectionReady = true;
    }
    // One read transaction: the highest id and the keys are of the same snapshot.
    m_db.exec(u"BEGIN"_s);
    NearDuplicateProbe probe;
    try {
        probe.seenUpTo = m_db.scalar(u"SELECT COALESCE(max(id), 0) FROM articles"_s);
        probe.original = NearDuplicateIndex(m_db).findOriginal(
            { article.nearDuplicateSignature, article.containmentAnchors }, article.text);
    } catch (const CasebookError &) {
        try {
            m_db.exec(u"ROLLBACK"_s);
        } catch (const CasebookError &) { // the error that matters is the first
        }
        throw;
    }
    m_db.exec(u"COMMIT"_s);
    return probe;
}

void CasebookStore::keysChangedOtherwise()
{
    m_recentlyAdded.forget();
    // Two batches: one may have been read by workers before the change, the next one is read after it.
    m_fullProbeBatches = 2;
}

void CasebookStore::recordImportFailures(const QList<ImportFailureRecord> &failures)
{
    if (failures.isEmpty())
        return;
    SqliteTransaction transaction(m_db);
    auto insert = m_db.prepare(u"INSERT INTO import_failures (path, reason, at) VALUES (?1, ?2, ?3)"_s);
    const QString at = nowIso();
    for (const auto &failure : failures) {
        insert.bind(1, failure.path).bind(2, failure.reason).bind(3, at);
        insert.exec();
    }
    transaction.commit();
}

QList<ImportFailureRecord> CasebookStore::importFailures() const
{
    QList<ImportFailureRecord> failures;
    auto query = m_db.prepare(u"SELECT path, reason FROM import_failures ORDER BY id"_s);
    while (query.step())
        failures.append({ query.text(0), query.text(1) });
    return failures;
}

QList<Article> CasebookStore::articles() const
{
    QList<Article> result;
    result.reserve(articleCount());
    auto query = m_db.prepare(u"SELECT %1 FROM articles ORDER BY id"_s.arg(articleColumns));
    while (query.step())
        result.append(readArticleRow(query));
    return result;
}

std::optional<Article> CasebookStore::article(qint64 id) const
{
    auto query
        = m_db.prepare(u"SELECT %1, %2 FROM articles WHERE id = ?1"_s.arg(articleColumns, StoredText::plainTextSql()));
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    Article article = readArticleRow(query);
    article.text = query.text(17);
    query.reset();
    const auto corrected = corrections(id);
    for (auto it = corrected.cbegin(); it != corrected.cend(); ++it)
        article.correctedFields.append(it.key());
    std::sort(article.correctedFields.begin(), article.correctedFields.end());
    article.pages = pages(id);
    return article;
}

QList<ArticlePage> CasebookStore::pages(qint64 id) const
{
    QList<ArticlePage> result;
    auto query = m_db.prepare(
        u"SELECT page, start, method, ocr_confidence FROM article_pages WHERE article_id = ?1 ORDER BY start, page"_s);
    query.bind(1, id);
    while (query.step()) {
        ArticlePage page;
        page.page = int(query.int64(0));
        page.start = query.int64(1);
        page.method = methodFromName(query.text(2));
        if (!query.isNull(3))
            page.ocrConfidence = query.real(3);
        result.append(page);
    }
    return result;
}

std::optional<int> CasebookStore::pageAt(qint64 articleId, qint64 offset) const
{
    if (offset < 0)
        return std::nullopt;
    auto query = m_db.prepare(u"SELECT page FROM article_pages WHERE article_id = ?1 AND start <= ?2 "
                              u"ORDER BY start DESC, page DESC LIMIT 1"_s);
    query.bind(1, articleId).bind(2, offset);
    if (query.step())
        return int(query.int64(0));
    query.reset();
    // an offset before the first page's start still lies on the first page
    auto first = m_db.prepare(u"SELECT page FROM article_pages WHERE article_id = ?1 ORDER BY start, page LIMIT 1"_s);
    first.bind(1, articleId);
    return first.step() ? std::optional<int>(int(first.int64(0))) : std::nullopt;
}

QByteArray CasebookStore::original(qint64 id) const
{
    // An original stored against its article's text (reference 'text') is read with that text.
    auto query = m_db.prepare(u"SELECT o.bytes, o.compression, CASE o.reference WHEN 'text' THEN %1 END "
                              u"FROM article_originals o JOIN articles a ON a.id = o.article_id "
                              u"WHERE o.article_id = ?1"_s.arg(StoredText::plainTextSql(u"a"_s)));
    query.bind(1, id);
    if (!query.step())
        return {};
    if (query.text(1) != u"zstd")
        return query.blob(0);
    try {
        return Zstd::decompress(query.blob(0), query.blob(2));
    } catch (const CasebookError &error) {
        throw CasebookError(
            u"The original of article %1 in %2 is damaged: %3."_s.arg(id).arg(displayPath(path()), error.message()));
    }
}

qint64 CasebookStore::articleCount() const
{
    return m_db.scalar(u"SELECT count(*) FROM articles"_s);
}

void CasebookStore::requireArticle(qint64 id) const
{
    auto query = m_db.prepare(u"SELECT 1 FROM articles WHERE id = ?1"_s);
    query.bind(1, id);
    if (!query.step())
        throw CasebookError(u"There is no article %1 in %2."_s.arg(id).arg(displayPath(path())));
}

QHash<ArticleField, QString> CasebookStore::corrections(qint64 id) const
{
    QHash<ArticleField, QString> result;
    auto query = m_db.prepare(u"SELECT field, value FROM corrections WHERE article_id = ?1"_s);
    query.bind(1, id);
    while (query.step())
        if (const auto field = fieldFromName(query.text(0)))
            result.insert(*field, query.text(1));
    return result;
}

ArticleMetadata CasebookStore::extractedMetadata(qint64 id) const
{
    auto query = m_db.prepare(u"SELECT extracted FROM articles WHERE id = ?1"_s);
    query.bind(1, id);
    return query.step() ? metadataFromJson(query.text(0).toUtf8()) : ArticleMetadata {};
}

void CasebookStore::writeEffectiveMetadata(qint64 id, const ArticleMetadata &extracted)
{
    ArticleMetadata effective = extracted;
    const auto corrected = corrections(id);
    for (auto it = corrected.cbegin(); it != corrected.cend(); ++it)
        effective.setValue(it.key(), it.value(), MetadataOrigin::Analyst);

    auto update = m_db.prepare(u"UPDATE articles SET title = ?2, source = ?3, author = ?4, url = ?5, published = ?6, "
                               u"published_precision = ?7, published_origin = ?8, language = ?9, field_origins = ?10 "
                               u"WHERE id = ?1"_s);
    update.bind(1, id)
        .bind(2, effective.title)
        .bind(3, effective.source)
        .bind(4, effective.author)
        .bind(5, effective.url);
    if (effective.published.isValid())
        update.bind(6, effective.published.toIso());
    else
        update.bindNull(6);
    update.bind(7, precisionName(effective.published.isValid() ? effective.published.precision : DatePrecision::None));
    update.bind(8, originName(effective.origin(ArticleField::Published)));
    update.bind(9, effective.language);
    update.bind(10, QString::fromUtf8(QJsonDocument(originsToJson(effective)).toJson(QJsonDocument::Compact)));
    update.exec();
}

void CasebookStore::correct(qint64 id, ArticleField field, const QString &value)
{
    ArticleMetadata probe;
    if (!probe.setValue(field, value, MetadataOrigin::Analyst))
        throw CasebookError(
            u"\"%1\" is not a valid %2; use a date like 2025-02-25, 2025-02 or 2025."_s.arg(value, fieldName(field)));
    SqliteTransaction transaction(m_db);
    requireArticle(id);
    auto upsert
        = m_db.prepare(u"INSERT INTO corrections (article_id, field, value, corrected_at) VALUES (?1, ?2, ?3, ?4) "
                       u"ON CONFLICT (article_id, field) DO UPDATE SET value = excluded.value, "
                       u"corrected_at = excluded.corrected_at"_s);
    upsert.bind(1, id).bind(2, fieldName(field)).bind(3, probe.value(field)).bind(4, nowIso());
    upsert.exec();
    writeEffectiveMetadata(id, extractedMetadata(id));
    transaction.commit();
}

void CasebookStore::resetCorrection(qint64 id, ArticleField field)
{
    SqliteTransaction transaction(m_db);
    requireArticle(id);
    auto remove = m_db.prepare(u"DELETE FROM corrections WHERE article_id = ?1 AND field = ?2"_s);
    remove.bind(1, id).bind(2, fieldName(field));
    remove.exec();
    writeEffectiveMetadata(id, extractedMetadata(id));
    transaction.commit();
}

void CasebookStore::replaceExtracted(qint64 id, const ArticleMetadata &extracted)
{
    SqliteTransaction transaction(m_db);
    requireArticle(id);
    auto update = m_db.prepare(u"UPDATE articles SET extracted = ?2 WHERE id = ?1"_s);
    update.bind(1, id).bind(2,
                            QString::fromUtf8(QJsonDocument(metadataToJson(extracted)).toJson(QJsonDocument::Compact)));
    update.exec();
    writeEffectiveMetadata(id, extracted);
    transaction.commit();
}

void CasebookStore::replaceExtractedArticle(qint64 id, const ImportedArticle &reread)
{
    ImportedArticle item = reread;
    item.computeHashes();
    SqliteTransaction transaction(m_db);
    requireArticle(id);
    // The original is kept against the text: read it with the old text, store it again against the new.
    const QByteArray original = this->original(id);
    auto update = m_db.prepare(u"UPDATE articles SET text = ?2, text_compression = 'zstd', chars = ?3, "
                               u"content_hash = ?4, format = ?5, encoding = ?6, extracted = ?7 WHERE id = ?1"_s);
    update.bind(1, id)
        .bind(2, StoredText::compress(item.text))
        .bind(3, qint64(item.text.size()))
        .bind(4, item.contentHash);
    update.bind(5, item.format).bind(6, item.encoding);
    update.bind(7, QString::fromUtf8(QJsonDocument(metadataToJson(item.meta)).toJson(QJsonDocument::Compact)));
    update.exec();
    auto storeOriginal = m_db.prepare(u"UPDATE article_originals SET bytes = ?2, compression = 'zstd', "
                                      u"reference = 'text' WHERE article_id = ?1"_s);
    storeOriginal.bind(1, id).bind(2, StoredText::compressOriginal(original, item.text));
    storeOriginal.exec();
    auto dropPages = m_db.prepare(u"DELETE FROM article_pages WHERE article_id = ?1"_s);
    dropPages.bind(1, id);
    dropPages.exec();
    PageWriter(m_db).write(id, item.pages);
    NearDuplicateIndex(m_db).replace(id, { item.nearDuplicateSignature, item.containmentAnchors });
    keysChangedOtherwise();
    writeEffectiveMetadata(id, item.meta);
    AnnotationStore(m_db).reanchor(id); // the text changed: annotations find their passages again
    transaction.commit();
}

CasebookStats CasebookStore::stats() const
{
    CasebookStats stats;
    auto totals = m_db.prepare(u"SELECT count(*), count(duplicate_of), COALESCE(sum(chars), 0), min(published), "
                               u"max(published) FROM articles"_s);
    if (totals.step()) {
        stats.articles = totals.int64(0);
        stats.duplicates = totals.int64(1);
        stats.characters = totals.int64(2);
        if (auto first = PublicationDate::fromIso(totals.text(3)))
            stats.earliest = first->date;
        if (auto last = PublicationDate::fromIso(totals.text(4)))
            stats.latest = last->date;
    }
    stats.originalBytes = m_db.scalar(u"SELECT COALESCE(sum(size), 0) FROM article_originals"_s);
    stats.corrections = m_db.scalar(u"SELECT count(*) FROM corrections"_s);
    stats.importFailures = m_db.scalar(u"SELECT count(*) FROM import_failures"_s);
    auto languages = m_db.prepare(u"SELECT language, count(*) FROM articles GROUP BY language"_s);
    while (languages.step())
        stats.byLanguage.insert(languages.text(0), languages.int64(1));
    auto formats = m_db.prepare(u"SELECT format, count(*) FROM articles GROUP BY format"_s);
    while (formats.step())
        stats.byFormat.insert(formats.text(0), formats.int64(1));
    stats.schemaVersion = schemaVersion();
    return stats;
}

StorageSplit CasebookStore::storageSplit() const
{
    StorageSplit split;
    split.fileBytes = m_db.scalar(u"PRAGMA page_count"_s) * m_db.scalar(u"PRAGMA page_size"_s);
    split.textUtf8Bytes = m_db.scalar(
        u"SELECT COALESCE(sum(length(CAST(%1 AS BLOB))), 0) FROM articles"_s.arg(StoredText::plainTextSql()));
    // Each b-tree (a table or one of its indexes) counted under the table it belongs to.
    auto pages = m_db.prepare(u"SELECT COALESCE(m.tbl_name, d.name), sum(d.pgsize) FROM dbstat d "
                              u"LEFT JOIN sqlite_master m ON m.name = d.name GROUP BY 1"_s);
    static const QStringList entityTables = { u"entities"_s, u"entity_aliases"_s,   u"mentions"_s,
                                              u"events"_s,   u"entity_decisions"_s, u"analysis_state"_s };
    qint64 counted = 0;
    while (pages.step()) {
        const QString table = pages.text(0);
        const qint64 bytes = pages.int64(1);
        counted += bytes;
        if (table == u"article_originals")
            split.originals += bytes;
        else if (table == u"articles")
            split.text += bytes;
        else if (table.startsWith(QLatin1StringView(SearchIndex::tableName)))
            split.index += bytes;
        else if (entityTables.contains(table))
            split.entities += bytes;
        else if (table.startsWith(u"article_signature"_s))
            split.nearDuplicates += bytes;
        else
            split.other += bytes;
    }
    split.other += std::max<qint64>(0, split.fileBytes - counted); // free pages
    return split;
}

void CasebookStore::rebuildSearchIndex()
{
    m_db.exec(u"INSERT INTO search_index (search_index) VALUES ('rebuild')"_s);
}

qint64 CasebookStore::searchIndexBytes() const
{
    return m_db.scalar(u"SELECT COALESCE(sum(length(block)), 0) FROM search_index_data"_s)
        + m_db.scalar(u"SELECT COALESCE(sum(length(sz)) + 8 * count(*), 0) FROM search_index_docsize"_s)
        + m_db.scalar(u"SELECT COALESCE(sum(length(term)) + 16 * count(*), 0) FROM search_index_idx"_s);
}

void CasebookStore::checkpoint()
{
    m_db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

void CasebookStore::forEachArticleText(const std::function<void(const ArticleText &)> &visit) const
{
    auto rows = m_db.prepare(u"SELECT title, %1, source, author, language, COALESCE(published, '') FROM articles "
                             u"ORDER BY id"_s.arg(StoredText::plainTextSql()));
    while (rows.step())
        visit({ rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5) });
}

namespace {
/// The tables whose rows belong to an article, in the order they are put back (parents first).
const QStringList articleOwnedTables
    = { u"article_originals"_s, u"corrections"_s,  u"article_signatures"_s, u"mentions"_s, u"events"_s,
        u"analysis_state"_s,    u"article_pages"_s };

DeletedArticles::Table readRows(const SqliteDatabase &db, const QString &table, const QString &idColumn)
{
    DeletedArticles::Table rows;
    rows.name = table;
    auto select
        = db.prepare(u"SELECT * FROM %1 WHERE %2 IN (SELECT id FROM temp.article_selection)"_s.arg(table, idColumn));
    while (select.step()) {
        if (rows.columns.isEmpty())
            for (int c = 0; c < select.columnCount(); ++c)
                rows.columns.append(select.columnName(c));
        QVariantList values;
        values.reserve(select.columnCount());
        for (int c = 0; c < select.columnCount(); ++c)
            values.append(select.value(c));
        rows.rows.append(values);
    }
    return rows;
}

void selectArticles(SqliteDatabase &db, const QList<qint64> &ids)
{
    db.exec(u"CREATE TEMP TABLE IF NOT EXISTS article_selection (id INTEGER PRIMARY KEY); "
            u"DELETE FROM temp.article_selection"_s);
    auto insert = db.prepare(u"INSERT OR IGNORE INTO temp.article_selection (id) VALUES (?1)"_s);
    for (const qint64 id : ids) {
        insert.bind(1, id);
        insert.exec();
        insert.reset();
    }
}
} // namespace

DeletedArticles CasebookStore::deleteArticles(const QList<qint64> &ids)
{
    DeletedArticles deleted;
    SqliteTransaction transaction(m_db);
    selectArticles(m_db, ids);
    {
        auto known = m_db.prepare(u"SELECT id FROM articles WHERE id IN (SELECT id FROM temp.article_selection)"_s);
        while (known.step())
            deleted.ids.append(known.int64(0));
    }
    if (deleted.ids.isEmpty())
        return deleted;
    selectArticles(m_db, deleted.ids);
    deleted.tables.append(readRows(m_db, u"articles"_s, u"id"_s));
    for (const QString &table : articleOwnedTables)
        deleted.tables.append(readRows(m_db, table, u"article_id"_s));
    {
        auto entities = m_db.prepare(u"SELECT DISTINCT entity_id FROM mentions WHERE entity_id IS NOT NULL AND "
                                     u"article_id IN (SELECT id FROM temp.article_selection)"_s);
        while (entities.step())
            deleted.entities.insert(entities.int64(0));
    }
    // Copies of a deleted original: the first remaining copy becomes the original of the others.
    QMap<qint64, QList<qint64>> copiesOf;
    {
        auto copies = m_db.prepare(u"SELECT id, duplicate_of FROM articles WHERE duplicate_of IN "
                                   u"(SELECT id FROM temp.article_selection) AND id NOT IN "
                                   u"(SELECT id FROM temp.article_selection) ORDER BY id"_s);
        while (copies.step()) {
            copiesOf[copies.int64(1)].append(copies.int64(0));
            deleted.relinked.append({ copies.int64(0), copies.int64(1) });
        }
    }
    NearDuplicateIndex nearDuplicates(m_db); // its keys table has no foreign key: taken out by the keys listed
    for (const qint64 id : std::as_const(deleted.ids))
        nearDuplicates.removeKeys(id);
    m_db.exec(u"DELETE FROM articles WHERE id IN (SELECT id FROM temp.article_selection)"_s);
    // Annotations outlive their article, orphaned (restoreArticles() anchors them again).
    m_db.exec(u"UPDATE annotations SET orphaned = 1 WHERE article_id IN (SELECT id FROM temp.article_selection)"_s);
    auto relink = m_db.prepare(u"UPDATE articles SET duplicate_of = ?2 WHERE id = ?1"_s);
    for (const QList<qint64> &copies : std::as_const(copiesOf))
        for (const qint64 copy : copies.mid(1)) {
            relink.bind(1, copy).bind(2, copies.first());
            relink.exec();
            relink.reset();
        }
    AnalysisStore analysis(m_db);
    for (const qint64 entity : std::as_const(deleted.entities))
        analysis.recount(entity);
    transaction.commit();
    return deleted;
}

void CasebookStore::restoreArticles(const DeletedArticles &deleted)
{
    if (deleted.ids.isEmpty())
        return;
    SqliteTransaction transaction(m_db);
    bool entitiesGone = false;
    for (const DeletedArticles::Table &table : deleted.tables) {
        if (table.rows.isEmpty())
            continue;
        QStringList placeholders;
        for (int c = 0; c < table.columns.size(); ++c)
            placeholders.append(u"?%1"_s.arg(c + 1));
        auto insert = m_db.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table.name, table.columns.join(u", "_s),
                                                                            placeholders.join(u", "_s)));
        const int entityColumn = table.name == u"mentions"_s ? int(table.columns.indexOf(u"entity_id"_s)) : -1;
        auto entityExists = m_db.prepare(u"SELECT 1 FROM entities WHERE id = ?1"_s);
        for (QVariantList row : table.rows) {
            if (entityColumn >= 0 && !row.at(entityColumn).isNull()) {
                entityExists.bind(1, row.at(entityColumn).toLongLong());
                if (!entityExists.step()) {
                    row[entityColumn] = QVariant(); // its entity went with the deletion: rebuilt below
                    entitiesGone = true;
                }
                entityExists.reset();
            }
            for (int c = 0; c < row.size(); ++c)
                insert.bind(c + 1, row.at(c));
            insert.exec();
            insert.reset();
        }
    }
    for (const auto &[copy, original] : deleted.relinked) {
        auto relink = m_db.prepare(u"UPDATE articles SET duplicate_of = ?2 WHERE id = ?1"_s);
        relink.bind(1, copy).bind(2, original);
        relink.exec();
    }
    NearDuplicateIndex nearDuplicates(m_db); // the signature rows are back, listing the keys to put back
    for (const qint64 id : deleted.ids)
        nearDuplicates.restoreKeys(id);
    keysChangedOtherwise();
    selectArticles(m_db, deleted.ids);
    m_db.exec(u"INSERT INTO search_index (rowid, title, text, source, author) SELECT id, title, text, source, author "
              u"FROM article_texts WHERE id IN (SELECT id FROM temp.article_selection)"_s);
    AnnotationStore annotations(m_db);
    for (const qint64 id : deleted.ids)
        annotations.reanchor(id);
    AnalysisStore analysis(m_db);
    if (entitiesGone) {
        analysis.rebuildEntities(); // a savepoint inside this transaction
    } else {
        for (const qint64 entity : deleted.entities)
            analysis.recount(entity);
    }
    transaction.commit();
}

QList<qint64> CasebookStore::importBatchOf(qint64 id) const
{
    QList<qint64> batch;
    auto query = m_db.prepare(
        u"SELECT id FROM articles WHERE imported_at = (SELECT imported_at FROM articles WHERE id = ?1) ORDER BY id"_s);
    query.bind(1, id);
    while (query.step())
        batch.append(query.int64(0));
    return batch;
}

} // namespace casebook
