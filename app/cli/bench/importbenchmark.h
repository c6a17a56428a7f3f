// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace casebook::bench {

/// `casebook-cli bench import`: writes N synthetic article files, then imports them into fresh casebooks with
/// one worker and with every core, in the same run, and prints articles/s, MB/s and the speed-up.
int runImportBenchmark(const QStringList &arguments, cli::CliStreams &io);

} // namespace casebook::bench
