// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/article.h"

#include <QAbstractTableModel>
#include <QHash>

namespace casebook {

/// The articles of a casebook as a table: date, title, source, language, size. Fed whole snapshots (a list read
/// on a worker thread), so the view never waits on the database.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, SourceColumn, LanguageColumn, SizeColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole, DuplicateOfRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(QList<Article> articles);
    /// Replaces one article's metadata after an edit, keeping the selection where it is.
    void updateArticle(const Article &article);
    const Article *articleAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Article> m_articles;
    QHash<qint64, int> m_rowById;
};

} // namespace casebook
