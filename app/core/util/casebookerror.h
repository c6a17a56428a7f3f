// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QException>
#include <QString>

namespace casebook {

/// The one exception type the core throws. The message is written for the analyst: it names the file or the
/// problem, so the CLI and the GUI can show it as it is. It is a QException so that it crosses QFuture
/// boundaries (writer jobs, workers) unchanged.
class CasebookError : public QException
{
public:
    explicit CasebookError(const QString &message)
        : m_message(message)
        , m_utf8(message.toUtf8())
    { }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    void raise() const override { throw *this; }
    CasebookError *clone() const override { return new CasebookError(*this); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace casebook
