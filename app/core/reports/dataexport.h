// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisrecords.h"
#include "citation.h"
#include "model/annotation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// An annotation with the metadata of its article, for exports that must carry their citation.
struct CitedAnnotation
{
    Annotation annotation;
    CitedSource source;
    std::optional<int> page;
};

/// An event with its article's metadata.
struct CitedEvent
{
    StoredEvent event;
    CitedSource source;
};

/// Table exports: RFC 4180 CSV (UTF-8 with a byte-order mark so spreadsheet programs read Chinese right, CRLF line
/// ends, every field quoted when it holds a comma, quote or line break) and JSON arrays of objects. Column names
/// are the JSON keys.
namespace DataExport {

QByteArray csv(const QStringList &header, const QList<QStringList> &rows);
/// Reads back what csv() writes (and any RFC 4180 file): rows of fields, the header first. For tests and imports.
QList<QStringList> parseCsv(const QByteArray &bytes);

/// The fields every annotation listing shares: id, article, start, end, quote, note, tags, color, orphaned.
QJsonObject annotationJson(const Annotation &annotation);
QStringList annotationColumns();
QList<QStringList> annotationRows(const QList<CitedAnnotation> &annotations);
QJsonArray annotationsJson(const QList<CitedAnnotation> &annotations);

QStringList entityColumns();
QList<QStringList> entityRows(const QList<StoredEntity> &entities);
QJsonArray entitiesJson(const QList<StoredEntity> &entities);

QStringList eventColumns();
QList<QStringList> eventRows(const QList<CitedEvent> &events);
QJsonArray eventsJson(const QList<CitedEvent> &events);

/// CSL-JSON (the Citation Style Language's data format, which Zotero, Mendeley and Pandoc read): one
/// "article-newspaper" item per source, id "casebook-<article id>"; absent fields are left out, never made up.
QByteArray cslJson(const QList<CitedSource> &sources);
/// RIS (TY NEWS records), the tagged format every reference manager imports; UTF-8.
QByteArray ris(const QList<CitedSource> &sources);

} // namespace DataExport

} // namespace casebook
