// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlayout.h"

#include "util/invisiblecharacters.h"
#include "util/unicodescript.h"

#include <QStringList>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace casebook::TextLayout {

namespace {

/// Drops control and invisible characters (unicode::isInvisible), turns odd spaces into plain ones (ideographic spaces
/// stay: they are layout in Chinese text), collapses runs of spaces and trims. Writes into one buffer: this runs on
/// every line.
QString cleanLine(QStringView line)
{
    QString out(line.size(), Qt::Uninitialized);
    char16_t *data = reinterpret_cast<char16_t *>(out.data());
    qsizetype length = 0;
    for (const QChar c : line) {
        char16_t u = c.unicode();
        if (u == u'\t' || u == 0x00A0 || u == 0x2002 || u == 0x2003 || u == 0x2009)
            u = u' ';
        else if (u < 0x20 || (u >= 0x7F && u < 0xA0) || (u >= 0xAD && unicode::isInvisible(u)))
            continue;
        if (u == u' ' && (length == 0 || data[length - 1] == u' '))
            continue;
        data[length++] = u;
    }
    while (length > 0 && (data[length - 1] == u' ' || data[length - 1] == 0x3000))
        --length;
    qsizetype start = 0;
    while (start < length && data[start] == 0x3000)
        ++start;
    out.truncate(length);
    return start ? out.mid(start) : out;
}

bool endsSentence(const QString &line)
{
    if (line.isEmpty())
        return true;
    static const QString enders = u".!?:;\"'”’)]。！？：；」』）"_s;
    return enders.contains(line.back());
}

/// A block is hard-wrapped when every line but the last fills the line to about the same width, and most of
/// them run on without ending a sentence. A headline over a byline and a date is not.
bool looksHardWrapped(const QStringList &lines)
{
    if (lines.size() < 3)
        return false;
    qsizetype shortest = std::numeric_limits<qsizetype>::max();
    qsizetype longest = 0;
    int runOn = 0;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const qsizetype length = lines[i].size();
        if (length < 35 || length > 100)
            return false;
        shortest = std::min(shortest, length);
        longest = std::max(longest, length);
        runOn += !endsSentence(lines[i]);
    }
    return (longest - shortest) * 10 <= longest * 4 && runOn * 2 >= lines.size() - 1;
}

QString joinWrapped(const QStringList &lines)
{
    QString joined;
    for (const QString &line : lines) {
        if (joined.isEmpty()) {
            joined = line;
            continue;
        }
        if (joined.endsWith(u'-') && joined.size() > 1 && joined.at(joined.size() - 2).isLetter()) {
            joined.chop(1); // a word hyphenated at the line end
        } else if (!(unicode::isCjkWide(unicode::codePointBefore(joined, joined.size()))
                     && unicode::isCjkWide(unicode::codePointAt(line, 0)))) {
            joined.append(u' ');
        }
        joined.append(line);
    }
    return joined;
}

} // namespace

QString paragraphs(const QString &text)
{
    QString unified = text;
    unified.replace(u"\r\n"_s, u"\n"_s);
    unified.replace(u'\r', u'\n');
    unified.replace(QChar(0x2028), u'\n');
    unified.replace(QChar(0x2029), u"\n\n"_s);

    QStringList out;
    QStringList block;
    auto flushBlock = [&] {
        if (block.isEmpty())
            return;
        if (looksHardWrapped(block))
            out.append(joinWrapped(block));
        else
            out.append(block);
        block.clear();
    };
    for (QStringView raw : QStringView(unified).split(u'\n')) {
        const QString line = cleanLine(raw);
        if (line.isEmpty())
            flushBlock();
        else
            block.append(line);
    }
    flushBlock();
    return out.join(u"\n\n"_s);
}

} // namespace casebook::TextLayout
