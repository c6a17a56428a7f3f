// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "util/casebookerror.h"
#include "util/unicodescript.h"

#include <QStringDecoder>
#include <QStringList>
#include <algorithm>
#include <memory>
#include <optional>
#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

struct UchardetDeleter
{
    void operator()(uchardet_t detector) const { uchardet_delete(detector); }
};

enum class Utf8Check { Valid, Invalid, TruncatedAtEnd };

Utf8Check checkUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, codePoint = c & 0x07;
        } else {
            return Utf8Check::Invalid;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return Utf8Check::TruncatedAtEnd;
            if ((p[i + k] & 0xC0) != 0x80)
                return Utf8Check::Invalid;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return Utf8Check::Invalid;
        i += length;
    }
    return Utf8Check::Valid;
}

bool hasNonAscii(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

/// UTF-16 without a byte-order mark shows itself by NUL bytes in every other position (for mostly-ASCII text).
QString guessUtf16WithoutBom(QByteArrayView bytes)
{
    if (bytes.size() < 4)
        return {};
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    for (qsizetype i = 0; i < sample; i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    const qsizetype pairs = sample / 2;
    if (zeroOdd > pairs * 3 / 10 && zeroEven < pairs / 20)
        return u"UTF-16LE"_s;
    if (zeroEven > pairs * 3 / 10 && zeroOdd < pairs / 20)
        return u"UTF-16BE"_s;
    return {};
}

QString decodeUtf16(QByteArrayView bytes, const QString &name)
{
    if (bytes.size() % 2 != 0)
        throw CasebookError(u"the file is truncated: %1 text cannot have an odd number of bytes"_s.arg(name));
    QStringDecoder decoder(name == u"UTF-16BE" ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                           QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw CasebookError(u"the file is not valid %1 text"_s.arg(name));
    return text;
}

/// Maps a detector's charset name to the converter we decode with; supersets win (GB2312 → GB18030).
QString canonicalEncoding(const QString &detected)
{
    const QString upper = detected.toUpper();
    if (upper == u"GB2312" || upper == u"GBK" || upper == u"GB18030" || upper == u"HZ-GB-2312" || upper == u"EUC-CN")
        return u"GB18030"_s;
    if (upper == u"BIG5" || upper == u"BIG5-HKSCS" || upper == u"EUC-TW")
        return u"Big5"_s;
    // uchardet often mistakes short Western text for Central European or Baltic code pages; in a news corpus
    // Western text is far more likely, so every Latin single-byte guess becomes windows-1252.
    static const QStringList latinSingleByte
        = { u"ISO-8859-1"_s,   u"ISO-8859-2"_s,   u"ISO-8859-4"_s,   u"ISO-8859-9"_s,
            u"ISO-8859-13"_s,  u"ISO-8859-15"_s,  u"ISO-8859-16"_s,  u"WINDOWS-1250"_s,
            u"WINDOWS-1252"_s, u"WINDOWS-1254"_s, u"WINDOWS-1257"_s, u"ASCII"_s };
    if (latinSingleByte.contains(upper))
        return u"windows-1252"_s;
    return detected;
}

QString detectWithUchardet(QByteArrayView bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter> detector(uchardet_new());
    // The detector settles within the first few tens of kilobytes; more only costs time.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    if (uchardet_handle_data(detector.get(), bytes.data(), size_t(sample)) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

/// CJK punctuation, full-width forms and general punctuation: what Chinese text has between its characters.
bool isCjkPunctuation(char16_t u)
{
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2010 && u <= 0x2027) || u == 0x00B7;
}

/// Chinese UTF-16 without a byte-order mark has few NUL bytes (only its ASCII characters have one), so the NUL
/// pattern that finds English UTF-16 says nothing. The evidence is the decode itself: NULs, if any, only on one
/// side of each pair, and a strict decode that yields Han characters, CJK punctuation and printable ASCII only,
/// mostly Han.
QString guessCjkUtf16WithoutBom(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return {};
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    auto plausible = [&](QStringConverter::Encoding encoding) {
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return false;
        qsizetype han = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text[i].unicode();
            if (QChar::isSurrogate(u))
                return false; // CJK text of the common planes has no surrogate pairs
            if (unicode::isHan(u))
                ++han;
            else if (!(isCjkPunctuation(u) || (u >= 0x20 && u < 0x7F) || u == u'\n' || u == u'\r' || u == u'\t'))
                return false;
        }
        return han * 2 > text.size();
    };
    if (zeroEven == 0 && plausible(QStringConverter::Utf16LE))
        return u"UTF-16LE"_s;
    if (zeroOdd == 0 && plausible(QStringConverter::Utf16BE))
        return u"UTF-16BE"_s;
    return {};
}

/// How plausibly a decode reads as text, from 0 to 1, judged on its non-ASCII characters. For the Chinese
/// double-byte encodings, the share of characters from the encoding's own table of frequently used ones (Big5
/// level 1, A440–C67E; GB2312 level 1, B0A1–D7FE) or its punctuation rows: real text is nearly all of them, the
/// bytes of the other encoding read this way are about half. For single-byte encodings, the share of letters of
/// the Latin script, or of letters of another script that stand apart from ASCII letters (mojibake mixes them
/// inside one word), and punctuation next to a space.
double plausibility(QByteArrayView bytes, const QString &encoding, const QString &text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    if (encoding == u"Big5" || encoding == u"GB18030") {
        const bool big5 = encoding == u"Big5";
        qsizetype pairs = 0;
        qsizetype frequent = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (p[i] < 0x80)
                continue;
            if (i + 1 >= n)
                break;
            const unsigned code = (unsigned(p[i]) << 8) | p[i + 1];
            ++pairs;
            if (big5)
                frequent += (code >= 0xA440 && code <= 0xC67E) || (code >= 0xA140 && code <= 0xA3BF);
            else
                frequent += p[i + 1] >= 0xA1 && ((p[i] >= 0xB0 && p[i] <= 0xD7) || (p[i] >= 0xA1 && p[i] <= 0xA9));
            // a GB18030 four-byte sequence (second byte a digit) counts as one infrequent character
            i += (!big5 && p[i + 1] >= 0x30 && p[i + 1] <= 0x39) ? 3 : 1;
        }
        return pairs ? double(frequent) / double(pairs) : 0.0;
    }
    qsizetype nonAscii = 0;
    qsizetype fitting = 0;
    auto isAsciiLetter = [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x80)
            continue;
        ++nonAscii;
        const QChar before = i > 0 ? text[i - 1] : QChar(u' ');
        const QChar after = i + 1 < text.size() ? text[i + 1] : QChar(u' ');
        if (c.isLetter())
            fitting += c.script() == QChar::Script_Latin || (!isAsciiLetter(before) && !isAsciiLetter(after));
        else if (c.isPunct() || c.isSymbol())
            fitting += before.isSpace() || after.isSpace() || before.isPunct() || after.isPunct();
    }
    return nonAscii ? double(fitting) / double(nonAscii) : 1.0;
}

/// Below this many non-ASCII bytes, uchardet's statistics have too little to go on.
constexpr qsizetype thinEvidenceBytes = 64;

qsizetype nonAsciiCount(QByteArrayView bytes)
{
    qsizetype count = 0;
    for (const char c : bytes)
        count += static_cast<unsigned char>(c) >= 0x80;
    return count;
}

/// Share of characters that are control codes no text file contains (tabs and line breaks are fine).
bool hasTooManyControlCharacters(const QString &text)
{
    qsizetype bad = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f') || u == 0xFFFD)
            ++bad;
    }
    return bad > 0 && bad * 100 > text.size();
}

} // namespace

QString DecodedText::ambiguityNotice() const
{
    if (alsoPlausible.isEmpty())
        return {};
    return u"decoded as %1, but the file has too few non-ASCII characters to be sure: %2 would also read as text"_s.arg(
        encoding, alsoPlausible.join(u", "_s));
}

std::optional<DecodedText> TextDecoder::decodeWithThinEvidence(const QByteArray &bytes, const QStringList &candidates)
{
    struct Reading
    {
        QString encoding;
        QString text;
        double score = 0;
    };
    std::vector<Reading> readings;
    for (const QString &encoding : candidates) {
        try {
            QString text = decodeAs(bytes, encoding);
            if (hasTooManyControlCharacters(text))
                continue;
            const double score = plausibility(bytes, encoding, text);
            readings.push_back({ encoding, std::move(text), score });
        } catch (const CasebookError &) {
            continue; // this encoding cannot read the bytes at all
        }
    }
    if (readings.empty())
        return std::nullopt;
    // The first best wins, so uchardet's guess breaks ties.
    const auto best = std::max_element(readings.begin(), readings.end(),
                                       [](const Reading &a, const Reading &b) { return a.score < b.score; });
    DecodedText decoded { best->text, best->encoding, {} };
    for (const Reading &reading : readings)
        if (&reading != &*best && reading.text != best->text && reading.score >= 0.75
            && reading.score >= best->score - 0.15)
            decoded.alsoPlausible.append(reading.encoding);
    return decoded;
}

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192);
    qsizetype zeros = 0;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        zeros += c == 0;
        controls += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b && c != 0;
    }
    return (zeros > 0 && guessUtf16WithoutBom(bytes).isEmpty()) || controls * 20 > sample;
}

QString TextDecoder::decodeAs(const QByteArray &bytes, const QString &encoding)
{
    if (encoding.startsWith(u"UTF-16"))
        return decodeUtf16(bytes, encoding);
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(encoding.toLatin1().constData(), &status);
    if (U_FAILURE(status))
        throw CasebookError(u"the encoding %1 is not supported"_s.arg(encoding));
    std::unique_ptr<UConverter, void (*)(UConverter *)> owner(converter, ucnv_close);
    // Stop at the first invalid byte instead of inventing replacement characters: a wrong guess must fail.
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString result(bytes.size() + 1, Qt::Uninitialized);
    auto *target = reinterpret_cast<UChar *>(result.data());
    auto *targetEnd = target + result.size();
    const char *source = bytes.constData();
    const char *sourceEnd = source + bytes.size();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, targetEnd, &source, sourceEnd, nullptr, true, &status);
    if (status == U_TRUNCATED_CHAR_FOUND)
        throw CasebookError(u"the file is truncated: it ends in the middle of a %1 character"_s.arg(encoding));
    if (U_FAILURE(status))
        throw CasebookError(u"the file is not valid %1 text (invalid bytes at offset %2)"_s.arg(encoding).arg(
            source - bytes.constData()));
    result.truncate(target - reinterpret_cast<UChar *>(result.data()));
    return result;
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        throw CasebookError(u"the file is empty"_s);

    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        const QByteArrayView body = view.sliced(3);
        const Utf8Check check = checkUtf8(body);
        if (check == Utf8Check::TruncatedAtEnd)
            throw CasebookError(u"the file is truncated: it ends in the middle of a UTF-8 character"_s);
        if (check == Utf8Check::Invalid)
            throw CasebookError(u"the file starts with a UTF-8 byte-order mark but is not valid UTF-8"_s);
        return { QString::fromUtf8(body), u"UTF-8 (BOM)"_s, {} };
    }
    if (view.startsWith("\xFF\xFE") && !view.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return { decodeUtf16(view.sliced(2), u"UTF-16LE"_s), u"UTF-16LE"_s, {} };
    if (view.startsWith("\xFE\xFF"))
        return { decodeUtf16(view.sliced(2), u"UTF-16BE"_s), u"UTF-16BE"_s, {} };

    if (const QString utf16 = guessUtf16WithoutBom(view); !utf16.isEmpty())
        return { decodeUtf16(view, utf16), utf16, {} };
    if (checkUtf8(view) != Utf8Check::Valid) {
        if (const QString utf16 = guessCjkUtf16WithoutBom(view); !utf16.isEmpty())
            return { decodeUtf16(view, utf16), utf16, {} };
    }
    if (looksBinary(view))
        throw CasebookError(u"the file is binary data, not text"_s);

    switch (checkUtf8(view)) {
    case Utf8Check::Valid:
        return { QString::fromUtf8(view), u"UTF-8"_s, {} };
    case Utf8Check::TruncatedAtEnd:
        throw CasebookError(u"the file is truncated: it ends in the middle of a UTF-8 character"_s);
    case Utf8Check::Invalid:
        break;
    }
    if (!hasNonAscii(view))
        return { QString::fromLatin1(view), u"UTF-8"_s, {} };

    QStringList candidates;
    const QString detected = detectWithUchardet(view);
    if (!detected.isEmpty() && detected.compare(u"UTF-8"_s, Qt::CaseInsensitive) != 0)
        candidates.append(canonicalEncoding(detected));
    for (const QString &fallback : { u"GB18030"_s, u"Big5"_s, u"windows-1252"_s })
        if (!candidates.contains(fallback))
            candidates.append(fallback);

    if (nonAsciiCount(view) < thinEvidenceBytes) {
        // Casebook reads English and Chinese news: with little evidence, the Chinese readings are tried first
        // (uchardet's order between them kept), so that a tie goes to them and the others are reported.
        QStringList ordered = candidates;
        std::stable_partition(ordered.begin(), ordered.end(),
                              [](const QString &name) { return name == u"GB18030" || name == u"Big5"; });
        if (std::optional<DecodedText> judged = decodeWithThinEvidence(bytes, ordered))
            return std::move(*judged);
    }

    QString firstError;
    for (const QString &encoding : std::as_const(candidates)) {
        try {
            QString text = decodeAs(bytes, encoding);
            if (hasTooManyControlCharacters(text))
                continue;
            return { std::move(text), encoding, {} };
        } catch (const CasebookError &error) {
            // A truncated file in the detected encoding is truncated, not some other encoding.
            if (firstError.isEmpty())
                firstError = error.message();
            if (encoding == candidates.first() && error.message().contains(u"truncated"))
                throw;
        }
    }
    throw CasebookError(firstError.isEmpty() ? u"the file's text encoding could not be recognised"_s : firstError);
}

} // namespace casebook
