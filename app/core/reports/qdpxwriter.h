// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "citation.h"
#include "model/annotation.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace casebook {

/// What goes into a REFI-QDA project: articles as text sources with their annotations.
struct QdpxSource
{
    CitedSource source;
    QString text;
    QList<Annotation> annotations;
};

struct QdpxCode
{
    QString name;
    QString color; ///< "#rrggbb", a colour name the annotation store accepts, or empty
};

struct QdpxProject
{
    QString name;
    QList<QdpxCode> codes; ///< the casebook's tags
    QList<QdpxSource> sources;
};

/// Writes a REFI-QDA Project Exchange file (.qdpx, QDA-XML 1.0, "Project-mrt2019.xsd"): a ZIP holding
/// `project.qde` and `sources/<guid>.txt` (UTF-8). Articles are TextSources, annotations PlainTextSelections
/// (positions in Unicode code points, as the standard counts), their notes Descriptions, tags Codes with Codings.
/// GUIDs are name-based (UUID v5), so exporting the same casebook again gives the same GUIDs.
namespace QdpxWriter {
/// The project.qde document alone.
QByteArray projectXml(const QdpxProject &project);
/// The whole .qdpx archive; throws CasebookError when the archive cannot be made.
void write(const QdpxProject &project, QIODevice &device);
/// The archive path a source's text is stored at ("sources/<guid>.txt").
QString sourcePath(const QdpxSource &source);
} // namespace QdpxWriter

} // namespace casebook
