// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplatephrases.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace casebook::BoilerplatePhrases {

namespace {

QString folded(QStringView line)
{
    QString text = line.trimmed().toString().toLower();
    text.replace(u'\u00a0', u' ');
    return text;
}

const QRegularExpression &furniturePattern()
{
    // Whole-line furniture. Each alternative is generic page vocabulary, not any one site's.
    static const QRegularExpression pattern(
        uR"(^(?:advertisement|advertising|sponsored( content)?|ad|ads|scroll to continue( with content)?|)"
        uR"(logo|([\w&.'’-]+ ){1,3}logo|orange background|background|icon|menu|search|home|close|skip to( main)? content|)"
        uR"(share( this( article| story)?| on \w+| via \w+)?|share( this article| this story| on| via|:| to)\b.{0,80}|)"
        uR"(tweet|email|print|copy link|follow us( on \w+)?|listen to this article.{0,20}|reading time\s*:.{0,20}|)"
        uR"(\W*try our ai\b.{0,120}|\d+ min(ute)?s? read|点赞.{0,10}|收藏.{0,10}|分享[：:].{0,30}|热门评论.{0,10}|)"
        uR"(.{0,60}\b(is|are) (reader|listener|member)-supported\b.*|become a (member|subscriber|patron)\b.*|)"
        uR"(support (our|independent) journalism\b.*|)"
        uR"(还没有评论.*|((facebook|twitter|x|linkedin|whatsapp|weibo|wechat|telegram|reddit|email|微信|微博|qq空间|朋友圈)[\s,|]*){2,}|)"
        uR"(sign (up|in)|log ?in|register|subscribe( now)?|newsletter|back to top|)"
        uR"(app-?store ?play-?store|app store|google play|get (it|started) (on|now).*|)"
        uR"(no comments( yet)?\.*|\d+ comments?|be the first to comment\.*|)"
        uR"(your email address will not be published\..*|required fields are marked \*|)"
        uR"(cookie (settings|policy|preferences)|accept( all)?( cookies)?|reject( all)?|)"
        uR"(tags?\s*[:：].*|topics?\s*[:：].*|filed under\s*[:：]?.*|)"
        uR"(分享到.*|扫一扫.*|打开app.*|下载app.*|版权所有.*|免责声明.*|上一篇.*|下一篇.*|责任编辑\s*[:：].*|编辑\s*[:：].*|)"
        uR"(返回顶部|点击(查看|进入|阅读).*|关注我们.*)$)"_s);
    return pattern;
}

const QRegularExpression &tailPattern()
{
    static const QRegularExpression pattern(
        uR"(^(?:related( articles| stories| news| posts| content| coverage)?|more (from|on) .{1,40}|more stories|)"
        uR"(you (may|might) (also )?(like|be interested in)|recommended( for you| stories| articles)?|)"
        uR"(most (read|popular|viewed|shared)|trending( now| stories)?|popular (now|stories|articles)|)"
        uR"(leave a (reply|comment)|post a comment|add a comment|comments?( \(\d+\))?|join the (conversation|discussion)|)"
        uR"(enjoyed this (article|issue|story|newsletter|piece)\??|)"
        uR"(no comments( yet)?\.*|try our ai features|explore what .{1,40} can do for you:?|)"
        uR"(download the app|get (started|the app)( now)?:? download the app|get our app|)"
        uR"(sign up for (our|the) newsletter.*|subscribe to (our|the) newsletter.*|)"
        uR"(相关(阅读|新闻|文章|推荐|报道)|推荐阅读|热门(文章|新闻|推荐)|猜你喜欢|更多(新闻|报道)|网友评论|发表评论|评论)[:：]?$)"_s);
    return pattern;
}

} // namespace

bool isFurniture(QStringView line)
{
    if (line.size() > 160)
        return false;
    const QString text = folded(line);
    if (text.isEmpty())
        return false;
    return furniturePattern().match(text).hasMatch() || isImageCredit(text) || introducesTeaser(text);
}

bool opensTail(QStringView line)
{
    if (line.size() > 80)
        return false;
    return tailPattern().match(folded(line)).hasMatch();
}

bool opensCommentsOrNotice(QStringView line)
{
    static const QRegularExpression notice(uR"(^(?:特别声明|免责声明|声明|statement|disclaimer|notice)\s*[:：])"_s);
    static const QRegularExpression heading(
        uR"(^(?:(?:\d+\s+)?(?:comments?|responses?|replies|reactions)(?:\s*\(\d+\))?(?: to .{1,150})?|)"
        uR"((?:reader|readers'?|readers’|user|your) (?:comments|responses|reactions|views|letters)|)"
        uR"(what (?:readers|you) (?:say|think|said)|leave a (?:reply|comment)|post a comment|add a comment|)"
        uR"(join the (?:conversation|discussion)|discussion|conversation|)"
        uR"(特别声明|免责声明|网友评论|读者评论|发表评论|评论|全部评论|\d+\s*条评论|disclaimer|statement)[:：]?$)"_s);
    // Only the start of a long paragraph can be a notice's label: fold no more of it than that.
    const QString text = folded(line.first(std::min<qsizetype>(line.size(), 200)));
    if (notice.match(text).hasMatch())
        return true;
    return line.size() <= 200 && heading.match(text).hasMatch();
}

bool introducesTeaser(QStringView line)
{
    if (line.size() > 30)
        return false;
    static const QRegularExpression pattern(
        uR"(^(?:read (also|more|next)|also read|see also|further reading|related|延伸阅读|相关阅读|阅读更多)\s*[:：]?$)"_s);
    return pattern.match(folded(line)).hasMatch();
}

bool isImageCredit(QStringView line)
{
    if (line.size() > 160)
        return false;
    static const QRegularExpression pattern(
        uR"(^(?:\(?(image|photo|picture|illustration|graphic|video|cover|header image|top image|lead image)s?)"
        uR"(( source| credit| by)?s?\s*[:：]|\(?photo(graph)? by |\(?(image|photo) courtesy|credit\s*[:：]|)"
        uR"(图片来源|图片\s*[:：]|图\s*[:：]|图/|摄影\s*[:：]|视频来源))"_s);
    return pattern.match(folded(line)).hasMatch();
}

bool isUrlDebris(QStringView line)
{
    const QStringView text = line.trimmed();
    if (text.isEmpty())
        return false;
    // Prose has spaces and no percent-encoding: it is most of what comes here, so it leaves at once.
    if (text.contains(u' ') && !text.contains(u'%'))
        return false;
    static const QRegularExpression imageUrl(uR"(\.(jpe?g|png|gif|webp|avif|svg)(\b|[?&)#]))"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const bool encodedPath
        = text.contains(u"%2F"_s, Qt::CaseInsensitive) || text.contains(u"%3A"_s, Qt::CaseInsensitive);
    const bool hasSpaces = text.contains(u' ');
    if (encodedPath && imageUrl.match(text).hasMatch())
        return true;
    if (!hasSpaces && (imageUrl.match(text).hasMatch() || text.startsWith(u"http"_s) || text.startsWith(u'/')))
        return true;
    return false;
}

bool endsWithImagePath(QStringView line)
{
    static const QRegularExpression pattern(uR"(/[\w./%-]+\.(jpe?g|png|gif|webp|avif)\)?\s*$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

bool endsSentence(QStringView line)
{
    const QStringView text = line.trimmed();
    if (text.isEmpty())
        return false;
    static const QString enders = u".!?。！？…\"”’')）」』"_s;
    return enders.contains(text.back());
}

} // namespace casebook::BoilerplatePhrases
