// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "laidoutpage.h"

#include <QStringList>

namespace casebook::PageParagraphs {

/// Appends one line of a paragraph to the text before it, as a reader would join them: a hyphen that splits a
/// word at the line's end goes ("inter-" + "national" → "international"; "state-" + "Owned" keeps it), nothing
/// goes between two CJK characters, one space between anything else.
void appendLine(QString &paragraph, QStringView line);

/// The page's lines joined into paragraphs.
QStringList paragraphs(const LaidOutPage &page);

/// Takes out the spaces OCR engines put between CJK characters ("中 国 经 济" → "中国经济"), keeping the ones
/// that separate CJK from Latin words and digits.
QString withoutSpacesBetweenCjk(const QString &text);

} // namespace casebook::PageParagraphs
