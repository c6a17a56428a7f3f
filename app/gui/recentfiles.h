// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebook {

/// The casebooks opened last, newest first, kept in the user's settings.
class RecentFiles
{
public:
    static constexpr int maximum = 10;
    static QStringList load();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    /// The folder a file dialog of this kind ("casebooks", "imports") should open in: where the analyst last
    /// picked one, if it still exists; else `fallback`.
    static QString folder(const QString &kind, const QString &fallback);
    static void rememberFolder(const QString &kind, const QString &folder);
};

} // namespace casebook
