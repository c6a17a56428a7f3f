// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltree.h"

#include <cstdlib>
#include <cstring>
#include <gumbo.h>
#include <vector>

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

/// A bump allocator for one parse: gumbo makes many small allocations and frees them one by one at the end;
/// handing out slices of large blocks and dropping the blocks together is much faster, and needs no walk over
/// the tree to free it.
class HtmlTree::Arena
{
public:
    ~Arena()
    {
        for (void *block : m_blocks)
            std::free(block);
    }

    void *allocate(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > m_left) {
            const size_t blockSize = std::max(size, m_nextBlock);
            m_next = static_cast<char *>(std::malloc(blockSize));
            if (!m_next)
                throw std::bad_alloc();
            m_blocks.push_back(m_next);
            m_left = blockSize;
            m_nextBlock = std::min<size_t>(m_nextBlock * 2, 8 << 20);
        }
        void *result = m_next;
        m_next += size;
        m_left -= size;
        return result;
    }

    static void *allocate(void *arena, size_t size) { return static_cast<Arena *>(arena)->allocate(size); }
    static void release(void *, void *) { }

private:
    std::vector<void *> m_blocks;
    char *m_next = nullptr;
    size_t m_left = 0;
    size_t m_nextBlock = 64 * 1024;
};

HtmlTree::HtmlTree(QByteArray utf8)
    : m_utf8(simplify(utf8, maxDepth))
    , m_arena(std::make_unique<Arena>())
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::release;
    options.userdata = m_arena.get();
    options.max_errors = 100; // parse errors are only recorded; recording millions of them costs memory
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlTree::~HtmlTree() = default; // the arena holds the whole tree

const GumboNode *HtmlTree::root() const
{
    return m_output ? m_output->root : nullptr;
}

const GumboNode *HtmlTree::document() const
{
    return m_output ? m_output->document : nullptr;
}

QByteArray HtmlTree::simplify(const QByteArray &utf8, int depthLimit)
{
    // A light tokenizer over the bytes: enough to count how deep elements nest and to find comments and raw
    // text. Tags past the depth limit are cut out, their text stays; start and end tags are counted alike, so a
    // page that closes what it opens comes back to the same depth after the flattened part. Comments and the
    // contents of scripts and styles, often most of a page's bytes, go before gumbo has to tokenize them.
    QByteArray out;
    bool rewriting = false;
    qsizetype copiedUpTo = 0;
    const char *p = utf8.constData();
    auto cut = [&](qsizetype from, qsizetype to) {
        if (to <= from)
            return;
        if (!rewriting) {
            out.reserve(utf8.size());
            rewriting = true;
        }
        out.append(p + copiedUpTo, from - copiedUpTo);
        copiedUpTo = to;
    };
    int depth = 0;
    const qsizetype n = utf8.size();
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
                const qsizetype after = end < 0 ? n : end + 3;
                cut(i, after);
                i = after;
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
        if (drop)
            cut(i, tagEnd + 1);
        if (!closing
            && (name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp"
                || name == "noscript" || name == "plaintext")) {
            const qsizetype rawEnd = skipRawText(utf8, next, name);
            const bool keep = name == "title" || name == "textarea" || name == "xmp" || name == "plaintext"
                || (name == "script" && QByteArray(p + nameEnd, tagEnd - nameEnd).toLower().contains("ld+json"));
            if (!keep)
                cut(next, rawEnd);
            next = rawEnd;
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
