// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlcorpus.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace casebook::bench::HtmlCorpus {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphsHtml(const SyntheticArticle &article, qint64 index)
{
    QString html;
    const QStringList paragraphs = article.text.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        html += u"<p>"_s % escaped(paragraphs[i]) % u"</p>\n"_s;
        if (i == 1)
            html += u"<div class=\"ad-slot\" id=\"ad-inline-1\"><span>Advertisement</span>"
                    u"<img src=\"https://ads.example/banner-%1.gif\"></div>\n"_s.arg(index % 17);
        if (i == 2)
            html += u"<p class=\"read-also\">Read also: <a href=\"/news/%1\">A different story about model "
                    u"procurement in the provinces</a></p>\n"_s.arg(index + 1);
        if (i == 3)
            html += u"<figure><img src=\"https://img.example/photo-%1.jpg\"><figcaption>Engineers at work. "
                    u"Photo: Staff photographer</figcaption></figure>\n"_s.arg(index);
    }
    return html;
}

QString linkList(const QString &cssClass, const QString &heading, int count, qint64 index)
{
    QString html = u"<section class=\""_s % cssClass % u"\"><h3>"_s % heading % u"</h3><ul>"_s;
    for (int i = 0; i < count; ++i)
        html += u"<li><a href=\"/story/%1\">Story %1: officials review another pilot programme in the region</a>"
                u"<span class=\"time\">%2 hours ago</span></li>"_s.arg(index * 10 + i)
                    .arg(i + 1);
    return html + u"</ul></section>\n"_s;
}

QString headBlock(const SyntheticArticle &article, qint64 index, const QString &lang)
{
    const QString date = article.published.toString(Qt::ISODate);
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s % lang % u"\"><head><meta charset=\"utf-8\">\n<title>"_s
        % escaped(article.title) % u" | "_s % escaped(article.source) % u"</title>\n"_s
        % u"<meta property=\"og:title\" content=\""_s % escaped(article.title) % u"\">\n"_s
        % u"<meta property=\"og:site_name\" content=\""_s % escaped(article.source) % u"\">\n"_s
        % u"<meta property=\"article:published_time\" content=\""_s % date % u"T08:00:00+08:00\">\n"_s
        % u"<link rel=\"canonical\" href=\"https://news.example/a/"_s % QString::number(index) % u"\">\n"_s
        % u"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
          u"\"headline\":\""_s
        % escaped(article.title) % u"\",\"datePublished\":\""_s % date
        % u"\",\"author\":{\"@type\":\"Person\",\"name\":\"Staff Reporter\"},\"publisher\":{\"@type\":"
          u"\"Organization\",\"name\":\""_s
        % escaped(article.source) % u"\"}}</script>\n"_s;
    // Pages carry far more script and style than text.
    html += u"<style>"_s;
    for (int i = 0; i < 60; ++i)
        html += u".c%1{margin:0 auto;padding:%1px;font:14px/1.4 sans-serif;color:#333}"_s.arg(i);
    html += u"</style>\n<script>"_s;
    for (int i = 0; i < 80; ++i)
        html += u"window.dataLayer=window.dataLayer||[];dataLayer.push({event:'view',slot:%1,page:'%2'});\n"_s.arg(i)
                    .arg(index);
    html += u"</script>\n</head>\n"_s;
    return html;
}

QString navigation()
{
    QString html = u"<div class=\"cookie-banner\">We use cookies to personalise content and ads. "
                   u"<a href=\"/privacy\">Privacy</a><button>Accept all</button></div>\n"
                   u"<header class=\"site-header\"><a class=\"logo\" href=\"/\">Logo</a><nav><ul>"_s;
    for (const QString &section : { u"News"_s, u"Business"_s, u"Technology"_s, u"Health"_s, u"Cities"_s, u"Opinion"_s,
                                    u"Video"_s, u"Podcasts"_s })
        html += u"<li><a href=\"/"_s % section.toLower() % u"\">"_s % section % u"</a></li>"_s;
    return html + u"</ul></nav></header>\n"_s;
}

QString tail(qint64 index)
{
    return linkList(u"related-articles"_s, u"Related articles"_s, 6, index)
        + u"<section id=\"comments\" class=\"comments\"><h3>Leave a Reply</h3>"
          u"<div class=\"comment\"><p>Interesting, though I wonder how the hospitals will check the answers.</p></div>"
          u"<form><textarea></textarea><input type=\"submit\" value=\"Post\"></form></section>\n"
          u"<aside class=\"sidebar\">"_s
        + linkList(u"most-read"_s, u"Most read"_s, 8, index + 7)
        + u"</aside>\n<div class=\"newsletter\"><p>Sign up for our daily newsletter and never miss a story.</p>"
          u"<input type=\"email\"></div>\n<div class=\"app-promo\">Download the app for breaking news alerts.</div>\n"
          u"<footer class=\"site-footer\"><p>© 2025 News Example. All rights reserved.</p>"
          u"<a href=\"/about\">About</a> <a href=\"/contact\">Contact</a></footer>\n"
          u"<img src=\"https://tracker.example/pixel.gif\" width=\"1\" height=\"1\">\n</body></html>\n"_s;
}

} // namespace

QByteArray page(const SyntheticArticle &article, qint64 index)
{
    const QString lang = article.language == u"zh-Hans" ? u"zh-CN"_s : u"en"_s;
    QString html = headBlock(article, index, lang);
    switch (index % 3) {
    case 0: // a modern news site
        html += u"<body class=\"article-page\">"_s % navigation() % u"<main><article class=\"story\"><h1>"_s
            % escaped(article.title) % u"</h1>"_s % u"<div class=\"byline\">By Staff Reporter | "_s
            % article.published.toString(Qt::ISODate)
            % u"</div><div class=\"share-bar\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a><a href=\"#\">Email</a></div>"_s
            % u"<div class=\"article-body\">"_s % paragraphsHtml(article, index) % u"</div></article></main>\n"_s
            % tail(index);
        break;
    case 1: // a table-layout portal
        html += u"<body>"_s % navigation() % u"<table width=\"960\"><tr><td class=\"left\">"_s
            % linkList(u"channel"_s, u"Channels"_s, 10, index) % u"</td><td class=\"main\"><h1>"_s
            % escaped(article.title) % u"</h1><div class=\"info\">"_s % article.published.toString(Qt::ISODate)
            % u" 来源："_s % escaped(article.source) % u"</div><div id=\"artibody\">"_s % paragraphsHtml(article, index)
            % u"<p class=\"editor\">责任编辑：王编辑</p></div></td></tr></table>\n"_s % tail(index);
        break;
    default: // a blog
        html += u"<body class=\"post-template\"><div class=\"wrapper with-sidebar\">"_s % navigation()
            % u"<div class=\"post\"><h1 class=\"entry-title\">"_s % escaped(article.title)
            % u"</h1><div class=\"entry-content\">"_s % paragraphsHtml(article, index)
            % u"<div class=\"sharedaddy\"><h3>Share this:</h3><a href=\"#\">Facebook</a><a href=\"#\">X</a></div>"
              u"</div></div></div>\n"_s
            % tail(index);
        break;
    }
    return html.toUtf8();
}

} // namespace casebook::bench::HtmlCorpus
