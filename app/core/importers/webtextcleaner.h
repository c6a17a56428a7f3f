// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace casebook {

/// Takes the page furniture out of text pasted from a web page, keeping every article sentence.
///
/// Works on paragraphs (as TextLayout lays them out) with general rules, never per-site lists:
/// - the tail of the page is cut at the first line that opens it ("Related Articles", "Leave a Reply",
///   "Comments", "Try our AI features", "Download the app", "相关阅读") once most of the text lies above it;
/// - teasers for other stories go: "Read also" and the title that follows it, titles glued to image paths;
/// - furniture lines go wherever they are: image credits, "logo", "Advertisement", share and sign-up
///   prompts, fragments of image URLs;
/// - a paragraph that repeats an earlier one (the headline pasted twice) goes;
/// - after the cut, short lines that end no sentence are trimmed from the end.
class WebTextCleaner
{
public:
    struct Result
    {
        QStringList paragraphs;
        QStringList removed; ///< what was taken out, in order, for tests and diagnostics
    };

    static Result clean(const QStringList &paragraphs);
    /// Convenience: paragraphs separated by blank lines in and out.
    static QString clean(const QString &text);
};

} // namespace casebook
