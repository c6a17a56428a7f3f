// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casebook {

/// Tesseract parallelises inside each page with OpenMP; Casebook runs a page per thread instead (OcrEngine), and
/// both at once would put up to four OpenMP threads behind every page. The OpenMP runtime reads
/// OMP_THREAD_LIMIT once, when it is loaded, before main() runs, so setting it later does nothing: when it is
/// unset, this sets it to 1 and starts the program again in place (Linux; elsewhere it only sets it). The first
/// call in main(), before anything else is created. Returns when the variable was already set.
void restartWithSingleThreadedOpenMp(char **argv);

} // namespace casebook
