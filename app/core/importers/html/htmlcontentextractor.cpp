// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlcontentextractor.h"

#include "htmltree.h"
#include "importers/boilerplatephrases.h"
#include "util/unicodescript.h"

#include <QSet>
#include <gumbo.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

enum class TagRole { Skip, Block, Inline, Break };

/// Wide CJK characters and punctuation, and hangul (which is dense, though written with spaces).
bool isCjk(char32_t c)
{
    return unicode::isCjkWide(c) || unicode::isHangul(c);
}

TagRole roleOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
        return TagRole::Skip;
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
        return TagRole::Break;
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_STRIKE:
        return TagRole::Inline;
    default:
        return TagRole::Block;
    }
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

bool isHidden(const GumboNode *node)
{
    const GumboVector &attributes = node->v.element.attributes;
    if (gumbo_get_attribute(&attributes, "hidden"))
        return true;
    if (const GumboAttribute *aria = gumbo_get_attribute(&attributes, "aria-hidden"))
        if (qstricmp(aria->value, "true") == 0)
            return true;
    if (const GumboAttribute *style = gumbo_get_attribute(&attributes, "style")) {
        QByteArray css(style->value);
        css = css.toLower();
        css.replace(' ', "");
        if (css.contains("display:none") || css.contains("visibility:hidden"))
            return true;
    }
    return false;
}

/// Soft evidence from the names authors give their elements. Long, distinctive words match anywhere in the
/// class or id; short ones only as whole tokens (so "ad" does not match "header" or "read").
double ownHint(const GumboNode *node)
{
    const GumboVector &attributes = node->v.element.attributes;
    QByteArray names;
    for (const char *attribute : { "class", "id", "role", "itemprop", "data-component", "data-testid" }) {
        if (const GumboAttribute *a = gumbo_get_attribute(&attributes, attribute)) {
            names.append(' ');
            names.append(a->value);
        }
    }
    double hint = 0;
    switch (node->v.element.tag) {
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        hint += 1.5;
        break;
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
        hint -= 3;
        break;
    case GUMBO_TAG_FORM:
        hint -= 1.5;
        break;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
        hint -= 0.3;
        break;
    default:
        break;
    }
    if (names.isEmpty())
        return hint;
    names = names.toLower();
    static const char *const negativeWords[] = {
        "comment",    "share",     "sharing",      "social",     "related",    "recommend",   "promo",
        "newsletter", "subscribe", "cookie",       "consent",    "gdpr",       "banner",      "advert",
        "sponsor",    "sidebar",   "widget",       "breadcrumb", "popular",    "mostread",    "most-read",
        "trending",   "outbrain",  "taboola",      "footer",     "masthead",   "navbar",      "navigation",
        "menu",       "modal",     "popup",        "signup",     "login",      "byline",      "caption",
        "credit",     "toolbar",   "pagination",   "pager",      "disclaimer", "copyright",   "download",
        "app-promo",  "teaser",    "more-stories", "read-more",  "readmore",   "tag-list",    "taglist",
        "author-bio", "paywall",   "shopping",     "dateline",   "timestamp",  "contentinfo", "complementary",
        "standfirst", "excerpt",   "pullquote",    "pull-quote", "summary",    "membership",
    };
    static const char *const positiveWords[]
        = { "articlebody", "article-body", "article_body",  "article-content", "article__body", "story-body",
            "storybody",   "post-content", "entry-content", "main-content",    "content-body",  "article-text",
            "story-text",  "post-body",    "news-content",  "newscontent" };
    for (const char *word : negativeWords)
        if (names.contains(word))
            hint -= 3;
    for (const char *word : positiveWords)
        if (names.contains(word))
            hint += 3;
    // Whole tokens.
    const QList<QByteArray> tokens = names.split(' ');
    for (QByteArray token : tokens) {
        for (const QByteArray &part : token.replace('_', '-').split('-')) {
            if (part == "ad" || part == "ads" || part == "nav" || part == "tags" || part == "promo" || part == "hidden"
                || part == "footer" || part == "header")
                hint -= 3;
            else if (part == "article" || part == "content" || part == "story" || part == "post" || part == "main"
                     || part == "text" || part == "body")
                hint += 0.7;
        }
    }
    return hint;
}

struct Block
{
    enum class Kind { Good, Neutral, Bad };
    QString text;
    int element = 0;
    double hint = 0;
    qsizetype weight = 0;
    qsizetype linkWeight = 0;
    int sentencePunctuation = 0;
    int heading = 0;
    Kind kind = Kind::Neutral;

    double linkDensity() const { return weight ? double(linkWeight) / double(weight) : 0.0; }
};

struct ElementInfo
{
    int parent = -1;
    int firstBlock = 0;
    int endBlock = 0;
    double good = 0;
    double bad = 0;
};

/// Weight of text as reading matter: a CJK character carries about as much as three Latin letters.
qsizetype textWeight(QStringView text)
{
    qsizetype weight = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace() || text[i].isLowSurrogate())
            continue; // a surrogate pair weighs as one character
        weight += isCjk(unicode::codePointAt(text, i)) ? 3 : 1;
    }
    return weight;
}

QString collapseWhiteSpace(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    bool pendingSpace = false;
    bool pendingIdeographic = false;
    bool pendingNewline = false;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x200B || u == 0xFEFF) {
            pendingSpace = !out.isEmpty();
            pendingIdeographic = pendingIdeographic || u == 0x3000;
            pendingNewline = pendingNewline || u == u'\n' || u == u'\r';
            continue;
        }
        if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            continue;
        if (pendingSpace) {
            // Line breaks in the source between two CJK characters are not spaces in the text; an ideographic
            // space is meant, and separates fields such as "来源：…　记者 …".
            if (pendingIdeographic)
                out.append(QChar(0x3000));
            else if (!(pendingNewline && isCjk(out.back().unicode()) && isCjk(u)))
                out.append(u' ');
            pendingSpace = false;
        }
        pendingIdeographic = false;
        pendingNewline = false;
        out.append(c);
    }
    return out;
}

QString normalisedForComparison(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    return out;
}

class BlockCollector
{
public:
    std::vector<Block> blocks;
    std::vector<ElementInfo> elements;

    void run(const GumboNode *root);

private:
    struct Frame
    {
        const GumboNode *node;
        unsigned nextChild;
        int element;
        int blockOwner;
        double hint;
        bool inLink;
        int heading;
        bool isBlock;
    };

    void appendText(const Frame &frame, const char *utf8);
    void flush();

    QString m_buffer;
    qsizetype m_linkWeight = 0;
    int m_owner = 0;
    double m_hint = 0;
    int m_heading = 0;
};

void BlockCollector::appendText(const Frame &frame, const char *utf8)
{
    const QString text = QString::fromUtf8(utf8);
    if (m_buffer.isEmpty()) {
        bool allSpace = true;
        for (const QChar c : text)
            if (!c.isSpace()) {
                allSpace = false;
                break;
            }
        if (allSpace)
            return;
        m_owner = frame.blockOwner;
        m_hint = frame.hint;
        m_heading = frame.heading;
    } else if (frame.hint < m_hint) {
        m_hint = (m_hint + frame.hint) / 2; // a negative inline part (a share link) weighs on the block
    }
    if (frame.inLink)
        m_linkWeight += textWeight(text);
    m_buffer.append(text);
}

void BlockCollector::flush()
{
    if (m_buffer.isEmpty())
        return;
    Block block;
    block.text = collapseWhiteSpace(m_buffer);
    m_buffer.clear();
    block.weight = textWeight(block.text);
    if (block.weight == 0) {
        m_linkWeight = 0;
        return;
    }
    block.linkWeight = std::min(m_linkWeight, block.weight);
    m_linkWeight = 0;
    block.element = m_owner;
    block.hint = m_hint;
    block.heading = m_heading;
    for (const QChar c : std::as_const(block.text)) {
        const char16_t u = c.unicode();
        if (u == u'.' || u == u'!' || u == u'?' || u == u',' || u == u';' || u == 0x3002 || u == 0xFF01 || u == 0xFF1F
            || u == 0xFF0C || u == 0x3001 || u == 0xFF1B)
            ++block.sentencePunctuation;
    }
    blocks.push_back(std::move(block));
}

void BlockCollector::run(const GumboNode *root)
{
    if (!root || root->type != GUMBO_NODE_ELEMENT)
        return;
    std::vector<Frame> stack;
    stack.reserve(64);
    elements.push_back({ -1, 0, 0, 0, 0 });
    stack.push_back({ root, 0, 0, 0, ownHint(root), false, 0, true });
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.nextChild >= children.length) {
            if (frame.isBlock)
                flush();
            elements[size_t(frame.element)].endBlock = int(blocks.size());
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[frame.nextChild++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            appendText(frame, child->v.text.text);
            continue;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            continue; // comments, the doctype
        }
        const GumboTag tag = child->v.element.tag;
        const TagRole role = roleOf(tag);
        if (role == TagRole::Break) {
            flush();
            continue;
        }
        if (role == TagRole::Skip || isHidden(child))
            continue;
        const bool isBlock = role == TagRole::Block;
        if (isBlock)
            flush();
        const Frame parent = frame; // `frame` is invalidated by the push below
        const int index = int(elements.size());
        elements.push_back({ parent.element, int(blocks.size()), int(blocks.size()), 0, 0 });
        const int level = headingLevel(tag);
        stack.push_back({ child, 0, index, isBlock ? index : parent.blockOwner, parent.hint * 0.75 + ownHint(child),
                          parent.inLink || tag == GUMBO_TAG_A, level ? level : parent.heading, isBlock });
    }
    flush();
}

void classify(Block &block)
{
    const double links = block.linkDensity();
    const bool furniture = block.weight <= 160 && BoilerplatePhrases::isFurniture(block.text);
    if (links > 0.5 || block.hint <= -1.5 || furniture || BoilerplatePhrases::isUrlDebris(block.text)) {
        block.kind = Block::Kind::Bad;
        return;
    }
    if (block.heading) {
        block.kind = Block::Kind::Neutral;
        return;
    }
    const bool sentence = BoilerplatePhrases::endsSentence(block.text);
    if (links <= 0.3
        && ((block.weight >= 80 && block.sentencePunctuation >= 1)
            || (block.weight >= 40 && sentence && block.hint > 0.5))) {
        block.kind = Block::Kind::Good;
        return;
    }
    block.kind = Block::Kind::Neutral;
}

} // namespace

HtmlContentExtractor::Result HtmlContentExtractor::extract(const HtmlTree &tree, const Options &options)
{
    BlockCollector collector;
    collector.run(tree.root());
    std::vector<Block> &blocks = collector.blocks;
    std::vector<ElementInfo> &elements = collector.elements;
    if (blocks.empty())
        return {};

    for (Block &block : blocks)
        classify(block);
    // A heading that opens a page's tail ("Related Articles", "Comments", "Try Our AI Features") labels its
    // section: what follows it there is not the article, however much it reads like prose. Only once most of
    // the article's text lies above it, so a box inside the body cannot cut the body short.
    double goodSoFar = 0;
    double goodTotal = 0;
    for (const Block &block : blocks)
        if (block.kind == Block::Kind::Good)
            goodTotal += double(block.weight);
    for (size_t i = 0; i < blocks.size(); ++i) {
        Block &block = blocks[i];
        if (block.kind == Block::Kind::Good)
            goodSoFar += double(block.weight);
        if (block.weight > 80 || goodSoFar * 2 < goodTotal || !BoilerplatePhrases::opensTail(block.text))
            continue;
        const int section = elements[size_t(block.element)].parent;
        if (section <= 0)
            continue;
        block.kind = Block::Kind::Bad;
        for (int j = int(i) + 1; j < elements[size_t(section)].endBlock; ++j)
            blocks[size_t(j)].kind = Block::Kind::Bad;
    }
    for (Block &block : blocks) {
        ElementInfo &owner = elements[size_t(block.element)];
        if (block.kind == Block::Kind::Good)
            owner.good += double(block.weight) * (1.0 - block.linkDensity());
        else if (block.kind == Block::Kind::Bad)
            owner.bad += double(block.weight);
    }
    // Children come after their parents: one backward pass sums every subtree.
    for (size_t i = elements.size(); i-- > 1;) {
        ElementInfo &parent = elements[size_t(elements[i].parent)];
        parent.good += elements[i].good;
        parent.bad += elements[i].bad;
    }
    // The container: most good text net of bad. Visiting deeper elements first and taking only strict
    // improvements picks the innermost of equal wrappers.
    int best = -1;
    double bestScore = 0;
    for (size_t i = elements.size(); i-- > 0;) {
        const double score = elements[i].good - elements[i].bad;
        if (elements[i].good > 0 && score > bestScore) {
            bestScore = score;
            best = int(i);
        }
    }
    int first = 0;
    int end = int(blocks.size());
    if (best >= 0) {
        first = elements[size_t(best)].firstBlock;
        end = elements[size_t(best)].endBlock;
        // Good blocks right next to the container (a lead paragraph in a sibling element) belong to it.
        auto adjacent
            = [&](int i) { return blocks[size_t(i)].kind == Block::Kind::Good && blocks[size_t(i)].hint > -0.5; };
        while (first > 0 && adjacent(first - 1))
            --first;
        while (end < int(blocks.size()) && adjacent(end))
            ++end;
    }

    const QString headline = normalisedForComparison(options.headline);
    QSet<QString> seen;
    Result result;
    int firstKept = -1;
    auto nextJudged = [&](int from, int step) -> const Block * {
        for (int j = from; j >= first && j < end; j += step) {
            const Block &other = blocks[size_t(j)];
            if (other.kind != Block::Kind::Neutral)
                return &other;
        }
        return nullptr;
    };
    for (int i = first; i < end; ++i) {
        const Block &block = blocks[size_t(i)];
        if (block.kind == Block::Kind::Bad)
            continue;
        if (block.kind == Block::Kind::Neutral) {
            // Short lines (subheadings, a one-line paragraph) stay when they sit between article paragraphs or
            // read as a sentence; labels, names and widgets around the article go.
            const Block *before = nextJudged(i - 1, -1);
            const Block *after = nextJudged(i + 1, 1);
            const bool between
                = before && after && before->kind == Block::Kind::Good && after->kind == Block::Kind::Good;
            const bool sentence = BoilerplatePhrases::endsSentence(block.text) && block.sentencePunctuation >= 1
                && block.linkDensity() <= 0.3 && block.heading == 0 && before && before->kind == Block::Kind::Good;
            const bool heading
                = block.heading >= 2 && after && after->kind == Block::Kind::Good && block.linkDensity() <= 0.5;
            if (!(between && block.linkDensity() <= 0.3) && !sentence && !heading)
                continue;
        }
        const QString key = normalisedForComparison(block.text);
        if (key.isEmpty())
            continue;
        if (!headline.isEmpty() && (key == headline || (block.heading == 1 && headline.startsWith(key))))
            continue;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.paragraphs.append(block.text);
        if (firstKept < 0)
            firstKept = i;
    }
    // A pull quote repeats a sentence of the body: a kept paragraph found inside another goes.
    // Pairwise, so only on article-sized results: a page of thousands of paragraphs has no pull quotes to find.
    if (result.paragraphs.size() > 1 && result.paragraphs.size() <= 400) {
        QStringList keys;
        for (const QString &paragraph : std::as_const(result.paragraphs))
            keys.append(normalisedForComparison(paragraph));
        QStringList kept;
        for (qsizetype i = 0; i < result.paragraphs.size(); ++i) {
            bool repeated = false;
            for (qsizetype j = 0; j < keys.size() && !repeated; ++j)
                repeated
                    = j != i && keys[i].size() >= 20 && keys[j].size() > keys[i].size() && keys[j].contains(keys[i]);
            if (!repeated)
                kept.append(result.paragraphs[i]);
        }
        result.paragraphs = kept;
    }
    // The short lines between the headline and the body: bylines and datelines written only as text.
    if (firstKept >= 0) {
        int from = std::max(0, firstKept - 12);
        for (int i = firstKept - 1; i >= from; --i) {
            if (blocks[size_t(i)].heading == 1) {
                from = i;
                break;
            }
        }
        for (int i = from; i < firstKept; ++i)
            if (blocks[size_t(i)].text.size() <= 160)
                result.leadLines.append(blocks[size_t(i)].text);
    }
    return result;
}

} // namespace casebook
