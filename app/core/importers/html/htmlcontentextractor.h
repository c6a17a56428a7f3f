// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace casebook {

class HtmlTree;

/// Finds the article in a page and returns its paragraphs and headings, dropping the page's furniture.
///
/// The page is cut into text blocks (paragraphs, headings, list items, cells). Each block is judged on its
/// own evidence: its length, the share of it that is link text, its sentence punctuation, hints in the class
/// and id names of the elements around it (soft: they decay with distance), and furniture vocabulary. Good
/// blocks count for the elements that contain them, bad ones against; the element with the most good text
/// net of bad text is the article's container. Inside it, bad blocks, repeats and the headline are dropped;
/// short lines are kept only between article paragraphs. Every walk is iterative, so hostile nesting costs
/// no stack.
class HtmlContentExtractor
{
public:
    struct Options
    {
        QString headline; ///< dropped from the body when the page repeats it
    };

    struct Result
    {
        QStringList paragraphs; ///< the article, in page order
        QStringList leadLines; ///< short lines from the headline down to the body: bylines, datelines
    };

    static Result extract(const HtmlTree &tree, const Options &options);
};

} // namespace casebook
