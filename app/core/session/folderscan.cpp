// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderscan.h"

#include "importers/textdecoder.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#endif

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

/// A file name that is not UTF-8, shown as the bytes most plausibly read ("港口.txt" from GB18030 bytes).
QString readableName(const QByteArray &name)
{
    try {
        const DecodedText decoded = TextDecoder::decode(name);
        return u"its bytes read as %1: \u201c%2\u201d"_s.arg(decoded.encoding, decoded.text);
    } catch (const CasebookError &) {
        return u"its bytes are %1"_s.arg(QString::fromLatin1(name.toPercentEncoding()));
    }
}

#ifdef Q_OS_UNIX
/// Opens the folder the way the system will (with the process's effective user, which access() and so
/// QFileInfo::isReadable() ignore) and lists the names Qt cannot spell: Qt 6 takes file names as UTF-8 and leaves
/// out of its listings every name that is not, so a folder of names in GB18030 or Big5 bytes would look empty.
/// Returns the reason the folder cannot be opened, or an empty string.
QString listUnspellableNames(const QString &folder, QList<QByteArray> *names)
{
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return QString::fromLocal8Bit(std::strerror(errno));
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name.startsWith('.'))
            continue;
        if (QFile::encodeName(QFile::decodeName(name)) != name)
            names->append(name);
    }
    ::closedir(dir);
    return {};
}
#endif

} // namespace

FolderScan FolderScan::walk(const QString &folder, bool (*accept)(const QString &path))
{
    FolderScan scan;
    // Canonical paths seen so far: a folder or file reached again through a link is not walked or listed twice,
    // which is also what ends a link loop (a/up -> ..). An explicit stack, so deep trees cost no call stack.
    QSet<QString> seenFolders;
    QSet<QString> seenFiles;
    QStringList pending { QFileInfo(folder).absoluteFilePath() };
    while (!pending.isEmpty()) {
        const QString path = pending.takeLast();
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || seenFolders.contains(canonical))
            continue;
        seenFolders.insert(canonical);
#ifdef Q_OS_UNIX
        QList<QByteArray> unspellable;
        const QString cannotOpen = listUnspellableNames(path, &unspellable);
        for (const QByteArray &name : std::as_const(unspellable))
            scan.problems.append({ path + u'/' + QFile::decodeName(name),
                                   u"has a name that is not UTF-8 (%1); rename it so that it can be imported"_s.arg(
                                       readableName(name)) });
#else
        const QString cannotOpen = info.isReadable() ? QString() : u"Permission denied"_s;
#endif
        if (!cannotOpen.isEmpty()) {
            scan.problems.append(
                { path,
                  u"is a folder that cannot be opened (%1); the files in it were not imported"_s.arg(cannotOpen) });
            continue;
        }
        // System: links to nothing are listed too, so they can be reported; hidden files (.DS_Store) are not
        const QFileInfoList entries
            = QDir(path).entryInfoList(QDir::AllDirs | QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isSymLink() && !entry.exists()) {
                const QString target = entry.symLinkTarget();
                scan.problems.append(
                    { entry.absoluteFilePath(),
                      QFileInfo(target).isSymLink()
                          ? u"is a link in a loop of links (to %1) that never reaches a file"_s.arg(target)
                          : u"is a link to %1, which does not exist"_s.arg(target) });
                continue;
            }
            if (entry.isDir()) {
                pending.append(entry.absoluteFilePath());
                continue;
            }
            if (!entry.isFile()) // sockets, pipes and devices hold no article (and reading a pipe would wait)
                continue;
            const QString file = entry.absoluteFilePath();
            if (accept && !accept(file))
                continue;
            const QString canonicalFile = entry.canonicalFilePath();
            if (seenFiles.contains(canonicalFile))
                continue;
            seenFiles.insert(canonicalFile);
            scan.files.append(file);
        }
    }
    scan.files.sort();
    return scan;
}

} // namespace casebook
