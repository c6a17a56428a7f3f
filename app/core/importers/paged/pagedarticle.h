// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/sourcefile.h"
#include "laidoutpage.h"
#include "model/importedarticle.h"

namespace casebook::PagedArticle {

/// An article from the pages of a PDF or a scan: page furniture goes (RunningTextFilter), lines join into
/// paragraphs (PageParagraphs), and the paragraphs go through what every text article goes through
/// (TextArticle: cleaning, title, byline, dateline, language). `documentMeta` is what the file says about itself
/// (PDF info: title, author, creation date), origin Document; its title and author win over the text's, its date
/// only stands in when the text has no dateline (a PDF is often made long after the story). The article's pages
/// record where each page's text starts. Throws CasebookError when no page holds any text.
ImportedArticle build(const SourceFile &file, const QString &format, QList<LaidOutPage> pages,
                      const ArticleMetadata &documentMeta);

} // namespace casebook::PagedArticle
