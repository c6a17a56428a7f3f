// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// The files of an import, found by walking the folders it names. Links are followed, but every folder and file
/// is visited once however many links lead to it, so a link back up the tree (a loop) ends the walk instead of
/// repeating it; a folder that cannot be opened, a file that cannot be read and a link to nothing are reported
/// by name, never skipped in silence.
struct FolderScan
{
    struct Problem
    {
        QString path;
        QString reason; ///< "is a folder that cannot be opened (permission denied); …"
    };
    QStringList files; ///< absolute paths, sorted, each once
    QList<Problem> problems;

    /// Walks `folder` and every folder below it. `accept` drops files the import never reads (its own casebooks).
    static FolderScan walk(const QString &folder, bool (*accept)(const QString &path) = nullptr);
};

} // namespace casebook
