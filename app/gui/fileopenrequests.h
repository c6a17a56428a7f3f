// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace casebook {

/// The casebooks the system asks the running application to open. On macOS a double-click on a .casebook file in
/// the Finder (the bundle declares the type in Info.plist) arrives as a QFileOpenEvent, not as a command-line
/// argument as on Linux and Windows; this turns each such event into openRequested().
class FileOpenRequests : public QObject
{
    Q_OBJECT

public:
    /// Watches `application`'s events for file-open requests.
    explicit FileOpenRequests(QObject *application);

Q_SIGNALS:
    /// The system asked to open this local file.
    void openRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace casebook
