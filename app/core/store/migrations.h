// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebook {

class SqliteDatabase;

/// The casebook format: `PRAGMA application_id` marks a file as a casebook, `PRAGMA user_version` is its schema
/// version. Migrations only go forward; each runs inside the caller's transaction.
namespace Schema {
constexpr int applicationId = 0x43425342; // "CBSB"
int currentVersion();
QString describe(int version);
/// Brings `db` from `fromVersion` up to `toVersion` (defaults to the current version).
void migrate(SqliteDatabase &db, int fromVersion, int toVersion = -1);
} // namespace Schema

} // namespace casebook
