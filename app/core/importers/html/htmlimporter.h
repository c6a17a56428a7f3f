// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

namespace casebook {

/// Saved web pages (.html, .htm, .xhtml, or any file that starts like HTML). Finds the character set from the
/// byte-order mark, <meta charset> or http-equiv, else by detection; keeps the article body (see
/// HtmlContentExtractor) and the page's own metadata (see HtmlMetadataReader). Pages are data: no script
/// runs and nothing is fetched.
class HtmlImporter : public Importer
{
public:
    QString format() const override;
    int confidence(const SourceFile &file) const override;
    ImportedArticle read(const SourceFile &file) const override;

    /// The charset a page declares in its first bytes (<meta charset>, http-equiv Content-Type, XML
    /// declaration), as an ICU converter name; empty when it declares none.
    static QString declaredCharset(QByteArrayView head);
};

} // namespace casebook
