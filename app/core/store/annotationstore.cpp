// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "sqlitedatabase.h"
#include "util/casebookerror.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// How many characters `before` and the stored prefix share at their ends, and `after` and the suffix at their
/// starts: how well a candidate place matches where the quote was.
int contextScore(const QString &text, qsizetype start, qsizetype end, const QString &prefix, const QString &suffix)
{
    int score = 0;
    for (qsizetype i = 1; i <= prefix.size() && start - i >= 0; ++i, ++score)
        if (text.at(start - i) != prefix.at(prefix.size() - i))
            break;
    for (qsizetype i = 0; i < suffix.size() && end + i < text.size(); ++i, ++score)
        if (text.at(end + i) != suffix.at(i))
            break;
    return score;
}

QString cleanColor(const QString &color)
{
    const QString trimmed = color.trimmed().toLower();
    if (!AnnotationStore::isValidColor(trimmed))
        throw CasebookError(u"\"%1\" is not an annotation colour; use yellow, green, blue, pink, orange, purple or "
                            u"#rrggbb."_s.arg(color));
    return trimmed;
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (!name.isEmpty() && !clean.contains(name, Qt::CaseInsensitive))
            clean.append(name);
    }
    return clean;
}

Annotation readAnnotation(const SqliteDatabase &db, const SqliteStatement &row)
{
    Annotation a;
    a.id = row.int64(0);
    a.articleId = row.int64(1);
    a.start = row.int64(2);
    a.end = row.int64(3);
    a.quote = row.text(4);
    a.prefix = row.text(5);
    a.suffix = row.text(6);
    a.content.note = row.text(7);
    a.content.color = row.text(8);
    a.orphaned = row.int64(9) != 0;
    a.createdAt = QDateTime::fromString(row.text(10), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(row.text(11), Qt::ISODateWithMs);
    auto tags = db.prepare(u"SELECT t.name FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
                           u"WHERE x.annotation_id = ?1 ORDER BY t.name COLLATE NOCASE"_s);
    tags.bind(1, a.id);
    while (tags.step())
        a.content.tags.append(tags.text(0));
    return a;
}

constexpr auto annotationColumns = u"id, article_id, start, end, quote, prefix, suffix, note, color, orphaned, "
                                   u"created_at, updated_at";

} // namespace

AnnotationStore::AnnotationStore(SqliteDatabase &db)
    : m_db(db)
{ }

bool AnnotationStore::isValidColor(const QString &color)
{
    static const QStringList names = { u"yellow"_s, u"green"_s, u"blue"_s, u"pink"_s, u"orange"_s, u"purple"_s };
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    return color.isEmpty() || names.contains(color.toLower()) || hex.match(color).hasMatch();
}

QString AnnotationStore::articleText(qint64 articleId, bool *exists) const
{
    auto query = m_db.prepare(u"SELECT text FROM article_texts WHERE id = ?1"_s);
    query.bind(1, articleId);
    *exists = query.step();
    return *exists ? query.text(0) : QString();
}

Annotation AnnotationStore::annotate(qint64 articleId, const QString &quote, int occurrence,
                                     const AnnotationContent &content)
{
    bool exists = false;
    const QString text = articleText(articleId, &exists);
    if (!exists)
        throw CasebookError(u"There is no article %1."_s.arg(articleId));
    if (quote.isEmpty())
        throw CasebookError(u"The quote to annotate is empty."_s);
    if (occurrence < 1)
        throw CasebookError(u"The occurrence counts from 1, not %1."_s.arg(occurrence));
    qsizetype at = -1;
    int found = 0;
    for (qsizetype from = 0; found < occurrence; from = at + 1) {
        at = text.indexOf(quote, from);
        if (at < 0)
            break;
        ++found;
    }
    if (at < 0)
        throw CasebookError(
            found == 0 ? u"Article %1 does not contain \"%2\"."_s.arg(articleId).arg(quote)
                       : u"Article %1 contains \"%2\" %3 time(s), not %4."_s.arg(articleId).arg(quote).arg(found).arg(
                           occurrence));
    return annotateRange(articleId, at, at + quote.size(), content);
}

Annotation AnnotationStore::annotateRange(qint64 articleId, qsizetype start, qsizetype end,
                                          const AnnotationContent &content)
{
    bool exists = false;
    const QString text = articleText(articleId, &exists);
    if (!exists)
        throw CasebookError(u"There is no article %1."_s.arg(articleId));
    if (start < 0 || end > text.size() || start >= end)
        throw CasebookError(u"%1..%2 is not a passage of article %3 (its text has %4 characters)."_s.arg(start)
                                .arg(end)
                                .arg(articleId)
                                .arg(text.size()));
    const QString color = cleanColor(content.color);
    const QString now = nowIso();
    SqliteTransaction transaction(m_db);
    auto insert = m_db.prepare(u"INSERT INTO annotations (article_id, start, end, quote, prefix, suffix, note, color, "
                               u"created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"_s);
    insert.bind(1, articleId).bind(2, qint64(start)).bind(3, qint64(end)).bind(4, text.mid(start, end - start));
    insert.bind(5, text.mid(std::max<qsizetype>(0, start - contextLength), std::min<qsizetype>(start, contextLength)));
    insert.bind(6, text.mid(end, contextLength)).bind(7, content.note).bind(8, color).bind(9, now);
    insert.exec();
    const qint64 id = m_db.lastInsertId();
    writeTags(id, content.tags);
    transaction.commit();
    return *annotation(id);
}

void AnnotationStore::writeTags(qint64 annotationId, const QStringList &tags)
{
    auto clear = m_db.prepare(u"DELETE FROM annotation_tags WHERE annotation_id = ?1"_s);
    clear.bind(1, annotationId);
    clear.exec();
    auto tag = m_db.prepare(u"INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING"_s);
    auto link = m_db.prepare(u"INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) "
                             u"SELECT ?1, id FROM tags WHERE name = ?2"_s);
    for (const QString &name : cleanTags(tags)) {
        tag.bind(1, name);
        tag.exec();
        link.bind(1, annotationId).bind(2, name);
        link.exec();
    }
}

void AnnotationStore::edit(qint64 id, const AnnotationContent &content)
{
    if (!annotation(id))
        throw CasebookError(u"There is no annotation %1."_s.arg(id));
    const QString color = cleanColor(content.color);
    SqliteTransaction transaction(m_db);
    auto update = m_db.prepare(u"UPDATE annotations SET note = ?2, color = ?3, updated_at = ?4 WHERE id = ?1"_s);
    update.bind(1, id).bind(2, content.note).bind(3, color).bind(4, nowIso());
    update.exec();
    writeTags(id, content.tags);
    transaction.commit();
}

void AnnotationStore::remove(qint64 id)
{
    if (!annotation(id))
        throw CasebookError(u"There is no annotation %1."_s.arg(id));
    auto drop = m_db.prepare(u"DELETE FROM annotations WHERE id = ?1"_s);
    drop.bind(1, id);
    drop.exec();
}

void AnnotationStore::restore(const Annotation &a)
{
    if (annotation(a.id))
        throw CasebookError(u"Annotation %1 is already there."_s.arg(a.id));
    SqliteTransaction transaction(m_db);
    auto insert = m_db.prepare(u"INSERT INTO annotations (id, article_id, start, end, quote, prefix, suffix, note, "
                               u"color, orphaned, created_at, updated_at) "
                               u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s);
    insert.bind(1, a.id).bind(2, a.articleId).bind(3, qint64(a.start)).bind(4, qint64(a.end)).bind(5, a.quote);
    insert.bind(6, a.prefix).bind(7, a.suffix).bind(8, a.content.note).bind(9, cleanColor(a.content.color));
    insert.bind(10, a.orphaned ? 1 : 0).bind(11, a.createdAt.toString(Qt::ISODateWithMs));
    insert.bind(12, nowIso());
    insert.exec();
    writeTags(a.id, a.content.tags);
    reanchor(a.articleId); // the text may have changed meanwhile
    transaction.commit();
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    auto query = m_db.prepare(u"SELECT %1 FROM annotations WHERE id = ?1"_s.arg(annotationColumns));
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readAnnotation(m_db, query);
}

QList<Annotation> AnnotationStore::annotations(const AnnotationFilter &filter) const
{
    QList<Annotation> result;
    auto query = m_db.prepare(
        u"SELECT %1 FROM annotations a WHERE (?1 = 0 OR a.article_id = ?1) AND (?2 = '' OR EXISTS (SELECT 1 FROM "
        u"annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id AND t.name = ?2)) "
        u"ORDER BY a.article_id, a.orphaned, a.start, a.id"_s.arg(annotationColumns));
    query.bind(1, filter.articleId).bind(2, filter.tag.simplified());
    while (query.step())
        result.append(readAnnotation(m_db, query));
    return result;
}

QList<TagCount> AnnotationStore::tags() const
{
    QList<TagCount> result;
    auto query = m_db.prepare(u"SELECT t.name, t.color, (SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id) "
                              u"FROM tags t ORDER BY t.name COLLATE NOCASE"_s);
    while (query.step())
        result.append({ query.text(0), query.text(1), query.int64(2) });
    return result;
}

void AnnotationStore::renameTag(const QString &from, const QString &to)
{
    const QString name = to.simplified();
    if (name.isEmpty())
        throw CasebookError(u"The new name for the tag \"%1\" is empty."_s.arg(from));
    auto find = m_db.prepare(u"SELECT id FROM tags WHERE name = ?1"_s);
    find.bind(1, from.simplified());
    if (!find.step())
        throw CasebookError(u"There is no tag \"%1\"."_s.arg(from));
    const qint64 fromId = find.int64(0);
    SqliteTransaction transaction(m_db);
    auto target = m_db.prepare(u"SELECT id FROM tags WHERE name = ?1 AND id <> ?2"_s);
    target.bind(1, name).bind(2, fromId);
    if (target.step()) {
        // A tag of that name exists: its annotations and these become one tag.
        const qint64 intoId = target.int64(0);
        auto move = m_db.prepare(u"INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) "
                                 u"SELECT annotation_id, ?2 FROM annotation_tags WHERE tag_id = ?1"_s);
        move.bind(1, fromId).bind(2, intoId);
        move.exec();
        auto drop = m_db.prepare(u"DELETE FROM tags WHERE id = ?1"_s);
        drop.bind(1, fromId);
        drop.exec();
    } else {
        auto rename = m_db.prepare(u"UPDATE tags SET name = ?2 WHERE id = ?1"_s);
        rename.bind(1, fromId).bind(2, name);
        rename.exec();
    }
    transaction.commit();
}

void AnnotationStore::setTagColor(const QString &name, const QString &color)
{
    auto update = m_db.prepare(u"UPDATE tags SET color = ?2 WHERE name = ?1"_s);
    update.bind(1, name.simplified()).bind(2, cleanColor(color));
    update.exec();
    if (m_db.changes() == 0)
        throw CasebookError(u"There is no tag \"%1\"."_s.arg(name));
}

int AnnotationStore::reanchor(qint64 articleId)
{
    bool exists = false;
    const QString text = articleText(articleId, &exists);
    const QList<Annotation> anchored = annotations({ {}, articleId });
    auto update = m_db.prepare(u"UPDATE annotations SET start = ?2, end = ?3, orphaned = ?4 WHERE id = ?1"_s);
    int orphaned = 0;
    for (const Annotation &a : anchored) {
        qsizetype start = a.start;
        bool found = exists && text.mid(a.start, a.end - a.start) == a.quote;
        if (exists && !found) {
            int bestScore = -1;
            for (qsizetype at = text.indexOf(a.quote); at >= 0; at = text.indexOf(a.quote, at + 1)) {
                const int score = contextScore(text, at, at + a.quote.size(), a.prefix, a.suffix);
                // The best-matching surroundings win; between equals, the place nearest to where it was.
                if (score > bestScore || (score == bestScore && qAbs(at - a.start) < qAbs(start - a.start))) {
                    bestScore = score;
                    start = at;
                    found = true;
                }
            }
        }
        orphaned += found ? 0 : 1;
        update.bind(1, a.id).bind(2, qint64(start)).bind(3, qint64(start + a.quote.size())).bind(4, found ? 0 : 1);
        update.exec();
    }
    return orphaned;
}

} // namespace casebook
