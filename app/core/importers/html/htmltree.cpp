// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltree.h"

#include <cstring>
#include <gumbo.h>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

/// Elements that never hold children, or whose end tag is optional and which do not nest in practice: they
/// never add to the depth that matters.
bool addsNoDepth(const QByteArray &name)
{
    static const char *const names[]
        = { "area",    "base",   "br",    "col",   "embed",  "hr",       "img",      "input",   "link", "meta",
            "param",   "source", "track", "wbr",   "p",      "li",       "dt",       "dd",      "tr",   "td",
            "th",      "tbody",  "thead", "tfoot", "option", "optgroup", "rb",       "rt",      "rp",   "colgroup",
            "caption", "html",   "head",  "body",  "frame",  "keygen",   "basefont", "bgsound", "image" };
    for (const char *n : names)
        if (name == n)
            return true;
    return false;
}

/// Skips raw-text content (script, style, …) after its start tag: returns the position of its end tag.
qsizetype skipRawText(const QByteArray &bytes, qsizetype from, const QByteArray &name)
{
    const QByteArray closing = "</" + name;
    qsizetype at = from;
    while (true) {
        at = bytes.indexOf("</", at);
        if (at < 0)
            return bytes.size();
        if (qstrnicmp(bytes.constData() + at, closing.constData(), closing.size()) == 0)
            return at;
        at += 2;
    }
}

} // namespace

HtmlTree::HtmlTree(QByteArray utf8)
    : m_utf8(limitNesting(utf8, maxDepth))
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100; // parse errors are only recorded; recording millions of them costs memory
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlTree::~HtmlTree()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const GumboNode *HtmlTree::root() const
{
    return m_output ? m_output->root : nullptr;
}

const GumboNode *HtmlTree::document() const
{
    return m_output ? m_output->document : nullptr;
}

QByteArray HtmlTree::limitNesting(const QByteArray &utf8, int depthLimit)
{
    // A light tokenizer over the bytes: enough to count how deep elements nest, skipping comments and raw text.
    // Tags past the limit are cut out; their text stays. Start and end tags are counted alike, so a page that
    // closes what it opens comes back to the same depth after the flattened part.
    QByteArray out;
    bool rewriting = false;
    qsizetype copiedUpTo = 0;
    int depth = 0;
    const qsizetype n = utf8.size();
    const char *p = utf8.constData();
    qsizetype i = 0;
    while (i < n) {
        const char *lt = static_cast<const char *>(std::memchr(p + i, '<', size_t(n - i)));
        if (!lt)
            break;
        i = lt - p;
        if (i + 1 >= n)
            break;
        if (p[i + 1] == '!') {
            if (i + 3 < n && p[i + 2] == '-' && p[i + 3] == '-') {
                const qsizetype end = utf8.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else {
                const qsizetype end = utf8.indexOf('>', i + 2);
                i = end < 0 ? n : end + 1;
            }
            continue;
        }
        const bool closing = p[i + 1] == '/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !isAsciiAlpha(p[nameStart])) {
            ++i;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n
               && (isAsciiAlpha(p[nameEnd]) || (p[nameEnd] >= '0' && p[nameEnd] <= '9') || p[nameEnd] == '-'))
            ++nameEnd;
        QByteArray name(p + nameStart, nameEnd - nameStart);
        for (char &c : name)
            c = asciiLower(c);
        // Find the end of the tag, minding quoted attribute values.
        qsizetype tagEnd = nameEnd;
        char quote = 0;
        while (tagEnd < n) {
            const char c = p[tagEnd];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
            ++tagEnd;
        }
        if (tagEnd >= n)
            break;
        const bool selfClosing = p[tagEnd - 1] == '/';
        qsizetype next = tagEnd + 1;
        bool drop = false;
        if (!addsNoDepth(name) && !selfClosing) {
            if (closing) {
                drop = depth > depthLimit;
                if (depth > 0)
                    --depth;
            } else {
                ++depth;
                drop = depth > depthLimit;
            }
        }
        if (!closing
            && (name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp"
                || name == "noscript" || name == "plaintext")) {
            next = skipRawText(utf8, next, name);
        }
        if (drop) {
            if (!rewriting) {
                out.reserve(utf8.size());
                rewriting = true;
            }
            out.append(p + copiedUpTo, i - copiedUpTo);
            copiedUpTo = tagEnd + 1;
        }
        i = next;
    }
    if (!rewriting)
        return utf8;
    out.append(p + copiedUpTo, n - copiedUpTo);
    return out;
}

QString htmlAttribute(const GumboNode *element, const char *name)
{
    if (!element || element->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&element->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

} // namespace casebook
