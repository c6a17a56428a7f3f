// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "sqlitestatement.h"

namespace casebook::articlerows {

/// The stored publication date: the ISO date in `dateColumn` and its precision's name in the next column; left
/// unset when the date is NULL or malformed. Shared by every query that reads an article's row.
void readPublished(const SqliteStatement &row, int dateColumn, ArticleMetadata &meta);
/// The `field_origins` JSON object (field name → origin name) into the metadata's origins; unknown names skipped.
void readOrigins(const QString &json, ArticleMetadata &meta);

} // namespace casebook::articlerows
