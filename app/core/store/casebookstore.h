// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstore.h"
#include "annotationstore.h"
#include "articlelistquery.h"
#include "model/article.h"
#include "model/importedarticle.h"
#include "nearduplicateindex.h"
#include "reportstore.h"
#include "sqlitedatabase.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace casebook {

struct CasebookStats
{
    qint64 articles = 0;
    qint64 duplicates = 0;
    qint64 characters = 0;
    qint64 originalBytes = 0;
    qint64 corrections = 0;
    qint64 importFailures = 0;
    QMap<QString, qint64> byLanguage;
    QMap<QString, qint64> byFormat;
    QDate earliest;
    QDate latest;
    int schemaVersion = 0;
};

/// Where the bytes of a casebook file go, from SQLite's dbstat table (pages of each table with its indexes).
struct StorageSplit
{
    qint64 fileBytes = 0; ///< pages in use and free, the write-ahead log folded in
    qint64 originals = 0; ///< the original files, as stored (compressed)
    qint64 text = 0; ///< the articles: text and metadata, with their indexes
    qint64 index = 0; ///< the full-text index (FTS5's own tables)
    qint64 entities = 0; ///< what the analysis found: entities, aliases, mentions, events
    qint64 nearDuplicates = 0; ///< near-duplicate signatures and their band and anchor keys
    qint64 other = 0; ///< everything else: pages, annotations, reports, free pages, the schema
    qint64 textUtf8Bytes = 0; ///< the articles' text alone, as UTF-8: what the file holds, to compare its size with
};

struct AddOutcome
{
    enum class Kind { Added, AlreadyPresent };
    Kind kind = Kind::Added;
    qint64 articleId = 0;
    qint64 duplicateOf = 0;
};

/// The indexed fields of one article, for code that needs every article's text in memory (benchmarks).
struct ArticleText
{
    QString title;
    QString text;
    QString source;
    QString author;
    QString language;
    QString published;
};

/// What deleteArticles() took out of the casebook, row for row, so that restoreArticles() can put it back exactly
/// (the window's undo). Held in memory only.
struct DeletedArticles
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<qint64> ids;
    QList<Table> tables; ///< the articles first, then the rows that belonged to them
    QList<std::pair<qint64, qint64>> relinked; ///< (article, its first copy before): copies that lost their original
    QSet<qint64> entities; ///< entities whose mentions were removed
};

struct ImportFailureRecord
{
    QString path;
    QString reason;
};

/// One connection to one casebook file. The writer opens it ReadWrite (creating and migrating it as needed);
/// readers open their own ReadOnly connections, which WAL lets run beside the writer.
class CasebookStore
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens or creates a casebook. Throws CasebookError, leaving the file untouched, if it is not a casebook,
    /// was written by a newer Casebook, or cannot be opened.
    explicit CasebookStore(const QString &path, Mode mode = Mode::ReadWrite);
    /// False when the casebook at `path` exists and SQLite can only read it (file or folder permissions, a
    /// read-only disk); a path that does not exist yet counts as writable (creating it says why it cannot be).
    static bool canWrite(const QString &path) { return SqliteDatabase::canWrite(path); }

    const QString &path() const { return m_db.path(); }
    int schemaVersion() const;
    /// The raw connection, for the search index this store owns (search/) and for tests. Everything else asks
    /// named queries of the store; tests/architecture checks that no other folder calls this.
    SqliteDatabase &database() { return m_db; }
    /// The analysis tables (entities, mentions, events, decisions) on this connection.
    AnalysisStore analysis() { return AnalysisStore(m_db); }
    /// The annotations and tags on this connection.
    AnnotationStore annotations() { return AnnotationStore(m_db); }
    ReportStore reports() { return ReportStore(m_db); }
    /// The window's article list, a page at a time, on this connection.
    ArticleListQuery articleList() { return ArticleListQuery(m_db); }

    /// Adds a batch in one transaction: all of it is saved or none of it. A file already in the casebook is a
    /// no-op; the same text from another file is kept and linked to its first copy.
    /// Articles an import worker probed (ImportedArticle::nearDuplicateProbe) are looked for among the articles
    /// added since only.
    std::vector<AddOutcome> addArticles(const std::vector<ImportedArticle> &batch);
    /// An article's first copy among the articles committed now, with the highest id among them, read in one
    /// snapshot. Import workers call it on their own read-only connections, so that addArticles() only has to
    /// look among the articles added since.
    NearDuplicateProbe probeNearDuplicates(const ImportedArticle &article);
    void recordImportFailures(const QList<ImportFailureRecord> &failures);

    QList<Article> articles() const; ///< all articles, without their text
    std::optional<Article> article(qint64 id) const;
    QByteArray original(qint64 id) const;
    /// The pages of a PDF or scan, in order (empty for other formats).
    QList<ArticlePage> pages(qint64 id) const;
    /// The page of article `articleId` that holds character `offset` of its text (report citations, the
    /// document pane); nullopt when the article has no pages or the offset is negative.
    std::optional<int> pageAt(qint64 articleId, qint64 offset) const;
    qint64 articleCount() const;
    QList<ImportFailureRecord> importFailures() const;

    /// The analyst's value for a field; it wins over what any importer finds, now and on re-extraction.
    void correct(qint64 id, ArticleField field, const QString &value);
    /// Drops the analyst's value and goes back to what the importer found.
    void resetCorrection(qint64 id, ArticleField field);
    /// Replaces what the importer found (after an extractor improved); corrected fields keep the analyst's value.
    void replaceExtracted(qint64 id, const ArticleMetadata &extracted);
    /// Replaces what an importer read from the article's original (after an extractor improved): its text,
    /// hashes and near-duplicate signature, and its metadata as replaceExtracted() does. The link to a first
    /// copy stays as it was.
    void replaceExtractedArticle(qint64 id, const ImportedArticle &reread);

    CasebookStats stats() const;
    /// How the file's bytes split between originals, text, index and entities (reads every page: seconds on a
    /// large casebook, so not part of stats()).
    StorageSplit storageSplit() const;

    /// Deletes articles with everything that belongs to them (original, corrections, mentions, events, signatures,
    /// index rows) in one transaction. Copies of a deleted article are linked to the first remaining copy. Entities
    /// that lose mentions are recounted (and go when none are left). Unknown ids are ignored.
    DeletedArticles deleteArticles(const QList<qint64> &ids);
    /// Puts back what deleteArticles() took, with the same ids, in one transaction.
    void restoreArticles(const DeletedArticles &deleted);
    /// How many near-duplicate keys wait in the small table before addArticles() merges them into the large one
    /// (NearDuplicateIndex::recentKeyLimit unless changed; tests set a small one).
    void setNearDuplicateMergeLimit(qint64 keys) { m_recentKeyLimit = keys; }
    /// Every article imported in the same batch as `id` (the same import time), `id` included.
    QList<qint64> importBatchOf(qint64 id) const;

    /// Re-tokenizes every article into the full-text index (benchmarks; after a tokenizer change).
    void rebuildSearchIndex();
    /// Bytes the full-text index takes in the file (its blocks, sizes and terms).
    qint64 searchIndexBytes() const;
    /// Copies the write-ahead log into the file and truncates it.
    void checkpoint();
    /// Calls `visit` with every article's indexed fields, in id order.
    void forEachArticleText(const std::function<void(const ArticleText &)> &visit) const;

private:
    void openAndUpgrade(Mode mode);
    void writeEffectiveMetadata(qint64 id, const ArticleMetadata &meta);
    ArticleMetadata extractedMetadata(qint64 id) const;
    QHash<ArticleField, QString> corrections(qint64 id) const;
    void requireArticle(qint64 id) const;
    /// Near-duplicate keys changed other than by addArticles(): what import workers probed may be out of date.
    void keysChangedOtherwise();

    SqliteDatabase m_db;
    /// Near-duplicate keys waiting in the small table, as this connection last counted and added them (-1: not yet
    /// counted). An estimate when another process writes too; it only decides when to merge.
    qint64 m_recentKeys = -1;
    qint64 m_recentKeyLimit = NearDuplicateIndex::recentKeyLimit;
    /// Keys of the articles addArticles() added last, for the articles workers probed before those were committed.
    RecentNearDuplicateKeys m_recentlyAdded;
    /// Batches that look everywhere whatever the workers probed: keys changed otherwise (a deletion undone, a text
    /// read again), perhaps after a worker's snapshot.
    int m_fullProbeBatches = 0;
    bool m_probeConnectionReady = false;
};

} // namespace casebook
