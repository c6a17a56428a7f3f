// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "util/unicodescript.h"

#include <QRegularExpression>
#include <cmark.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

/// Marks a soft line break until both its neighbours are known: between two CJK characters it is nothing
/// (a Chinese paragraph wrapped in the source), elsewhere a space.
constexpr char16_t softBreak = u'\uE000';

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct IterDeleter
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString tidy(QString text)
{
    for (qsizetype i = text.indexOf(QChar(softBreak)); i >= 0; i = text.indexOf(QChar(softBreak), i)) {
        const bool cjkBefore = i > 0 && unicode::isCjkWide(unicode::codePointAt(text, i - 1));
        const bool cjkAfter = i + 1 < text.size() && unicode::isCjkWide(unicode::codePointAt(text, i + 1));
        if (cjkBefore && cjkAfter)
            text.remove(i, 1);
        else
            text[i] = u' ';
    }
    static const QRegularExpression spaces(uR"([ \t\x{00A0}]+)"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString clean = QString(line).replace(spaces, u" "_s).trimmed();
        if (!clean.isEmpty())
            lines.append(clean);
    }
    return lines.join(u'\n');
}

class Walker
{
public:
    void enter(cmark_node *node);
    void exit(cmark_node *node);
    QStringList paragraphs;

private:
    void endBlock();
    void appendBlock(const QString &text);

    QString m_current;
    QStringList m_listLines; ///< the lines of the outermost list being read
    int m_listDepth = 0;
    int m_imageDepth = 0;
    QList<std::pair<qsizetype, QString>> m_links; ///< where each open link's text starts, and its address
};

void Walker::appendBlock(const QString &text)
{
    const QString clean = tidy(text);
    if (clean.isEmpty())
        return;
    if (m_listDepth > 0)
        m_listLines.append(clean);
    else
        paragraphs.append(clean);
}

void Walker::endBlock()
{
    appendBlock(m_current);
    m_current.clear();
}

void Walker::enter(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    if (m_imageDepth > 0) {
        if (type == CMARK_NODE_IMAGE)
            ++m_imageDepth;
        return;
    }
    switch (type) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
        m_current += fromUtf8(cmark_node_get_literal(node));
        break;
    case CMARK_NODE_SOFTBREAK:
        m_current += QChar(softBreak);
        break;
    case CMARK_NODE_LINEBREAK:
        m_current += u'\n';
        break;
    case CMARK_NODE_HTML_INLINE: {
        static const QRegularExpression lineBreak(uR"(^<br\s*/?>$)"_s, QRegularExpression::CaseInsensitiveOption);
        if (lineBreak.match(fromUtf8(cmark_node_get_literal(node)).trimmed()).hasMatch())
            m_current += u'\n';
        break;
    }
    case CMARK_NODE_IMAGE:
        ++m_imageDepth;
        break;
    case CMARK_NODE_LINK:
        m_links.append({ m_current.size(), fromUtf8(cmark_node_get_url(node)) });
        break;
    case CMARK_NODE_CODE_BLOCK:
        endBlock();
        appendBlock(fromUtf8(cmark_node_get_literal(node)));
        break;
    case CMARK_NODE_LIST:
        endBlock();
        ++m_listDepth;
        break;
    case CMARK_NODE_ITEM:
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_THEMATIC_BREAK:
        endBlock();
        break;
    default: // the document, raw HTML blocks, custom nodes
        break;
    }
}

void Walker::exit(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    if (m_imageDepth > 0) {
        if (type == CMARK_NODE_IMAGE)
            --m_imageDepth;
        return;
    }
    switch (type) {
    case CMARK_NODE_LINK:
        if (!m_links.isEmpty()) {
            const auto [start, url] = m_links.takeLast();
            // "<https://example.com>", "[https://example.com](https://example.com)": an address, not text.
            QString text = m_current.mid(start).trimmed();
            if (text == url || u"mailto:"_s + text == url || text.startsWith(u"http://"_s)
                || text.startsWith(u"https://"_s))
                m_current.truncate(start);
        }
        break;
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_BLOCK_QUOTE:
        endBlock();
        break;
    case CMARK_NODE_LIST:
        endBlock();
        if (--m_listDepth == 0 && !m_listLines.isEmpty()) {
            paragraphs.append(m_listLines.join(u'\n'));
            m_listLines.clear();
        }
        break;
    default:
        break;
    }
}

} // namespace

QStringList MarkdownRenderer::paragraphs(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    const std::unique_ptr<cmark_node, NodeDeleter> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8));
    if (!document)
        return {};
    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document.get()));
    Walker walker;
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        if (event == CMARK_EVENT_ENTER)
            walker.enter(node);
        else if (event == CMARK_EVENT_EXIT)
            walker.exit(node);
    }
    return walker.paragraphs;
}

} // namespace casebook
