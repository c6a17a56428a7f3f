// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpool.h"

namespace casebook {

ReaderPool::Lease::Lease(ReaderPool *pool, std::unique_ptr<CasebookStore> store)
    : m_pool(pool)
    , m_store(std::move(store))
{ }

ReaderPool::Lease::~Lease()
{
    if (m_pool && m_store)
        m_pool->giveBack(std::move(m_store));
}

ReaderPool::ReaderPool(const QString &path, int maxIdle)
    : m_path(path)
    , m_maxIdle(maxIdle)
{ }

ReaderPool::Lease ReaderPool::acquire()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<CasebookStore> store = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(this, std::move(store));
        }
    }
    return Lease(this, std::make_unique<CasebookStore>(m_path, CasebookStore::Mode::ReadOnly));
}

void ReaderPool::giveBack(std::unique_ptr<CasebookStore> store)
{
    QMutexLocker lock(&m_mutex);
    if (int(m_idle.size()) < m_maxIdle)
        m_idle.push_back(std::move(store));
}

} // namespace casebook
