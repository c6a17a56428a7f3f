// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QStringList>

namespace casebook {

/// The metadata block web clippers (Obsidian Web Clipper, MarkDownload, Joplin and the like) write above a
/// saved article:
///
///     ---                                         url: https://example.com/news/1
///     title: "Alibaba to spend 380bn yuan"        title: Alibaba to spend 380bn yuan
///     source: https://example.com/news/1          published: February 25, 2025
///     author:                                     tags: ai, cloud
///       - "[[Kelvin Tsang]]"                      ---
///     published: 2025-02-25T08:00:00+08:00
///     tags: [ai, "cloud computing"]
///     ---
///
/// Either YAML front matter between two `---` lines at the very top (the subset clippers write: plain and
/// quoted scalars, flow and block lists, `|`/`>` blocks; nested maps are skipped), or `key: value` lines at the
/// top that end at a `---` line. Clippers do not always write valid YAML (unquoted titles with colons), so this
/// reads leniently instead of failing. Values are metadata with origin Document; the block never reaches the
/// article's text.
class ClippedNoteHeader
{
public:
    bool found = false; ///< false when the text has no such block; then `body` is the whole text
    ArticleMetadata meta; ///< title, source (site), author, url, published: origin Document
    /// `created`/`clipped`: when the page was saved, not when it was published. It anchors relative datelines
    /// ("2 hours ago") and stands for the publication date, as an estimate, when nothing better is known.
    QDateTime clippedAt;
    PublicationDate clipped;
    QStringList tags; ///< read so they stay out of the text; the model has no field for them yet
    QString body; ///< the text below the block

    static ClippedNoteHeader read(const QString &text);
};

} // namespace casebook
