// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace casebook::bench {

/// `casebook-cli bench search`: builds a synthetic casebook (about 3 KB an article, one in five Chinese) and
/// prints, in one run, the index build speed, the index size against the text size, and the latency of a fixed
/// mix of queries against a brute-force scan of every article in memory with the same matching rules.
int runSearchBenchmark(const QStringList &arguments, cli::CliStreams &io);

} // namespace casebook::bench
