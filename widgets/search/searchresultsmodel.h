// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchengine.h"

#include <QAbstractListModel>
#include <QHash>

namespace casebook {

/// Search results as a list: each row a result with its snippet and hit ranges. Fed the first page of a search,
/// then further pages as the view scrolls down to the last row (fetchMore asks for them with moreWanted), so that
/// a query matching most of the casebook costs one page of snippets, not thousands.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ArticleIdRole = Qt::UserRole + 1, SnippetRole, SnippetHitsRole, MetaLineRole, ScoreRole, CopiesRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    /// Shows the results; copies of an article that is itself among them fold into its row ("+N copies").
    void setResults(const SearchResults &results);
    /// Adds the next page (the results of the same search from the offset moreWanted named).
    void appendResults(const SearchResults &page);
    const SearchResult *resultAt(int row) const;
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Rows drag into the report composer as report items (ReportItemMime).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The view wants the results from `offset` on (in the search's own order, copies included).
    void moreWanted(int offset);

private:
    /// Appends results, folding those whose original is already shown.
    void addFolded(const QList<SearchResult> &results);

    QList<SearchResult> m_results;
    QHash<qint64, int> m_copies; ///< article id → folded copies
    qint64 m_total = 0;
    int m_received = 0; ///< results received so far, folded copies included: the next page's offset
    bool m_waiting = false; ///< a page was asked for and has not come yet
};

} // namespace casebook

Q_DECLARE_METATYPE(QList<casebook::TextRange>)
