// SPDX-License-Identifier: GPL-3.0-or-later
#include "citation.h"

#include <QFileInfo>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

QString escapedHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString escapedMarkdown(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // '#' only starts a heading at the start of a line; elsewhere it is plain text.
        const bool lineStart = i == 0 || text.at(i - 1) == u'\n';
        if (QStringView(u"\\`*_[]<>|").contains(c) || (c == u'#' && lineStart))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

/// Chicago puts the period or comma inside the closing quotation mark; a title that ends in its own punctuation
/// (a question) keeps it instead.
QString quotedTitle(const QString &title, QChar punctuation)
{
    // Quotation marks inside a quoted title become single ones (Chicago 6.11): “The “AI civil servant”” would
    // read as two titles.
    QString trimmed = title.trimmed();
    trimmed.replace(u'\u201c', u'\u2018').replace(u'\u201d', u'\u2019');
    if (!trimmed.isEmpty() && QStringView(u"?!.\u3002\uff1f\uff01").contains(trimmed.back()))
        return u"\u201c"_s + trimmed + u"\u201d"_s;
    return u"\u201c"_s + trimmed + punctuation + u"\u201d"_s;
}

QString shortTitle(const QString &title)
{
    // Chicago's short form: up to four words. Chinese titles have no spaces; keep their first twelve characters.
    const QStringList words = title.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 4)
        return words.mid(0, 4).join(u' ');
    if (words.size() == 1 && title.size() > 12)
        return title.left(12) + u"\u2026"_s;
    return title.simplified();
}

QString where(const CitedSource &source)
{
    if (!source.url.isEmpty())
        return source.url;
    if (!source.fileName.isEmpty())
        return u"File: "_s + source.fileName;
    return {};
}

void append(FormattedText &text, const QString &run, bool italic = false)
{
    if (run.isEmpty())
        return;
    if (!text.isEmpty() && text.back().italic == italic)
        text.back().text += run;
    else
        text.append({ run, italic });
}

} // namespace

QString toPlainText(const FormattedText &text)
{
    QString plain;
    for (const TextRun &run : text)
        plain += run.text;
    return plain;
}

QString toHtml(const FormattedText &text)
{
    QString html;
    for (const TextRun &run : text)
        html += run.italic ? u"<i>"_s + escapedHtml(run.text) + u"</i>"_s : escapedHtml(run.text);
    return html;
}

QString toMarkdown(const FormattedText &text)
{
    QString markdown;
    for (const TextRun &run : text) {
        const QString escaped = escapedMarkdown(run.text);
        markdown += run.italic && !run.text.trimmed().isEmpty() ? u"*"_s + escaped + u"*"_s : escaped;
    }
    return markdown;
}

CitedSource CitedSource::fromArticle(const Article &article)
{
    CitedSource source;
    source.articleId = article.id;
    source.title = article.meta.title.simplified();
    source.source = article.meta.source.simplified();
    source.author = article.meta.author.simplified();
    source.url = article.meta.url.trimmed();
    source.fileName = article.path.isEmpty() ? QString() : QFileInfo(article.path).fileName();
    source.published = article.meta.published;
    return source;
}

QStringList CitedSource::missingFields() const
{
    QStringList missing;
    if (author.isEmpty())
        missing << u"author"_s;
    if (!published.isValid())
        missing << u"publication date"_s;
    if (source.isEmpty())
        missing << u"source"_s;
    if (title.isEmpty())
        missing << u"title"_s;
    if (url.isEmpty() && fileName.isEmpty())
        missing << u"URL or file"_s;
    return missing;
}

CitationFormatter::CitationFormatter(CitationStyle style)
    : m_style(style)
{ }

QString CitationFormatter::longDate(const PublicationDate &date)
{
    if (!date.isValid())
        return u"n.d."_s;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    switch (date.precision) {
    case DatePrecision::Day:
        return english.toString(date.date, u"MMMM d, yyyy"_s);
    case DatePrecision::Month:
        return english.toString(date.date, u"MMMM yyyy"_s);
    case DatePrecision::Year:
    case DatePrecision::None:
        break;
    }
    return QString::number(date.date.year());
}

QString CitationFormatter::incompleteNotice(const CitedSource &source)
{
    const QStringList missing = source.missingFields();
    if (missing.isEmpty())
        return {};
    QStringList phrases;
    for (const QString &field : missing)
        phrases << u"no "_s + field;
    return u"[Incomplete metadata: %1.]"_s.arg(phrases.join(u", "_s));
}

void CitationFormatter::appendCreator(FormattedText &text, const CitedSource &source)
{
    if (!source.author.isEmpty())
        append(text, source.author);
    else if (!source.source.isEmpty())
        append(text, source.source, true); // Chicago cites an unsigned news article by its (italic) publication
    else
        append(text, u"[Author unknown]"_s);
}

FormattedText CitationFormatter::parenthetical(const Citation &citation) const
{
    const CitedSource &source = citation.source;
    FormattedText text { { u"("_s, false } };
    appendCreator(text, source);
    QString rest = u" "_s + (source.published.isValid() ? QString::number(source.published.date.year()) : u"n.d."_s);
    if (citation.page)
        rest += u", "_s + QString::number(*citation.page);
    append(text, rest + u")"_s);
    return text;
}

FormattedText CitationFormatter::note(const Citation &citation, bool firstForSource) const
{
    const CitedSource &source = citation.source;
    const QString title = source.title.isEmpty() ? u"[Untitled]"_s : source.title;
    FormattedText text;
    if (!firstForSource) {
        appendCreator(text, source);
        append(text, u", "_s + quotedTitle(shortTitle(title), citation.page ? u',' : u'.'));
        if (citation.page)
            append(text, u" "_s + QString::number(*citation.page) + u"."_s);
        return text;
    }
    append(text, (source.author.isEmpty() ? QString() : source.author + u", "_s) + quotedTitle(title, u',') + u' ');
    append(text, source.source.isEmpty() ? u"[Source unknown]"_s : source.source, !source.source.isEmpty());
    append(text, u", "_s + longDate(source.published));
    if (citation.page)
        append(text, u", "_s + QString::number(*citation.page));
    const QString location = where(source);
    append(text, (location.isEmpty() ? QString() : u", "_s + location) + u"."_s);
    const QString notice = incompleteNotice(source);
    if (!notice.isEmpty())
        append(text, u" "_s + notice);
    return text;
}

FormattedText CitationFormatter::bibliographyEntry(const CitedSource &source) const
{
    const QString title = source.title.isEmpty() ? u"[Untitled]"_s : source.title;
    const QString publication = source.source.isEmpty() ? u"[Source unknown]"_s : source.source;
    FormattedText text;
    if (m_style == CitationStyle::AuthorDate) {
        // Lin, Wei. 2025. "Title." Publication, February 26, 2025. URL.
        const QString year = source.published.isValid() ? QString::number(source.published.date.year()) : u"n.d."_s;
        appendCreator(text, source);
        append(text, u". "_s + year + u". "_s + quotedTitle(title, u'.') + u' ');
        if (source.author.isEmpty() && !source.source.isEmpty()) {
            // The publication already stands as the author; name the date only.
            append(text,
                   source.published.precision == DatePrecision::Day ? longDate(source.published) + u"."_s : QString());
        } else {
            append(text, publication, !source.source.isEmpty());
            append(text,
                   source.published.precision == DatePrecision::Day ? u", "_s + longDate(source.published) + u"."_s
                                                                    : u"."_s);
        }
    } else {
        // Lin, Wei. "Title." Publication, February 26, 2025. URL.
        if (!source.author.isEmpty())
            append(text, source.author + u". "_s);
        append(text, quotedTitle(title, u'.') + u' ');
        append(text, publication, !source.source.isEmpty());
        append(text, u", "_s + longDate(source.published) + u"."_s);
    }
    const QString location = where(source);
    if (!location.isEmpty())
        append(text, u" "_s + location + u"."_s);
    const QString notice = incompleteNotice(source);
    if (!notice.isEmpty())
        append(text, u" "_s + notice);
    if (!text.isEmpty() && !text.back().italic)
        text.back().text = text.back().text.trimmed();
    return text;
}

void CitationFormatter::sortForBibliography(QList<CitedSource> &sources)
{
    auto key = [](const CitedSource &s) {
        const QString who = !s.author.isEmpty() ? s.author : !s.source.isEmpty() ? s.source : s.title;
        return who.toCaseFolded();
    };
    std::stable_sort(sources.begin(), sources.end(), [&](const CitedSource &a, const CitedSource &b) {
        const QString ka = key(a);
        const QString kb = key(b);
        if (ka != kb)
            return ka < kb;
        if (a.published.date != b.published.date)
            return a.published.date < b.published.date;
        return a.title.toCaseFolded() < b.title.toCaseFolded();
    });
}

} // namespace casebook
