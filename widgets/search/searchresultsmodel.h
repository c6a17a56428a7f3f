// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchengine.h"

#include <QAbstractListModel>
#include <QHash>

namespace casebook {

/// Search results as a list: each row a result with its snippet and hit ranges, fed whole snapshots.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ArticleIdRole = Qt::UserRole + 1, SnippetRole, SnippetHitsRole, MetaLineRole, ScoreRole, CopiesRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    /// Shows the results; copies of an article that is itself among them fold into its row ("+N copies").
    void setResults(const SearchResults &results);
    const SearchResult *resultAt(int row) const;
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Rows drag into the report composer as report items (ReportItemMime).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    QList<SearchResult> m_results;
    QHash<qint64, int> m_copies; ///< article id → folded copies
    qint64 m_total = 0;
};

} // namespace casebook

Q_DECLARE_METATYPE(QList<casebook::TextRange>)
