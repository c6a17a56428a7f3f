// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace casebook {

/// The vocabulary of web-page furniture that is not article text, shared by the HTML extractor and the
/// pasted-text cleaner. Every test here is about one short line or block in isolation; callers weigh it with
/// other evidence (length, position, punctuation, link density).
namespace BoilerplatePhrases {
/// A short line that is page furniture wherever it appears: "Advertisement", "Image source: …", "Share on X",
/// "Read also", "logo", "责任编辑：…".
bool isFurniture(QStringView line);
/// A line that opens the tail of a page: "Related Articles", "Leave a Reply", "Comments", "Download the app",
/// "相关阅读"; everything after it, to the end, is other stories, forms and promos.
bool opensTail(QStringView line);
/// A line that opens readers' comments ("Comments", "34 responses to …", "Reader responses", "网友评论") or a
/// platform's notice ("特别声明：以上内容…", "Statement: …", "Disclaimer"): unlike a list of related stories,
/// what follows is never the article, however long it runs; a notice line is itself not the article either.
bool opensCommentsOrNotice(QStringView line);
/// "Read also", "Read more", "See also", "延伸阅读": a teaser for another story follows.
bool introducesTeaser(QStringView line);
/// A photo or image credit: "Image source: …", "Photo: …", "(Photo by …)", "图片来源：…".
bool isImageCredit(QStringView line);
/// Text that is part of an image URL or path rather than prose: "%2Fs3%2Fstatic…jpg&w=1920&q=100)".
bool isUrlDebris(QStringView line);
/// Ends with an image path glued to a teaser title: "Some other story/s3/static/images/x.jpg)".
bool endsWithImagePath(QStringView line);
/// Sentence punctuation in Latin or CJK text.
bool endsSentence(QStringView line);
} // namespace BoilerplatePhrases

} // namespace casebook
