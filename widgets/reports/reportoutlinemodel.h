// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/report.h"

#include <QAbstractItemModel>
#include <QHash>

namespace casebook {

/// A report's sections (top level) and their items (children) as a tree the analyst reorders by dragging, and
/// fills by dropping annotations, articles, search results and entities from the other lists (ReportItemMime).
/// Every change emits reportEdited().
class ReportOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit ReportOutlineModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    /// Titles shown for article items that quote nothing.
    void setArticleTitles(const QHash<qint64, QString> &titles);
    const Report &report() const { return m_report; }
    /// Changes that keep the outline's shape (title, style, texts); emits reportEdited().
    void setTitle(const QString &title);
    void setStyle(CitationStyle style);
    void setSectionText(int section, const QString &heading, const QString &body);
    void setItemCommentary(int section, int item, const QString &commentary);
    /// Adds a section after `after` (at the end when -1); returns its row.
    int addSection(const QString &heading, int after = -1);
    /// Adds items to a section (the last one, made when there is none, when -1); returns the section's row.
    int addItems(const QList<ReportItem> &items, int section = -1);
    void removeNode(const QModelIndex &index);
    /// Moves a section or an item one place up (-1) or down (+1) among its siblings.
    QModelIndex moveNode(const QModelIndex &index, int delta);

    static int sectionOf(const QModelIndex &index); ///< the section row of a section or item index
    static bool isItem(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void reportEdited();

private:
    Report m_report;
    QHash<qint64, QString> m_titles;
};

} // namespace casebook
