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
    /// Share of the shorter text's shingles found in the longer from which the shorter is a partial copy of
    /// the longer (a teaser, an aggregator's first third), however different their lengths.
    static constexpr double containmentThreshold = 0.8;
    /// Anchors are runs of anchorLength tokens chosen by winnowing (the smallest hash of every anchorWindow
    /// runs), so that two texts sharing a passage of anchorWindow + anchorLength - 1 tokens share an anchor.
    /// At most maximumAnchors per text, from its start: about its first 700 words or characters, where teasers
    /// and excerpts come from.
    static constexpr int anchorLength = 8;
    static constexpr int anchorWindow = 20;
    static constexpr int maximumAnchors = 64;

    /// hashCount little-endian 32-bit minima; empty when the text is too short.
    static QByteArray compute(QStringView text);
    /// Estimated Jaccard similarity of two signatures (0 when either is empty or they differ in size).
    static double similarity(const QByteArray &a, const QByteArray &b);
    /// One key per band: articles sharing any key are candidates for a closer look. Keys, band and anchor alike, are
    /// 31-bit (0 to 2^31 - 1), so that the casebook stores each in 4 bytes.
    static QList<qint64> bandKeys(const QByteArray &signature);
    /// Keys of the text's anchors (winnowed runs of anchorLength tokens, at most maximumAnchors, in text order). A
    /// partial copy shares anchors with the whole though their signatures agree in few bins; keys are in their own
    /// range, apart from band keys. Empty when the text is too short to sign.
    static QList<qint64> anchorKeys(QStringView text);
    /// Share of the shorter text's shingles that are in the longer one (exact, not estimated); 0 when the
    /// shorter is too short to sign.
    static double containment(QStringView a, QStringView b);
};

} // namespace casebook
