// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articlepage.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>

namespace casebook {

/// One line of text as it sits on a page, in reading order.
struct LaidOutLine
{
    QString text;
    QRectF box; ///< in page units (points for a PDF text layer, pixels for OCR)
    bool startsParagraph = false;
};

/// One page's text, read from a PDF text layer or by OCR, before it becomes part of an article.
struct LaidOutPage
{
    int number = 1; ///< 1-based
    QSizeF size; ///< in the units of the lines' boxes
    QList<LaidOutLine> lines;
    ArticlePage::Method method = ArticlePage::Method::TextLayer;
    std::optional<double> ocrConfidence;
};

} // namespace casebook
