// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebookstore.h"

#include "casebookupgrade.h"
#include "migrations.h"
#include "store/nearduplicateindex.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

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
    if (!row.isNull(5)) {
        if (auto date = PublicationDate::fromIso(row.text(5))) {
            article.meta.published = *date;
            article.meta.published.precision = precisionFromName(row.text(6));
        }
    }
    article.meta.language = row.text(7);
    const QJsonObject origins = QJsonDocument::fromJson(row.text(8).toUtf8()).object();
    for (auto it = origins.begin(); it != origins.end(); ++it)
        if (const auto field = fieldFromName(it.key()))
            article.meta.origins.insert(*field, originFromName(it.value().toString()));
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
        if (version < Schema::currentVersion())
            throw CasebookError(u"%1 needs an upgrade to format %2; open it for writing first."_s.arg(where).arg(
                Schema::currentVersion()));
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
        u"language, field_origins, extracted, path, format, encoding, text, chars, content_hash, file_hash, "
        u"file_time, imported_at, duplicate_of) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)"_s);
    auto insertOriginal = m_db.prepare(u"INSERT INTO article_originals (article_id, bytes) VALUES (?1, ?2)"_s);
    NearDuplicateIndex nearDuplicates(m_db);
    const QString importedAt = nowIso();
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
        if (!duplicateOf)
            duplicateOf = nearDuplicates.findOriginal(item.nearDuplicateSignature);

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
        insert.bind(11, item.path).bind(12, item.format).bind(13, item.encoding).bind(14, item.text);
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
        insertOriginal.bind(1, id).bind(2, item.original);
        insertOriginal.exec();
        nearDuplicates.add(id, item.nearDuplicateSignature);
        outcomes.push_back({ AddOutcome::Kind::Added, id, duplicateOf });
        firstAdded = firstAdded ? firstAdded : id;
        lastAdded = id;
    }
    // Index the whole batch in one statement: FTS5 flushes its in-memory index at every statement savepoint,
    // so one insert per article (a trigger) cost more than the tokenizing itself.
    if (firstAdded) {
        auto index = m_db.prepare(u"INSERT INTO search_index (rowid, title, text, source, author) "
                                  u"SELECT id, title, text, source, author FROM articles WHERE id BETWEEN ?1 AND ?2"_s);
        index.bind(1, firstAdded).bind(2, lastAdded);
        index.exec();
    }
    transaction.commit();
    return outcomes;
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
    auto query = m_db.prepare(u"SELECT %1, text FROM articles WHERE id = ?1"_s.arg(articleColumns));
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
    return article;
}

QByteArray CasebookStore::original(qint64 id) const
{
    auto query = m_db.prepare(u"SELECT bytes FROM article_originals WHERE article_id = ?1"_s);
    query.bind(1, id);
    return query.step() ? query.blob(0) : QByteArray();
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
    auto update = m_db.prepare(u"UPDATE articles SET text = ?2, chars = ?3, content_hash = ?4, format = ?5, "
                               u"encoding = ?6, extracted = ?7 WHERE id = ?1"_s);
    update.bind(1, id).bind(2, item.text).bind(3, qint64(item.text.size())).bind(4, item.contentHash);
    update.bind(5, item.format).bind(6, item.encoding);
    update.bind(7, QString::fromUtf8(QJsonDocument(metadataToJson(item.meta)).toJson(QJsonDocument::Compact)));
    update.exec();
    NearDuplicateIndex(m_db).replace(id, item.nearDuplicateSignature);
    writeEffectiveMetadata(id, item.meta);
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
    stats.originalBytes = m_db.scalar(u"SELECT COALESCE(sum(length(bytes)), 0) FROM article_originals"_s);
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
    auto rows = m_db.prepare(
        u"SELECT title, text, source, author, language, COALESCE(published, '') FROM articles ORDER BY id"_s);
    while (rows.step())
        visit({ rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5) });
}

} // namespace casebook
