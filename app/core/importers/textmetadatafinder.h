// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QStringList>

namespace casebook {

/// Finds title, source, byline and dateline in article text, the way a reader spots them at the top and the
/// bottom of a pasted page:
/// - datelines: "Date: 28 Feb 2024 [China]", "Published March 3, 2025", "发布时间：2025-02-18 09:30";
/// - source and date together: "Reuters | March 3, 2025", "Mint2 days ago" (a relative date, resolved against
///   the saving time and marked Estimated);
/// - bylines: "By Mara Ellison", "By A and B, Reuters", "作者：张三", "来源：人民网";
/// - a signature: a bare site name at the end ("nrc.nl"), "X is a contributor to the Asia Times.";
/// - the title: the first short line that is not a sentence, above the first paragraph of prose.
/// A bare date above the headline that is the day the page was saved is the site's "today" widget, and so is
/// any date labelled "today": neither is the publication date.
/// Lines that are nothing but metadata leave the text; sentences stay.
class TextMetadataFinder
{
public:
    struct Result
    {
        ArticleMetadata meta;
        QStringList paragraphs; ///< the text without its metadata-only lines
    };

    struct Times
    {
        /// The file's time: a bare date on that day above the headline is the site's "today" widget.
        QDateTime fileTime;
        /// When the page was saved, for relative datelines ("2 hours ago"); invalid when not known, and then
        /// they are dropped as metadata but give no date.
        QDateTime savedAt;
    };

    static Result find(const QStringList &paragraphs, const Times &times);
    /// Takes the file's time as the saving time as well.
    static Result find(const QStringList &paragraphs, const QDateTime &fileTime)
    {
        return find(paragraphs, Times { fileTime, fileTime });
    }
};

} // namespace casebook
