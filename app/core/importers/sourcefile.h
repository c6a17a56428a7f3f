// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QString>
#include <functional>

namespace casebook {

/// When a long read (a PDF, OCR) must stop. Checked between pages and inside rendering and OCR, so a hostile file
/// cannot hold a worker; the defaults never stop.
struct ReadLimits
{
    /// True once the import is cancelled; empty for reads nobody cancels.
    std::function<bool()> isCanceled {};
    QDeadlineTimer deadline { QDeadlineTimer::Forever };
    qint64 timeLimitMs = -1; ///< what `deadline` was set from, for the message; -1 for none

    bool shouldStop() const;
    /// Throws CasebookError when the read must stop: "took longer than the 120-second limit for one file".
    void throwIfStopped() const;
};

/// A file read into memory, ready for an importer.
struct SourceFile
{
    QString path;
    QByteArray bytes;
    QDateTime modified;
    /// When the file was read for import; invalid means now. Re-extraction passes the original import's time,
    /// so that a file time judged fresh then is judged the same way again.
    QDateTime readAt {};
    ReadLimits limits {};
    /// Called, on any thread, as the pages of a paged file (PDF, TIFF) are read: pages read so far, of how many.
    std::function<void(int pagesRead, int pageCount)> onPageRead {};

    QString suffix() const; ///< lower-case file suffix without the dot
};

} // namespace casebook
