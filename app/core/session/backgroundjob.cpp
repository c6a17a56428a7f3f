// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundjob.h"

namespace casebook {

qint64 JobStatus::secondsLeft() const
{
    if (state != State::Running || done <= 0 || total <= done || !started.isValid())
        return -1;
    const double elapsed = started.msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0;
    return qint64(elapsed / double(done) * double(total - done) + 0.5);
}

} // namespace casebook
