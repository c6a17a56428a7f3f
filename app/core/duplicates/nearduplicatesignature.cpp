// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearduplicatesignature.h"

#include "util/unicodescript.h"

#include <QtEndian>
#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace casebook {

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDULL;
    z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53ULL;
    return z ^ (z >> 33);
}

/// Folds a code point so that case, full-width forms and common variants compare equal.
char32_t fold(char32_t u)
{
    if (u < 0x80)
        return (u >= 'A' && u <= 'Z') ? u + 32 : u;
    if (u >= 0xFF01 && u <= 0xFF5E)
        u -= 0xFEE0; // full-width ASCII
    if (u < 0x10000)
        return QChar(char16_t(u)).toCaseFolded().unicode();
    return u;
}

bool isWordCharacter(char32_t u)
{
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    return QChar::isLetterOrNumber(u);
}

/// FNV-1a over the code points of a token.
struct TokenHasher
{
    quint64 hash = 0xCBF29CE484222325ULL;
    void add(char32_t u)
    {
        hash ^= quint64(u);
        hash *= 0x100000001B3ULL;
    }
};

std::vector<quint64> tokenHashes(QStringView text)
{
    std::vector<quint64> tokens;
    tokens.reserve(size_t(text.size() / 4));
    TokenHasher word;
    bool inWord = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            u = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        u = fold(u);
        if (unicode::isHanKanaOrHangul(u)) {
            if (inWord) {
                tokens.push_back(word.hash);
                word = {};
                inWord = false;
            }
            TokenHasher single;
            single.add(u);
            tokens.push_back(single.hash);
        } else if (isWordCharacter(u)) {
            word.add(u);
            inWord = true;
        } else if (inWord && (u == u'\'' || u == 0x2019) && i + 1 < n && isWordCharacter(text[i + 1].unicode())) {
            continue; // "DeepSeek's" and "DeepSeek’s" are one word
        } else if (inWord) {
            tokens.push_back(word.hash);
            word = {};
            inWord = false;
        }
    }
    if (inWord)
        tokens.push_back(word.hash);
    return tokens;
}

quint64 shingleHash(const std::vector<quint64> &tokens, size_t start, int length)
{
    quint64 shingle = 0x5AD0F00DULL;
    for (int k = 0; k < length; ++k)
        shingle = mix64(shingle ^ tokens[start + size_t(k)]);
    return shingle;
}

/// A key as the casebook stores it: the top 31 bits of its hash, which SQLite keeps in 4 bytes rather than 8 (in
/// the band table and its index, about a quarter of their size). Keys of unrelated articles then meet by chance:
/// in a casebook of a million articles (96 million keys) a lookup's 96 probes find about four such articles, each
/// costing a signature comparison (rarely a text comparison), never a false link.
qint64 storedKey(quint64 hash)
{
    return qint64(hash >> 33);
}

std::vector<quint64> sortedShingles(const std::vector<quint64> &tokens, int length)
{
    std::vector<quint64> shingles;
    if (tokens.size() < size_t(length))
        return shingles;
    shingles.reserve(tokens.size() - size_t(length) + 1);
    for (size_t i = 0; i + size_t(length) <= tokens.size(); ++i)
        shingles.push_back(shingleHash(tokens, i, length));
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

} // namespace

QByteArray NearDuplicateSignature::compute(QStringView text)
{
    const std::vector<quint64> tokens = tokenHashes(text);
    if (tokens.size() < size_t(shingleLength + minimumShingles - 1))
        return {};
    // One-permutation hashing: each shingle is hashed once; the top bits pick one of hashCount bins and each
    // bin keeps its smallest value. Equal bins in two signatures estimate Jaccard similarity as well as
    // hashCount separate hash functions would, at a fraction of the cost.
    constexpr quint32 empty = std::numeric_limits<quint32>::max();
    std::array<quint32, hashCount> bins;
    bins.fill(empty);
    std::array<bool, hashCount> filled {};
    for (size_t i = 0; i + shingleLength <= tokens.size(); ++i) {
        const quint64 shingle = shingleHash(tokens, i, shingleLength);
        const auto bin = size_t(shingle >> 57); // top 7 bits: hashCount is 128
        const auto value = quint32(shingle);
        if (!filled[bin] || value < bins[bin]) {
            bins[bin] = value;
            filled[bin] = true;
        }
    }
    // Densification: an empty bin borrows the value of the first filled bin along its own fixed probe
    // sequence, the same for every text, so that two similar texts fill their empty bins alike.
    std::array<quint32, hashCount> signatureValues = bins;
    for (int bin = 0; bin < hashCount; ++bin) {
        if (filled[size_t(bin)])
            continue;
        quint64 state = quint64(bin) * 0x9E3779B97F4A7C15ULL + 0x44454E53ULL;
        for (int attempt = 0; attempt < 4096; ++attempt) {
            const auto probe = size_t(splitMix64(state) >> 57);
            if (filled[probe]) {
                signatureValues[size_t(bin)] = bins[probe];
                break;
            }
        }
    }
    QByteArray signature(hashCount * 4, Qt::Uninitialized);
    for (int j = 0; j < hashCount; ++j)
        qToLittleEndian(signatureValues[size_t(j)], signature.data() + j * 4);
    return signature;
}

double NearDuplicateSignature::similarity(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != hashCount * 4 || b.size() != hashCount * 4)
        return 0;
    int equal = 0;
    for (int j = 0; j < hashCount; ++j)
        equal += qFromLittleEndian<quint32>(a.constData() + j * 4) == qFromLittleEndian<quint32>(b.constData() + j * 4);
    return double(equal) / hashCount;
}

QList<qint64> NearDuplicateSignature::bandKeys(const QByteArray &signature)
{
    QList<qint64> keys;
    if (signature.size() != hashCount * 4)
        return keys;
    keys.reserve(bandCount);
    for (int band = 0; band < bandCount; ++band) {
        quint64 key = mix64(quint64(band) + 0x42414E44ULL);
        for (int row = 0; row < rowsPerBand; ++row)
            key = mix64(key ^ qFromLittleEndian<quint32>(signature.constData() + (band * rowsPerBand + row) * 4));
        keys.append(storedKey(key));
    }
    return keys;
}

QList<qint64> NearDuplicateSignature::anchorKeys(QStringView text)
{
    const std::vector<quint64> tokens = tokenHashes(text);
    QList<qint64> keys;
    if (tokens.size() < size_t(shingleLength + minimumShingles - 1) || tokens.size() < size_t(anchorLength))
        return keys;
    std::vector<quint64> runs;
    runs.reserve(tokens.size() - anchorLength + 1);
    for (size_t i = 0; i + anchorLength <= tokens.size(); ++i)
        runs.push_back(shingleHash(tokens, i, anchorLength));
    // Winnowing: the smallest run hash of every window of anchorWindow runs (the rightmost of equal ones) is an
    // anchor, so any passage two texts share that is anchorWindow + anchorLength - 1 tokens long gives them a
    // common anchor, wherever it starts.
    const size_t window = std::min(runs.size(), size_t(anchorWindow));
    size_t lastChosen = runs.size();
    for (size_t start = 0; start + window <= runs.size() && keys.size() < maximumAnchors; ++start) {
        size_t chosen = start;
        for (size_t i = start + 1; i < start + window; ++i)
            if (runs[i] <= runs[chosen])
                chosen = i;
        if (chosen == lastChosen)
            continue;
        lastChosen = chosen;
        const qint64 key = storedKey(mix64(runs[chosen] ^ 0x414E43484F52ULL)); // "ANCHOR": apart from band keys
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

double NearDuplicateSignature::containment(QStringView a, QStringView b)
{
    const std::vector<quint64> first = sortedShingles(tokenHashes(a), shingleLength);
    const std::vector<quint64> second = sortedShingles(tokenHashes(b), shingleLength);
    const std::vector<quint64> &shorter = first.size() <= second.size() ? first : second;
    const std::vector<quint64> &longer = first.size() <= second.size() ? second : first;
    if (shorter.size() < size_t(minimumShingles))
        return 0;
    std::vector<quint64> common;
    std::set_intersection(shorter.begin(), shorter.end(), longer.begin(), longer.end(), std::back_inserter(common));
    return double(common.size()) / double(shorter.size());
}

} // namespace casebook
