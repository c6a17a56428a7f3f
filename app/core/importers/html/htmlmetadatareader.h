// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QString>

namespace casebook {

class HtmlTree;

/// What a page says about itself.
struct HtmlMetadata
{
    ArticleMetadata meta; ///< every field found has MetadataOrigin::Document
    QString headline; ///< the headline as the page shows it, to drop from the body
    QString declaredLanguage;
};

/// Reads metadata from the page's own markup: JSON-LD NewsArticle/Article (also inside @graph and arrays),
/// OpenGraph and article:* tags, <meta name=author>, <title> (without its " | Site" suffix), the first <h1>,
/// <time datetime>, <link rel=canonical>, <html lang>. The more specific source wins: JSON-LD, then
/// OpenGraph, then plain meta tags, then the body's own markup.
class HtmlMetadataReader
{
public:
    static HtmlMetadata read(const HtmlTree &tree);
    /// "Headline | Site" / "Headline - Site" / "Headline_Site": the headline, without the site part.
    static QString cleanTitle(const QString &title, const QString &siteName);
    /// zh-CN → zh-Hans, zh-TW → zh-Hant, en-US → en; empty when the tag is not a language.
    static QString normaliseLanguageTag(const QString &tag);
};

} // namespace casebook
