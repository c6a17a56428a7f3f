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

    /// Search hits, navigated with nextHit()/previousHit(); the current one is drawn stronger.
    void setSearchHits(const QList<Highlight> &hits);
    int searchHitCount() const { return int(m_layers.value(HighlightLayer::SearchHit).size()); }
    int currentHit() const { return m_currentHit; }
    void nextHit();
    void previousHit();

Q_SIGNALS:
    void currentHitChanged(int index, int count);

private:
    void applyHighlights();
    void goToHit(int index);
    QString headerHtml(const Article &article) const;

    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
    qint64 m_articleId = 0;
    int m_currentHit = -1;
    QMap<HighlightLayer, QList<Highlight>> m_layers;
};

} // namespace casebook
