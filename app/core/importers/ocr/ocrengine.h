// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/paged/laidoutpage.h"
#include "importers/sourcefile.h"

#include <QFuture>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <functional>

namespace casebook {

/// What OCR reads with: Tesseract's language codes joined by '+' ("eng+chi_sim"), as its data files are named.
struct OcrSettings
{
    static constexpr char16_t defaultLanguages[] = u"eng+chi_sim";
    QString languages = QString::fromUtf16(defaultLanguages);
};

/// Tesseract through its C++ API on a thread pool of its own: one page per task, one Tesseract engine per worker
/// thread and language set, made on first use and reused for every later page on that thread (making one reads
/// tens of megabytes of models). Tesseract's own OpenMP threads must be off (OMP_THREAD_LIMIT=1, see
/// OpenMpThreadLimit), or each page would spread over every core and the tasks would fight for them.
class OcrEngine
{
public:
    /// `threads` pages at once; 0 means one per core.
    explicit OcrEngine(int threads = 0);
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /// The engine importers share: one thread per core.
    static OcrEngine &shared();

    int threadCount() const { return m_pool.maxThreadCount(); }
    /// Reads `threads` pages at once from now on (0: one per core); pages already queued run as before.
    void setThreadCount(int threads);

    /// The languages Tesseract has data for in its default data path ("chi_sim", "eng"), sorted; "osd" (page
    /// orientation) and "equ" (equations) are left out, as they are no language to read text in. Empty when Tesseract
    /// finds no data at all.
    static QStringList installedLanguages();

    /// Runs `render` (rendering a PDF page, decoding an image) and then OCR on one of the engine's threads. The
    /// page's lines carry Tesseract's paragraphs; its confidence is Tesseract's mean word confidence. The
    /// future's result throws CasebookError when the languages have no data, the image is empty, or `limits`
    /// stopped the read.
    QFuture<LaidOutPage> recognise(std::function<QImage()> render, int pageNumber, const OcrSettings &settings,
                                   const ReadLimits &limits);

    /// OCR of one image on the calling thread, with that thread's engine. `dotsPerInch` is the scan's resolution
    /// (0 when unknown: screenshots).
    static LaidOutPage recogniseHere(const QImage &image, int dotsPerInch, int pageNumber, const OcrSettings &settings,
                                     const ReadLimits &limits);

    /// Throws CasebookError naming the missing data when Tesseract cannot load `settings.languages`.
    static void checkLanguages(const OcrSettings &settings);

private:
    QThreadPool m_pool;
};

} // namespace casebook
