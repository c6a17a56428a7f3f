// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <QString>

namespace casebook {

class SqliteDatabase;

struct UpgradeOutcome
{
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; ///< the copy of the file as it was before the upgrade
};

/// Brings a casebook written by an older Casebook up to the current format: a backup copy first (SQLite's online
/// backup, beside the file), then every migration step and the refresh of derived data in one transaction, so a
/// failed or canceled upgrade leaves the file as it was.
///
/// The file is only ever read and written through SQLite: opening and closing it through another descriptor (a
/// header check with QFile) would drop the POSIX locks SQLite holds on it in this process.
class CasebookUpgrade
{
public:
    /// The format (`PRAGMA user_version`) of the casebook at `path`; 0 for a missing or empty file. Throws
    /// CasebookError, naming the file, when it is not a casebook or was written by a newer Casebook.
    static int formatOf(const QString &path);
    /// Whether the casebook at `path` is an older format that has to be upgraded before it can be read.
    static bool needsUpgrade(const QString &path);

    /// The job: reports progress (range 0..100, with a text) and checks for cancel; adds one UpgradeOutcome
    /// unless canceled. A failure is set on the promise as a CasebookError that says the file was left untouched.
    /// A file already current gives an outcome with no backup.
    static void run(QPromise<UpgradeOutcome> &promise, const QString &path);

    /// The format of the file behind an open connection, checked as formatOf() does; 0 for a blank database.
    /// Reads nothing but the header pragmas, so a file that is not a casebook is never written to.
    static int checkedFormat(const SqliteDatabase &db);

    /// Upgrades the file behind an open read-write connection from `fromVersion` (1 or later): backup, then the
    /// migration in one transaction. `promise` may be null; when it is canceled this returns an outcome with
    /// toVersion == fromVersion and the backup removed. Throws CasebookError on failure.
    static UpgradeOutcome upgrade(SqliteDatabase &db, int fromVersion, QPromise<UpgradeOutcome> *promise = nullptr);

    /// Creates the current schema in a blank database, in one transaction.
    static void createSchema(SqliteDatabase &db);

    /// `<dir>/<name>.format-<N>-backup.casebook` beside `path`, numbered further when that exists already.
    static QString backupPathFor(const QString &path, int fromVersion);
};

} // namespace casebook
