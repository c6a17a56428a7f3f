// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"
#include "highlight.h"
#include "model/article.h"

#include <QImage>
#include <QMap>
#include <QSet>
#include <QWidget>
#include <utility>

class QLabel;
class QScrollArea;
class QSpinBox;
class QPlainTextEdit;
class QToolButton;

namespace casebook {

/// An entity mention to colour in the text.
struct EntityMark
{
    qsizetype start = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Organisation;
    QString name; ///< the entity's canonical name
};

/// The document pane: an article's metadata header above its text, with layered highlighting in the text —
/// entity mentions coloured by type (each type can be switched off), search hits, the current hit. Hovering a
/// mention names its entity; clicking it selects the entity everywhere. Built on QPlainTextEdit, which lays out
/// only what is visible, so a 300,000-character article opens without a pause.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    /// Shows an article with its entity marks and search hits, drawing all highlights in one pass.
    void showArticle(const Article &article, const QList<EntityMark> &marks, const QList<Highlight> &hits);
    void clear();
    /// Clears the pane and says `message` where the article would be (an empty casebook: how to fill it).
    void showPlaceholder(const QString &message);
    qint64 articleId() const { return m_articleId; }
    QString plainText() const;

    /// Replaces one layer's highlights; the others stay.
    void setHighlights(HighlightLayer layer, const QList<Highlight> &highlights);
    QList<Highlight> highlights(HighlightLayer layer) const { return m_layers.value(layer); }
    const QList<EntityMark> &entityMarks() const { return m_marks; }
    /// Where the reader is in the text (the vertical scroll bar's value), to keep the place when it is shown again.
    int scrollPosition() const;
    /// The selected passage of the text as [start, end) UTF-16 offsets, or an empty range when nothing is selected.
    std::pair<qsizetype, qsizetype> selectedRange() const;
    /// Selects a passage of the text (for tests and for going to an annotation).
    void selectRange(qsizetype start, qsizetype end);
    void setScrollPosition(int position);
    /// The header line above the text (metadata, or what to do when there is no article).
    QString headerText() const;
    /// Scrolls so that `offset` in the text is visible.
    void scrollToOffset(qsizetype offset);

    void setEntityMarks(const QList<EntityMark> &marks);
    void setEntityTypeVisible(EntityType type, bool visible);
    bool isEntityTypeVisible(EntityType type) const { return !m_hiddenTypes.contains(type); }
    /// The entity mark at a text offset, if any.
    const EntityMark *entityAt(qsizetype offset) const;
    /// The highlight colour drawn behind the character at a text offset (the topmost layer's), or an invalid
    /// colour where nothing is highlighted.
    QColor highlightColorAt(qsizetype offset) const;
    /// Where a text offset is drawn, in the text viewport's coordinates (for tests that click and hover).
    QPoint viewportPositionOf(qsizetype offset) const;
    QWidget *textViewport() const;

    /// Search hits, navigated with nextHit()/previousHit(); the current one is drawn stronger.
    void setSearchHits(const QList<Highlight> &hits);
    int searchHitCount() const { return int(m_layers.value(HighlightLayer::SearchHit).size()); }
    int currentHit() const { return m_currentHit; }
    void nextHit();
    void previousHit();

    /// The page image asked for (pageImageRequested) has come: shown beside the text if it is still wanted.
    void showPageImage(qint64 articleId, int page, const QImage &image);
    bool isPageImageShown() const;

Q_SIGNALS:
    /// The analyst wants to see page `page` of the article's original beside its text (PDFs and scans).
    void pageImageRequested(qint64 articleId, int page);
    void currentHitChanged(int index, int count);
    void entityClicked(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyHighlights();
    void styleTypeButtons();
    void goToHit(int index);
    void markCurrentHit(int index);
    QList<Highlight> visibleEntityHighlights() const;
    QString headerHtml(const Article &article) const;
    /// How a PDF's or scan's pages were read, and which of them OCR read with low confidence.
    QString pagesHtml(const QList<ArticlePage> &pages) const;

    void showPages(const QList<ArticlePage> &pages);
    void requestPageImage();

    QLabel *m_header = nullptr;
    QWidget *m_pageBar = nullptr;
    QToolButton *m_pageToggle = nullptr;
    QSpinBox *m_pageChoice = nullptr;
    QScrollArea *m_pageScroll = nullptr;
    QLabel *m_pageImage = nullptr;
    QList<ArticlePage> m_pages;
    QPlainTextEdit *m_text = nullptr;
    QWidget *m_typeBar = nullptr;
    QList<EntityMark> m_marks;
    QSet<EntityType> m_hiddenTypes;
    QHash<EntityType, QToolButton *> m_typeButtons;
    qint64 m_articleId = 0;
    int m_currentHit = -1;
    QMap<HighlightLayer, QList<Highlight>> m_layers;
    QList<int> m_formattedBlocks; ///< numbers of the blocks whose layouts carry highlight formats
};

} // namespace casebook
