// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedarticle.h"

#include "importers/textarticle.h"
#include "pageparagraphs.h"
#include "runningtextfilter.h"
#include "util/casebookerror.h"

using namespace Qt::StringLiterals;

namespace casebook::PagedArticle {

namespace {

/// Where the first of `paragraphs` that survived cleaning starts in `text`, searching from `from`.
std::optional<qsizetype> findFirst(const QString &text, const QStringList &paragraphs, qsizetype from)
{
    for (const QString &paragraph : paragraphs) {
        // a prefix: cleaning may have trimmed or rejoined the paragraph's end
        const QString probe = paragraph.trimmed().left(48);
        if (probe.isEmpty())
            continue;
        const qsizetype at = text.indexOf(probe, from);
        if (at >= 0)
            return at;
    }
    return std::nullopt;
}

} // namespace

ImportedArticle build(const SourceFile &file, const QString &format, QList<LaidOutPage> pages,
                      const ArticleMetadata &documentMeta)
{
    RunningTextFilter::apply(pages);
    QList<QStringList> pageParagraphs;
    QStringList all;
    for (const LaidOutPage &page : pages) {
        pageParagraphs.append(PageParagraphs::paragraphs(page));
        all += pageParagraphs.back();
    }
    if (all.isEmpty())
        throw CasebookError(pages.size() == 1
                                ? u"holds no text, not even after OCR"_s
                                : u"holds no text on any of its %1 pages, not even after OCR"_s.arg(pages.size()));

    TextArticle::Input input;
    input.format = format;
    input.encoding = u"UTF-8"_s; // what the text layer or OCR gave; the bytes themselves are no text
    input.paragraphs = all;
    for (const ArticleField field : { ArticleField::Title, ArticleField::Author })
        if (!documentMeta.value(field).isEmpty())
            input.header.meta.setValue(field, documentMeta.value(field), MetadataOrigin::Document);
    ImportedArticle article = TextArticle::build(file, input);
    const MetadataOrigin dateOrigin = article.meta.origin(ArticleField::Published);
    if (documentMeta.published.isValid()
        && (!article.meta.published.isValid() || dateOrigin == MetadataOrigin::Estimated
            || dateOrigin == MetadataOrigin::FileTime))
        article.meta.setValue(ArticleField::Published, documentMeta.published.toIso(), MetadataOrigin::Document);

    // Each page starts where its first surviving paragraph is found; a page whose text all went starts where
    // the next text does.
    qsizetype from = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        ArticlePage page;
        page.page = pages.at(i).number;
        page.method = pages.at(i).method;
        page.ocrConfidence = pages.at(i).ocrConfidence;
        const auto start = findFirst(article.text, pageParagraphs.at(i), from);
        page.start = i == 0 ? 0 : (start ? *start : from); // text before the first page's (a title) is on it
        from = start ? *start : from;
        article.pages.append(page);
    }
    // pages found nothing for lie between those that did: give them the next found start (at most the text's end)
    for (qsizetype i = article.pages.size() - 2; i >= 1; --i)
        if (!findFirst(article.text, pageParagraphs.at(i), article.pages.at(i).start))
            article.pages[i].start = article.pages.at(i + 1).start;
    return article;
}

} // namespace casebook::PagedArticle
