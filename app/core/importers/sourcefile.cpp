// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefile.h"

#include "util/casebookerror.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace casebook {

QString SourceFile::suffix() const
{
    return QFileInfo(path).suffix().toLower();
}

bool ReadLimits::shouldStop() const
{
    return (isCanceled && isCanceled()) || deadline.hasExpired();
}

void ReadLimits::throwIfStopped() const
{
    if (isCanceled && isCanceled())
        throw CasebookError(u"was not finished: the import was cancelled"_s);
    if (deadline.hasExpired())
        throw CasebookError(u"took longer than the %1-second limit for one file (see --time-limit)"_s.arg(
            qMax<qint64>(1, timeLimitMs / 1000)));
}

} // namespace casebook
