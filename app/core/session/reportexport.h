// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/report.h"
#include "reports/resolvedreport.h"

#include <QPromise>
#include <QString>
#include <QStringList>
#include <optional>

namespace casebook {

class CasebookStore;

enum class ExportFormat { Pdf, Html, Markdown, Csv, Json, Qdpx, CslJson, Ris };
QString exportFormatName(ExportFormat format); ///< "pdf", "html", "md", "csv", "json", "qdpx", "csl-json", "ris"
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString exportExtension(ExportFormat format); ///< without the dot
QList<ExportFormat> allExportFormats();

/// The tables CSV and JSON exports hold.
enum class ExportTable { Annotations, Entities, Events };
std::optional<ExportTable> exportTableFromName(const QString &name);

struct ExportRequest
{
    ExportFormat format = ExportFormat::Pdf;
    QString path; ///< the file to write (replaced whole, or left as it was on failure)
    /// The saved report to export. Empty: every annotation, grouped by its first tag (PDF, HTML, Markdown), and
    /// every annotated article (REFI-QDA, CSL-JSON, RIS).
    QString reportName;
    std::optional<CitationStyle> style; ///< overrides the report's style
    /// CSV: the table (annotations when unset); JSON: one table, or all three in one object when unset.
    std::optional<ExportTable> table;
};

struct ExportOutcome
{
    QString path;
    qint64 bytes = 0;
    int items = 0; ///< report items, rows or sources written
    int sources = 0; ///< articles cited
    int incompleteSources = 0; ///< cited articles whose metadata lacks a field the citation needs
    QStringList problems; ///< items that could not be shown as added (deleted annotation, orphaned passage ...)
};

/// Turns a report (or the casebook's annotations) into a file in any export format. Reads only.
namespace ReportExport {

/// Every annotation of the casebook as a report titled `title`: a section per tag (an annotation under its first
/// tag), untagged ones last, each section in the order of the articles' dates.
Report annotationsReport(CasebookStore &store, const QString &title);
/// Looks up what the report's items point at: quotes, article metadata and pages for citations, entities.
ResolvedReport resolve(CasebookStore &store, const Report &report);
/// The export job: opens its own read-only connection to `casebookPath` (WAL lets it read beside the writer),
/// reports progress per step and honours cancel (nothing is written then). Throws CasebookError for a missing
/// report, a target that is the casebook itself, or a file that cannot be written.
void run(QPromise<ExportOutcome> &promise, const QString &casebookPath, const ExportRequest &request);
/// The same on a store the caller holds (the CLI's, a test's).
ExportOutcome exportFrom(CasebookStore &store, const ExportRequest &request,
                         QPromise<ExportOutcome> *promise = nullptr);

} // namespace ReportExport

} // namespace casebook
