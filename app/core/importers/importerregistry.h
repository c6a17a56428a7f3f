// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>
#include <vector>

namespace casebook {

/// The importers a job may use; picks, for each file, the one most confident it can read it.
class ImporterRegistry
{
public:
    ImporterRegistry() = default;
    ImporterRegistry(ImporterRegistry &&) = default;
    ImporterRegistry &operator=(ImporterRegistry &&) = default;

    /// Every importer Casebook ships, in one registry.
    static ImporterRegistry withDefaultImporters();

    void add(std::unique_ptr<Importer> importer);
    /// Null when no importer accepts the file.
    const Importer *importerFor(const SourceFile &file) const;
    /// Reads one file with the best importer; throws CasebookError with the reason when it cannot.
    ImportedArticle read(const SourceFile &file) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace casebook
