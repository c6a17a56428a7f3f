// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistquery.h"

#include "articlerows.h"
#include "sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

/// What the list shows of an article: no text, no hashes. `chars` and `duplicate_of` come after the text in the
/// row, so reading them walks the text's overflow pages: fine for a page of rows, which is why nothing here reads
/// them for every article.
constexpr auto listColumns = u"articles.id, title, source, language, published, published_precision, field_origins, "
                             u"path, chars, COALESCE(duplicate_of, 0)";

Article readListRow(const SqliteStatement &row)
{
    Article article;
    article.id = row.int64(0);
    article.meta.title = row.text(1);
    article.meta.source = row.text(2);
    article.meta.language = row.text(3);
    articlerows::readPublished(row, 4, article.meta);
    articlerows::readOrigins(row.text(6), article.meta);
    article.path = row.text(7);
    article.chars = row.int64(8);
    article.duplicateOf = row.int64(9);
    return article;
}

/// The quick filter: a LIKE pattern bound as ?1 (ASCII case ignored, as SQLite's LIKE does).
constexpr auto matchCondition = u"(title LIKE ?1 ESCAPE '\\' OR source LIKE ?1 ESCAPE '\\' "
                                u"OR language LIKE ?1 ESCAPE '\\' OR COALESCE(published, '') LIKE ?1 ESCAPE '\\')";

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

/// The originals of the list, as a prefix and a condition on `articles`: without a filter, every article that is
/// no one's copy (each order has an index over exactly those, so a page reads only its own rows); with one, the
/// originals that the chains of matching articles lead up to.
struct Originals
{
    QString with;
    QString condition;
};

Originals originals(bool filtered)
{
    if (!filtered)
        return { {}, u"articles.duplicate_of IS NULL"_s };
    return { u"WITH RECURSIVE matched(matched_id, up_id) AS (SELECT id, duplicate_of FROM articles WHERE %1 "
             u"UNION SELECT articles.id, articles.duplicate_of FROM articles JOIN matched ON articles.id = "
             u"matched.up_id) "_s.arg(matchCondition),
             u"articles.id IN (SELECT matched_id FROM matched WHERE up_id IS NULL)"_s };
}

QString orderBy(const ArticleListRequest &request)
{
    // In the order of ArticleListRequest::SortKey. ISO dates sort as dates do, undated articles first going up;
    // titles and sources ignore ASCII case.
    static const std::array<QString, 5> keys { u"published"_s, u"title COLLATE NOCASE"_s, u"source COLLATE NOCASE"_s,
                                               u"language"_s, u"chars"_s };
    const QString direction = request.descending ? u"DESC"_s : u"ASC"_s;
    // The id breaks ties, so that pages never overlap or skip a row.
    return u"ORDER BY %1 %2, articles.id %2"_s.arg(keys.at(size_t(request.sort)), direction);
}

} // namespace

ArticleListQuery::ArticleListQuery(SqliteDatabase &db)
    : m_db(db)
{ }

ArticleListPage ArticleListQuery::page(const ArticleListRequest &request) const
{
    ArticleListPage page;
    page.request = request;
    const bool filtered = !request.quickFilter.trimmed().isEmpty();
    const QString pattern = likePattern(request.quickFilter.trimmed());
    const Originals listed = originals(filtered);

    auto rows = m_db.prepare(listed.with
                             + u"SELECT %1 FROM articles WHERE %2 %3 LIMIT ?2 OFFSET ?3"_s.arg(
                                 listColumns, listed.condition, orderBy(request)));
    if (filtered)
        rows.bind(1, pattern);
    rows.bind(2, std::max<qint64>(0, request.limit)).bind(3, std::max<qint64>(0, request.offset));
    QJsonArray ids;
    while (rows.step()) {
        page.originals.append(readListRow(rows));
        ids.append(page.originals.last().id);
    }
    rows.reset();

    if (!page.originals.isEmpty()) {
        // Every copy of the page's originals, a copy of a copy under the original its chain leads to.
        auto copies = m_db.prepare(
            u"WITH RECURSIVE copies(copy_id, original_id) AS ("
            u"SELECT id, duplicate_of FROM articles WHERE duplicate_of IN (SELECT value FROM json_each(?2)) "
            u"UNION SELECT articles.id, copies.original_id FROM articles JOIN copies ON articles.duplicate_of = "
            u"copies.copy_id) "
            u"SELECT %1, copies.original_id FROM copies JOIN articles ON articles.id = copies.copy_id %2"_s.arg(
                listColumns, filtered ? u"WHERE "_s + matchCondition : QString()));
        if (filtered)
            copies.bind(1, pattern);
        copies.bind(2, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        while (copies.step())
            page.copiesOf[copies.int64(10)].append(readListRow(copies));
        // in the order they were added (sorted here: SQL would sort them in a temporary b-tree)
        for (QList<Article> &under : page.copiesOf)
            std::sort(under.begin(), under.end(), [](const Article &a, const Article &b) { return a.id < b.id; });
    }

    if (request.countTotals) {
        auto counted = m_db.prepare(
            filtered ? listed.with + u"SELECT count(*) FROM articles WHERE "_s + listed.condition
                     : u"SELECT count(*) FROM articles WHERE duplicate_of IS NULL"_s); // an originals' index
        if (filtered)
            counted.bind(1, pattern);
        counted.step();
        page.matchingOriginals = counted.int64(0);
        counted.reset();
        page.articles = m_db.scalar(u"SELECT count(*) FROM articles"_s);
    }
    return page;
}

QList<ArticleHeading> ArticleListQuery::headings(const QList<qint64> &ids) const
{
    QList<ArticleHeading> result;
    if (ids.isEmpty())
        return result;
    QJsonArray wanted;
    for (const qint64 id : ids)
        wanted.append(id);
    auto query = m_db.prepare(u"SELECT id, title, published FROM articles "
                              u"WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id"_s);
    query.bind(1, QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)));
    while (query.step()) {
        ArticleHeading heading;
        heading.id = query.int64(0);
        heading.title = query.text(1);
        if (!query.isNull(2))
            if (const auto date = PublicationDate::fromIso(query.text(2)))
                heading.published = date->date;
        result.append(heading);
    }
    return result;
}

} // namespace casebook
