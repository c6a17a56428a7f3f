// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/importedarticle.h"
#include "sourcefile.h"

#include <QString>

namespace casebook {

/// The extension point for file formats (text, HTML, PDF, images). Implementations are stateless and const, so
/// one instance serves every worker thread at once.
class Importer
{
public:
    virtual ~Importer() = default;

    /// Short format name stored with each article: "text", "html", "pdf", "image".
    virtual QString format() const = 0;
    /// How well this importer fits the file, judged from its name and first bytes: 0 means "not mine"; the
    /// registry picks the highest.
    virtual int confidence(const SourceFile &file) const = 0;
    /// Reads one article. Throws CasebookError with a reason (without the path) when the file cannot be used.
    virtual ImportedArticle read(const SourceFile &file) const = 0;
};

} // namespace casebook
