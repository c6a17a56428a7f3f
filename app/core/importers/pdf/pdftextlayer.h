// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/paged/laidoutpage.h"
#include "importers/sourcefile.h"

namespace Poppler {
class Page;
}

namespace casebook::PdfTextLayer {

/// The page's text layer as lines in reading order. Poppler orders the words (its text output follows columns
/// and blocks, as pdftotext does); the words' boxes tell where a line ends and a paragraph starts (a gap wider
/// than the line spacing, a jump back up to the next column, a short line ending a sentence).
LaidOutPage read(const Poppler::Page &page, int pageNumber, const ReadLimits &limits);

/// Whether the text layer is worth keeping: enough characters, and mostly letters and digits (a font without a
/// usable ToUnicode map gives symbols, control characters, or consonant soup).
bool isUsable(const LaidOutPage &page);

} // namespace casebook::PdfTextLayer
