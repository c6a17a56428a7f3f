// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporter.h"

#include "analysis/languagedetector.h"
#include "htmlcontentextractor.h"
#include "htmlmetadatareader.h"
#include "htmltree.h"
#include "importers/filedates.h"
#include "importers/textdecoder.h"
#include "importers/textmetadatafinder.h"
#include "util/casebookerror.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

struct Utf8Page
{
    QByteArray bytes;
    QString encoding;
    QString notice; ///< the encoding was a close call (DecodedText::ambiguityNotice)
};

QString canonicalCharset(const QString &declared)
{
    const QString lower = declared.trimmed().toLower();
    if (lower.isEmpty())
        return {};
    if (lower == u"utf8" || lower == u"utf-8" || lower == u"unicode-1-1-utf-8")
        return u"UTF-8"_s;
    if (lower == u"gb2312" || lower == u"gbk" || lower == u"gb18030" || lower == u"x-gbk" || lower == u"euc-cn"
        || lower == u"cp936")
        return u"GB18030"_s;
    if (lower == u"big5" || lower == u"big5-hkscs" || lower == u"x-x-big5" || lower == u"cp950")
        return u"Big5"_s;
    // The HTML standard reads these labels as windows-1252.
    if (lower == u"iso-8859-1" || lower == u"latin1" || lower == u"us-ascii" || lower == u"ascii"
        || lower == u"windows-1252" || lower == u"cp1252" || lower == u"iso8859-1")
        return u"windows-1252"_s;
    // Pages that say UTF-16 in a meta tag are ASCII-compatible bytes read as UTF-8 by browsers.
    if (lower.startsWith(u"utf-16"_s))
        return u"UTF-8"_s;
    return declared.trimmed();
}

/// Strict UTF-8 check (no overlongs, no surrogates), without decoding.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned codePoint = 0;
        if ((p[i] & 0xE0) == 0xC0)
            length = 2, codePoint = p[i] & 0x1F;
        else if ((p[i] & 0xF0) == 0xE0)
            length = 3, codePoint = p[i] & 0x0F;
        else if ((p[i] & 0xF8) == 0xF0)
            length = 4, codePoint = p[i] & 0x07;
        else
            return false;
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        static constexpr unsigned minimum[] = { 0, 0, 0x80, 0x800, 0x10000 };
        if (codePoint < minimum[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

Utf8Page toUtf8(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return { bytes.mid(3), u"UTF-8"_s, {} };
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const DecodedText decoded = TextDecoder::decode(bytes);
        return { decoded.text.toUtf8(), decoded.encoding, {} };
    }
    const QString declared
        = canonicalCharset(HtmlImporter::declaredCharset(view.first(std::min<qsizetype>(view.size(), 4096))));
    if ((declared.isEmpty() || declared == u"UTF-8") && isValidUtf8(view))
        return { bytes, u"UTF-8"_s, {} };
    if (!declared.isEmpty() && declared != u"UTF-8") {
        try {
            return { TextDecoder::decodeAs(bytes, declared).toUtf8(), declared, {} };
        } catch (const CasebookError &) {
            // The declaration was wrong or the page has stray bytes: detect instead.
        }
    }
    try {
        const DecodedText decoded = TextDecoder::decode(bytes);
        return { decoded.text.toUtf8(), decoded.encoding, decoded.ambiguityNotice() };
    } catch (const CasebookError &) {
        // Keep what can be read; invalid bytes become replacement characters.
        return { QString::fromUtf8(bytes).toUtf8(), u"UTF-8"_s, {} };
    }
}

bool startsLikeHtml(QByteArrayView bytes)
{
    QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 1024)).toByteArray().toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3);
    head = head.trimmed();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head"))
        return true;
    if (head.startsWith("<?xml") && head.contains("<html"))
        return true;
    if (head.startsWith("<!--") && (head.contains("<html") || head.contains("<!doctype html")))
        return true;
    return false;
}

} // namespace

QString HtmlImporter::format() const
{
    return u"html"_s;
}

int HtmlImporter::confidence(const SourceFile &file) const
{
    static const QStringList suffixes = { u"html"_s, u"htm"_s, u"xhtml"_s, u"shtml"_s, u"xht"_s };
    if (suffixes.contains(file.suffix()))
        return 90;
    if (startsLikeHtml(file.bytes))
        return 80;
    return 0;
}

QString HtmlImporter::declaredCharset(QByteArrayView head)
{
    const QString text = QString::fromLatin1(head.data(), head.size());
    static const QRegularExpression metaCharset(uR"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+))"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xmlEncoding(uR"(^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+))"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    if (const auto match = metaCharset.match(text); match.hasMatch())
        return match.captured(1);
    if (const auto match = xmlEncoding.match(text); match.hasMatch())
        return match.captured(1);
    return {};
}

ImportedArticle HtmlImporter::read(const SourceFile &file) const
{
    if (file.bytes.trimmed().isEmpty())
        throw CasebookError(u"the file is empty"_s);
    Utf8Page page = toUtf8(file.bytes);
    const HtmlTree tree(std::move(page.bytes));
    const HtmlMetadata found = HtmlMetadataReader::read(tree);

    ImportedArticle article;
    article.path = file.path;
    article.format = format();
    article.encoding = page.encoding;
    if (!page.notice.isEmpty())
        article.notices.append(page.notice);
    article.original = file.bytes;
    article.fileTime = file.modified;
    article.meta = found.meta;
    const HtmlContentExtractor::Result extracted = HtmlContentExtractor::extract(tree, { found.headline });
    article.text = extracted.paragraphs.join(u"\n\n"_s);
    // What the markup does not say, the visible byline and dateline may: "By X | 4 March 2025",
    // "发布时间：… 来源：… 作者：…".
    const TextMetadataFinder::Result visible
        = TextMetadataFinder::find(extracted.leadLines, { file.modified, FileDates::savingTime(file) });
    for (const ArticleField field : { ArticleField::Source, ArticleField::Author, ArticleField::Published }) {
        if (article.meta.value(field).isEmpty() && !visible.meta.value(field).isEmpty())
            article.meta.setValue(field, visible.meta.value(field), visible.meta.origin(field));
    }
    // No date on the page, or only "2 hours ago": the date the file's name carries is better.
    if (!article.meta.published.isValid()
        || article.meta.origin(ArticleField::Published) == MetadataOrigin::Estimated) {
        if (const auto named = FileDates::fromPath(file.path, file.readAt))
            article.meta.setValue(ArticleField::Published, named->toIso(), MetadataOrigin::FileName);
    }
    if (article.text.trimmed().isEmpty())
        throw CasebookError(u"the page holds no article text"_s);
    if (article.meta.title.isEmpty())
        article.meta.setValue(ArticleField::Title, QFileInfo(file.path).completeBaseName(), MetadataOrigin::FileName);

    // The page's declared language, unless the text is plainly in another script (templates keep lang="en"
    // on translated pages); Chinese script variants are told by the text.
    const QString detected = LanguageDetector::detect(article.text);
    const QString &declared = found.declaredLanguage;
    if (!declared.isEmpty()
        && (detected.isEmpty() || detected == declared
            || (declared != u"zh-Hans" && declared != u"zh-Hant" && detected == u"en"))) {
        article.meta.setValue(ArticleField::Language, declared, MetadataOrigin::Document);
    } else if (!detected.isEmpty()) {
        article.meta.setValue(ArticleField::Language, detected, MetadataOrigin::TextPattern);
    }
    return article;
}

} // namespace casebook
