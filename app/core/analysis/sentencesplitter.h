// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace casebook {

struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/// Splits English and Chinese text into sentences: at . ! ? followed by a space (not after Mr, Co, Jan, U.S. and
/// the like), at 。！？, and at every line break (headings and paragraphs are sentences of their own).
/// Spans are trimmed and never empty.
namespace SentenceSplitter {
QList<SentenceSpan> split(QStringView text);
} // namespace SentenceSplitter

} // namespace casebook
