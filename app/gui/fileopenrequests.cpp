// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileopenrequests.h"

#include <QFileOpenEvent>

namespace casebook {

FileOpenRequests::FileOpenRequests(QObject *application)
    : QObject(application)
{
    application->installEventFilter(this);
}

bool FileOpenRequests::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        // A URL that is not a local file (a web address dropped on the Dock icon) is not a casebook.
        if (!path.isEmpty()) {
            Q_EMIT openRequested(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casebook
