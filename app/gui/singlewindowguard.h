// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace casebook {

/// One window per casebook. The window that opens a casebook listens on a local socket named after the file (its
/// canonical path and the user); a second window or process asked to open the same file finds it, asks it to come
/// to the front, and stays out. The casebook file itself is never opened for this (that would drop SQLite's locks).
class SingleWindowGuard : public QObject
{
    Q_OBJECT

public:
    explicit SingleWindowGuard(QObject *parent = nullptr);
    ~SingleWindowGuard() override;

    /// Claims `path` for this window, giving up the one claimed before. Returns false when another window
    /// already has it; that window has been asked to come to the front and nothing was claimed.
    bool claim(const QString &path);
    /// Gives up the claim (the window closes, or opens another casebook).
    void release();

    /// True when another window has `path` open; it has been asked to come to the front.
    static bool askOwnerToRaise(const QString &path);
    /// The local socket name for a casebook: stable for a file, whatever relative path reaches it.
    static QString serverName(const QString &path);

Q_SIGNALS:
    /// Another window or process asked to open the casebook this window has.
    void raiseRequested();

private:
    QLocalServer *m_server = nullptr;
};

} // namespace casebook
