// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/articlelisting.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace casebook {

/// The articles of a casebook as a two-level table: date, title, source, language, size, with each article's
/// copies (reposts, near-duplicates) folded under it. It holds only the pages shown so far: sorting and the quick
/// filter are done by SQL, and each page is read off the GUI thread. The model asks for pages (pageWanted) when
/// the list is reloaded, sorted or filtered, and for the next one on fetchNextPage() (the view scrolled to its
/// end); whoever owns the casebook answers with addPage().
///
/// It does not offer canFetchMore()/fetchMore() to the view: QTreeView's layout calls fetchMore() on every layout
/// (QTreeViewPrivate::layout, Qt 6.4), so an answer arriving asynchronously lays the list out again and asks for
/// the next page, until every article is read. The owner calls fetchNextPage() when the list is scrolled near its
/// end or does not fill its view.
class ArticleListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, SourceColumn, LanguageColumn, SizeColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, DuplicateOfRole, CopiesRole, AnalysedRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    /// Originals asked for at a time (200 unless set).
    void setPageSize(int originals);
    int pageSize() const { return m_pageSize; }
    /// The order and quick filter of the list (whichever page).
    const ArticleListRequest &listRequest() const { return m_wanted; }
    /// Asks again for the list, from its first page as far as it was scrolled (after an import or a deletion);
    /// the rows shown stay until the answer replaces them.
    void reload();
    /// Empties the list (another casebook is being opened).
    void clear();
    /// Narrows the list to articles whose title, source, language or date contains `text`.
    void setQuickFilter(const QString &text);
    /// An answer to pageWanted(): the first page replaces the list, the next one is appended; a page of another
    /// order or filter than the one last asked for, or not the one awaited, is dropped.
    void addPage(const ArticleListPage &page);
    /// True from a request until its page arrives.
    bool isLoading() const { return m_waiting; }
    /// More originals than the pages shown, and no page on its way.
    bool canFetchNextPage() const { return !m_waiting && m_fetched < m_matching; }
    /// Asks for the page after those shown (pageWanted), unless there is none or one is on its way.
    void fetchNextPage();

    /// The articles whose entities and dates are not found yet (never analysed, or stale): shown greyed, with why.
    void setNotAnalysed(const QSet<qint64> &ids);
    int notAnalysedCount() const { return int(m_notAnalysed.size()); }
    /// Replaces one article's metadata after an edit, keeping the selection where it is.
    void updateArticle(const Article &article);

    /// Every article of the casebook, copies included (counted by SQL, not the pages held).
    qint64 articleCount() const { return m_articles; }
    /// Top-level rows of the whole list under the quick filter (the originals matching it).
    qint64 matchingCount() const { return m_matching; }
    /// The articles of the pages shown so far (originals and their copies), in list order.
    QList<Article> loadedArticles() const;
    int loadedCount() const { return int(m_where.size()); }
    const Article *article(qint64 id) const;
    /// The model index showing an article (a child row for a copy), or an invalid index if it is not in the pages
    /// shown so far.
    QModelIndex indexOf(qint64 id, int column = TitleColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Rows drag into the report composer as report items (ReportItemMime).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Asks for the list in this order (the header's sort indicator); the rows shown stay until it arrives.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// A page to read: answer with addPage().
    void pageWanted(const casebook::ArticleListRequest &request);

private:
    struct Row
    {
        Article article;
        QList<Article> copies;
    };
    void ask(qint64 offset, qint64 limit);
    const Article *articleAt(const QModelIndex &index) const;
    /// Adds the page's originals that are not listed yet (rows move when articles arrive meanwhile) to `rows`.
    void appendRows(QList<Row> &rows, int firstRow, const ArticleListPage &page);

    QList<Row> m_rows; ///< the top-level rows shown, in order, with their copies
    QHash<qint64, std::pair<int, int>> m_where; ///< article id → (top-level row, row under it or -1)
    ArticleListRequest m_wanted; ///< the order and filter asked for last
    bool m_waiting = false;
    qint64 m_fetched = 0; ///< originals read by SQL so far in this order: where the next page starts
    qint64 m_matching = 0;
    qint64 m_articles = 0;
    int m_pageSize = 200;
    QSet<qint64> m_notAnalysed;
};

} // namespace casebook
