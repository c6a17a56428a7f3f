// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include <QFont>
#include <QIODevice>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

constexpr int pdfResolution = 300;
/// Figures are drawn this many CSS pixels wide: the text column of an A4 page with 2 cm margins.
constexpr int figureWidth = 640;

QString styleName(CitationStyle style)
{
    return style == CitationStyle::AuthorDate ? u"Chicago author-date"_s : u"Chicago notes and bibliography"_s;
}

/// Paragraphs are separated by blank lines; single line breaks inside one are kept.
QStringList paragraphs(const QString &text)
{
    QStringList list;
    for (const QString &paragraph : text.split(u"\n\n"_s, Qt::SkipEmptyParts))
        if (!paragraph.trimmed().isEmpty())
            list << paragraph.trimmed();
    return list;
}

QString htmlParagraphs(const QString &text, const QString &cssClass = {})
{
    QString html;
    const QString open = cssClass.isEmpty() ? u"<p>"_s : u"<p class=\"%1\">"_s.arg(cssClass);
    for (const QString &paragraph : paragraphs(text))
        html += open + paragraph.toHtmlEscaped().replace(u'\n', u"<br/>"_s) + u"</p>\n"_s;
    return html;
}

QString markdownEscaped(const QString &text)
{
    return toMarkdown({ { text, false } });
}

QString markdownParagraphs(const QString &text, const QString &prefix = {})
{
    QStringList blocks;
    for (const QString &paragraph : paragraphs(text)) {
        QString block = markdownEscaped(paragraph);
        block.replace(u'\n', u"  \n"_s + prefix);
        blocks << prefix + block;
    }
    return blocks.join(u"\n"_s + prefix.trimmed() + u"\n"_s);
}

QString quoted(const QString &quote)
{
    return u"\u201c"_s + quote.simplified() + u"\u201d"_s;
}

const QString htmlStyle = uR"css(
body { font-family: "DejaVu Serif", "Noto Serif", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif;
       font-size: 11pt; line-height: 1.45; max-width: 46em; margin: 2em auto; color: #1d1d1f; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; margin-top: 1.4em; border-bottom: 1px solid #ccc; }
h3 { font-size: 12pt; margin-bottom: 0.2em; }
p.colophon { color: #666; font-size: 9pt; }
blockquote { margin: 0.6em 0 0.6em 1.5em; padding-left: 0.8em; border-left: 3px solid #b8b8b8; }
p.quote { margin-left: 1.5em; font-style: normal; }
span.cite { color: #333; }
p.annotation-note { margin-left: 1.5em; color: #444; font-size: 10pt; }
p.details { color: #555; font-size: 10pt; }
p.problem { color: #a02020; font-size: 10pt; }
p.caption { text-align: center; font-size: 9pt; color: #444; }
p.figure { text-align: center; }
p.entry { margin-left: 2em; text-indent: -2em; }
span.tags { color: #555; font-size: 9pt; }
)css"_s;

} // namespace

CitationPlan::CitationPlan(const ResolvedReport &report)
    : m_formatter(report.style)
{
    QHash<qint64, bool> seen;
    for (const ResolvedSection &section : report.sections) {
        QList<int> numbers;
        for (const ResolvedItem &item : section.items) {
            int number = 0;
            if (item.citation) {
                const bool first = !seen.contains(item.citation->source.articleId);
                if (first) {
                    seen.insert(item.citation->source.articleId, true);
                    m_sources.append(item.citation->source);
                }
                if (report.style == CitationStyle::NotesBibliography) {
                    m_notes.append(m_formatter.note(*item.citation, first));
                    number = int(m_notes.size());
                }
            }
            numbers.append(number);
        }
        m_noteNumbers.append(numbers);
    }
    CitationFormatter::sortForBibliography(m_sources);
}

int CitationPlan::noteNumber(qsizetype section, qsizetype item) const
{
    if (section < 0 || section >= m_noteNumbers.size() || item < 0 || item >= m_noteNumbers.at(section).size())
        return 0;
    return m_noteNumbers.at(section).at(item);
}

namespace ReportWriter {

QString html(const ResolvedReport &report, Images images)
{
    const CitationPlan plan(report);
    const bool notes = report.style == CitationStyle::NotesBibliography;
    QString out;
    out += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/>\n<title>"_s + report.title.toHtmlEscaped()
        + u"</title>\n<style>"_s + htmlStyle + u"</style>\n</head><body>\n"_s;
    out += u"<h1>"_s + report.title.toHtmlEscaped() + u"</h1>\n"_s;
    out += u"<p class=\"colophon\">From the casebook %1, written %2. Citations: %3.</p>\n"_s.arg(
        report.casebookName.toHtmlEscaped(),
        QLocale(QLocale::English).toString(report.writtenAt.date(), u"MMMM d, yyyy"_s), styleName(report.style));

    auto citationHtml = [&](const ResolvedItem &item, qsizetype s, qsizetype i) -> QString {
        if (!item.citation)
            return {};
        if (notes)
            return u"<sup><a href=\"#note-%1\">%1</a></sup>"_s.arg(plan.noteNumber(s, i));
        QString cite
            = u" <span class=\"cite\">"_s + toHtml(plan.formatter().parenthetical(*item.citation)) + u"</span>"_s;
        if (!item.citation->source.missingFields().isEmpty())
            cite += u" <span class=\"problem\">[incomplete citation]</span>"_s;
        return cite;
    };

    int figureNumber = 0;
    for (qsizetype s = 0; s < report.sections.size(); ++s) {
        const ResolvedSection &section = report.sections.at(s);
        if (!section.heading.isEmpty())
            out += u"<h2>"_s + section.heading.toHtmlEscaped() + u"</h2>\n"_s;
        out += htmlParagraphs(section.body);
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const ResolvedItem &item = section.items.at(i);
            if (!item.problem.isEmpty())
                out += u"<p class=\"problem\">"_s + item.problem.toHtmlEscaped() + u"</p>\n"_s;
            switch (item.kind) {
            case ReportItem::Kind::Figure: {
                ++figureNumber;
                QString source;
                if (images == Images::DataUri)
                    source = u"data:image/png;base64,"_s + QString::fromLatin1(item.image.toBase64());
                else
                    source = u"figure-%1.png"_s.arg(figureNumber);
                if (!item.image.isEmpty())
                    out += u"<p class=\"figure\"><img src=\"%1\" width=\"%2\" alt=\"%3\"/></p>\n"_s.arg(
                        source, QString::number(figureWidth), item.caption.toHtmlEscaped());
                out += u"<p class=\"caption\">Figure %1. %2</p>\n"_s.arg(figureNumber)
                           .arg(item.caption.toHtmlEscaped());
                break;
            }
            case ReportItem::Kind::Entity:
                out += u"<h3>"_s + item.heading.toHtmlEscaped() + u"</h3>\n"_s;
                if (!item.details.isEmpty())
                    out += u"<p class=\"details\">"_s + item.details.join(u" \u00b7 "_s).toHtmlEscaped() + u"</p>\n"_s;
                break;
            case ReportItem::Kind::Event:
            case ReportItem::Kind::Article:
            case ReportItem::Kind::Annotation:
                if (!item.heading.isEmpty() && item.kind == ReportItem::Kind::Event)
                    out += u"<h3>"_s + item.heading.toHtmlEscaped() + u"</h3>\n"_s;
                if (!item.quote.isEmpty()) {
                    out += u"<blockquote><p>"_s + quoted(item.quote).toHtmlEscaped() + citationHtml(item, s, i)
                        + u"</p></blockquote>\n"_s;
                } else if (item.citation) {
                    out += u"<p class=\"quote\">"_s + item.heading.toHtmlEscaped() + citationHtml(item, s, i)
                        + u"</p>\n"_s;
                }
                if (!item.tags.isEmpty())
                    out += u"<p class=\"annotation-note\"><span class=\"tags\">#"_s
                        + item.tags.join(u" #"_s).toHtmlEscaped() + u"</span></p>\n"_s;
                out += htmlParagraphs(item.annotationNote, u"annotation-note"_s);
                break;
            }
            out += htmlParagraphs(item.commentary);
        }
    }

    if (notes && !plan.notes().isEmpty()) {
        out += u"<h2>Notes</h2>\n<ol>\n"_s;
        for (qsizetype n = 0; n < plan.notes().size(); ++n)
            out += u"<li id=\"note-%1\">"_s.arg(n + 1) + toHtml(plan.notes().at(n)) + u"</li>\n"_s;
        out += u"</ol>\n"_s;
    }
    if (!plan.sources().isEmpty()) {
        out += notes ? u"<h2>Bibliography</h2>\n"_s : u"<h2>References</h2>\n"_s;
        for (const CitedSource &source : plan.sources())
            out += u"<p class=\"entry\">"_s + toHtml(plan.formatter().bibliographyEntry(source)) + u"</p>\n"_s;
    }
    out += u"</body></html>\n"_s;
    return out;
}

QString markdown(const ResolvedReport &report)
{
    const CitationPlan plan(report);
    const bool notes = report.style == CitationStyle::NotesBibliography;
    QStringList blocks;
    blocks << u"# "_s + markdownEscaped(report.title);
    blocks << u"*From the casebook %1, written %2. Citations: %3.*"_s.arg(
        markdownEscaped(report.casebookName),
        QLocale(QLocale::English).toString(report.writtenAt.date(), u"MMMM d, yyyy"_s), styleName(report.style));
    auto citation = [&](const ResolvedItem &item, qsizetype s, qsizetype i) -> QString {
        if (!item.citation)
            return {};
        if (notes)
            return u"[^%1]"_s.arg(plan.noteNumber(s, i));
        QString cite = u" "_s + toMarkdown(plan.formatter().parenthetical(*item.citation));
        if (!item.citation->source.missingFields().isEmpty())
            cite += u" \\[incomplete citation\\]"_s;
        return cite;
    };
    int figureNumber = 0;
    for (qsizetype s = 0; s < report.sections.size(); ++s) {
        const ResolvedSection &section = report.sections.at(s);
        if (!section.heading.isEmpty())
            blocks << u"## "_s + markdownEscaped(section.heading);
        if (!section.body.trimmed().isEmpty())
            blocks << markdownParagraphs(section.body);
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const ResolvedItem &item = section.items.at(i);
            if (!item.problem.isEmpty())
                blocks << u"**"_s + markdownEscaped(item.problem) + u"**"_s;
            switch (item.kind) {
            case ReportItem::Kind::Figure:
                ++figureNumber;
                if (!item.image.isEmpty())
                    blocks << u"![%1](data:image/png;base64,%2)"_s.arg(markdownEscaped(item.caption),
                                                                       QString::fromLatin1(item.image.toBase64()));
                blocks << u"*Figure %1. %2*"_s.arg(figureNumber).arg(markdownEscaped(item.caption));
                break;
            case ReportItem::Kind::Entity:
                blocks << u"### "_s + markdownEscaped(item.heading);
                if (!item.details.isEmpty())
                    blocks << markdownEscaped(item.details.join(u" \u00b7 "_s));
                break;
            case ReportItem::Kind::Event:
            case ReportItem::Kind::Article:
            case ReportItem::Kind::Annotation:
                if (!item.heading.isEmpty() && item.kind == ReportItem::Kind::Event)
                    blocks << u"### "_s + markdownEscaped(item.heading);
                if (!item.quote.isEmpty())
                    blocks << u"> "_s + markdownEscaped(quoted(item.quote)) + citation(item, s, i);
                else if (item.citation)
                    blocks << markdownEscaped(item.heading) + citation(item, s, i);
                if (!item.tags.isEmpty())
                    blocks << u"Tags: "_s + markdownEscaped(u"#"_s + item.tags.join(u" #"_s));
                if (!item.annotationNote.trimmed().isEmpty())
                    blocks << u"Note: "_s + markdownParagraphs(item.annotationNote);
                break;
            }
            if (!item.commentary.trimmed().isEmpty())
                blocks << markdownParagraphs(item.commentary);
        }
    }
    if (!plan.sources().isEmpty()) {
        blocks << (notes ? u"## Bibliography"_s : u"## References"_s);
        for (const CitedSource &source : plan.sources())
            blocks << toMarkdown(plan.formatter().bibliographyEntry(source));
    }
    if (notes)
        for (qsizetype n = 0; n < plan.notes().size(); ++n)
            blocks << u"[^%1]: "_s.arg(n + 1) + toMarkdown(plan.notes().at(n));
    return blocks.join(u"\n\n"_s) + u"\n"_s;
}

std::unique_ptr<QTextDocument> textDocument(const ResolvedReport &report)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    // A serif for Latin text, and a font that has the CJK ideographs, so Chinese quotes never print as boxes.
    font.setFamilies({ u"DejaVu Serif"_s, u"Noto Serif"_s, u"Noto Serif CJK SC"_s, u"WenQuanYi Micro Hei"_s,
                       u"Noto Sans CJK SC"_s });
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(htmlStyle);
    document->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    int figureNumber = 0;
    for (const ResolvedSection &section : report.sections)
        for (const ResolvedItem &item : section.items)
            if (item.kind == ReportItem::Kind::Figure) {
                ++figureNumber;
                QImage image;
                if (!item.image.isEmpty() && image.loadFromData(item.image, "PNG"))
                    document->addResource(QTextDocument::ImageResource, QUrl(u"figure-%1.png"_s.arg(figureNumber)),
                                          image);
            }
    document->setHtml(html(report, Images::Resource));
    return document;
}

void writePdf(const ResolvedReport &report, QIODevice &device)
{
    const std::unique_ptr<QTextDocument> document = textDocument(report);
    QPdfWriter writer(&device);
    writer.setResolution(pdfResolution);
    writer.setTitle(report.title);
    writer.setCreator(u"Casebook"_s);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    // QTextDocument::print adds its own 2 cm margins, paginates a copy of the document and prints the page number at
    // the foot of each page.
    document->print(&writer);
}

} // namespace ReportWriter

} // namespace casebook
