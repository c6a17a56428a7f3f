// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "store/article.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace casebook {

/// The document pane: an article's metadata header above its text, with layered highlighting in the text.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void clear();
    qint64 articleId() const { return m_articleId; }
    QString plainText() const;

    /// Replaces one layer's highlights; the others stay.
    void setHighlights(HighlightLayer layer, const QList<Highlight> &highlights);
    /// Scrolls so that `offset` in the text is visible.
    void scrollToOffset(qsizetype offset);

private:
    void applyHighlights();
    QString headerHtml(const Article &article) const;

    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
    qint64 m_articleId = 0;
    QMap<HighlightLayer, QList<Highlight>> m_layers;
};

} // namespace casebook
