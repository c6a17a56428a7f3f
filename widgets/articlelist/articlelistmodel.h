// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace casebook {

/// The articles of a casebook as a two-level table: date, title, source, language, size, with each article's
/// copies (reposts, near-duplicates) folded under it. Fed whole snapshots read on a worker thread, so the view
/// never waits on the database.
class ArticleListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, SourceColumn, LanguageColumn, SizeColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole, DuplicateOfRole, CopiesRole, AnalysedRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(QList<Article> articles);
    /// The articles whose entities and dates are not found yet (never analysed, or stale): shown greyed, with why.
    void setNotAnalysed(const QSet<qint64> &ids);
    int notAnalysedCount() const { return int(m_notAnalysed.size()); }
    /// Replaces one article's metadata after an edit, keeping the selection where it is.
    void updateArticle(const Article &article);

    const QList<Article> &articles() const { return m_articles; }
    int articleCount() const { return int(m_articles.size()); }
    const Article *article(qint64 id) const;
    /// The model index showing an article (a child row for a copy), or an invalid index.
    QModelIndex indexOf(qint64 id, int column = TitleColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Rows drag into the report composer as report items (ReportItemMime).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int articlePosition(const QModelIndex &index) const; ///< position in m_articles, or -1

    QList<Article> m_articles;
    QSet<qint64> m_notAnalysed;
    QHash<qint64, int> m_positionById;
    QList<int> m_topLevel; ///< positions of the rows shown at the top level
    QHash<int, QList<int>> m_copies; ///< top-level row → positions of its copies
    QHash<int, int> m_rowOfPosition; ///< position → its row (top-level row, or row under its original)
    QHash<int, int> m_parentRowOfCopy; ///< position of a copy → top-level row of its original
};

} // namespace casebook
