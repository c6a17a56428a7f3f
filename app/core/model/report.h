// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace casebook {

/// How quotes are cited. The Chicago Manual of Style's pair, the field's reference: author-date puts "(Author
/// 2025, 3)" after a quote and a reference list at the end; notes-bibliography numbers a note per quote and ends
/// with a bibliography.
enum class CitationStyle { AuthorDate, NotesBibliography };
QString citationStyleName(CitationStyle style); ///< "author-date", "notes-bibliography"
std::optional<CitationStyle> citationStyleFromName(const QString &name);

/// One thing a report section holds, in the analyst's order, with the analyst's words about it.
struct ReportItem
{
    enum class Kind {
        Annotation, ///< `refId` is the annotation; its quote and article are looked up when the report is written
        Article, ///< `refId` is the article (e.g. a search result); `caption` an optional quote from it
        Entity, ///< `caption` is the entity's name (entity ids change when entities are rebuilt; names do not)
        Event, ///< `refId` is the article; `caption` the event's date and sentence as they were when added
        Figure, ///< `image` is a PNG rendered at print resolution; `caption` says what it shows
    };
    qint64 id = 0;
    Kind kind = Kind::Annotation;
    qint64 refId = 0;
    QString caption;
    QString commentary;
    QByteArray image;
};
QString reportItemKindName(ReportItem::Kind kind); ///< "annotation", "article", "entity", "event", "figure"
std::optional<ReportItem::Kind> reportItemKindFromName(const QString &name);

struct ReportSection
{
    qint64 id = 0;
    QString heading;
    QString body; ///< the analyst's text before the items; paragraphs separated by blank lines
    QList<ReportItem> items;
};

/// A report as the analyst composes it; saved in the casebook under its `name` (unique, compared without case).
struct Report
{
    qint64 id = 0;
    QString name;
    QString title;
    CitationStyle style = CitationStyle::AuthorDate;
    QList<ReportSection> sections;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace casebook
