// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casebook {

/// Marks the calling thread as background work: the scheduler then prefers the GUI thread when cores are busy,
/// so the window answers at once even while every core imports or analyses. Cheap and idempotent per thread.
void makeCurrentThreadBackground();

} // namespace casebook
