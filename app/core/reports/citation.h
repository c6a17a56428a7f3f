// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "model/report.h"

#include <QList>
#include <QString>
#include <optional>

namespace casebook {

/// A piece of formatted citation text: runs that are italic (the publication's name) or not. Writers turn it into
/// HTML, Markdown or plain text.
struct TextRun
{
    QString text;
    bool italic = false;
};
using FormattedText = QList<TextRun>;
QString toPlainText(const FormattedText &text);
QString toHtml(const FormattedText &text);
QString toMarkdown(const FormattedText &text);

/// What a citation names: the article's metadata as the casebook holds it, analyst corrections included.
struct CitedSource
{
    qint64 articleId = 0;
    QString title;
    QString source; ///< the publication
    QString author;
    QString url;
    QString fileName; ///< the imported file's name, cited when there is no URL
    PublicationDate published;

    static CitedSource fromArticle(const Article &article);
    /// The fields a citation needs that the casebook does not know: "author", "publication date", "source",
    /// "title", "URL or file". Empty when the citation is complete.
    QStringList missingFields() const;
};

/// A quote's citation: its source and, for paged originals (PDF), the page the quote starts on.
struct Citation
{
    CitedSource source;
    std::optional<int> page;
};

/// Formats citations in one of the Chicago Manual of Style's two systems. Nothing is invented: a missing date is
/// "n.d." (Chicago's own mark), a missing author is replaced by the publication as Chicago does for unsigned news
/// articles, and every entry or note whose source lacks a field ends with a notice naming what is missing.
class CitationFormatter
{
public:
    explicit CitationFormatter(CitationStyle style);
    CitationStyle style() const { return m_style; }

    /// Author-date: the parenthetical after a quote, e.g. "(Lin 2025, 3)".
    FormattedText parenthetical(const Citation &citation) const;
    /// Notes-bibliography: the note for a quote; the first note for a source is full, later ones short.
    FormattedText note(const Citation &citation, bool firstForSource) const;
    /// The source's entry in the reference list (author-date) or bibliography (notes-bibliography).
    FormattedText bibliographyEntry(const CitedSource &source) const;
    /// Sorts sources the way the list at the end of the report is ordered: by author (or publication), then date,
    /// then title.
    static void sortForBibliography(QList<CitedSource> &sources);
    /// "Incomplete metadata: no author, no publication date." or empty.
    static QString incompleteNotice(const CitedSource &source);
    /// "February 26, 2025", "February 2025", "2025", or "n.d.".
    static QString longDate(const PublicationDate &date);

private:
    static void appendCreator(FormattedText &text, const CitedSource &source);
    CitationStyle m_style;
};

} // namespace casebook
