// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace casebook::bench {

/// `casebook-cli bench ocr DIR`: sets the real articles in DIR (text files) on A4 pages, scans them at 300 dpi,
/// and reads the scans with Casebook's OCR (one thread, then every core; engines started inside the timing)
/// and, in the same run, with the `tesseract` command-line tool one page at a time (OMP_THREAD_LIMIT=1, its
/// advice for running pages side by side). Prints pages per minute, the ratios, and each reader's word recall.
int runOcrBenchmark(const QStringList &arguments, cli::CliStreams &io);

/// `casebook-cli bench pdf DIR`: the same articles as a PDF with a text layer, read by the PDF importer and, in
/// the same run, by `pdftotext`. Prints pages per second and word recall for both.
int runPdfBenchmark(const QStringList &arguments, cli::CliStreams &io);

} // namespace casebook::bench
