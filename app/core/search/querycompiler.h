// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "querynode.h"

#include <QString>
#include <QStringList>

namespace casebook {

/// A query ready for SQLite: the ranked full-text part and the SQL conditions on the articles (alias `a`).
struct CompiledQuery
{
    /// FTS5 MATCH expression for the ranked part; empty when the query has no positive text (then results come
    /// by date). Every token in it is quoted and already folded by SearchTokenizer.
    QString match;
    /// SQL conditions over `a` (the articles table), joined with AND; empty when there are none. Parameters are
    /// written ?2, ?3, ... (?1 is the MATCH expression) and their values are in `parameters`, in order.
    QString where;
    QStringList parameters;
};

/// Turns a parsed query into FTS5 MATCH text plus SQL filters. User text never reaches MATCH unparsed: the
/// compiler writes every token itself, quoted.
class QueryCompiler
{
public:
    static CompiledQuery compile(const QueryNode &root);
    /// The first SQL parameter number `where` uses.
    static constexpr int firstParameter = 2;
};

} // namespace casebook
