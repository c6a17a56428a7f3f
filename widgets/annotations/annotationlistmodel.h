// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QAbstractTableModel>
#include <QList>

namespace casebook {

/// The annotations of a casebook as a table: quote (with its colour), note, tags, article. Fed whole snapshots read
/// on a worker thread. Orphaned annotations are shown in italics with why.
class AnnotationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, NoteColumn, TagsColumn, ArticleColumn, ColumnCount };
    enum Role { AnnotationIdRole = Qt::UserRole + 1, ArticleIdRole, StartRole, EndRole, OrphanedRole };

    explicit AnnotationListModel(QObject *parent = nullptr);

    void setAnnotations(QList<Annotation> annotations);
    /// Titles to show in the Article column, by article id.
    void setArticleTitles(const QHash<qint64, QString> &titles);
    const QList<Annotation> &annotations() const { return m_annotations; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Rows drag into the report composer as report items (ReportItemMime).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Annotation> m_annotations;
    QHash<qint64, QString> m_titles;
};

} // namespace casebook
