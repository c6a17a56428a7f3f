// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace casebook {

/// CPU time the calling thread has used so far, in nanoseconds; 0 where the system has no per-thread clock.
/// What a piece of work cost, whatever else the machine is doing (benchmarks, the writer's tally).
qint64 threadCpuNanoseconds();

} // namespace casebook
