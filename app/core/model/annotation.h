// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casebook {

/// What the analyst writes on a passage: a note, tags and a colour ("yellow", "green", "blue", "pink", "orange",
/// "purple" or "#rrggbb"; empty for the default).
struct AnnotationContent
{
    QString note;
    QStringList tags;
    QString color;
};

/// A tag with how many annotations carry it.
struct TagCount
{
    QString name;
    QString color;
    qint64 annotations = 0;
};

/// A passage of an article the analyst marked. The range is in UTF-16 offsets of the article's text; the quote with
/// the text just before and after it (the W3C Web Annotation TextQuoteSelector: prefix, exact, suffix) lets the
/// annotation find its passage again when the text changes. One that cannot is `orphaned`, never dropped.
struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    QString prefix;
    QString suffix;
    AnnotationContent content;
    bool orphaned = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace casebook
