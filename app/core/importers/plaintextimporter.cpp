// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextimporter.h"

#include "clippednoteheader.h"
#include "textarticle.h"
#include "textdecoder.h"
#include "textlayout.h"
#include "util/casebookerror.h"

using namespace Qt::StringLiterals;

namespace casebook {

QString PlainTextImporter::format() const
{
    return u"text"_s;
}

int PlainTextImporter::confidence(const SourceFile &file) const
{
    static const QStringList textSuffixes = { u"txt"_s, u"text"_s, u""_s };
    if (textSuffixes.contains(file.suffix()))
        return 50;
    // Unknown suffix: still worth a try as text, below any importer that recognises the file.
    return 10;
}

ImportedArticle PlainTextImporter::read(const SourceFile &file) const
{
    const DecodedText decoded = TextDecoder::decode(file.bytes);
    if (TextLayout::paragraphs(decoded.text).trimmed().isEmpty())
        throw CasebookError(u"the file holds no text, only white space"_s);
    // A note saved by a web clipper starts with its metadata block ("url: …", "title: …", ---).
    ClippedNoteHeader header = ClippedNoteHeader::read(decoded.text);
    const QStringList paragraphs = TextArticle::paragraphsOfText(header.body);
    ImportedArticle article = TextArticle::build(file, { format(), decoded.encoding, paragraphs, std::move(header) });
    if (const QString notice = decoded.ambiguityNotice(); !notice.isEmpty())
        article.notices.append(notice);
    return article;
}

} // namespace casebook
