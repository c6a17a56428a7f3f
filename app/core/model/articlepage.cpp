// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepage.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

QString methodName(ArticlePage::Method method)
{
    return method == ArticlePage::Method::Ocr ? u"ocr"_s : u"text-layer"_s;
}

ArticlePage::Method methodFromName(const QString &name)
{
    return name == u"ocr" ? ArticlePage::Method::Ocr : ArticlePage::Method::TextLayer;
}

std::optional<int> pageAtOffset(const QList<ArticlePage> &pages, qint64 offset)
{
    if (pages.isEmpty() || offset < 0)
        return std::nullopt;
    auto after = std::upper_bound(pages.cbegin(), pages.cend(), offset,
                                  [](qint64 value, const ArticlePage &page) { return value < page.start; });
    if (after == pages.cbegin())
        return pages.first().page; // text before the first page's start (none is written): the first page
    return std::prev(after)->page;
}

} // namespace casebook
