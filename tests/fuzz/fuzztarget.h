// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares. A target defines LLVMFuzzerTestOneInput; libFuzzer calls it in the fuzz build
// (CASEBOOK_FUZZ=ON), replaymain.cpp calls it with the saved corpus in every other build, and the regression
// tests (tests/core/fuzz) call the same functions with the inputs that once crashed.

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace casebook::fuzz {

/// The input as a QByteArray that owns its copy: libFuzzer's buffer ends exactly at `size`, so an over-read past
/// it is caught (QByteArray::fromRawData would hide nothing, but code that expects a terminating NUL would read past).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace casebook::fuzz
