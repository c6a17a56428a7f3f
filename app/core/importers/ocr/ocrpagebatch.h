// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"
#include "ocrengine.h"

#include <QFuture>
#include <functional>
#include <vector>

namespace casebook {

/// The pages of one file on their way through OCR. When the read fails or stops before collecting them, the
/// destructor cancels what has not started and waits for the rest: no task outlives the read whose limits it
/// checks.
class OcrPageBatch
{
public:
    OcrPageBatch() = default;
    OcrPageBatch(const OcrPageBatch &) = delete;
    OcrPageBatch &operator=(const OcrPageBatch &) = delete;
    ~OcrPageBatch();

    /// The OCR of `index` (the slot the page's result goes into) is under way.
    void add(qsizetype index, QFuture<LaidOutPage> future) { m_pages.emplace_back(index, std::move(future)); }
    /// Waits for every page and puts each into its slot, calling `pageDone` after each; rethrows the first page's
    /// CasebookError.
    void collectInto(QList<LaidOutPage> &pages, const std::function<void()> &pageDone = {});

private:
    std::vector<std::pair<qsizetype, QFuture<LaidOutPage>>> m_pages;
};

/// What the importers that read with OCR (PDFs without a text layer, images) share: the languages and the engine.
class OcrReadingImporter : public Importer
{
public:
    /// `engine` null: OcrEngine::shared(), one thread per core.
    explicit OcrReadingImporter(OcrSettings ocr = {}, OcrEngine *engine = nullptr)
        : m_ocr(std::move(ocr))
        , m_engine(engine)
    { }

protected:
    const OcrSettings &ocrSettings() const { return m_ocr; }
    OcrEngine &ocrEngine() const { return m_engine ? *m_engine : OcrEngine::shared(); }

private:
    OcrSettings m_ocr;
    OcrEngine *m_engine;
};

} // namespace casebook
