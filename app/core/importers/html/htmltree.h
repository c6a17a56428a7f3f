// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

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

    /// The input with element nesting beyond `depthLimit` removed (the tags only, never text). Returns the
    /// input unchanged when it nests no deeper than that.
    static QByteArray limitNesting(const QByteArray &utf8, int depthLimit);

private:
    QByteArray m_utf8; ///< gumbo points into this buffer
    GumboInternalOutput *m_output = nullptr;
};

/// Text of a gumbo attribute, or empty.
QString htmlAttribute(const GumboInternalNode *element, const char *name);

} // namespace casebook
