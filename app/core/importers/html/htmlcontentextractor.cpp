// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlcontentextractor.h"

#include "htmltree.h"
#include "importers/boilerplatephrases.h"
#include "util/invisiblecharacters.h"
#include "util/unicodescript.h"

#include <QSet>
#include <array>
#include <bitset>
#include <gumbo.h>
#include <iterator>
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

/// Words in class and id names that mark furniture. Long, distinctive words match anywhere in a name; the short
/// ones (negativeParts) only as whole parts of it, so "ad" does not match "header" or "read". Content words name
/// a kind of content that is never the article (comments, share bars, related stories) and always count. Layout
/// words and the short parts name machinery that some templates put around everything, the article included
/// (every part of an Elementor page is a "widget", some pages list "f_ads_…" flags on every wrapper), so they
/// count only where most of the page's prose does not wear them (weighHints).
constexpr const char *contentWords[] = {
    "comment",   "share",     "sharing",      "social",      "related",    "recommend",  "newsletter", "subscribe",
    "cookie",    "consent",   "gdpr",         "advert",      "sponsor",    "breadcrumb", "popular",    "mostread",
    "most-read", "trending",  "outbrain",     "taboola",     "footer",     "masthead",   "navbar",     "navigation",
    "signup",    "login",     "byline",       "caption",     "credit",     "pagination", "pager",      "disclaimer",
    "copyright", "app-promo", "more-stories", "read-more",   "readmore",   "tag-list",   "taglist",    "author-bio",
    "paywall",   "dateline",  "timestamp",    "contentinfo", "standfirst", "pullquote",  "pull-quote",
};
constexpr const char *layoutWords[] = {
    "promo",    "banner", "sidebar",  "widget",        "menu",    "modal",   "popup",      "toolbar",
    "download", "teaser", "shopping", "complementary", "excerpt", "summary", "membership",
};
constexpr const char *negativeParts[] = { "ad", "ads", "nav", "tags", "promo", "hidden", "footer", "header" };
/// Bit positions in a WordSet: content words, then layout words, then parts.
constexpr int firstLayoutWord = int(std::size(contentWords));
constexpr int firstPart = firstLayoutWord + int(std::size(layoutWords));
constexpr int negativeWordCount = firstPart + int(std::size(negativeParts));
using WordSet = std::bitset<negativeWordCount>;

/// What an element's own names and tag say: the furniture words they carry, and positive evidence.
struct OwnHint
{
    WordSet negative;
    double positive = 0; ///< tag (article, main) and words such as "article-body"; header, footer and form count
                         ///< here as negative
};

/// Soft evidence from the names authors give their elements. A word counts once per element however often the
/// names repeat it (pages list dozens of "f_ads_…" feature flags on one element).
OwnHint ownHint(const GumboNode *node)
{
    OwnHint hint;
    switch (node->v.element.tag) {
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        hint.positive += 1.5;
        break;
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
        hint.positive -= 3;
        break;
    case GUMBO_TAG_FORM:
        hint.positive -= 1.5;
        break;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
        hint.positive -= 0.3;
        break;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
        return hint; // their names describe the page (its template, its feature flags), not a part of it
    default:
        break;
    }
    const GumboVector &attributes = node->v.element.attributes;
    QByteArray names;
    for (const char *attribute : { "class", "id", "role", "itemprop", "data-component", "data-testid" }) {
        if (const GumboAttribute *a = gumbo_get_attribute(&attributes, attribute)) {
            names.append(' ');
            names.append(a->value);
        }
    }
    if (names.isEmpty())
        return hint;
    names = names.toLower();
    static const char *const positiveWords[]
        = { "articlebody", "article-body", "article_body",  "article-content", "article__body", "story-body",
            "storybody",   "post-content", "entry-content", "main-content",    "content-body",  "article-text",
            "story-text",  "post-body",    "news-content",  "newscontent" };
    for (size_t w = 0; w < std::size(contentWords); ++w)
        if (names.contains(contentWords[w]))
            hint.negative.set(w);
    for (size_t w = 0; w < std::size(layoutWords); ++w)
        if (names.contains(layoutWords[w]))
            hint.negative.set(size_t(firstLayoutWord) + w);
    bool positiveWord = false;
    for (const char *word : positiveWords)
        positiveWord = positiveWord || names.contains(word);
    bool positivePart = false;
    for (QByteArray token : names.split(' ')) {
        for (const QByteArray &part : token.replace('_', '-').split('-')) {
            for (size_t w = 0; w < std::size(negativeParts); ++w)
                if (part == negativeParts[w])
                    hint.negative.set(size_t(firstPart) + w);
            positivePart = positivePart || part == "article" || part == "content" || part == "story" || part == "post"
                || part == "main" || part == "text" || part == "body";
        }
    }
    hint.positive += (positiveWord ? 3 : 0) + (positivePart ? 0.7 : 0);
    return hint;
}

struct Block
{
    enum class Kind { Good, Neutral, Bad };
    QString text;
    int element = 0;
    int hintElement = 0; ///< the innermost element around the block's first text
    int worstInlineElement = -1; ///< an inline part with worse names than the block (a share link), if any
    double hint = 0;
    qsizetype weight = 0;
    qsizetype linkWeight = 0;
    int sentencePunctuation = 0;
    int heading = 0;
    bool listItem = false; ///< an item of a list (or a definition)
    Kind kind = Kind::Neutral;

    double linkDensity() const { return weight ? double(linkWeight) / double(weight) : 0.0; }
};

struct ElementInfo
{
    int parent = -1;
    bool listItem = false;
    int firstBlock = 0;
    int endBlock = 0;
    double good = 0;
    double bad = 0;
    OwnHint own;
    double hint = 0; ///< own evidence plus the ancestors', fading by a quarter per level
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
        if (u >= 0xAD && unicode::isInvisible(u))
            continue; // a zero-width space is no space: "in\u200Bference" reads "inference"
        if (c.isSpace()) {
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
        bool inLink;
        int heading;
        bool isBlock;
    };

    void appendText(const Frame &frame, const char *utf8);
    void flush();

    QString m_buffer;
    qsizetype m_linkWeight = 0;
    bool m_afterBreak = false; ///< the text being collected follows a <br> in the same block
    int m_owner = 0;
    int m_hintElement = 0;
    int m_worstInlineElement = -1;
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
        m_hintElement = frame.element;
        m_worstInlineElement = -1;
        m_heading = frame.heading;
    } else if (frame.element != m_hintElement && elements[size_t(frame.element)].own.negative.any()) {
        m_worstInlineElement = frame.element; // a negative inline part (a share link) weighs on the block
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
    block.listItem = elements[size_t(m_owner)].listItem;
    // Lines broken by <br> in one block are a list written without list markup (tour dates, a digest).
    if (std::exchange(m_afterBreak, false) && !blocks.empty() && blocks.back().element == m_owner) {
        block.listItem = true;
        blocks.back().listItem = true;
    }
    block.hintElement = m_hintElement;
    block.worstInlineElement = m_worstInlineElement;
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
    elements.push_back({ -1, false, 0, 0, 0, 0, ownHint(root), 0 });
    stack.push_back({ root, 0, 0, 0, false, 0, true });
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
            m_afterBreak = true;
            continue;
        }
        if (role == TagRole::Skip || isHidden(child))
            continue;
        const bool isBlock = role == TagRole::Block;
        if (isBlock)
            flush();
        const Frame parent = frame; // `frame` is invalidated by the push below
        const int index = int(elements.size());
        const bool listItem = tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_TD
            || tag == GUMBO_TAG_TH;
        elements.push_back(
            { parent.element, listItem, int(blocks.size()), int(blocks.size()), 0, 0, ownHint(child), 0 });
        const int level = headingLevel(tag);
        stack.push_back({ child, 0, index, isBlock ? index : parent.blockOwner, parent.inLink || tag == GUMBO_TAG_A,
                          level ? level : parent.heading, isBlock });
    }
    flush();
}

bool readsAsProse(const Block &block)
{
    return block.weight >= 80 && block.sentencePunctuation >= 1 && block.linkDensity() <= 0.3;
}

/// Hints, relative to the page: a furniture word worn by the elements around most of the page's prose (every
/// part of an Elementor page is a "widget") says nothing about any of them, and is not counted on this page.
/// Then each element's hint is its own evidence plus its parent's, fading by a quarter per level.
void weighHints(std::vector<Block> &blocks, std::vector<ElementInfo> &elements)
{
    std::vector<WordSet> worn(elements.size()); // words on an element or any of its ancestors
    for (size_t i = 0; i < elements.size(); ++i)
        worn[i] = elements[i].own.negative | (elements[i].parent >= 0 ? worn[size_t(elements[i].parent)] : WordSet());
    double prose = 0;
    std::array<double, negativeWordCount> proseWearing {};
    for (const Block &block : blocks) {
        if (!readsAsProse(block))
            continue;
        prose += double(block.weight);
        const WordSet &words = worn[size_t(block.hintElement)];
        for (int w = 0; w < negativeWordCount; ++w)
            if (words.test(size_t(w)))
                proseWearing[size_t(w)] += double(block.weight);
    }
    WordSet uninformative;
    for (int w = firstLayoutWord; w < negativeWordCount; ++w)
        uninformative.set(size_t(w), prose > 0 && proseWearing[size_t(w)] * 2 > prose);
    for (size_t i = 0; i < elements.size(); ++i) {
        ElementInfo &element = elements[i];
        const double own = element.own.positive - ((element.own.negative & ~uninformative).any() ? 3 : 0);
        element.hint = (element.parent >= 0 ? elements[size_t(element.parent)].hint * 0.75 : 0) + own;
    }
    for (Block &block : blocks) {
        block.hint = elements[size_t(block.hintElement)].hint;
        if (block.worstInlineElement >= 0)
            block.hint = std::min(block.hint, (block.hint + elements[size_t(block.worstInlineElement)].hint) / 2);
    }
}

/// A long paragraph of several sentences whose many links are inline (names a site turns into cards, every
/// company linked): prose with links, not a list of links. It never counts as good, but it is not held against
/// the article around it, and it stays when it sits between article paragraphs.
bool isLinkedProse(const Block &block)
{
    return block.weight >= 200 && block.sentencePunctuation >= 3 && block.linkDensity() <= 0.85;
}

void classify(Block &block)
{
    const double links = block.linkDensity();
    const bool furniture = block.weight <= 160 && BoilerplatePhrases::isFurniture(block.text);
    if (links > 0.5 && block.hint > -1.5 && !furniture && isLinkedProse(block)) {
        block.kind = Block::Kind::Neutral;
        return;
    }
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

    weighHints(blocks, elements);
    for (Block &block : blocks)
        classify(block);
    // Paragraphs under subheadings that are links (with perhaps a name and a date between) are synopses of other
    // stories, however well they read, when the page has several of them: lists of other stories look like that,
    // articles do not. (A lone linked title over the article is the article's own permalink.)
    std::vector<size_t> synopses;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != Block::Kind::Good)
            continue;
        for (size_t back = 1; back <= 4 && back <= i; ++back) {
            const Block &previous = blocks[i - back];
            if (previous.kind == Block::Kind::Good)
                break;
            if (previous.heading >= 2 && previous.linkDensity() > 0.5) {
                // Only when the headline and the paragraph make a card of their own: their nearest common
                // element holds little else. A card set into an article's body is a sibling of its paragraphs.
                int common = blocks[i].element;
                while (common > 0 && elements[size_t(common)].firstBlock > int(i - back))
                    common = elements[size_t(common)].parent;
                if (elements[size_t(common)].endBlock - elements[size_t(common)].firstBlock <= 6)
                    synopses.push_back(i);
                break;
            }
        }
    }
    if (synopses.size() >= 2)
        for (const size_t i : synopses)
            blocks[i].kind = Block::Kind::Bad;
    // A heading that opens a page's tail ("Related Articles", "Comments", "Try Our AI Features") labels its
    // section: what follows it there is not the article, however much it reads like prose. Only once most of
    // the article's text lies above it, so a box inside the body cannot cut the body short.
    double goodSoFar = 0;
    double goodTotal = 0;
    for (const Block &block : blocks)
        if (block.kind == Block::Kind::Good)
            goodTotal += double(block.weight);
    // Readers' comments and a platform's notice are never the article, however much longer than it they run:
    // their opening line ends the article's section once some article lies above it.
    for (size_t i = 0; i < blocks.size(); ++i) {
        Block &block = blocks[i];
        if (block.kind == Block::Kind::Good)
            goodSoFar += double(block.weight);
        const bool comments = goodSoFar >= 150 && BoilerplatePhrases::opensCommentsOrNotice(block.text);
        if (!comments && (block.weight > 80 || goodSoFar * 2 < goodTotal || !BoilerplatePhrases::opensTail(block.text)))
            continue;
        // The section is the nearest element around the line that holds more than the line itself.
        int section = elements[size_t(block.element)].parent;
        while (section > 0 && elements[size_t(section)].endBlock <= int(i) + 1)
            section = elements[size_t(section)].parent;
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
        // So does prose next to it that only missed being good for its links (a digest of linked items).
        auto adjacent = [&](int i) {
            const Block &block = blocks[size_t(i)];
            const bool prose = block.kind == Block::Kind::Neutral && block.weight >= 80
                && block.sentencePunctuation >= 1 && block.linkDensity() <= 0.5 && block.heading == 0;
            return (block.kind == Block::Kind::Good || prose) && block.hint > -0.5;
        };
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
            // A list the article goes on into (tour dates, the points of a digest), right after its prose.
            const bool listAfterProse = block.listItem && before && before->kind == Block::Kind::Good
                && block.linkDensity() <= (block.sentencePunctuation >= 2 ? 0.5 : 0.3) && block.heading == 0;
            const bool linkedProse = between && isLinkedProse(block);
            // A one-sentence lead above the first article paragraph ("A half century on, the band is still
            // touring.").
            const bool lead = (!before || before->kind == Block::Kind::Bad) && after && after->kind == Block::Kind::Good
                && block.heading == 0 && BoilerplatePhrases::endsSentence(block.text) && block.sentencePunctuation >= 1
                && block.weight >= 20 && block.linkDensity() <= 0.3;
            const bool prose = block.weight >= 80 && block.sentencePunctuation >= 1 && block.linkDensity() <= 0.5;
            if (!(between && block.linkDensity() <= 0.3) && !sentence && !heading && !listAfterProse && !linkedProse
                && !lead && !(prose && before && before->kind == Block::Kind::Good))
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
