// SPDX-License-Identifier: GPL-3.0-or-later
#include "unicodescript.h"

#include <QChar>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace casebook::unicode {

namespace {

UScriptCode scriptOf(char32_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(UChar32(c), &status);
    return U_SUCCESS(status) ? script : USCRIPT_INVALID_CODE;
}

} // namespace

bool isHan(char32_t c)
{
    if (c < 0x2E80)
        return false; // fast path for Latin, Cyrillic, punctuation
    if (c >= 0x4E00 && c <= 0x9FFF)
        return true; // fast path: the unified ideographs block is Han throughout (every code point assigned)
    return scriptOf(c) == USCRIPT_HAN;
}

bool isKana(char32_t c)
{
    if (c < 0x3040)
        return false;
    const UScriptCode script = scriptOf(c);
    if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_KATAKANA_OR_HIRAGANA)
        return true; // also the half-width katakana
    // ー (U+30FC) and the voicing marks are Script=Common/Inherited, but are kana by their block.
    switch (ublock_getCode(UChar32(c))) {
    case UBLOCK_HIRAGANA:
    case UBLOCK_KATAKANA:
    case UBLOCK_KATAKANA_PHONETIC_EXTENSIONS:
    case UBLOCK_KANA_SUPPLEMENT:
    case UBLOCK_KANA_EXTENDED_A:
    case UBLOCK_SMALL_KANA_EXTENSION:
        return true;
    default:
        return false;
    }
}

bool isHangul(char32_t c)
{
    if (c < 0x1100)
        return false;
    return scriptOf(c) == USCRIPT_HANGUL;
}

bool isHanKanaOrHangul(char32_t c)
{
    return isHan(c) || isKana(c) || isHangul(c);
}

bool isCjkWide(char32_t c)
{
    if (c < 0x1100)
        return false;
    const auto width = UEastAsianWidth(u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH));
    const bool halfwidthForm = width == U_EA_HALFWIDTH && c >= 0xFF00;
    if (width != U_EA_WIDE && width != U_EA_FULLWIDTH && !halfwidthForm)
        return false;
    return !isHangul(c) && !u_hasBinaryProperty(UChar32(c), UCHAR_EMOJI_PRESENTATION);
}

char32_t codePointAt(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()))
        return QChar::surrogateToUcs4(c, text[i + 1].unicode());
    return c;
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    const char16_t c = text[i - 1].unicode();
    if (QChar::isLowSurrogate(c) && i >= 2 && QChar::isHighSurrogate(text[i - 2].unicode()))
        return QChar::surrogateToUcs4(text[i - 2].unicode(), c);
    return c;
}

} // namespace casebook::unicode
