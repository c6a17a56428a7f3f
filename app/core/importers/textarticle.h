// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clippednoteheader.h"
#include "model/importedarticle.h"
#include "sourcefile.h"

#include <QStringList>

namespace casebook {

/// What the text and Markdown importers share once they have paragraphs: the page's furniture goes
/// (WebTextCleaner), metadata lines are read (TextMetadataFinder), a clipped note's header wins over them, and
/// the publication date falls back on the file's name and, as an estimate, its saving time.
namespace TextArticle {

/// Pasted text as paragraphs. The short lines above the first paragraph (site name, headline, byline,
/// dateline) stay lines of their own, even when their lengths make the layout take them for a hard-wrapped
/// paragraph.
QStringList paragraphsOfText(const QString &text);

struct Input
{
    QString format;
    QString encoding;
    QStringList paragraphs;
    ClippedNoteHeader header;
};

/// The article, its metadata with their origins. The publication date, best first: the note's header
/// (`document`), a dateline in the text (`text`), a date in the file's name or folders (`file-name`), a
/// relative dateline against the clipping or saving time, or the clipping day itself (`estimated`). The file
/// time counts as the saving time only when FileDates::savingTime() accepts it; a relative dateline without
/// one gives no date.
ImportedArticle build(const SourceFile &file, const Input &input);

} // namespace TextArticle

} // namespace casebook
