// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "util/casebookerror.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace casebook {

void writeFileAtomically(const QString &path, const std::function<void(QIODevice &)> &write)
{
    if (QFileInfo(path).isDir())
        throw CasebookError(u"%1 is a folder; give a file name to export to."_s.arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw CasebookError(u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    write(file);
    if (!file.commit())
        throw CasebookError(u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString()));
}

QString safeFileName(const QString &title, const QString &extension, const QString &fallback)
{
    static const QRegularExpression forbidden(uR"([\x00-\x1f\x7f/\\:*?"<>|]+)"_s);
    QString name = title.normalized(QString::NormalizationForm_C);
    name.replace(forbidden, u"-"_s);
    name.replace(u".."_s, u"-"_s);
    name = name.simplified();
    while (name.startsWith(u'.') || name.startsWith(u'-') || name.startsWith(u' '))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u' ') || name.endsWith(u'-'))
        name.chop(1);
    // 120 characters, and at most 200 bytes in UTF-8: file systems count a name's bytes (255 at most on ext4,
    // APFS, NTFS), and 120 Chinese characters are 360; the rest leaves room for the extension and QSaveFile's
    // temporary suffix.
    constexpr qsizetype maxLength = 120;
    constexpr qsizetype maxUtf8Bytes = 200;
    if (name.size() > maxLength)
        name.truncate(maxLength);
    while (name.toUtf8().size() > maxUtf8Bytes)
        name.chop(1);
    if (!name.isEmpty() && name.back().isHighSurrogate())
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        name = fallback;
    static const QRegularExpression reserved(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name).hasMatch())
        name.prepend(u'_');
    return extension.isEmpty() ? name : name + u'.' + extension;
}

QString pathInside(const QString &folder, const QString &name)
{
    const auto refuse = [&](const QString &why) {
        throw CasebookError(u"The name \u201c%1\u201d %2."_s.arg(QString(name).replace(QChar(0), u"\\0"_s), why));
    };
    // The system would cut the name at a NUL and write somewhere else than asked.
    if (name.contains(QChar(0)))
        refuse(u"contains a NUL character"_s);
    const QString base = QDir::cleanPath(QDir(folder).absolutePath());
    const QString joined = QDir::cleanPath(base + u'/' + name);
    if (QFileInfo(name).isAbsolute() || !(joined.startsWith(base + u'/')))
        refuse(u"would leave the folder %1"_s.arg(folder));
    // Names are checked as written, and links inside the folder are followed as the system will: a link in the
    // folder to somewhere else must not take the file out of it.
    QString existing = QFileInfo(joined).absolutePath();
    while (!QFileInfo::exists(existing) && existing.size() > base.size())
        existing = QFileInfo(existing).absolutePath();
    const QString realBase = QFileInfo(base).canonicalFilePath();
    const QString realParent = QFileInfo(existing).canonicalFilePath();
    if (!realBase.isEmpty() && realParent != realBase && !realParent.startsWith(realBase + u'/'))
        refuse(u"would leave the folder %1 through a link to %2"_s.arg(folder, realParent));
    return joined;
}

} // namespace casebook
