// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace casebook {

/// Plain text in any common encoding: pasted web text, notes, exported articles.
class PlainTextImporter : public Importer
{
public:
    QString format() const override;
    int confidence(const SourceFile &file) const override;
    ImportedArticle read(const SourceFile &file) const override;
};

} // namespace casebook
