// SPDX-License-Identifier: GPL-3.0-or-later
#include "englishwords.h"

#include "util/casebookerror.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace casebook {

const EnglishWords &EnglishWords::builtIn()
{
    static const EnglishWords words = [] {
        EnglishWords w;
        QFile file(u":/lexicons/american-english.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            throw CasebookError(
                u"Cannot read the built-in English word list %1: %2"_s.arg(file.fileName(), file.errorString()));
        w.addWords(QString::fromUtf8(file.readAll()));
        return w;
    }();
    return words;
}

void EnglishWords::addWords(QStringView text)
{
    for (QStringView line : text.tokenize(u'\n', Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty() || line.endsWith(u"'s"))
            continue;
        if (line[0].isUpper())
            m_names.insert(line.toString());
        else
            m_common.insert(line.toString());
    }
}

} // namespace casebook
