// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the HTML importer: declared charsets, gumbo's tree after HtmlTree::simplify, the content extractor and
// the page's metadata (JSON-LD, meta tags).
#include "fuzztarget.h"
#include "importers/html/htmlimporter.h"
#include "util/casebookerror.h"

#include <QDateTime>

using namespace casebook;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const HtmlImporter importer;
    SourceFile file;
    file.path = u"/fuzz/page.html"_s;
    file.bytes = fuzz::bytes(data, size);
    file.modified = QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
    file.readAt = file.modified;
    HtmlImporter::declaredCharset(file.bytes);
    try {
        importer.read(file);
    } catch (const CasebookError &) { }
    return 0;
}
