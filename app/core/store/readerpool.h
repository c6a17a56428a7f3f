// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casebookstore.h"

#include <QMutex>
#include <QString>
#include <memory>
#include <vector>

namespace casebook {

/// Read-only connections to one casebook, kept open between uses: a click costs a query, not a connection (with
/// its format checks, tokenizer registration and schema parse) and not a fresh set of prepared statements.
/// Thread-safe; each lease is one thread's connection until it is returned.
class ReaderPool
{
public:
    /// A connection on loan; goes back to the pool when it dies.
    class Lease
    {
    public:
        Lease(ReaderPool *pool, std::unique_ptr<CasebookStore> store);
        ~Lease();
        Lease(Lease &&) noexcept = default;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Lease &operator=(Lease &&) = delete;
        CasebookStore &operator*() const { return *m_store; }
        CasebookStore *operator->() const { return m_store.get(); }

    private:
        ReaderPool *m_pool;
        std::unique_ptr<CasebookStore> m_store;
    };

    /// Keeps at most `maxIdle` connections open while idle.
    explicit ReaderPool(const QString &path, int maxIdle = 4);

    /// An idle connection, or a new one. Throws CasebookError when the casebook cannot be opened.
    Lease acquire();
    const QString &path() const { return m_path; }

private:
    void giveBack(std::unique_ptr<CasebookStore> store);

    QString m_path;
    int m_maxIdle;
    QMutex m_mutex;
    std::vector<std::unique_ptr<CasebookStore>> m_idle;
};

} // namespace casebook
