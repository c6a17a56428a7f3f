// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace casebook {

struct Token
{
    enum class Kind : quint8 {
        Word, ///< letters and digits, joined across inner hyphens, decimal points and "U.S."-style dots
        Possessive, ///< 's or ’s after a word
        Han, ///< a run of Chinese characters
        Punct, ///< one punctuation or symbol character
    };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Word;
    bool sentenceStart = false; ///< the first word of a sentence, heading or paragraph
    bool lineStart = false; ///< the first token on its line

    qsizetype length() const { return end - start; }
};

/// Splits a text into tokens in one pass, keeping UTF-16 offsets. Whitespace produces no token.
namespace Tokenizer {
QList<Token> tokenize(QStringView text);
} // namespace Tokenizer

} // namespace casebook
