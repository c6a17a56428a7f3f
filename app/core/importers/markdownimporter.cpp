// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "clippednoteheader.h"
#include "markdownrenderer.h"
#include "textarticle.h"
#include "textdecoder.h"
#include "util/casebookerror.h"

using namespace Qt::StringLiterals;

namespace casebook {

QString MarkdownImporter::format() const
{
    return u"markdown"_s;
}

int MarkdownImporter::confidence(const SourceFile &file) const
{
    static const QStringList suffixes = { u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s, u"mkdn"_s };
    return suffixes.contains(file.suffix()) ? 60 : 0;
}

ImportedArticle MarkdownImporter::read(const SourceFile &file) const
{
    const DecodedText decoded = TextDecoder::decode(file.bytes);
    if (decoded.text.trimmed().isEmpty())
        throw CasebookError(u"the file holds no text, only white space"_s);
    ClippedNoteHeader header = ClippedNoteHeader::read(decoded.text);
    const QStringList paragraphs = MarkdownRenderer::paragraphs(header.body);
    ImportedArticle article = TextArticle::build(file, { format(), decoded.encoding, paragraphs, std::move(header) });
    if (const QString notice = decoded.ambiguityNotice(); !notice.isEmpty())
        article.notices.append(notice);
    return article;
}

} // namespace casebook
