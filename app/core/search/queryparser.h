// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "querynode.h"

#include <QList>
#include <QString>

namespace casebook {

class SearchTokenizer;

/// Something the parser read other than as typed, said quietly beside the results while the query still runs:
/// "rollout: is not a field; searched as text".
struct QueryNotice
{
    QString message;
    int position = 0; ///< 0-based offset in the query, as QueryError::position()
};

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
///
/// Only the known fields (isField) are fields: any other `word:` is text, so a pasted headline
/// ("DeepSeek rollout: what changes"), a URL or a time reads as words, with a notice. A known field may be
/// followed by spaces before its value (`title: deepseek` is `title:deepseek`).
class QueryParser
{
public:
    /// Parses `text`; `tokenizer` folds its terms (one per thread, as the tokenizer is not thread-safe).
    /// Notices about text read other than as typed are appended to `notices` when given.
    static QueryNode parse(const QString &text, SearchTokenizer &tokenizer, QList<QueryNotice> *notices = nullptr);
    /// Whether `name` (lower case, without the colon) is a field the parser knows, including the reserved tag.
    static bool isField(const QString &name);
    /// Fields a query may use, for help texts and error messages.
    static QString fieldList();
};

} // namespace casebook
