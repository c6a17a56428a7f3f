// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace casebook {

class AnnotationListModel;

/// The Annotations dock: every annotation, narrowed by what is typed (passage, note, tags or article title);
/// activating one opens its article at the passage.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationsPanel(AnnotationListModel *model, QWidget *parent = nullptr);
    void setFilterText(const QString &text);
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void annotationActivated(qint64 articleId, qsizetype start, qsizetype end);
    /// From the list's context menu.
    void editRequested(qint64 annotationId);
    void deleteRequested(qint64 annotationId);
    void addToReportRequested(qint64 annotationId);

private:
    QLineEdit *m_filter = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace casebook
