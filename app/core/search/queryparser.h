// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "querynode.h"

#include <QString>

namespace casebook {

class SearchTokenizer;

/// Parses the query language (see docs/search.md) into a QueryNode tree, tokenizing every term with the
/// index's tokenizer. Throws QueryError naming the problem and its position; never accepts a query it cannot
/// search exactly.
///
///     query   := or
///     or      := and ( "OR" and )*
///     and     := unary ( ["AND"] unary )*
///     unary   := ("NOT" | "-") unary | near
///     near    := primary ( ("NEAR" | "NEAR/n") primary )*
///     primary := word | word* | "phrase" | "phrase"* | "(" or ")" | NEAR( items [, n] ) | field ":" value
class QueryParser
{
public:
    /// Parses `text`; `tokenizer` folds its terms (one per thread, as the tokenizer is not thread-safe).
    static QueryNode parse(const QString &text, SearchTokenizer &tokenizer);
    /// Fields a query may use, for help texts and error messages.
    static QString fieldList();
};

} // namespace casebook
