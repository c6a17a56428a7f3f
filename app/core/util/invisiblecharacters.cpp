// SPDX-License-Identifier: GPL-3.0-or-later
#include "invisiblecharacters.h"

#include "unicodescript.h"

#include <QChar>

namespace casebook::unicode {

namespace {

bool isZeroWidthJoiner(char32_t c)
{
    return c == 0x200C || c == 0x200D;
}

/// Letters where a joiner has no visible effect: Latin-script letters and CJK characters.
bool joinsNothing(char32_t c)
{
    if (c < 0x80)
        return QChar::isLetterOrNumber(c);
    if (isHanKanaOrHangul(c) || isCjkWide(c))
        return true;
    return QChar::isLetterOrNumber(c) && QChar::script(c) == QChar::Script_Latin;
}

} // namespace

bool isInvisible(char32_t c)
{
    if (c < 0xAD)
        return false;
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x034F: // combining grapheme joiner (Mn, but invisible and meaningless in running text)
    case 0x115F: // Hangul fillers: Lo, but drawn as nothing and used as invisible padding
    case 0x1160:
    case 0x3164:
    case 0xFFA0:
        return true;
    default:
        break;
    }
    if (QChar::category(c) != QChar::Other_Format)
        return false;
    // Drawn format characters: Arabic number signs and end of ayah, Syriac abbreviation mark, Kaithi and
    // Egyptian number signs.
    if ((c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x0890 || c == 0x0891 || c == 0x08E2
        || c == 0x110BD || c == 0x110CD)
        return false;
    return !isZeroWidthJoiner(c);
}

QString withoutInvisibles(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype first = 0;
    for (; first < n; ++first) {
        const char16_t u = text[first].unicode();
        if (u >= 0xAD && (isInvisible(codePointAt(text, first)) || isZeroWidthJoiner(u)))
            break;
    }
    if (first == n)
        return text;
    QString out;
    out.reserve(n);
    out.append(QStringView(text).first(first));
    for (qsizetype i = first; i < n; ++i) {
        const char32_t c = codePointAt(text, i);
        const qsizetype width = c >= 0x10000 ? 2 : 1;
        bool drop = isInvisible(c);
        if (!drop && isZeroWidthJoiner(c)) {
            const char32_t before = out.isEmpty() ? 0 : codePointBefore(out, out.size());
            qsizetype next = i + 1;
            while (next < n && isInvisible(codePointAt(text, next)))
                ++next;
            const char32_t after = next < n ? codePointAt(text, next) : 0;
            drop = (before == 0 || joinsNothing(before)) && (after == 0 || joinsNothing(after));
        }
        if (!drop)
            out.append(QStringView(text).sliced(i, width));
        i += width - 1;
    }
    return out;
}

} // namespace casebook::unicode
