// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace casebook {

/// A long piece of work the analyst can watch and cancel: an import, an analysis run. Value type for signals.
struct JobStatus
{
    enum class State { Running, Finished, Canceled, Failed };
    quint64 id = 0;
    QString title; ///< "Import", "Analysis"
    State state = State::Running;
    qint64 done = 0;
    qint64 total = 0; ///< 0 while unknown
    QDateTime started;
    QString detail; ///< what it is doing now ("412 added, 3 failed"), while it runs
    QString summary; ///< one line when it ends
    struct Failure
    {
        QString path;
        QString reason;
    };
    QList<Failure> failures;

    /// Seconds left at the current pace, or -1 when it cannot be told yet.
    qint64 secondsLeft() const;
};

} // namespace casebook

Q_DECLARE_METATYPE(casebook::JobStatus)
