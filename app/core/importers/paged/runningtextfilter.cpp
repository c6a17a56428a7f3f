// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningtextfilter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebook::RunningTextFilter {

namespace {

/// The share of a page's height, at its top and at its bottom, where headers and footers sit.
constexpr double marginShare = 0.12;
/// The first and last lines in reading order count as margin lines too (a footer placed high on the page).
constexpr int edgeLines = 2;

bool inMargin(const LaidOutPage &page, qsizetype index)
{
    const LaidOutLine &line = page.lines.at(index);
    if (index < edgeLines || index >= page.lines.size() - edgeLines)
        return true;
    const double height = page.size.height();
    if (height <= 0)
        return false;
    return line.box.bottom() <= height * marginShare || line.box.top() >= height * (1 - marginShare);
}

/// The line with its digits folded, so "Annual report 2024 · 3" and "… · 4" compare equal.
QString repeatKey(const QString &line)
{
    QString key;
    key.reserve(line.size());
    for (const QChar c : line) {
        if (c.isDigit())
            key += u'#';
        else if (!c.isSpace())
            key += c.toCaseFolded();
    }
    return key;
}

} // namespace

bool isPageNumber(const QString &line)
{
    static const QRegularExpression pattern(
        uR"(^\s*(?:[-–—·|]\s*)?(?:(?:page|p\.|pg\.?)\s*)?(?:\d{1,4}|(?-i:[ivxlc]{1,6}|[IVXLC]{1,6}))(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—·|])?\s*$|^\s*第\s*\d{1,4}\s*页(?:\s*[/／共]\s*\d{1,4}\s*页?)?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

void apply(QList<LaidOutPage> &pages)
{
    // How many pages carry each margin line (counted once per page).
    QHash<QString, int> pagesWithLine;
    for (const LaidOutPage &page : pages) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < page.lines.size(); ++i)
            if (inMargin(page, i))
                seen.insert(repeatKey(page.lines.at(i).text));
        for (const QString &key : seen)
            ++pagesWithLine[key];
    }
    const int repeatedOn = std::max(2, int((pages.size() + 1) / 2));

    for (LaidOutPage &page : pages) {
        QList<LaidOutLine> kept;
        kept.reserve(page.lines.size());
        bool dropped = false;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            const LaidOutLine &line = page.lines.at(i);
            const bool furniture = inMargin(page, i)
                && (isPageNumber(line.text)
                    || (pages.size() >= 2 && pagesWithLine.value(repeatKey(line.text)) >= repeatedOn));
            if (furniture) {
                dropped = true;
                continue;
            }
            kept.append(line);
            if (dropped) {
                // whatever followed the header starts a paragraph of its own
                kept.back().startsParagraph = kept.back().startsParagraph || kept.size() == 1;
                dropped = false;
            }
        }
        page.lines = std::move(kept);
    }
}

} // namespace casebook::RunningTextFilter
