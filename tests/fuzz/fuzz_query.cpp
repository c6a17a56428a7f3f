// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the search query language: the parser (fields, phrases, NEAR, NOT, parentheses) with the index's
// tokenizer, then the compiler that writes the FTS5 MATCH text and SQL conditions. A refusal is a QueryError.
#include "fuzztarget.h"
#include "search/querycompiler.h"
#include "search/queryerror.h"
#include "search/queryparser.h"
#include "search/searchtokenizer.h"

using namespace casebook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static SearchTokenizer tokenizer;
    const QString query = QString::fromUtf8(fuzz::bytes(data, size));
    try {
        QList<QueryNotice> notices;
        const QueryNode root = QueryParser::parse(query, tokenizer, &notices);
        QueryCompiler::compile(root);
    } catch (const CasebookError &) { }
    return 0;
}
