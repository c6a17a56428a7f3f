// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace casebook {

struct DecodedText
{
    QString text;
    QString encoding; ///< canonical name: UTF-8, UTF-16LE, GB18030, Big5, windows-1252, …
};

/// Finds the character encoding of a text file and decodes it: byte-order mark first, then strict UTF-8 and
/// UTF-16 checks, then uchardet's guess confirmed by a strict decode, then common fallbacks. Throws
/// CasebookError with a reason a person can act on (empty, binary, truncated, undecodable).
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);
    /// Decodes strictly with a named encoding (ICU converter names). Throws on invalid or truncated input.
    static QString decodeAs(const QByteArray &bytes, const QString &encoding);
    /// True when the bytes look like binary data rather than text in any encoding.
    static bool looksBinary(QByteArrayView bytes);
};

} // namespace casebook
