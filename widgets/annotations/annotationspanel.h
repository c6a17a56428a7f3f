// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace casebook {

class AnnotationListModel;
class AnnotationFilterProxy;

/// The Annotations dock: every annotation, narrowed by what is typed (passage, note, tags or article title), a tag,
/// a colour and the date range brushed on the timeline (the articles' dates); activating one opens its article at
/// the passage.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationsPanel(AnnotationListModel *model, QWidget *parent = nullptr);
    void setFilterText(const QString &text);
    /// The tags to choose from (the casebook's, with their counts).
    void setTags(const QList<TagCount> &tags);
    /// Narrows the list to annotations of articles published in [from, to] (invalid ends are open).
    void setDateRange(const QDate &from, const QDate &to);
    QSortFilterProxyModel *proxy() const;
    /// For a casebook that can only be read: annotations are listed and opened, not edited, deleted or retagged.
    void setReadOnly(bool readOnly);
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void annotationActivated(qint64 articleId, qsizetype start, qsizetype end);
    /// From the list's context menu.
    void editRequested(qint64 annotationId);
    void deleteRequested(qint64 annotationId);
    void addToReportRequested(qint64 annotationId);
    void manageTagsRequested();

private:
    void updateCount();

    QLineEdit *m_filter = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_color = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_manageTags = nullptr;
    bool m_readOnly = false;
    AnnotationFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace casebook
