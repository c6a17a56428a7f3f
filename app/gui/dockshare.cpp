// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockshare.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>

namespace casebook {

DockShare::DockShare(QMainWindow *window, QDockWidget *dock, Qt::Orientation orientation, qreal share)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_orientation(orientation)
    , m_share(share)
{
    window->installEventFilter(this);
}

bool DockShare::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        limit();
    return QObject::eventFilter(watched, event);
}

void DockShare::limit()
{
    if (m_dock->isHidden() || m_dock->isFloating())
        return;
    const bool across = m_orientation == Qt::Horizontal;
    const int most = int((across ? m_window->width() : m_window->height()) * m_share);
    if ((across ? m_dock->width() : m_dock->height()) > most)
        m_window->resizeDocks({ m_dock }, { most }, m_orientation);
}

} // namespace casebook
