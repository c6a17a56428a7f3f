// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace casebook {

/// A MinHash signature of an article's text, for finding the same article reposted elsewhere with other
/// furniture, small edits or another quotation style.
///
/// The text is folded (case, width, punctuation and white space drop out) and cut into tokens: a word for
/// alphabetic scripts, a single character for Han, kana and hangul, so Chinese needs no word segmentation.
/// Shingles are runs of `shingleLength` tokens. The signature is a one-permutation MinHash with
/// densification: each shingle's hash picks one of `hashCount` bins, each bin keeps its smallest hash, and
/// empty bins borrow from filled ones along a fixed probe sequence. The share of equal bins in two signatures
/// estimates the Jaccard similarity of their shingle sets. Signatures are stable across runs, platforms and Qt versions
/// (own hash functions, fixed seeds), because casebooks store them.
class NearDuplicateSignature
{
public:
    static constexpr int hashCount = 128; ///< bins; the top 7 bits of a shingle hash pick one
    static constexpr int bandCount = 32; ///< locality-sensitive hashing: bands of hashCount / bandCount rows
    static constexpr int rowsPerBand = hashCount / bandCount;
    static constexpr int shingleLength = 4;
    static constexpr int minimumShingles = 24; ///< shorter texts get no signature: too little to judge
    /// Estimated Jaccard similarity from which two articles count as the same article.
    static constexpr double duplicateThreshold = 0.5;

    /// hashCount little-endian 32-bit minima; empty when the text is too short.
    static QByteArray compute(QStringView text);
    /// Estimated Jaccard similarity of two signatures (0 when either is empty or they differ in size).
    static double similarity(const QByteArray &a, const QByteArray &b);
    /// One key per band: articles sharing any key are candidates for a closer look.
    static QList<qint64> bandKeys(const QByteArray &signature);
};

} // namespace casebook
