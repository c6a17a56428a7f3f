// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "metadataeditor/metadataeditor.h"
#include "reports/reportitemmime.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// Internal ids: 0 marks a top-level row; a copy's row carries its original's top-level row plus one.
constexpr quintptr topLevelId = 0;
} // namespace

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ArticleListModel::setPageSize(int originals)
{
    m_pageSize = std::max(1, originals);
}

void ArticleListModel::ask(qint64 offset, qint64 limit)
{
    ArticleListRequest request = m_wanted;
    request.offset = offset;
    request.limit = limit;
    request.countTotals = offset == 0;
    m_waiting = true;
    Q_EMIT pageWanted(request);
}

void ArticleListModel::reload()
{
    // As far as the analyst had scrolled, so that the row they were on is there again.
    const qint64 scrolled = (m_fetched + m_pageSize - 1) / m_pageSize * m_pageSize;
    ask(0, std::max<qint64>(m_pageSize, scrolled));
}

void ArticleListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_where.clear();
    m_fetched = 0;
    m_matching = 0;
    m_articles = 0;
    m_waiting = false;
    endResetModel();
}

void ArticleListModel::setQuickFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_wanted.quickFilter)
        return;
    m_wanted.quickFilter = trimmed;
    ask(0, m_pageSize);
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ArticleListRequest::SortKey> keys {
        { DateColumn, ArticleListRequest::SortKey::Published },
        { TitleColumn, ArticleListRequest::SortKey::Title },
        { SourceColumn, ArticleListRequest::SortKey::Source },
        { LanguageColumn, ArticleListRequest::SortKey::Language },
        { SizeColumn, ArticleListRequest::SortKey::Size },
    };
    if (!keys.contains(column))
        return;
    const ArticleListRequest::SortKey key = keys.value(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_wanted.sort && descending == m_wanted.descending)
        return;
    m_wanted.sort = key;
    m_wanted.descending = descending;
    ask(0, m_pageSize);
}

void ArticleListModel::fetchNextPage()
{
    if (canFetchNextPage())
        ask(m_fetched, m_pageSize);
}

void ArticleListModel::appendRows(QList<Row> &rows, int firstRow, const ArticleListPage &page)
{
    for (const Article &original : page.originals) {
        if (m_where.contains(original.id))
            continue; // listed on an earlier page: articles arrived meanwhile and moved the rows
        const int row = firstRow + int(rows.size());
        m_where.insert(original.id, { row, -1 });
        Row added { original, {} };
        for (const Article &copy : page.copiesOf.value(original.id)) {
            if (m_where.contains(copy.id))
                continue;
            m_where.insert(copy.id, { row, int(added.copies.size()) });
            added.copies.append(copy);
        }
        rows.append(std::move(added));
    }
}

void ArticleListModel::addPage(const ArticleListPage &page)
{
    const ArticleListRequest &asked = page.request;
    if (!asked.sameListAs(m_wanted) || (asked.offset != 0 && (asked.offset != m_fetched || !m_waiting)))
        return; // superseded, or not the page awaited
    m_waiting = false;
    if (asked.countTotals) {
        m_matching = page.matchingOriginals;
        m_articles = page.articles;
    }
    if (asked.offset == 0) {
        beginResetModel();
        m_rows.clear();
        m_where.clear();
        appendRows(m_rows, 0, page);
        m_fetched = page.originals.size();
        endResetModel();
        return;
    }
    m_fetched += page.originals.size();
    QList<Row> rows;
    const int first = int(m_rows.size());
    appendRows(rows, first, page);
    if (rows.isEmpty())
        return;
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

QList<Article> ArticleListModel::loadedArticles() const
{
    QList<Article> articles;
    articles.reserve(m_where.size());
    for (const Row &row : m_rows) {
        articles.append(row.article);
        articles.append(row.copies);
    }
    return articles;
}

void ArticleListModel::updateArticle(const Article &article)
{
    const auto where = m_where.constFind(article.id);
    if (where == m_where.cend())
        return;
    Article updated = article;
    updated.text.clear(); // the list keeps metadata only
    updated.pages.clear();
    Row &row = m_rows[where->first];
    (where->second < 0 ? row.article : row.copies[where->second]) = std::move(updated);
    const QModelIndex first = indexOf(article.id, 0);
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

const Article *ArticleListModel::article(qint64 id) const
{
    const auto where = m_where.constFind(id);
    if (where == m_where.cend())
        return nullptr;
    const Row &row = m_rows.at(where->first);
    return where->second < 0 ? &row.article : &row.copies.at(where->second);
}

QModelIndex ArticleListModel::indexOf(qint64 id, int column) const
{
    const auto where = m_where.constFind(id);
    if (where == m_where.cend())
        return {};
    if (where->second < 0)
        return createIndex(where->first, column, topLevelId);
    return createIndex(where->second, column, quintptr(where->first + 1));
}

const Article *ArticleListModel::articleAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == topLevelId)
        return index.row() < m_rows.size() ? &m_rows.at(index.row()).article : nullptr;
    const int parentRow = int(index.internalId() - 1);
    if (parentRow >= m_rows.size() || index.row() >= m_rows.at(parentRow).copies.size())
        return nullptr;
    return &m_rows.at(parentRow).copies.at(index.row());
}

QModelIndex ArticleListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, topLevelId) : QModelIndex();
    if (parent.internalId() != topLevelId || parent.row() >= m_rows.size())
        return {};
    return row < m_rows.at(parent.row()).copies.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                                       : QModelIndex();
}

QModelIndex ArticleListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevelId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevelId);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != topLevelId || parent.row() >= m_rows.size())
        return 0;
    return int(m_rows.at(parent.row()).copies.size());
}

bool ArticleListModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

int ArticleListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const Article *article = articleAt(index);
    if (!article)
        return {};
    const ArticleMetadata &meta = article->meta;
    const qsizetype copies = index.internalId() == topLevelId ? m_rows.at(index.row()).copies.size() : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return meta.published.toIso();
        case TitleColumn: {
            const QString title = meta.title.isEmpty() ? tr("(untitled)") : meta.title;
            return copies ? tr("%1  (+%n copies)", nullptr, int(copies)).arg(title) : title;
        }
        case SourceColumn:
            return meta.source;
        case LanguageColumn:
            return meta.language;
        case SizeColumn:
            return QLocale().toString(article->chars);
        }
        break;
    case Qt::ForegroundRole:
        if (m_notAnalysed.contains(article->id))
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case AnalysedRole:
        return !m_notAnalysed.contains(article->id);
    case Qt::ToolTipRole:
        if (m_notAnalysed.contains(article->id))
            return tr("Not analysed yet: its people, organisations, places and dates are not found. "
                      "Article › Analyse Articles Not Yet Analysed.");
        if (index.column() == DateColumn && meta.published.isValid())
            return tr("Date from: %1").arg(MetadataEditor::originLabel(meta.origin(ArticleField::Published)));
        if (article->duplicateOf)
            return tr("A copy of article %1\n%2").arg(article->duplicateOf).arg(article->path);
        return QString(meta.title % u"\n"_s % article->path);
    case Qt::FontRole:
        if (article->duplicateOf) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return article->id;
    case DuplicateOfRole:
        return article->duplicateOf;
    case CopiesRole:
        return qint64(copies);
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case LanguageColumn:
        return tr("Language");
    case SizeColumn:
        return tr("Characters");
    }
    return {};
}

void ArticleListModel::setNotAnalysed(const QSet<qint64> &ids)
{
    if (ids == m_notAnalysed)
        return;
    m_notAnalysed = ids;
    if (m_rows.isEmpty())
        return;
    const QList<int> roles { Qt::ForegroundRole, Qt::ToolTipRole, AnalysedRole };
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
    for (int row = 0; row < m_rows.size(); ++row) {
        const qsizetype copies = m_rows.at(row).copies.size();
        if (copies > 0) {
            const QModelIndex parent = index(row, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(int(copies) - 1, ColumnCount - 1, parent), roles);
        }
    }
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    return QAbstractItemModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList ArticleListModel::mimeTypes() const
{
    return { QString::fromLatin1(ReportItemMime::mimeType) };
}

QMimeData *ArticleListModel::mimeData(const QModelIndexList &indexes) const
{
    return ReportItemMime::encodeRows(indexes, [this](int row) {
        ReportItem item;
        item.kind = ReportItem::Kind::Article;
        item.refId = index(row, 0).data(ArticleIdRole).toLongLong();
        return item;
    });
}

} // namespace casebook
