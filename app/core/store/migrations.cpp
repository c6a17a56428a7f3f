// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "sqlitedatabase.h"
#include "util/casebookerror.h"

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook::Schema {

namespace {

struct Migration
{
    int version; ///< the version this step produces
    const char *description;
    std::function<void(SqliteDatabase &)> apply;
};

void createInitialSchema(SqliteDatabase &db)
{
    db.exec(uR"sql(
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT,
    published_precision TEXT NOT NULL DEFAULT 'none',
    published_origin TEXT NOT NULL DEFAULT 'none',
    language TEXT NOT NULL DEFAULT '',
    field_origins TEXT NOT NULL DEFAULT '{}',
    extracted TEXT NOT NULL DEFAULT '{}',
    path TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'text',
    encoding TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    chars INTEGER NOT NULL,
    content_hash BLOB NOT NULL,
    file_hash BLOB NOT NULL,
    file_time TEXT,
    imported_at TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX articles_by_file_hash ON articles(file_hash);
CREATE INDEX articles_by_content_hash ON articles(content_hash);
CREATE INDEX articles_by_published ON articles(published);
CREATE INDEX articles_by_duplicate ON articles(duplicate_of);

CREATE TABLE article_originals (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
);

-- An analyst's corrections, kept apart from what importers found so that they win over every re-extraction.
CREATE TABLE corrections (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (article_id, field)
) WITHOUT ROWID;

-- Files that could not be imported, with the reason, so the analyst can see them again later.
CREATE TABLE import_failures (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
)sql"_s);
}

// Frozen steps: each is the SQL its format was released with, written out here and never calling today's code
// (indexers, signers, analyzers), so an old casebook upgrades the same way forever. A released step is never
// edited; a change is a new step at the end. Derived data that needs today's code (near-duplicate signatures,
// analyses) is never computed here: a step leaves it missing, and CasebookUpgrade (signatures) or the next
// analysis job (analysis_state rows) fills it in with today's code.

void createNearDuplicateTables(SqliteDatabase &db)
{
    // Articles already in the casebook are left unsigned; CasebookUpgrade signs them after the last step.
    db.exec(uR"sql(
CREATE TABLE article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);
CREATE TABLE article_signature_bands (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_signature_bands_by_article ON article_signature_bands(article_id);
)sql"_s);
}

void createSearchIndex(SqliteDatabase &db)
{
    // The "casebook" tokenizer and casebook_rank() are registered on every connection by SqliteDatabase. The
    // rank weights are title 10, text 1, source 2, author 2.
    db.exec(uR"sql(
CREATE VIRTUAL TABLE search_index USING fts5(
    title, text, source, author,
    content = 'articles', content_rowid = 'id', tokenize = 'casebook', detail = full
);
-- What search filters read (lang:, date:) beside the id, so that filtering the matches of a ranked query never
-- reads the large article rows.
CREATE INDEX articles_search_filters ON articles(id, language, published);
-- New articles are indexed by CasebookStore::addArticles, a batch per statement (see there why not a trigger).
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO search_index (search_index, rowid, title, text, source, author)
    VALUES ('delete', old.id, old.title, old.text, old.source, old.author);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text, source, author ON articles BEGIN
    INSERT INTO search_index (search_index, rowid, title, text, source, author)
    VALUES ('delete', old.id, old.title, old.text, old.source, old.author);
    INSERT INTO search_index (rowid, title, text, source, author)
    VALUES (new.id, new.title, new.text, new.source, new.author);
END;
)sql"_s);
    db.exec(u"INSERT INTO search_index (search_index, rank) VALUES ('rank', 'casebook_rank(10, 1, 2, 2)')"_s);
    db.exec(u"INSERT INTO search_index (search_index) VALUES ('rebuild')"_s);
}

void createAnalysisTables(SqliteDatabase &db)
{
    // Existing articles get no analysis_state row, so they are all stale and the next analysis job analyses them.
    db.exec(uR"sql(
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    mention_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_by_key ON entities(key);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    mention_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_by_key ON entity_aliases(alias_key);

-- What the analyzer found; local_key/local_name name the entity within its article.
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    length INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    local_key TEXT NOT NULL,
    local_name TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL
);
CREATE INDEX mentions_by_article ON mentions(article_id, start);
CREATE INDEX mentions_by_entity ON mentions(entity_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    length INTEGER NOT NULL,
    phrase TEXT NOT NULL,
    date TEXT,
    precision TEXT NOT NULL,
    granularity TEXT NOT NULL,
    relative INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_length INTEGER NOT NULL,
    sentence TEXT NOT NULL
);
CREATE INDEX events_by_article ON events(article_id);
CREATE INDEX events_by_date ON events(date);

-- The analyst's decisions, keyed by names rather than ids, replayed after every re-analysis.
CREATE TABLE entity_decisions (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL
);

-- Which publication date each article was analysed against: a changed date makes the article stale.
CREATE TABLE analysis_state (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    anchor TEXT NOT NULL DEFAULT '',
    analyzer_version INTEGER NOT NULL,
    analysed_at TEXT NOT NULL
);
)sql"_s);
}

void alignEarlierBuilds(SqliteDatabase &db)
{
    // Steps 2 to 4 were edited after casebooks had been written with them, so files of formats 3 and 4 differ
    // with the build that wrote them. This brings every one to what those steps now say: a format-3 file from
    // before step 2 existed has no signature tables; files from before the batch indexing still have the insert
    // trigger (which indexed every new article twice); early ones rank by bm25 and lack the filter index.
    // Signatures made by the first, many-permutation signer cannot be compared with today's, so all are dropped
    // and CasebookUpgrade signs the articles again; the index is rebuilt, which also clears double entries.
    db.exec(uR"sql(
CREATE TABLE IF NOT EXISTS article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS article_signature_bands (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_signature_bands_by_article ON article_signature_bands(article_id);
DELETE FROM article_signature_bands;
DELETE FROM article_signatures;
DROP TRIGGER IF EXISTS articles_search_insert;
CREATE INDEX IF NOT EXISTS articles_search_filters ON articles(id, language, published);
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'casebook_rank(10, 1, 2, 2)');
INSERT INTO search_index (search_index) VALUES ('rebuild');
)sql"_s);
}

void createAnnotationTables(SqliteDatabase &db)
{
    // An annotation outlives its article's text: it keeps its quote with the text around it (the W3C Web
    // Annotation TextQuoteSelector: prefix, exact, suffix) and is re-anchored when the text changes, or flagged
    // orphaned, never dropped. No foreign key to articles for the same reason.
    db.exec(uR"sql(
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    orphaned INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX annotations_by_article ON annotations(article_id);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT NOT NULL DEFAULT ''
);
CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id);
)sql"_s);
}

void createReportAndPageTables(SqliteDatabase &db)
{
    // Pages: where each page of a paged original (PDF, multi-page TIFF) starts in the article's text, so a quote's
    // citation names its page, and how the page's text was read (its text layer, or OCR with the engine's mean
    // word confidence, 0-100). Reports: sections in the analyst's order holding items; an item points at what it
    // cites (an annotation, an article, an entity, an event) and keeps the analyst's words, and a figure keeps its
    // rendered image, so a report exports the same way from the window and from the command line.
    db.exec(uR"sql(
CREATE TABLE article_pages (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    start INTEGER NOT NULL,
    method TEXT NOT NULL DEFAULT 'text-layer' CHECK (method IN ('text-layer', 'ocr')),
    ocr_confidence REAL,
    PRIMARY KEY (article_id, page)
) WITHOUT ROWID;
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title TEXT NOT NULL DEFAULT '',
    citation_style TEXT NOT NULL DEFAULT 'author-date',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE report_sections (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX report_sections_by_report ON report_sections(report_id, position);
CREATE TABLE report_items (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES report_sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('annotation', 'article', 'entity', 'event', 'figure')),
    ref_id INTEGER NOT NULL DEFAULT 0,
    commentary TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    image BLOB
);
CREATE INDEX report_items_by_section ON report_items(section_id, position);
)sql"_s);
}

void compressOriginals(SqliteDatabase &db)
{
    // Originals are kept for re-extraction, but need not take their full size: new ones are stored as one zstd
    // frame each (compression 'zstd'), with the size they had. Those already in the file stay as they are
    // (compression 'none'), so this step rewrites no original; both kinds read back the same.
    db.exec(uR"sql(
ALTER TABLE article_originals ADD COLUMN compression TEXT NOT NULL DEFAULT 'none'
    CHECK (compression IN ('none', 'zstd'));
ALTER TABLE article_originals ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
UPDATE article_originals SET size = length(bytes);
)sql"_s);
}

void compressArticleText(SqliteDatabase &db)
{
    // Article text takes about a third of its size as one zstd frame of its UTF-8 (text_compression 'zstd'), made
    // on the import workers. Text already in the file is left as it is ('none') by this step; CasebookUpgrade
    // compresses it afterwards with today's compressor.
    // casebook_text(id, text, text_compression), registered on every connection like the tokenizer, gives the plain
    // text of either kind, or an error naming the article whose frame is damaged.
    //
    // A new original is one zstd frame made with its article's text (UTF-8) as zstd's reference (reference
    // 'text'): the original of a text file is mostly that text, so it costs little beyond its differences. Reading
    // it needs the article's current text, so whatever replaces the text stores the original again against it.
    //
    // The update trigger re-indexes an article only when what the index holds changed: not when its text is
    // stored anew (compressed) or its metadata is written again with the same title, source and author.
    //
    // The full-text index must read plain text too ('rebuild', 'integrity-check', snippet(), highlight(), and the
    // 'delete' its triggers send), so its content becomes the view article_texts. FTS5 keeps the name of its
    // content table only in its CREATE statement, so the index is created again over the view and the old index's
    // own tables (its terms, which are those of the same text) are renamed to be the new one's: nothing is
    // tokenized again. The new index's empty tables go with the old index.
    db.exec(uR"sql(
ALTER TABLE articles ADD COLUMN text_compression TEXT NOT NULL DEFAULT 'none'
    CHECK (text_compression IN ('none', 'zstd'));
ALTER TABLE article_originals ADD COLUMN reference TEXT NOT NULL DEFAULT 'none'
    CHECK (reference IN ('none', 'text'));
DROP TRIGGER articles_search_delete;
DROP TRIGGER articles_search_update;
CREATE VIEW article_texts AS
    SELECT id, title, casebook_text(id, text, text_compression) AS text, source, author FROM articles;
ALTER TABLE search_index RENAME TO search_index_format8;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, text, source, author,
    content = 'article_texts', content_rowid = 'id', tokenize = 'casebook', detail = full
);
ALTER TABLE search_index_data RENAME TO search_index_empty_data;
ALTER TABLE search_index_idx RENAME TO search_index_empty_idx;
ALTER TABLE search_index_docsize RENAME TO search_index_empty_docsize;
ALTER TABLE search_index_config RENAME TO search_index_empty_config;
ALTER TABLE search_index_format8_data RENAME TO search_index_data;
ALTER TABLE search_index_format8_idx RENAME TO search_index_idx;
ALTER TABLE search_index_format8_docsize RENAME TO search_index_docsize;
ALTER TABLE search_index_format8_config RENAME TO search_index_config;
ALTER TABLE search_index_empty_data RENAME TO search_index_format8_data;
ALTER TABLE search_index_empty_idx RENAME TO search_index_format8_idx;
ALTER TABLE search_index_empty_docsize RENAME TO search_index_format8_docsize;
ALTER TABLE search_index_empty_config RENAME TO search_index_format8_config;
DROP TABLE search_index_format8;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO search_index (search_index, rowid, title, text, source, author)
    VALUES ('delete', old.id, old.title, casebook_text(old.id, old.text, old.text_compression), old.source,
            old.author);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text, text_compression, source, author ON articles
WHEN old.title IS NOT new.title OR old.source IS NOT new.source OR old.author IS NOT new.author
    OR casebook_text(old.id, old.text, old.text_compression) IS NOT casebook_text(new.id, new.text, new.text_compression)
BEGIN
    INSERT INTO search_index (search_index, rowid, title, text, source, author)
    VALUES ('delete', old.id, old.title, casebook_text(old.id, old.text, old.text_compression), old.source,
            old.author);
    INSERT INTO search_index (rowid, title, text, source, author)
    VALUES (new.id, new.title, casebook_text(new.id, new.text, new.text_compression), new.source, new.author);
END;
)sql"_s);
    // Near-duplicate keys (bands and anchors) are 31 bits from format 9, the top 31 bits of the 64-bit key, which
    // SQLite stores in 4 bytes, not 8. They move to article_signature_keys, keyed by key only: the index by article
    // that deleting needed (half the keys' bytes, and half the writer's work on them) is replaced by the list of
    // each article's keys in its signature row (keys, 4 bytes a key), so no foreign key either. The keys already
    // stored are cut down the same way here, so no article is signed again; CasebookUpgrade lists each existing
    // article's keys in its signature row from this table. Two keys of one article that become one are kept once.
    db.exec(uR"sql(
ALTER TABLE article_signatures ADD COLUMN keys BLOB;
CREATE TABLE article_signature_keys (
    key INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO article_signature_keys (key, article_id)
    SELECT (band_key >> 33) & 2147483647, article_id FROM article_signature_bands ORDER BY 1, 2;
DROP TABLE article_signature_bands;
)sql"_s);
}

void addListAndMentionIndexes(SqliteDatabase &db)
{
    // The article list pages in SQL, in five orders, over the originals only (duplicate_of IS NULL). Without an
    // index per order every page of a title, source, language or size order sorted every row (3.1 s at a million
    // articles); a partial index over the originals gives each order's pages straight from the index, and the
    // id at its end breaks ties as the query's ORDER BY does. Titles and sources sort ignoring ASCII case.
    // The copies' index keeps only the copies: with the originals in it, SQLite took `duplicate_of IS NULL` for a
    // selective lookup, read every original through it and sorted them, whatever the order's index.
    //
    // The overview counts the entities of a filter's articles from their mentions, read by article: with entity_id
    // in the by-article index, that read needs no table row (the events' sentence lookup still finds its range by
    // start).
    //
    // Near-duplicate keys (about 96 an article, at random places in key order) go into a small table first and are
    // merged into the large one in key order when it holds a few million (NearDuplicateIndex): inserted straight
    // into the large table, each key touched a random leaf page of a b-tree far larger than the page cache, so at
    // half a million articles nearly every key cost a page read and every commit wrote each touched page to the WAL
    // again, and import slowed down as the casebook grew. A lookup reads both tables, through the view.
    db.exec(uR"sql(
CREATE INDEX articles_originals_by_published ON articles(published, id) WHERE duplicate_of IS NULL;
CREATE INDEX articles_originals_by_title ON articles(title COLLATE NOCASE, id) WHERE duplicate_of IS NULL;
CREATE INDEX articles_originals_by_source ON articles(source COLLATE NOCASE, id) WHERE duplicate_of IS NULL;
CREATE INDEX articles_originals_by_language ON articles(language, id) WHERE duplicate_of IS NULL;
CREATE INDEX articles_originals_by_chars ON articles(chars, id) WHERE duplicate_of IS NULL;
DROP INDEX articles_by_duplicate;
CREATE INDEX articles_by_duplicate ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
DROP INDEX mentions_by_article;
CREATE INDEX mentions_by_article ON mentions(article_id, start, entity_id);
CREATE TABLE article_signature_keys_recent (
    key INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE VIEW article_signature_keys_all AS
    SELECT key, article_id FROM article_signature_keys
    UNION ALL SELECT key, article_id FROM article_signature_keys_recent;
)sql"_s);
}

const std::vector<Migration> &migrations()
{
    // A released step is never edited; a change is a new step at the end (and a casebook written by the last
    // build before it goes into tests/data/casebooks/).
    static const std::vector<Migration> steps = {
        { 1, "articles, originals, corrections, import failures", createInitialSchema },
        { 2, "near-duplicate signatures (MinHash) and their LSH bands", createNearDuplicateTables },
        { 3, "full-text search index (FTS5, casebook tokenizer v1)", createSearchIndex },
        { 4, "entities, aliases, mentions, dated events, analyst decisions", createAnalysisTables },
        { 5, "formats 3 and 4 as every build wrote them: signatures signed again, search index rebuilt",
          alignEarlierBuilds },
        { 6, "annotations (quote with its context, note, colour) and tags", createAnnotationTables },
        { 7, "article pages (text layer or OCR, with confidence) and reports (sections, items, figures)",
          createReportAndPageTables },
        { 8, "originals compressed (zstd) with their size", compressOriginals },
        { 9, "article text compressed (zstd), read by the search index through a view; shorter near-duplicate keys",
          compressArticleText },
        { 10,
          "the article list's orders indexed over the originals; mentions by article carry their entity; new "
          "near-duplicate keys kept apart until merged in key order",
          addListAndMentionIndexes },
    };
    return steps;
}

} // namespace

int currentVersion()
{
    return migrations().back().version;
}

QString describe(int version)
{
    for (const auto &step : migrations())
        if (step.version == version)
            return QString::fromUtf8(step.description);
    return {};
}

void migrate(SqliteDatabase &db, int fromVersion, int toVersion)
{
    if (toVersion < 0)
        toVersion = currentVersion();
    if (fromVersion > toVersion)
        throw CasebookError(
            u"Cannot migrate a casebook backwards (from format %1 to %2)."_s.arg(fromVersion).arg(toVersion));
    for (const auto &step : migrations()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        step.apply(db);
        db.exec(u"PRAGMA user_version = %1"_s.arg(step.version));
    }
}

} // namespace casebook::Schema
