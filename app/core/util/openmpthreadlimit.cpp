// SPDX-License-Identifier: GPL-3.0-or-later
#include "openmpthreadlimit.h"

#include <cstdlib>
#if defined(Q_OS_LINUX) || defined(__linux__)
#include <unistd.h>
#endif

namespace casebook {

void restartWithSingleThreadedOpenMp(char **argv)
{
    if (std::getenv("OMP_THREAD_LIMIT"))
        return;
    setenv("OMP_THREAD_LIMIT", "1", 1);
#if defined(__linux__)
    execv("/proc/self/exe", argv); // returns only when it failed; then Tesseract runs with its own threads
#else
    (void)argv;
#endif
}

} // namespace casebook
