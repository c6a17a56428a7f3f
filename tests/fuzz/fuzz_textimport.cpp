// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the whole text import of one file: decoding, paragraphs, clipped-note headers, metadata, cleaning and
// language, through the plain-text importer, or the Markdown importer (cmark) when the first byte is odd.
#include "fuzztarget.h"
#include "importers/markdownimporter.h"
#include "importers/plaintextimporter.h"
#include "util/casebookerror.h"

#include <QDateTime>

using namespace casebook;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PlainTextImporter text;
    static const MarkdownImporter markdown;
    const bool asMarkdown = size > 0 && (data[0] & 1) != 0;
    SourceFile file;
    file.path = asMarkdown ? u"/fuzz/note.md"_s : u"/fuzz/article.txt"_s;
    file.bytes = fuzz::bytes(data, size);
    file.modified = QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
    file.readAt = file.modified;
    try {
        (asMarkdown ? static_cast<const Importer &>(markdown) : text).read(file);
    } catch (const CasebookError &) { }
    return 0;
}
