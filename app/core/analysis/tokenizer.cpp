// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include "util/unicodescript.h"

namespace casebook::Tokenizer {

namespace {

using unicode::isHan;

inline bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

inline bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return isAsciiAlnum(c);
    if (isHan(c))
        return false;
    if (c >= 0xFF10 && c <= 0xFF19) // full-width digits belong to Chinese text
        return false;
    const QChar ch(c);
    return ch.isLetterOrNumber() || ch.isMark();
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 8);
    const qsizetype n = text.size();
    bool atLineStart = true;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (c == u'\n') {
            atLineStart = true;
            ++i;
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\r' || c == 0xA0 || c == 0x3000 || (c > 0x7F && QChar(c).isSpace())) {
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.lineStart = atLineStart;
        atLineStart = false;
        if (isHan(unicode::codePointAt(text, i))) {
            for (char32_t d; i < n && isHan(d = unicode::codePointAt(text, i));)
                i += d > 0xFFFF ? 2 : 1;
            token.kind = Token::Kind::Han;
        } else if (isWordChar(c)) {
            token.kind = Token::Kind::Word;
            ++i;
            while (i < n) {
                const char16_t d = text[i].unicode();
                if (isWordChar(d)) {
                    ++i;
                    continue;
                }
                if (i + 1 >= n)
                    break;
                const char16_t next = text[i + 1].unicode();
                const char16_t prev = text[i - 1].unicode();
                if ((d == u'-' || d == u'\u2010' || d == u'\u2011') && isWordChar(next)) {
                    i += 2;
                    continue;
                }
                if (d == u'.' && isDigit(prev) && isDigit(next)) {
                    i += 2;
                    continue;
                }
                if (d == u',' && isDigit(prev) && i + 3 < n && isDigit(next) && isDigit(text[i + 2].unicode())
                    && isDigit(text[i + 3].unicode()) && (i + 4 >= n || !isDigit(text[i + 4].unicode()))) {
                    i += 4;
                    continue;
                }
                // U.S., U.K.: a dot between single capital letters
                if (d == u'.' && QChar(prev).isUpper() && QChar(next).isUpper()
                    && (i - 1 == token.start || text[i - 2].unicode() == u'.')) {
                    i += 2;
                    continue;
                }
                if (d == u'&' && QChar(prev).isUpper() && QChar(next).isUpper()) {
                    i += 2;
                    continue;
                }
                if (isApostrophe(d) && QChar(next).isLetter()) {
                    // 's ends the word (a possessive); other apostrophes stay inside (don't, O'Brien)
                    const bool possessive
                        = (next == u's' || next == u'S') && (i + 2 >= n || !isWordChar(text[i + 2].unicode()));
                    if (possessive)
                        break;
                    i += 2;
                    continue;
                }
                break;
            }
            // "U.S." keeps its final dot when the dot closes an abbreviation of single letters
            if (i < n && text[i] == u'.' && i - token.start >= 3 && text[i - 2] == u'.')
                ++i;
        } else if (isApostrophe(c) && i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S') && !tokens.isEmpty()
                   && tokens.constLast().end == i && tokens.constLast().kind == Token::Kind::Word
                   && (i + 2 >= n || !isWordChar(text[i + 2].unicode()))) {
            token.kind = Token::Kind::Possessive;
            i += 2;
        } else {
            token.kind = Token::Kind::Punct;
            ++i;
        }
        token.end = i;
        tokens.append(token);
    }
    return tokens;
}

} // namespace casebook::Tokenizer
