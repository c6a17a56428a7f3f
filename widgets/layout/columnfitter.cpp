// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnfitter.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>

namespace casebook {

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header, int stretchColumn, int minimumWidth,
                           const QList<int> &dropOrder)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_stretchColumn(stretchColumn)
    , m_minimumWidth(minimumWidth)
    , m_dropOrder(dropOrder)
{
    m_header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    m_header->setTextElideMode(Qt::ElideRight);
    view->viewport()->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::fit);
    fit();
}

int ColumnFitter::naturalWidth(int column) const
{
    if (m_hiddenWidths.contains(column))
        return m_hiddenWidths.value(column);
    return m_header->isSectionHidden(column) ? 0 : m_header->sectionSize(column);
}

void ColumnFitter::fit()
{
    if (m_stretchColumn >= m_header->count())
        return;
    const int available = m_view->viewport()->width();
    int others = 0;
    for (int column = 0; column < m_header->count(); ++column)
        if (column != m_stretchColumn)
            others += naturalWidth(column);
    // Drop columns in order until the stretching one has its minimum.
    qsizetype dropped = 0;
    while (dropped < m_dropOrder.size() && available - others < m_minimumWidth)
        others -= naturalWidth(m_dropOrder.at(dropped++));
    for (qsizetype i = 0; i < m_dropOrder.size(); ++i) {
        const int column = m_dropOrder.at(i);
        if (column >= m_header->count())
            continue;
        if (i < dropped && !m_hiddenWidths.contains(column)) {
            m_hiddenWidths.insert(column, m_header->sectionSize(column));
            m_header->hideSection(column);
        } else if (i >= dropped && m_hiddenWidths.contains(column)) {
            m_header->showSection(column);
            m_header->resizeSection(column, m_hiddenWidths.take(column));
        }
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace casebook
