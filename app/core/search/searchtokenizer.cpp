// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtokenizer.h"

#include "util/invisiblecharacters.h"
#include "util/unicodescript.h"

#include <QChar>
#include <QStringList>
#include <libstemmer.h>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

enum class CharClass { Separator, AsciiWord, OtherWord, Cjk, Invisible };

/// Decodes one code point; malformed bytes decode as U+FFFD one byte at a time (as QString::fromUtf8 does).
char32_t decodeUtf8(std::string_view in, int i, int *length)
{
    const auto b0 = static_cast<unsigned char>(in[size_t(i)]);
    const int n = int(in.size());
    auto continuation
        = [&](int k) { return i + k < n && (static_cast<unsigned char>(in[size_t(i + k)]) & 0xC0) == 0x80; };
    auto byteAt = [&](int k) { return char32_t(static_cast<unsigned char>(in[size_t(i + k)]) & 0x3F); };
    if (b0 < 0x80) {
        *length = 1;
        return b0;
    }
    if (b0 >= 0xC2 && b0 < 0xE0 && continuation(1)) {
        *length = 2;
        return (char32_t(b0 & 0x1F) << 6) | byteAt(1);
    }
    if (b0 >= 0xE0 && b0 < 0xF0 && continuation(1) && continuation(2)) {
        const char32_t cp = (char32_t(b0 & 0x0F) << 12) | (byteAt(1) << 6) | byteAt(2);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            *length = 3;
            return cp;
        }
    }
    if (b0 >= 0xF0 && b0 < 0xF5 && continuation(1) && continuation(2) && continuation(3)) {
        const char32_t cp = (char32_t(b0 & 0x07) << 18) | (byteAt(1) << 12) | (byteAt(2) << 6) | byteAt(3);
        if (cp >= 0x10000 && cp <= 0x10FFFF) {
            *length = 4;
            return cp;
        }
    }
    *length = 1;
    return 0xFFFD;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

/// Classifies a code point; for ASCII word characters (and their full-width forms) `folded` is the lower-case
/// ASCII character; for CJK it is the NFKC form of the character.
CharClass classify(char32_t cp, char32_t *folded)
{
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            *folded = cp;
            return CharClass::AsciiWord;
        }
        if (cp >= 'A' && cp <= 'Z') {
            *folded = cp + 32;
            return CharClass::AsciiWord;
        }
        return CharClass::Separator;
    }
    if (cp >= 0xFF10 && cp <= 0xFF5A) { // full-width digits and letters
        char32_t ascii = cp - 0xFEE0;
        char32_t dummy = 0;
        if (classify(ascii, &dummy) == CharClass::AsciiWord) {
            *folded = dummy;
            return CharClass::AsciiWord;
        }
        return CharClass::Separator;
    }
    if (unicode::isHanKanaOrHangul(cp)) {
        *folded = cp;
        if (cp >= 0xF900 && cp <= 0xFAFF) {
            const QString normal = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KC);
            const QList<uint> ucs4 = normal.toUcs4();
            if (ucs4.size() == 1)
                *folded = ucs4.first();
        }
        return CharClass::Cjk;
    }
    if (unicode::isInvisible(cp) || cp == 0x200C || cp == 0x200D)
        return CharClass::Invisible; // the shared rule (util/invisiblecharacters.h): inside a word, nothing
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharClass::OtherWord;
    default:
        return CharClass::Separator;
    }
}

/// Folds a word with non-ASCII characters: compatibility decomposition, accents dropped, case folded.
void foldSlowWord(std::string_view raw, std::string &out)
{
    out.clear();
    const QString decomposed
        = QString::fromUtf8(raw.data(), qsizetype(raw.size())).normalized(QString::NormalizationForm_KD).toCaseFolded();
    const QList<uint> ucs4 = decomposed.toUcs4();
    for (const uint cp : ucs4) {
        const QChar::Category category = QChar::category(char32_t(cp));
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (QChar::isLetterOrNumber(char32_t(cp)))
            appendUtf8(out, char32_t(cp));
    }
}

} // namespace

bool SearchTokenizer::isStemmable(std::string_view folded)
{
    if (folded.size() < 3)
        return false;
    for (const char c : folded)
        if (c < 'a' || c > 'z')
            return false;
    return true;
}

SearchTokenizer::SearchTokenizer()
    : m_stemmer(sb_stemmer_new("english", nullptr))
{ }

SearchTokenizer::~SearchTokenizer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

void SearchTokenizer::emitWord(const SearchToken &base, const std::function<bool(const SearchToken &)> &emit,
                               bool *keepGoing)
{
    SearchToken token = base;
    token.kind = SearchToken::Kind::Word;
    if (m_stemmer && isStemmable(token.text)) {
        m_stemKey.assign(token.text);
        auto cached = m_stemCache.find(m_stemKey);
        if (cached == m_stemCache.end()) {
            if (m_stemCache.size() > 200000)
                m_stemCache.clear();
            std::string stem;
            const sb_symbol *stemmed = sb_stemmer_stem(
                m_stemmer, reinterpret_cast<const sb_symbol *>(token.text.data()), int(token.text.size()));
            if (stemmed) {
                stem.assign(reinterpret_cast<const char *>(stemmed), size_t(sb_stemmer_length(m_stemmer)));
                if (stem == m_stemKey)
                    stem.clear();
            }
            cached = m_stemCache.emplace(m_stemKey, std::move(stem)).first;
        }
        token.stem = cached->second;
    }
    *keepGoing = emit(token);
}

void SearchTokenizer::tokenize(std::string_view in, Purpose purpose,
                               const std::function<bool(const SearchToken &)> &emit)
{
    const int n = int(in.size());
    bool keepGoing = true;

    // The word being collected.
    bool inWord = false;
    bool wordIsAscii = true;
    int wordByteStart = 0;
    int wordU16Start = 0;
    m_word.clear();

    // The CJK run being collected: the previous character and how long the run is.
    int cjkCount = 0;
    char32_t cjkPrev = 0;
    int cjkPrevByteStart = 0;
    int cjkPrevByteEnd = 0;
    int cjkPrevU16Start = 0;
    int cjkPrevU16End = 0;

    auto finishWord = [&](int byteEnd, int u16End) {
        if (!inWord)
            return;
        inWord = false;
        SearchToken token;
        token.byteStart = wordByteStart;
        token.byteEnd = byteEnd;
        token.utf16Start = wordU16Start;
        token.utf16End = u16End;
        if (wordIsAscii) {
            token.text = m_word;
        } else {
            foldSlowWord(in.substr(size_t(wordByteStart), size_t(byteEnd - wordByteStart)), m_fold);
            if (m_fold.empty())
                return;
            token.text = m_fold;
        }
        emitWord(token, emit, &keepGoing);
    };
    auto finishCjk = [&]() {
        if (cjkCount == 0)
            return;
        if (purpose == Purpose::Document || cjkCount == 1) {
            m_cjk.clear();
            appendUtf8(m_cjk, cjkPrev);
            SearchToken token;
            token.kind = SearchToken::Kind::CjkUnigram;
            token.text = m_cjk;
            token.byteStart = cjkPrevByteStart;
            token.byteEnd = cjkPrevByteEnd;
            token.utf16Start = cjkPrevU16Start;
            token.utf16End = cjkPrevU16End;
            token.colocated = cjkCount > 1;
            keepGoing = emit(token);
        }
        cjkCount = 0;
    };

    int i = 0;
    int u16 = 0;
    while (i < n && keepGoing) {
        int length = 1;
        const char32_t cp = decodeUtf8(in, i, &length);
        const int u16Length = cp >= 0x10000 ? 2 : 1;
        char32_t folded = 0;
        const CharClass cls = classify(cp, &folded);
        switch (cls) {
        case CharClass::AsciiWord:
        case CharClass::OtherWord:
            finishCjk();
            if (!inWord) {
                inWord = true;
                wordIsAscii = true;
                wordByteStart = i;
                wordU16Start = u16;
                m_word.clear();
            }
            if (cls == CharClass::AsciiWord)
                m_word.push_back(char(folded));
            else
                wordIsAscii = false;
            break;
        case CharClass::Cjk:
            finishWord(i, u16);
            if (cjkCount > 0 && keepGoing) {
                m_cjk.clear();
                appendUtf8(m_cjk, cjkPrev);
                appendUtf8(m_cjk, folded);
                SearchToken token;
                token.kind = SearchToken::Kind::CjkBigram;
                token.text = m_cjk;
                token.byteStart = cjkPrevByteStart;
                token.byteEnd = i + length;
                token.utf16Start = cjkPrevU16Start;
                token.utf16End = u16 + u16Length;
                keepGoing = emit(token);
            }
            ++cjkCount;
            cjkPrev = folded;
            cjkPrevByteStart = i;
            cjkPrevByteEnd = i + length;
            cjkPrevU16Start = u16;
            cjkPrevU16End = u16 + u16Length;
            break;
        case CharClass::Invisible:
            break; // neither ends the word or CJK run nor adds to it; the token's offsets still span it
        case CharClass::Separator:
            finishWord(i, u16);
            if (keepGoing)
                finishCjk();
            break;
        }
        i += length;
        u16 += u16Length;
    }
    if (keepGoing)
        finishWord(n, u16);
    if (keepGoing)
        finishCjk();
}

QStringList SearchTokenizer::tokenStrings(const QString &text, Purpose purpose)
{
    QStringList result;
    const QByteArray utf8 = text.toUtf8();
    tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), purpose, [&](const SearchToken &token) {
        result.append(QString::fromUtf8(token.text.data(), qsizetype(token.text.size())));
        if (!token.stem.empty())
            result.append(QLatin1Char(stemMarker) + QString::fromUtf8(token.stem.data(), qsizetype(token.stem.size())));
        return true;
    });
    return result;
}

} // namespace casebook
