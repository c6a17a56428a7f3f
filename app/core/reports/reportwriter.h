// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolvedreport.h"

#include <QList>
#include <QString>
#include <memory>

class QIODevice;
class QTextDocument;

namespace casebook {

/// Note numbers and the list of cited sources, worked out once so that every format numbers and lists alike.
class CitationPlan
{
public:
    explicit CitationPlan(const ResolvedReport &report);
    /// Notes-bibliography: the note number (from 1) of an item's citation; 0 when it has none or the style is
    /// author-date.
    int noteNumber(qsizetype section, qsizetype item) const;
    /// Notes-bibliography: the text of note n at index n - 1.
    const QList<FormattedText> &notes() const { return m_notes; }
    /// Every source cited, once, in bibliography order.
    const QList<CitedSource> &sources() const { return m_sources; }
    const CitationFormatter &formatter() const { return m_formatter; }

private:
    CitationFormatter m_formatter;
    QList<QList<int>> m_noteNumbers;
    QList<FormattedText> m_notes;
    QList<CitedSource> m_sources;
};

/// Writes a resolved report as HTML, Markdown or PDF. All functions are pure and thread-safe except the PDF and
/// text-document ones, which need a QGuiApplication (fonts) and may run on any thread.
namespace ReportWriter {

/// How figures are embedded: `DataUri` gives one self-contained file; `Resource` names them "figure-N.png" for a
/// QTextDocument that holds them as resources.
enum class Images { DataUri, Resource };

QString html(const ResolvedReport &report, Images images = Images::DataUri);
/// CommonMark with footnotes (as GitHub and Pandoc read them) for notes-bibliography; figures as data URIs.
QString markdown(const ResolvedReport &report);
/// The report laid out for A4 pages, with its figures as resources and fonts that cover Chinese.
std::unique_ptr<QTextDocument> textDocument(const ResolvedReport &report);
/// Writes an A4 PDF (300 dpi) with page numbers to an open device (see writeFileAtomically).
void writePdf(const ResolvedReport &report, QIODevice &device);

} // namespace ReportWriter

} // namespace casebook
