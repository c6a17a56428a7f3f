// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebook {

/// Brings text into the one layout the store keeps: one paragraph per line-block, paragraphs separated by a
/// single blank line, line breaks normalised, trailing space and stray control characters dropped.
namespace TextLayout {
/// Pasted web text has one paragraph per line; hard-wrapped text (mail, plain-text exports) has paragraphs split
/// over lines of similar length. Both come out as one paragraph per block.
QString paragraphs(const QString &text);
} // namespace TextLayout

} // namespace casebook
