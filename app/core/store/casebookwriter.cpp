// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebookwriter.h"

#include "util/threadcpu.h"

namespace casebook {

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
