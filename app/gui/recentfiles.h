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
};

} // namespace casebook
