// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "laidoutpage.h"

namespace casebook::RunningTextFilter {

/// Takes the page furniture out of a document's pages: page numbers ("12", "Page 3 of 9", "- 4 -") in the top
/// or bottom margin of a page, and running headers and footers, lines in those margins that repeat (digits
/// aside) on at least half the pages of a document of two or more. Body text in the margins that does not
/// repeat stays.
void apply(QList<LaidOutPage> &pages);

/// Whether the line is nothing but a page number or a "Page N of M" label.
bool isPageNumber(const QString &line);

} // namespace casebook::RunningTextFilter
