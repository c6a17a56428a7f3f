// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageparagraphs.h"

#include "util/unicodescript.h"

using namespace Qt::StringLiterals;

namespace casebook::PageParagraphs {

namespace {

bool isLineEndHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x00AD) || c == QChar(0x2010);
}

} // namespace

void appendLine(QString &paragraph, QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    while (!paragraph.isEmpty() && paragraph.back().isSpace())
        paragraph.chop(1);
    if (paragraph.isEmpty()) {
        paragraph += line;
        return;
    }
    const QChar last = paragraph.back();
    // A word split by a hyphen has a letter before it and goes on in lower case on the next line.
    if (isLineEndHyphen(last) && paragraph.size() >= 2 && paragraph.at(paragraph.size() - 2).isLetter()
        && line.front().isLower()) {
        paragraph.chop(1);
        paragraph += line;
        return;
    }
    if (last == QChar(0x00AD))
        paragraph.back() = u'-'; // a soft hyphen before a capital is a real one
    const bool cjkJoin = unicode::isCjkWide(unicode::codePointBefore(paragraph, paragraph.size()))
        && unicode::isCjkWide(unicode::codePointAt(line, 0));
    if (!cjkJoin && !isLineEndHyphen(last))
        paragraph += u' ';
    paragraph += line;
}

QStringList paragraphs(const LaidOutPage &page)
{
    QStringList result;
    QString current;
    for (const LaidOutLine &line : page.lines) {
        if (line.startsParagraph && !current.isEmpty()) {
            result.append(current);
            current.clear();
        }
        appendLine(current, line.text);
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString withoutSpacesBetweenCjk(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' && !result.isEmpty() && i + 1 < text.size()
            && unicode::isCjkWide(unicode::codePointBefore(result, result.size()))
            && unicode::isCjkWide(unicode::codePointAt(text, i + 1)))
            continue;
        result += c;
    }
    return result;
}

} // namespace casebook::PageParagraphs
