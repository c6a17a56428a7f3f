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
    constexpr qsizetype maxLength = 120;
    if (name.size() > maxLength) {
        name.truncate(maxLength);
        if (name.back().isHighSurrogate())
            name.chop(1);
        name = name.trimmed();
    }
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
    const QString base = QDir::cleanPath(QDir(folder).absolutePath());
    const QString joined = QDir::cleanPath(base + u'/' + name);
    if (QFileInfo(name).isAbsolute() || !(joined.startsWith(base + u'/')))
        throw CasebookError(u"The name \u201c%1\u201d would leave the folder %2."_s.arg(name, folder));
    return joined;
}

} // namespace casebook
