// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextimporter.h"

#include "analysis/languagedetector.h"
#include "textdecoder.h"
#include "textlayout.h"
#include "textmetadatafinder.h"
#include "util/casebookerror.h"
#include "webtextcleaner.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace casebook {

QString PlainTextImporter::format() const
{
    return u"text"_s;
}

int PlainTextImporter::confidence(const SourceFile &file) const
{
    static const QStringList textSuffixes = { u"txt"_s, u"text"_s, u"md"_s, u"markdown"_s, u""_s };
    if (textSuffixes.contains(file.suffix()))
        return 50;
    // Unknown suffix: still worth a try as text, below any importer that recognises the file.
    return 10;
}

ImportedArticle PlainTextImporter::read(const SourceFile &file) const
{
    DecodedText decoded = TextDecoder::decode(file.bytes);
    ImportedArticle article;
    article.path = file.path;
    article.format = format();
    article.encoding = decoded.encoding;
    article.original = file.bytes;
    article.fileTime = file.modified;
    const QString laidOut = TextLayout::paragraphs(decoded.text);
    if (laidOut.trimmed().isEmpty())
        throw CasebookError(u"the file holds no text, only white space"_s);

    // Pasted web text: take out the page's furniture, then read title, source, byline and dateline off it.
    // The short lines above the first paragraph (site name, headline, byline, dateline) stay lines of their
    // own, even when their lengths make the layout take them for a hard-wrapped paragraph.
    QStringList head;
    QString body = decoded.text;
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
    const WebTextCleaner::Result cleaned = WebTextCleaner::clean(paragraphs);
    const TextMetadataFinder::Result found = TextMetadataFinder::find(cleaned.paragraphs, file.modified);
    article.meta = found.meta;
    article.text = found.paragraphs.join(u"\n\n"_s);
    if (article.text.trimmed().isEmpty())
        article.text = laidOut; // nothing but furniture is still better kept than lost
    if (article.meta.title.isEmpty())
        article.meta.setValue(ArticleField::Title, QFileInfo(file.path).completeBaseName(), MetadataOrigin::FileName);
    article.meta.setValue(ArticleField::Language, LanguageDetector::detect(article.text), MetadataOrigin::TextPattern);
    return article;
}

} // namespace casebook
