// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

/// Which writing system a character belongs to, for the places that treat Chinese (and other CJK) text apart from
/// space-separated text. Answers come from ICU's Unicode data, so every block counts: CJK Extension B and later,
/// compatibility ideographs, 〇 and 々 are Han; nothing outside the Basic Multilingual Plane is missed.
namespace casebook::unicode {

/// Script=Han: ideographs of every block (Extensions A to H, compatibility ideographs), 〇, 々, radicals.
bool isHan(char32_t c);

/// Hiragana and katakana (half-width too), with ー, the voicing marks and small kana.
bool isKana(char32_t c);

/// Script=Hangul: syllables and jamo.
bool isHangul(char32_t c);

/// Han, kana or hangul: letters of CJK writing, which search and duplicate detection take one character at a time.
bool isHanKanaOrHangul(char32_t c);

/// East Asian wide or full-width characters, and the half-width forms: Han, kana, bopomofo, CJK punctuation and
/// symbols, full-width Latin and digits. Not hangul (Korean is written with spaces) and not emoji. Between two of
/// these a line break is not a space.
bool isCjkWide(char32_t c);

/// The code point starting at `i`, a surrogate pair joined; a lone surrogate is returned as it is.
char32_t codePointAt(QStringView text, qsizetype i);

/// The code point ending just before `i` (the last one of text.left(i)), a surrogate pair joined.
char32_t codePointBefore(QStringView text, qsizetype i);

} // namespace casebook::unicode
