// SPDX-License-Identifier: GPL-3.0-or-later
#include "democasebook.h"

#include "util/casebookerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr auto completeKey = "demo/completeCopy";
constexpr auto demoFile = "demo.casebook";

void addIfNew(QStringList &list, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (!clean.isEmpty() && !list.contains(clean))
        list.append(clean);
}
} // namespace

DemoLocations DemoLocations::standard()
{
    DemoLocations where;
    const QDir program(QCoreApplication::applicationDirPath());
    // Installed: <prefix>/bin/casebook beside <prefix>/share/casebook/.
    addIfNew(where.prebuilt, program.filePath(u"../share/casebook/"_s + QLatin1StringView(demoFile)));
    addIfNew(where.prebuilt,
             QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"casebook/"_s + QLatin1StringView(demoFile)));
    // A build tree: build/<preset>/bin/casebook beside build/<preset>/demo.casebook (scripts/casebook.sh run) or
    // build/<preset>/packaging/demo.casebook (what the package installs).
    addIfNew(where.prebuilt, program.filePath(u"../"_s + QLatin1StringView(demoFile)));
    addIfNew(where.prebuilt, program.filePath(u"../packaging/"_s + QLatin1StringView(demoFile)));
    addIfNew(where.corpora, program.filePath(u"../share/casebook/demo"_s));
    addIfNew(where.corpora,
             QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"casebook/demo"_s,
                                    QStandardPaths::LocateDirectory));
    addIfNew(where.corpora, QStringLiteral(CASEBOOK_DEMO_SOURCE_DIR));
    where.userCopy
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QLatin1StringView(demoFile));
    return where;
}

QString DemoCasebook::findPrebuilt(const DemoLocations &where)
{
    for (const QString &path : where.prebuilt)
        if (QFileInfo(path).isFile())
            return path;
    return {};
}

QStringList DemoCasebook::findArticleFolders(const DemoLocations &where)
{
    for (const QString &corpus : where.corpora) {
        QStringList folders;
        for (const QString &kind : { u"html"_s, u"text"_s })
            if (const QString folder = QDir(corpus).filePath(kind); QFileInfo(folder).isDir())
                folders.append(folder);
        if (!folders.isEmpty())
            return folders;
    }
    return {};
}

void DemoCasebook::copyPrebuilt(const QString &from, const QString &to)
{
    const QFileInfo target(to);
    if (!QDir().mkpath(target.absolutePath()))
        throw CasebookError(QCoreApplication::translate("casebook::DemoCasebook", "Cannot create the folder %1.")
                                .arg(QDir::toNativeSeparators(target.absolutePath())));
    // Copied under a temporary name and renamed, so an interrupted copy never looks like a demo.
    const QString partial = to + u".copying"_s;
    QFile::remove(partial);
    QFile::remove(partial + u"-wal"_s);
    const bool copied = QFile::copy(from, partial)
        && (!QFileInfo::exists(from + u"-wal"_s) || QFile::copy(from + u"-wal"_s, partial + u"-wal"_s));
    // The installed file is read-only; the analyst's copy takes their annotations.
    const QFileDevice::Permissions writable = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!copied || !QFile::setPermissions(partial, QFile::permissions(partial) | writable)
        || (QFileInfo::exists(partial + u"-wal"_s)
            && (!QFile::setPermissions(partial + u"-wal"_s, writable)
                || !QFile::rename(partial + u"-wal"_s, to + u"-wal"_s)))
        || !QFile::rename(partial, to)) {
        QFile::remove(partial);
        QFile::remove(partial + u"-wal"_s);
        throw CasebookError(QCoreApplication::translate("casebook::DemoCasebook",
                                                        "Cannot copy the demo casebook %1 "
                                                        "to %2.")
                                .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)));
    }
}

void DemoCasebook::setComplete(const QString &userCopy, bool complete)
{
    QSettings settings;
    if (complete)
        settings.setValue(QLatin1StringView(completeKey), QFileInfo(userCopy).absoluteFilePath());
    else
        settings.remove(QLatin1StringView(completeKey));
}

bool DemoCasebook::isComplete(const QString &userCopy)
{
    return QFileInfo::exists(userCopy)
        && QSettings().value(QLatin1StringView(completeKey)).toString() == QFileInfo(userCopy).absoluteFilePath();
}

} // namespace casebook
