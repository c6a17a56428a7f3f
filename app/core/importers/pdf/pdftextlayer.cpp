// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextlayer.h"

#include <QVariant>
#include <algorithm>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace casebook::PdfTextLayer {

namespace {

/// Fewer readable characters than this on a page: there is no text layer to speak of (a scan with a page
/// number stamped on it).
constexpr int minimumCharacters = 24;

bool shouldAbort(const QVariant &limits)
{
    return reinterpret_cast<const ReadLimits *>(limits.value<quintptr>())->shouldStop();
}

/// Fonts draw "fi", "ffl" and the like as one glyph, and the text layer keeps the ligature's code point
/// (U+FB01), which no search for "fisheries" finds. Only these are decomposed: full-width CJK punctuation stays.
QString withoutLatinLigatures(QString text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            text.replace(i, 1, text.at(i).decomposition());
    }
    return text;
}

bool endsSentence(const QString &text)
{
    static const QString enders = u".!?:\"'”’)。！？：”」』）"_s;
    return !text.isEmpty() && enders.contains(text.back());
}

/// Marks where paragraphs start, from the lines' geometry.
void markParagraphs(QList<LaidOutLine> &lines)
{
    if (lines.isEmpty())
        return;
    std::vector<double> heights;
    for (const LaidOutLine &line : lines)
        heights.push_back(line.box.height());
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double lineHeight = std::max(1.0, heights[heights.size() / 2]);

    lines.first().startsParagraph = true;
    double blockRight = lines.first().box.right();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const LaidOutLine &previous = lines.at(i - 1);
        LaidOutLine &line = lines[i];
        const double gap = line.box.top() - previous.box.bottom();
        const bool wentUp = line.box.top() < previous.box.top() - lineHeight * 0.5; // the next column or block
        const bool wideGap = gap > lineHeight * 0.8;
        const bool otherSize = std::abs(line.box.height() - previous.box.height()) > lineHeight * 0.35;
        const bool shortEnd = previous.box.right() < blockRight - lineHeight * 3 && endsSentence(previous.text);
        const bool indented = line.box.left() > previous.box.left() + lineHeight * 0.8
            && line.box.left() < previous.box.left() + lineHeight * 4 && endsSentence(previous.text);
        line.startsParagraph = wentUp || wideGap || otherSize || shortEnd || indented;
        blockRight = line.startsParagraph ? line.box.right() : std::max(blockRight, line.box.right());
    }
}

} // namespace

LaidOutPage read(const Poppler::Page &page, int pageNumber, const ReadLimits &limits)
{
    LaidOutPage result;
    result.number = pageNumber;
    result.method = ArticlePage::Method::TextLayer;
    result.size = page.pageSizeF();
    const auto words
        = page.textList(Poppler::Page::Rotate0, &shouldAbort, QVariant::fromValue(reinterpret_cast<quintptr>(&limits)));
    limits.throwIfStopped();
    const Poppler::TextBox *previous = nullptr;
    for (const auto &word : words) {
        const QString text = withoutLatinLigatures(word->text());
        if (!previous || previous->nextWord() != word.get()) {
            if (!result.lines.isEmpty() && result.lines.back().text.trimmed().isEmpty())
                result.lines.removeLast();
            result.lines.append({ QString(), word->boundingBox(), false });
        } else {
            result.lines.back().box |= word->boundingBox();
        }
        LaidOutLine &line = result.lines.back();
        if (previous && previous->nextWord() == word.get() && previous->hasSpaceAfter())
            line.text += u' ';
        line.text += text;
        previous = word.get();
    }
    if (!result.lines.isEmpty() && result.lines.back().text.trimmed().isEmpty())
        result.lines.removeLast();
    markParagraphs(result.lines);
    return result;
}

bool isUsable(const LaidOutPage &page)
{
    qsizetype letters = 0;
    qsizetype other = 0;
    qsizetype latinLetters = 0;
    qsizetype vowels = 0;
    for (const LaidOutLine &line : page.lines) {
        for (const QChar c : line.text) {
            if (c.isSpace())
                continue;
            if (c.isLetterOrNumber()) {
                ++letters;
                if (c.script() == QChar::Script_Latin) {
                    ++latinLetters;
                    if (u"aeiouyAEIOUY"_s.contains(c))
                        ++vowels;
                }
            } else if (c.isPunct() && c.unicode() < 0x2100) {
                ++letters; // ordinary punctuation counts with the letters around it, up to a share
                ++other;
            } else {
                other += 2; // controls, private use, replacement characters, symbol soup
            }
        }
    }
    if (letters < minimumCharacters)
        return false;
    if (other * 4 > letters)
        return false;
    // Latin text is about 38% vowels; glyph ids read as letters are not
    return latinLetters < 40 || vowels * 100 >= latinLetters * 18;
}

} // namespace casebook::PdfTextLayer
