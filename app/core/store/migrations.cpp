// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "search/searchindex.h"
#include "sqlitedatabase.h"
#include "store/analysisstore.h"
#include "store/nearduplicateindex.h"
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

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        { 1, "articles, originals, corrections, import failures", createInitialSchema },
        { 2, "near-duplicate signatures (MinHash) and their LSH bands", NearDuplicateIndex::createTables },
        { 3, "full-text search index (FTS5, casebook tokenizer v1)", SearchIndex::create },
        { 4, "entities, aliases, mentions, dated events, analyst decisions", AnalysisStore::createTables },
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
