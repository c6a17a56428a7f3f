// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace casebook::bench {

/// `casebook-cli bench extraction DIR`: imports every article listed in DIR/MANIFEST.tsv (the demo corpus
/// format: file, title, source, author, published, language, duplicate_of, notes) and scores what the
/// importers found against it: each metadata field, the body's length against the "body ~N words/chars" note,
/// furniture left in the body, and near-duplicate links (found and false) over all pairs.
int runExtractionBenchmark(const QStringList &arguments, cli::CliStreams &io);

} // namespace casebook::bench
