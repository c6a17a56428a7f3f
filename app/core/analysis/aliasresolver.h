// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleanalysis.h"
#include "entityextractor.h"

namespace casebook {

/// Groups one article's mentions into entities: the same name (or gazetteer entry); a short name introduced in
/// parentheses with its long form; a person's surname or given name alone ("Xi", "Mr Xi") with the full name
/// it belongs to; an acronym with the organisation whose initials it spells ("SASAC").
namespace AliasResolver {
/// Fills `out.mentions` and `out.entities` from the extractor's result.
void resolve(const ExtractedEntities &extracted, ArticleAnalysis &out);
/// The initials of a name's capitalised words, skipping of/and/the: "State-owned Assets Supervision and
/// Administration Commission" -> "SASAC".
QString initials(const QString &name);
} // namespace AliasResolver

} // namespace casebook
