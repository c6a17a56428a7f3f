// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the metadata parsers of text articles: the clipped-note header (lenient YAML front matter) and the
// title/byline/dateline finder, on UTF-8 input.
#include "fuzztarget.h"
#include "importers/clippednoteheader.h"
#include "importers/textmetadatafinder.h"

#include <QDateTime>

using namespace casebook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const ClippedNoteHeader header = ClippedNoteHeader::read(text);
    const QDateTime fileTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
    const QStringList paragraphs = header.body.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    TextMetadataFinder::find(paragraphs, TextMetadataFinder::Times { fileTime, header.clippedAt });
    return 0;
}
