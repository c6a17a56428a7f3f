// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadcpu.h"

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <ctime>
#endif

namespace casebook {

qint64 threadCpuNanoseconds()
{
#if defined(Q_OS_WIN)
    FILETIME created, exited, kernel, user;
    if (!GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user))
        return 0;
    auto hundredNs
        = [](const FILETIME &time) { return (qint64(time.dwHighDateTime) << 32) | qint64(time.dwLowDateTime); };
    return (hundredNs(kernel) + hundredNs(user)) * 100;
#elif defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return 0;
    return qint64(now.tv_sec) * 1000000000 + qint64(now.tv_nsec);
#else
    return 0;
#endif
}

} // namespace casebook
