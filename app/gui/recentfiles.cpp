// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr auto key = "recentCasebooks";
}

QStringList RecentFiles::load()
{
    return QSettings().value(QLatin1StringView(key)).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = load();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    QSettings().setValue(QLatin1StringView(key), files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = load();
    files.removeAll(path);
    QSettings().setValue(QLatin1StringView(key), files);
}

void RecentFiles::clear()
{
    QSettings().remove(QLatin1StringView(key));
}

QString RecentFiles::folder(const QString &kind, const QString &fallback)
{
    const QString remembered = QSettings().value(QStringLiteral("folders/") + kind).toString();
    return !remembered.isEmpty() && QFileInfo(remembered).isDir() ? remembered : fallback;
}

void RecentFiles::rememberFolder(const QString &kind, const QString &folder)
{
    QSettings().setValue(QStringLiteral("folders/") + kind, folder);
}

} // namespace casebook
