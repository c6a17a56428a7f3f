// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpriority.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace casebook {

void makeCurrentThreadBackground()
{
    thread_local bool done = false;
    if (done)
        return;
    done = true;
#if defined(Q_OS_LINUX)
    // Linux threads are tasks with their own nice value; QThread priorities do nothing under SCHED_OTHER.
    constexpr int backgroundNice = 8;
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), backgroundNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace casebook
