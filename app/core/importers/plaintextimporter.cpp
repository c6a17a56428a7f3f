// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextimporter.h"

#include "analysis/languagedetector.h"
#include "textdecoder.h"
#include "textlayout.h"
#include "util/casebookerror.h"

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
    article.text = TextLayout::paragraphs(decoded.text);
    if (article.text.trimmed().isEmpty())
        throw CasebookError(u"the file holds no text, only white space"_s);

    const QString firstLine = article.text.section(u'\n', 0, 0).trimmed();
    if (!firstLine.isEmpty() && firstLine.size() <= 200)
        article.meta.setValue(ArticleField::Title, firstLine, MetadataOrigin::TextPattern);
    else
        article.meta.setValue(ArticleField::Title, QFileInfo(file.path).completeBaseName(), MetadataOrigin::FileName);
    article.meta.setValue(ArticleField::Language, LanguageDetector::detect(article.text), MetadataOrigin::TextPattern);
    return article;
}

} // namespace casebook
