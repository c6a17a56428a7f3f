// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "citation.h"
#include "model/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace casebook {

/// A report item with everything a writer needs, looked up in the casebook when the report is written: the quote
/// as the annotation holds it now, the article's metadata for its citation, an entity's type and aliases.
struct ResolvedItem
{
    ReportItem::Kind kind = ReportItem::Kind::Annotation;
    QString heading; ///< entity name, event date, article title; empty for annotations and figures
    QString quote; ///< the passage cited; empty when the item cites no passage
    QString annotationNote; ///< the note written on the annotation itself
    QStringList tags;
    QStringList details; ///< facts about an entity: its type, aliases, counts
    QString commentary; ///< the analyst's words on the item in this report
    std::optional<Citation> citation;
    QString problem; ///< why the item cannot be shown as it was added (e.g. its annotation was deleted), or empty
    QByteArray image; ///< figure: PNG
    QString caption; ///< figure caption
};

struct ResolvedSection
{
    QString heading;
    QString body;
    QList<ResolvedItem> items;
};

/// A report ready to be written in any format.
struct ResolvedReport
{
    QString title;
    CitationStyle style = CitationStyle::AuthorDate;
    QString casebookName; ///< the file's base name, for the colophon
    QDateTime writtenAt;
    QList<ResolvedSection> sections;
};

} // namespace casebook
