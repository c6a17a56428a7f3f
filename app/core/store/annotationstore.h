// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QList>
#include <optional>

namespace casebook {

class SqliteDatabase;

/// Which annotations to list; empty fields match everything.
struct AnnotationFilter
{
    QString tag; ///< compared without case
    qint64 articleId = 0;
};

/// The annotations of a casebook (format 6) on a connection it does not own: the writer's for changes, a reader's
/// for lists. Throws CasebookError, naming the article, quote or annotation, when a request cannot be met.
class AnnotationStore
{
public:
    /// Characters of text kept before and after a quote to find it again.
    static constexpr int contextLength = 32;

    explicit AnnotationStore(SqliteDatabase &db);

    /// Annotates the `occurrence`-th appearance (from 1) of `quote` in the article's text.
    Annotation annotate(qint64 articleId, const QString &quote, int occurrence, const AnnotationContent &content);
    /// Annotates a range of the article's text (UTF-16 offsets, end exclusive), as the document pane selects it.
    Annotation annotateRange(qint64 articleId, qsizetype start, qsizetype end, const AnnotationContent &content);
    /// Replaces the note, tags and colour.
    void edit(qint64 id, const AnnotationContent &content);
    void remove(qint64 id);
    /// Puts back an annotation remove() took, as it was (same id, range, quote and context, content), e.g. for undo.
    void restore(const Annotation &annotation);

    std::optional<Annotation> annotation(qint64 id) const;
    /// By article, then position; orphaned ones after the others of their article.
    QList<Annotation> annotations(const AnnotationFilter &filter = {}) const;

    /// Every tag, by name, with how many annotations carry it.
    QList<TagCount> tags() const;
    /// Renames a tag; when `to` is a tag already, the two become one (a merge).
    void renameTag(const QString &from, const QString &to);
    void setTagColor(const QString &name, const QString &color);

    /// Finds the article's annotations in its current text again: the same range when the quote is still there,
    /// else the appearance of the quote whose surroundings best match the stored prefix and suffix; an annotation
    /// whose quote is gone (or whose article is) is flagged orphaned. Returns how many are orphaned.
    int reanchor(qint64 articleId);

    /// Whether `color` is one the store accepts (see AnnotationContent).
    static bool isValidColor(const QString &color);

private:
    void writeTags(qint64 annotationId, const QStringList &tags);
    QString articleText(qint64 articleId, bool *exists) const;

    SqliteDatabase &m_db;
};

} // namespace casebook
