// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace casebook::test {

/// Runs the GUI thread's event loop until `done()` holds or `limitMs` pass; false when it gave up.
///
/// It sleeps between events. `QCoreApplication::processEvents(flags, maxTime)` looks alike but drops
/// WaitForMoreEvents and polls: a benchmark waiting with it spins one core at 100% on its GUI thread, which on a
/// 2-core machine halves what the worker threads it measures can use (seen as a window's overview taking 10x as
/// long as the same query on a plain connection).
inline bool waitForEvents(const std::function<bool()> &done, qint64 limitMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // so that the wait returns to check the time when no other event comes
    wake.start(10);
    while (!done()) {
        if (clock.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace casebook::test
