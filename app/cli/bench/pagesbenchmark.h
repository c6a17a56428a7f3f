// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace casebook::bench {

/// `casebook-cli bench pages LIST --texts OUT.json`: reads every page named in LIST (one path a line) into
/// memory, then runs the whole import path (decode, parse, extract, metadata, hashes, near-duplicate
/// signature; no casebook) on each, once on one thread and once on all cores, and prints pages/s for both and
/// pages per CPU-second of the one-thread run (steady when other work shares the machine).
/// The texts go to OUT.json as {"seconds", "failures", "texts": {path: text}} for
/// scripts/bench-extraction/score.py, which scores them beside Readability.js's on the same pages.
int runPagesBenchmark(const QStringList &arguments, cli::CliStreams &io);

} // namespace casebook::bench
