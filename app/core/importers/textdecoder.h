// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace casebook {

struct DecodedText
{
    QString text;
    QString encoding; ///< canonical name: UTF-8, UTF-16LE, GB18030, Big5, windows-1252, …
    /// Other encodings that read the bytes about as plausibly (a file with little evidence): the choice above
    /// was made, and the import report says so.
    QStringList alsoPlausible;

    /// "decoded as Big5; GB18030 is also plausible (…)", or empty when the choice was clear.
    QString ambiguityNotice() const;
};

/// Finds the character encoding of a text file and decodes it: byte-order mark first, then strict UTF-8 and
/// UTF-16 checks (NUL-byte patterns for mostly-ASCII text; for Chinese text, which has few NULs, a strict
/// decode that yields only CJK, punctuation and ASCII), then uchardet's guess confirmed by a strict decode, then
/// common fallbacks. A file with little evidence (a few dozen non-ASCII bytes, where uchardet guesses wildly)
/// is decoded in every candidate encoding and each reading is judged on what it yields: frequently used Han
/// characters in their encoding's own table (Big5's and GB2312's first levels), or Latin letters inside words;
/// the most plausible wins, and readings nearly as plausible are reported in `alsoPlausible`. Throws
/// CasebookError with a reason a person can act on (empty, binary, truncated, undecodable).
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);
    /// Decodes strictly with a named encoding (ICU converter names). Throws on invalid or truncated input.
    static QString decodeAs(const QByteArray &bytes, const QString &encoding);
    /// True when the bytes look like binary data rather than text in any encoding.
    static bool looksBinary(QByteArrayView bytes);

private:
    static std::optional<DecodedText> decodeWithThinEvidence(const QByteArray &bytes, const QStringList &candidates);
};

} // namespace casebook
