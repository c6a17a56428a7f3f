// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebookwriter.h"

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <ctime>
#endif

namespace casebook {

namespace {
/// The calling thread's CPU time in nanoseconds; 0 where there is no such clock.
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
} // namespace

CasebookWriter::CpuTally::CpuTally(std::atomic<qint64> &total)
    : m_total(total)
    , m_start(threadCpuNanoseconds())
{ }

CasebookWriter::CpuTally::~CpuTally()
{
    m_total += threadCpuNanoseconds() - m_start;
}

CasebookWriter::CasebookWriter(const QString &path)
    : m_path(path)
    , m_store(std::make_unique<CasebookStore>(path, CasebookStore::Mode::ReadWrite))
{
    m_thread.setMaxThreadCount(1);
    // Keep the writer thread alive between jobs: a connection is cheapest used from one warm thread.
    m_thread.setExpiryTimeout(-1);
}

CasebookWriter::~CasebookWriter()
{
    m_thread.waitForDone();
}

} // namespace casebook
