// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace casebook {

/// A parsed HTML document (gumbo), owned for its lifetime. Parsing is pure: no script runs, no resource is
/// fetched. Hostile input is tamed before gumbo sees it: nesting deeper than maxDepth is flattened, so neither
/// gumbo's own scope checks nor any walker has to deal with thousands of levels.
class HtmlTree
{
public:
    static constexpr int maxDepth = 256;

    /// Parses UTF-8 HTML.
    explicit HtmlTree(QByteArray utf8);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    const GumboInternalNode *root() const;
    const GumboInternalNode *document() const;

    /// The input without what no reader of the tree needs (comments; the contents of scripts other than
    /// JSON-LD, of styles and of noscript) and with element nesting beyond `depthLimit` flattened (the tags
    /// only, never text). Returns the input itself when there is nothing to take out.
    static QByteArray simplify(const QByteArray &utf8, int depthLimit);

private:
    class Arena;

    QByteArray m_utf8; ///< gumbo points into this buffer
    std::unique_ptr<Arena> m_arena; ///< every allocation gumbo makes; freed at once with the tree
    GumboInternalOutput *m_output = nullptr;
};

/// Text of a gumbo attribute, or empty.
QString htmlAttribute(const GumboInternalNode *element, const char *name);

} // namespace casebook
