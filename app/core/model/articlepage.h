// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace casebook {

/// Where one page of a paged original (PDF, multi-page TIFF, a single image) starts in the article's text, and
/// how its text was read. Report citations and the document pane name pages through these.
struct ArticlePage
{
    enum class Method { TextLayer, Ocr };

    int page = 1; ///< 1-based page number in the original
    qint64 start = 0; ///< offset in the article's text (UTF-16 units) where the page's text begins
    Method method = Method::TextLayer;
    /// Tesseract's mean word confidence, 0–100; only for OCR'd pages.
    std::optional<double> ocrConfidence;

    /// Below this mean confidence an OCR'd page is flagged for the analyst to check against the page image.
    static constexpr double lowConfidenceBelow = 70.0;
    bool isLowConfidence() const
    {
        return method == Method::Ocr && ocrConfidence && *ocrConfidence < lowConfidenceBelow;
    }

    friend bool operator==(const ArticlePage &a, const ArticlePage &b)
    {
        return a.page == b.page && a.start == b.start && a.method == b.method && a.ocrConfidence == b.ocrConfidence;
    }
};

QString methodName(ArticlePage::Method method); ///< "text-layer", "ocr" (the store's spelling)
ArticlePage::Method methodFromName(const QString &name);

/// The page that holds character `offset` of a text whose pages are `pages` (sorted by start): the last page
/// starting at or before it. Nullopt when there are no pages or the offset is negative.
std::optional<int> pageAtOffset(const QList<ArticlePage> &pages, qint64 offset);

} // namespace casebook
