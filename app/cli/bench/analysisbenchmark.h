// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace casebook::bench {

/// `casebook-cli bench analyse`: runs the analyzer (entities, aliases, dates, events) over N synthetic English and
/// Chinese articles in memory with one thread and with every core, and prints MB/s (of UTF-8 text) and MB/s a
/// core; then the same articles through AnalysisJob into a casebook, writes included.
int runAnalysisBenchmark(const QStringList &arguments, cli::CliStreams &io);

} // namespace casebook::bench
