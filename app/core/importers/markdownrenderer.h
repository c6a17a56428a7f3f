// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace casebook {

/// Markdown as the plain paragraphs of an article, parsed by cmark (the CommonMark reference implementation):
/// paragraphs and headings become paragraphs; the items of a list become the lines of one paragraph; links
/// keep their text and lose their addresses (a bare address in angle brackets goes); images go, alt text and
/// all; emphasis and other markers go; code stays as text; raw HTML goes. The walk over the tree is
/// iterative, so deep nesting costs no stack.
class MarkdownRenderer
{
public:
    static QStringList paragraphs(const QString &markdown);
};

} // namespace casebook
