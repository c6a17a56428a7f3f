// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace casebook::bench {

/// `casebook-cli bench export`: a casebook of synthetic English and Chinese articles with one annotation each, a
/// report quoting every one of them, exported to PDF and to HTML; printed beside the time to only lay the same
/// report out in a QTextDocument (the floor of any PDF export), all measured in the same run.
int runExportBenchmark(const QStringList &arguments, cli::CliStreams &io);

} // namespace casebook::bench
