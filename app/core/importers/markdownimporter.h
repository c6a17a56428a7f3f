// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace casebook {

/// Markdown files (`.md`, `.markdown`), as web clippers save articles: the clipper's metadata block
/// (ClippedNoteHeader) gives the metadata, the Markdown is rendered to plain paragraphs (MarkdownRenderer), and
/// the rest is what the text importer does (TextArticle).
class MarkdownImporter : public Importer
{
public:
    QString format() const override;
    int confidence(const SourceFile &file) const override;
    ImportedArticle read(const SourceFile &file) const override;
};

} // namespace casebook
