// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// The one rule for characters a reader does not see: soft hyphens, word joiners, zero-width spaces, byte-order
/// marks, direction marks and the other format characters (Unicode category Cf), with the invisible fillers that
/// behave like them. Pasted text, saved pages and search queries all go through it, so "Deep\u00ADSeek",
/// "Deep\u2060Seek" and "Deep\u200BSeek" are the word DeepSeek for search and analysis alike.
///
/// Importers drop these characters from the article text before it is stored, indexed or analysed, so every
/// offset into the stored text (search hits, entities, annotations) counts only what the reader sees. The search
/// tokenizer also reads them as nothing inside a word (not as a break), for texts stored before this rule and for
/// queries; its offsets still point into the text as stored, so highlights stay right.
namespace casebook::unicode {

/// Format characters that only shape layout or rendering: dropped. Kept: the Arabic signs that span numbers
/// (U+0600–0605 and the like, which are drawn), and the zero-width joiner and non-joiner, which change how
/// Arabic, Indic and emoji text is drawn (see withoutInvisibles for where they go anyway).
bool isInvisible(char32_t c);

/// The text without its invisible characters. A zero-width joiner or non-joiner goes too when it stands between
/// two Latin or CJK letters, where it changes nothing a reader sees. Returns the text unchanged (shared, no copy)
/// when there is nothing to drop.
QString withoutInvisibles(const QString &text);

} // namespace casebook::unicode
