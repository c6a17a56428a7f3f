// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace casebook {

/// Keeps a dock from taking more than its share of the window when the window gets smaller. QMainWindow gives
/// all of a shrink to the central widget, so a dock sized for a large screen would leave the article list and
/// the document a sliver on a laptop; a dock the user made smaller is left as it is.
class DockShare : public QObject
{
    Q_OBJECT

public:
    /// `share` of the window's width (Qt::Horizontal) or height (Qt::Vertical) at most, for `dock`.
    DockShare(QMainWindow *window, QDockWidget *dock, Qt::Orientation orientation, qreal share);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void limit();

    QMainWindow *m_window;
    QDockWidget *m_dock;
    Qt::Orientation m_orientation;
    qreal m_share;
};

} // namespace casebook
