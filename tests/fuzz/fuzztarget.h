// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares. A target defines LLVMFuzzerTestOneInput; libFuzzer calls it in the fuzz build
// (CASEBOOK_FUZZ=ON), replaymain.cpp calls it with the saved corpus in every other build, and
// tst_fuzzregressions (tests/core/importers) calls the same functions with the inputs that once crashed.

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace casebook::fuzz {

/// The input as the importers get it: a QByteArray of its own (ending in a NUL, as QByteArray always does).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace casebook::fuzz
