// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadatareader.h"

#include "htmltree.h"
#include "importers/datetextparser.h"
#include "util/unicodescript.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <gumbo.h>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

QString collapse(const QString &text)
{
    return text.simplified();
}

/// All text under a node, iteratively.
QString textOf(const GumboNode *node, int maxChars = 2000)
{
    QString out;
    std::vector<std::pair<const GumboNode *, unsigned>> stack { { node, 0 } };
    while (!stack.empty() && out.size() < maxChars) {
        auto &[current, next] = stack.back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE
            || current->type == GUMBO_NODE_CDATA) {
            out.append(QString::fromUtf8(current->v.text.text));
            stack.pop_back();
            continue;
        }
        if (current->type != GUMBO_NODE_ELEMENT && current->type != GUMBO_NODE_TEMPLATE) {
            stack.pop_back();
            continue;
        }
        const GumboVector &children = current->v.element.children;
        if (next >= children.length) {
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[next++]);
        if (child->type == GUMBO_NODE_ELEMENT
            && (child->v.element.tag == GUMBO_TAG_SCRIPT || child->v.element.tag == GUMBO_TAG_STYLE))
            continue;
        stack.emplace_back(child, 0);
    }
    return collapse(out);
}

/// The direct text children of a raw-text element such as <script>, as written.
QString rawText(const GumboNode *element)
{
    QString raw;
    const GumboVector &children = element->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
        const auto *t = static_cast<const GumboNode *>(children.data[k]);
        if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA || t->type == GUMBO_NODE_WHITESPACE)
            raw.append(QString::fromUtf8(t->v.text.text));
    }
    return raw;
}

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types = { u"NewsArticle"_s,           u"Article"_s,
                                       u"ReportageNewsArticle"_s,  u"AnalysisNewsArticle"_s,
                                       u"BlogPosting"_s,           u"OpinionNewsArticle"_s,
                                       u"BackgroundNewsArticle"_s, u"TechArticle"_s,
                                       u"ScholarlyArticle"_s,      u"Report"_s,
                                       u"LiveBlogPosting"_s,       u"SocialMediaPosting"_s };
    if (type.isString())
        return types.contains(type.toString());
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (types.contains(t.toString()))
                return true;
    }
    return false;
}

/// Collects article objects from a JSON-LD value: a single object, an array, or an @graph.
void collectArticles(const QJsonValue &value, QList<QJsonObject> &out, int depth = 0)
{
    if (depth > 6)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectArticles(item, out, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (isArticleType(object.value(u"@type"_s)))
        out.append(object);
    if (object.contains(u"@graph"_s))
        collectArticles(object.value(u"@graph"_s), out, depth + 1);
    if (object.contains(u"mainEntity"_s))
        collectArticles(object.value(u"mainEntity"_s), out, depth + 1);
}

/// "name" of a Person/Organization, a plain string, or names of an array of them.
QString namesOf(const QJsonValue &value)
{
    if (value.isString())
        return collapse(value.toString());
    if (value.isObject())
        return collapse(value.toObject().value(u"name"_s).toString());
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QString name = namesOf(item);
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        return names.join(u", "_s);
    }
    return {};
}

QString urlOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(u"@id"_s).toString();
    return {};
}

bool looksLikeUrl(const QString &text)
{
    return text.startsWith(u"http://"_s) || text.startsWith(u"https://"_s) || text.startsWith(u"//"_s);
}

struct Candidates
{
    QString ldHeadline, ldAuthor, ldPublisher, ldDate, ldUrl;
    QString title, h1, lang, canonical, timeDatetime, bylineText;
    QHash<QString, QString> meta; ///< lower-case name/property → first content
};

void readJsonLd(const QString &json, Candidates &c)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // Pages often put raw line breaks inside strings; JSON forbids them, readers forgive them.
        QString relaxed = json;
        relaxed.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
        document = QJsonDocument::fromJson(relaxed.trimmed().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return;
    }
    QList<QJsonObject> articles;
    collectArticles(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), articles);
    for (const QJsonObject &article : std::as_const(articles)) {
        if (c.ldHeadline.isEmpty())
            c.ldHeadline = collapse(article.value(u"headline"_s).toString());
        if (c.ldHeadline.isEmpty())
            c.ldHeadline = collapse(article.value(u"name"_s).toString());
        if (c.ldAuthor.isEmpty())
            c.ldAuthor = namesOf(article.value(u"author"_s));
        if (c.ldPublisher.isEmpty())
            c.ldPublisher = namesOf(article.value(u"publisher"_s));
        if (c.ldDate.isEmpty())
            c.ldDate = article.value(u"datePublished"_s).toString();
        if (c.ldDate.isEmpty())
            c.ldDate = article.value(u"dateCreated"_s).toString();
        if (c.ldUrl.isEmpty())
            c.ldUrl = article.value(u"url"_s).toString();
        if (c.ldUrl.isEmpty())
            c.ldUrl = urlOf(article.value(u"mainEntityOfPage"_s));
    }
}

bool hasBylineHint(const GumboNode *node)
{
    const QString rel = htmlAttribute(node, "rel");
    if (rel.split(u' ').contains(u"author"_s))
        return true;
    const QString names = (htmlAttribute(node, "class") % u' ' % htmlAttribute(node, "itemprop")).toLower();
    return names.contains(u"byline"_s) || names.split(u' ').contains(u"author"_s) || names.contains(u"author-name"_s)
        || names.contains(u"author__name"_s);
}

void walk(const GumboNode *root, Candidates &c)
{
    std::vector<std::pair<const GumboNode *, unsigned>> stack { { root, 0 } };
    c.lang = htmlAttribute(root, "lang");
    if (c.lang.isEmpty())
        c.lang = htmlAttribute(root, "xml:lang");
    while (!stack.empty()) {
        auto &[node, next] = stack.back();
        const GumboVector &children = node->v.element.children;
        if (next >= children.length) {
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[next++]);
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        switch (child->v.element.tag) {
        case GUMBO_TAG_TITLE:
            if (c.title.isEmpty())
                c.title = textOf(child);
            continue;
        case GUMBO_TAG_META: {
            QString key = htmlAttribute(child, "property");
            if (key.isEmpty())
                key = htmlAttribute(child, "name");
            if (key.isEmpty())
                key = htmlAttribute(child, "itemprop");
            const QString content = collapse(htmlAttribute(child, "content"));
            key = key.toLower();
            if (!key.isEmpty() && !content.isEmpty() && !c.meta.contains(key))
                c.meta.insert(key, content);
            continue;
        }
        case GUMBO_TAG_LINK:
            if (c.canonical.isEmpty() && htmlAttribute(child, "rel").toLower().split(u' ').contains(u"canonical"_s))
                c.canonical = htmlAttribute(child, "href").trimmed();
            continue;
        case GUMBO_TAG_SCRIPT:
            if (htmlAttribute(child, "type").trimmed().toLower() == u"application/ld+json")
                readJsonLd(rawText(child), c);
            continue;
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
            continue;
        case GUMBO_TAG_H1:
            if (c.h1.isEmpty())
                c.h1 = textOf(child);
            continue;
        case GUMBO_TAG_TIME:
            if (c.timeDatetime.isEmpty()) {
                const QString datetime = htmlAttribute(child, "datetime");
                c.timeDatetime = datetime.isEmpty() ? textOf(child, 100) : datetime;
            }
            break;
        default:
            break;
        }
        if (c.bylineText.isEmpty() && hasBylineHint(child)) {
            const QString text = textOf(child, 200);
            if (!text.isEmpty() && text.size() <= 120)
                c.bylineText = text;
        }
        stack.emplace_back(child, 0);
    }
}

QStringList headlineWords(const QString &text)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char32_t cp = unicode::codePointAt(text, i);
        if (unicode::isHan(cp)) {
            if (!word.isEmpty())
                words.append(std::exchange(word, {}));
            words.append(QString::fromUcs4(&cp, 1));
            i += cp > 0xFFFF;
        } else if (c.isLetterOrNumber()) {
            word.append(c.toCaseFolded());
        } else if (!word.isEmpty()) {
            words.append(std::exchange(word, {}));
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

/// The <h1> is the headline when it shares most of its words with the page's title.
bool plausibleHeadline(const QString &h1, const QString &title)
{
    if (h1.size() < 8 || h1.size() > 300)
        return false;
    const QStringList words = headlineWords(h1);
    const QStringList titleWords = headlineWords(title);
    if (words.size() < 3 || titleWords.isEmpty())
        return false;
    qsizetype shared = 0;
    for (const QString &word : words)
        shared += titleWords.contains(word);
    return shared * 10 >= words.size() * 7;
}

QString bylineName(QString text)
{
    static const QRegularExpression prefix(uR"(^(by|written by|author|作者|记者|文)\s*[:：/]?\s*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    text.remove(prefix);
    // Cut off a date or a role that often follows the name.
    static const QRegularExpression tail(uR"(\s*([|·•,，]|\bpublished\b|\bupdated\b|\d{4}|\bon\b).*$)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    text.remove(tail);
    return text.trimmed();
}

QString hostOf(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    return host;
}

} // namespace

QString HtmlMetadataReader::normaliseLanguageTag(const QString &tag)
{
    const QString lower = tag.trimmed().toLower().replace(u'_', u'-');
    if (lower.isEmpty())
        return {};
    const QStringList parts = lower.split(u'-');
    const QString primary = parts.first();
    static const QRegularExpression letters(u"^[a-z]{2,3}$"_s);
    if (!letters.match(primary).hasMatch())
        return {};
    if (primary == u"zh") {
        if (lower.contains(u"hant"_s) || lower.contains(u"-tw"_s) || lower.contains(u"-hk"_s)
            || lower.contains(u"-mo"_s))
            return u"zh-Hant"_s;
        return u"zh-Hans"_s;
    }
    return primary;
}

QString HtmlMetadataReader::cleanTitle(const QString &title, const QString &siteName)
{
    QString text = collapse(title);
    static const QRegularExpression separator(uR"(\s+[|–—·•»:-]\s+|\s*[|｜_]\s*|\s+::\s+|\s*--\s*)"_s);
    for (int round = 0; round < 3; ++round) {
        QRegularExpressionMatchIterator it = separator.globalMatch(text);
        QRegularExpressionMatch last;
        while (it.hasNext())
            last = it.next();
        if (!last.hasMatch())
            break;
        const QString head = text.left(last.capturedStart()).trimmed();
        const QString tail = text.mid(last.capturedEnd()).trimmed();
        const bool tailIsSite = !siteName.isEmpty()
            && (tail.compare(siteName, Qt::CaseInsensitive) == 0 || siteName.contains(tail, Qt::CaseInsensitive)
                || tail.contains(siteName, Qt::CaseInsensitive));
        // A site name is short next to the headline: few words, or few characters in CJK.
        const bool tailIsShort = tail.split(u' ', Qt::SkipEmptyParts).size() <= 4 && tail.size() < head.size();
        if (head.isEmpty() || !(tailIsSite || tailIsShort))
            break;
        text = head;
    }
    // "Site | Headline": the site first.
    if (!siteName.isEmpty()) {
        for (const QString &sep : { u" | "_s, u" - "_s, u" – "_s, u" — "_s, u"_"_s, u"｜"_s }) {
            if (text.startsWith(siteName + sep, Qt::CaseInsensitive)) {
                text = text.mid(siteName.size() + sep.size()).trimmed();
                break;
            }
        }
    }
    return text;
}

HtmlMetadata HtmlMetadataReader::read(const HtmlTree &tree)
{
    HtmlMetadata result;
    Candidates c;
    if (!tree.root())
        return result;
    walk(tree.root(), c);
    ArticleMetadata &meta = result.meta;
    auto metaValue = [&](std::initializer_list<const char16_t *> keys) -> QString {
        for (const char16_t *key : keys) {
            const QString value = c.meta.value(QString::fromUtf16(key));
            if (!value.isEmpty())
                return value;
        }
        return {};
    };

    // Source first: it helps to clean the title.
    QString source = metaValue({ u"og:site_name", u"application-name", u"publisher", u"source", u"twitter:site" });
    if (source.startsWith(u'@'))
        source = source.mid(1);
    if (source.isEmpty())
        source = c.ldPublisher;
    const QString url = !c.canonical.isEmpty() ? c.canonical : !c.ldUrl.isEmpty() ? c.ldUrl : metaValue({ u"og:url" });

    QString title = c.ldHeadline;
    if (title.isEmpty())
        title = metaValue({ u"og:title", u"twitter:title", u"dc.title", u"title" });
    if (title.isEmpty())
        title = c.title;
    if (title.isEmpty())
        title = c.h1;
    title = cleanTitle(title, source);
    // The visible headline is the article's own: prefer it to og:title and <title> (which sites shorten or
    // decorate) when it is plainly the same headline, not a logo or a section name.
    if (c.ldHeadline.isEmpty() && plausibleHeadline(c.h1, title.isEmpty() ? c.title : title))
        title = c.h1;
    // "Site - Headline": a short name before the first separator.
    if (title == cleanTitle(c.title, source)) {
        static const QRegularExpression firstSeparator(uR"(\s+[|–—·•»:-]\s+|\s*[|｜_]\s*|\s*--\s*)"_s);
        const auto m = firstSeparator.match(title);
        if (m.hasMatch()) {
            const QString head = title.left(m.capturedStart()).trimmed();
            const QString tail = title.mid(m.capturedEnd()).trimmed();
            if (!head.isEmpty() && head.split(u' ', Qt::SkipEmptyParts).size() <= 4 && head.size() * 2 < tail.size()) {
                if (source.isEmpty())
                    source = head;
                title = tail;
            }
        }
    }
    if (source.isEmpty() && !c.title.isEmpty() && !title.isEmpty() && c.title.contains(title)) {
        // "Headline | Site", "Site - Headline": what <title> says besides the headline is the site's name.
        static const QRegularExpression separators(uR"(^[\s|–—·•»:_｜-]+|[\s|–—·•»:_｜-]+$)"_s);
        QString rest = QString(c.title).remove(title);
        rest.remove(separators);
        rest = rest.trimmed();
        if (!rest.isEmpty() && rest.size() <= 60)
            source = rest;
    }
    if (source.isEmpty() && !url.isEmpty())
        source = hostOf(url);
    if (!title.isEmpty())
        meta.setValue(ArticleField::Title, title, MetadataOrigin::Document);
    result.headline = !c.h1.isEmpty() ? c.h1 : title;
    if (!source.isEmpty())
        meta.setValue(ArticleField::Source, source, MetadataOrigin::Document);
    if (!url.isEmpty())
        meta.setValue(ArticleField::Url, url, MetadataOrigin::Document);

    QString author = c.ldAuthor;
    if (author.isEmpty()) {
        author = metaValue({ u"author", u"article:author", u"dc.creator", u"parsely-author", u"sailthru.author", u"byl",
                             u"twitter:creator" });
        if (author.startsWith(u'@') || looksLikeUrl(author))
            author.clear();
        author = bylineName(author);
    }
    if (author.isEmpty() && !c.bylineText.isEmpty())
        author = bylineName(c.bylineText);
    if (!author.isEmpty() && author.size() <= 200)
        meta.setValue(ArticleField::Author, author, MetadataOrigin::Document);

    const QString dateTexts[] = {
        c.ldDate,
        metaValue({ u"article:published_time", u"og:published_time", u"datepublished", u"pubdate", u"publishdate",
                    u"publish-date", u"publish_date", u"date", u"dc.date.issued", u"dc.date", u"dcterms.created",
                    u"dcterms.issued", u"parsely-pub-date", u"sailthru.date", u"article.published",
                    u"publication_date" }),
        c.timeDatetime,
    };
    for (const QString &text : dateTexts) {
        if (text.isEmpty())
            continue;
        if (const auto date = DateTextParser::find(text)) {
            meta.setValue(ArticleField::Published, date->toIso(), MetadataOrigin::Document);
            break;
        }
    }

    result.declaredLanguage = normaliseLanguageTag(c.lang);
    if (result.declaredLanguage.isEmpty())
        result.declaredLanguage = normaliseLanguageTag(metaValue({ u"og:locale", u"content-language", u"language" }));
    return result;
}

} // namespace casebook
