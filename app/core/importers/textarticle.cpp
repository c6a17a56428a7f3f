// SPDX-License-Identifier: GPL-3.0-or-later
#include "textarticle.h"

#include "analysis/languagedetector.h"
#include "filedates.h"
#include "textlayout.h"
#include "textmetadatafinder.h"
#include "util/casebookerror.h"
#include "webtextcleaner.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace casebook::TextArticle {

QStringList paragraphsOfText(const QString &text)
{
    QStringList head;
    QString body = text;
    body.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    {
        // The head is the short lines at the top, read block by block (blocks are separated by blank lines). A
        // block the layout joins into one paragraph is hard-wrapped prose, not page furniture: the head ends there.
        const QStringList lines = body.split(u'\n');
        qsizetype consumed = 0;
        bool done = false;
        while (!done && consumed < lines.size()) {
            qsizetype start = consumed;
            while (start < lines.size() && lines.at(start).trimmed().isEmpty())
                ++start;
            qsizetype end = start;
            while (end < lines.size() && !lines.at(end).trimmed().isEmpty())
                ++end;
            if (start == end)
                break;
            const QStringList block = lines.mid(start, end - start);
            if (TextLayout::paragraphs(block.join(u'\n')).count(u"\n\n"_s) + 1 < block.size())
                break;
            for (qsizetype i = start; i < end; ++i) {
                const QString trimmed = lines.at(i).trimmed();
                if (trimmed.size() > 200 || head.size() >= 12) {
                    done = true;
                    break;
                }
                head.append(TextLayout::paragraphs(trimmed));
                consumed = i + 1;
            }
            if (!done)
                consumed = end;
        }
        body = lines.mid(consumed).join(u'\n');
    }
    QStringList paragraphs = head;
    paragraphs += TextLayout::paragraphs(body).split(u"\n\n"_s, Qt::SkipEmptyParts);
    return paragraphs;
}

ImportedArticle build(const SourceFile &file, const Input &input)
{
    ImportedArticle article;
    article.path = file.path;
    article.format = input.format;
    article.encoding = input.encoding;
    article.original = file.bytes;
    article.fileTime = file.modified;

    const ClippedNoteHeader &header = input.header;
    TextMetadataFinder::Times times;
    times.fileTime = header.clippedAt.isValid() ? header.clippedAt : file.modified;
    times.savedAt = header.clippedAt.isValid() ? header.clippedAt : FileDates::savingTime(file);

    // Pasted web text: take out the page's furniture, then read title, source, byline and dateline off it.
    const WebTextCleaner::Result cleaned = WebTextCleaner::clean(input.paragraphs);
    const TextMetadataFinder::Result found = TextMetadataFinder::find(cleaned.paragraphs, times);
    article.meta = found.meta;
    article.text = found.paragraphs.join(u"\n\n"_s);
    if (article.text.trimmed().isEmpty())
        article.text = input.paragraphs.join(u"\n\n"_s); // nothing but furniture is still better kept than lost
    if (article.text.trimmed().isEmpty())
        throw CasebookError(header.found ? u"the note holds no text, only its metadata"_s
                                         : u"the file holds no text, only white space"_s);

    for (const ArticleField field : { ArticleField::Title, ArticleField::Source, ArticleField::Author,
                                      ArticleField::Url, ArticleField::Published }) {
        if (!header.meta.value(field).isEmpty())
            article.meta.setValue(field, header.meta.value(field), MetadataOrigin::Document);
    }

    // A relative dateline resolved against a guessed time, or no date at all: a date the file's name carries
    // is better, and the clipping day is the last resort.
    const MetadataOrigin dateOrigin = article.meta.origin(ArticleField::Published);
    if (!article.meta.published.isValid() || dateOrigin == MetadataOrigin::Estimated) {
        if (const auto named = FileDates::fromPath(file.path, file.readAt))
            article.meta.setValue(ArticleField::Published, named->toIso(), MetadataOrigin::FileName);
        else if (!article.meta.published.isValid() && header.clipped.isValid())
            article.meta.setValue(ArticleField::Published, header.clipped.toIso(), MetadataOrigin::Estimated);
    }

    if (article.meta.title.isEmpty())
        article.meta.setValue(ArticleField::Title, QFileInfo(file.path).completeBaseName(), MetadataOrigin::FileName);
    article.meta.setValue(ArticleField::Language, LanguageDetector::detect(article.text), MetadataOrigin::TextPattern);
    return article;
}

} // namespace casebook::TextArticle
