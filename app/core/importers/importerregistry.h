// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "ocr/ocrengine.h"

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

    /// Every importer Casebook ships, in one registry; PDFs without a text layer and images are read by OCR with
    /// `ocr`'s languages.
    static ImporterRegistry withDefaultImporters(const OcrSettings &ocr = {});

    void add(std::unique_ptr<Importer> importer);
    /// Null when no importer accepts the file.
    const Importer *importerFor(const SourceFile &file) const;
    /// Reads one file with the best importer; throws CasebookError with the reason when it cannot.
    ImportedArticle read(const SourceFile &file) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace casebook
