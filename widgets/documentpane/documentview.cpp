// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentview.h"

#include "entities/entitycolors.h"
#include "layout/flowlayout.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <limits>

using namespace Qt::StringLiterals;

namespace casebook {

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(12, 10, 12, 6);
    m_header->setObjectName(u"documentHeader"_s);

    m_text->setObjectName(u"documentText"_s);
    m_text->setReadOnly(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->document()->setDocumentMargin(14);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);

    // One toggle per entity type, in the type's colour; they wrap onto a second row in a narrow pane.
    m_typeBar = new QWidget(this);
    auto *typeLayout = new FlowLayout(m_typeBar);
    typeLayout->setContentsMargins(12, 0, 12, 4);
    typeLayout->setSpacing(4);
    for (const EntityType type : allEntityTypes()) {
        auto *button = new QToolButton(m_typeBar);
        button->setText(entityTypeLabel(type));
        button->setCheckable(true);
        button->setChecked(true);
        button->setObjectName(u"toggle-"_s + entityTypeName(type));
        connect(button, &QToolButton::toggled, this, [this, type](bool on) { setEntityTypeVisible(type, on); });
        m_typeButtons.insert(type, button);
        typeLayout->addWidget(button);
    }
    styleTypeButtons();
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_text->setFont(font);

    // PDFs and scans: a page's image beside the text, to check what OCR read against what the page shows.
    m_pageBar = new QWidget(this);
    m_pageToggle = new QToolButton(m_pageBar);
    m_pageToggle->setObjectName(u"pageImageToggle"_s);
    m_pageToggle->setText(tr("Page Image"));
    m_pageToggle->setCheckable(true);
    m_pageToggle->setToolTip(tr("Show the page of the original beside the text"));
    m_pageChoice = new QSpinBox(m_pageBar);
    m_pageChoice->setPrefix(tr("Page "));
    m_pageChoice->setToolTip(tr("Go to this page of the original"));
    auto *pageLayout = new QHBoxLayout(m_pageBar);
    pageLayout->setContentsMargins(4, 2, 4, 2);
    pageLayout->addWidget(m_pageToggle);
    pageLayout->addWidget(m_pageChoice);
    pageLayout->addStretch(1);
    m_pageImage = new QLabel(this);
    m_pageImage->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pageImage->setWordWrap(true);
    m_pageScroll = new QScrollArea(this);
    m_pageScroll->setWidget(m_pageImage);
    m_pageScroll->setWidgetResizable(true);
    m_pageScroll->setAccessibleName(tr("Page image"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_text);
    split->addWidget(m_pageScroll);
    split->setChildrenCollapsible(false);
    m_pageScroll->hide();
    connect(m_pageToggle, &QToolButton::toggled, this, [this, split](bool on) {
        m_pageScroll->setVisible(on);
        // A pane shown for the first time would get what the splitter has left: nothing. Half the width.
        if (on && split->sizes().value(1) < 80)
            split->setSizes({ split->width() / 2, split->width() - split->width() / 2 });
        if (on)
            requestPageImage();
    });
    connect(m_pageChoice, &QSpinBox::valueChanged, this, [this](int page) {
        for (const ArticlePage &p : std::as_const(m_pages))
            if (p.page == page)
                scrollToOffset(p.start);
        if (m_pageToggle->isChecked())
            requestPageImage();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_typeBar);
    layout->addWidget(m_pageBar);
    layout->addWidget(split, 1);
    clear();
}

void DocumentView::styleTypeButtons()
{
    // Every colour spelled out: a style sheet that names a background but no text colour takes the text colour
    // from whichever palette was current when it was polished, and keeps it when the palette changes (white
    // text on the light palette after the dark one). The checked colours are light in both palettes, so their
    // text is dark in both.
    const QColor text = palette().color(QPalette::Active, QPalette::ButtonText);
    const QColor disabled = palette().color(QPalette::Disabled, QPalette::ButtonText);
    for (auto it = m_typeButtons.cbegin(); it != m_typeButtons.cend(); ++it) {
        const QColor colour = entityColor(it.key());
        it.value()->setStyleSheet(
            u"QToolButton { border: 1px solid %1; border-radius: 6px; padding: 1px 6px; color: %2;"
            u" background: transparent; }"
            u"QToolButton:checked { background: %3; color: #1d1d1d; }"
            u"QToolButton:disabled { color: %4; }"_s.arg(colour.darker(130).name(), text.name(), colour.name(),
                                                         disabled.name()));
    }
}

void DocumentView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        styleTypeButtons();
}

void DocumentView::clear()
{
    m_articleId = 0;
    m_currentHit = -1;
    m_layers.clear();
    m_marks.clear();
    m_header->setText(u"<p style='color:gray'>%1</p>"_s.arg(tr("Select an article to read it.").toHtmlEscaped()));
    m_formattedBlocks.clear();
    m_text->clear();
    showPages({});
}

void DocumentView::showPages(const QList<ArticlePage> &pages)
{
    m_pages = pages;
    m_pageBar->setVisible(!pages.isEmpty());
    if (pages.isEmpty()) {
        m_pageScroll->hide();
        m_pageImage->clear();
        return;
    }
    const QSignalBlocker quiet(m_pageChoice);
    m_pageChoice->setRange(pages.first().page, pages.last().page);
    // Start on the first page OCR read with doubt, else the first OCR'd page, else page 1.
    int first = pages.first().page;
    for (const ArticlePage &page : pages)
        if (page.method == ArticlePage::Method::Ocr) {
            first = page.page;
            break;
        }
    for (const ArticlePage &page : pages)
        if (page.isLowConfidence()) {
            first = page.page;
            break;
        }
    m_pageChoice->setValue(first);
    m_pageImage->clear();
    m_pageScroll->setVisible(m_pageToggle->isChecked());
    if (m_pageToggle->isChecked())
        requestPageImage();
}

void DocumentView::requestPageImage()
{
    if (m_articleId == 0 || m_pages.isEmpty())
        return;
    m_pageImage->setText(tr("Drawing page %1…").arg(m_pageChoice->value()));
    Q_EMIT pageImageRequested(m_articleId, m_pageChoice->value());
}

void DocumentView::showPageImage(qint64 articleId, int page, const QImage &image)
{
    if (articleId != m_articleId || page != m_pageChoice->value() || !m_pageToggle->isChecked())
        return; // a late answer for a page no longer wanted
    if (image.isNull()) {
        m_pageImage->setText(tr("This page of the original cannot be shown."));
        return;
    }
    m_pageImage->setPixmap(QPixmap::fromImage(image));
}

bool DocumentView::isPageImageShown() const
{
    return m_pageScroll->isVisible() && m_pageImage->pixmap().isNull() == false;
}

std::pair<qsizetype, qsizetype> DocumentView::selectedRange() const
{
    const QTextCursor cursor = m_text->textCursor();
    return { cursor.selectionStart(), cursor.selectionEnd() };
}

void DocumentView::selectRange(qsizetype start, qsizetype end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
}

int DocumentView::scrollPosition() const
{
    return m_text->verticalScrollBar()->value();
}

void DocumentView::setScrollPosition(int position)
{
    m_text->verticalScrollBar()->setValue(position);
}

QString DocumentView::headerText() const
{
    return m_header->text();
}

void DocumentView::showPlaceholder(const QString &message)
{
    clear();
    m_header->setText(u"<p style='color:gray'>%1</p>"_s.arg(message.toHtmlEscaped()));
}

QString DocumentView::plainText() const
{
    return m_text->toPlainText();
}

QString DocumentView::pagesHtml(const QList<ArticlePage> &pages) const
{
    if (pages.isEmpty())
        return {};
    QStringList ocr;
    QStringList doubtful;
    for (const ArticlePage &page : pages) {
        if (page.method == ArticlePage::Method::Ocr)
            ocr.append(QString::number(page.page));
        if (page.isLowConfidence())
            doubtful.append(tr("%1 (%2%)").arg(page.page).arg(qRound(page.ocrConfidence.value_or(0))));
    }
    QString line = pages.size() == 1 ? tr("1 page") : tr("%1 pages").arg(pages.size());
    if (ocr.size() == pages.size())
        line += u" · "_s + tr("read by OCR");
    else if (!ocr.isEmpty())
        line += u" · "_s + tr("read by OCR: page(s) %1").arg(ocr.join(u", "_s));
    QString html = u"<div style='color:gray; font-size:small'>%1</div>"_s.arg(line);
    // OCR the analyst should not trust unchecked: said where it cannot be missed
    if (!doubtful.isEmpty())
        html += u"<div style='color:#a15c00; font-size:small'>%1</div>"_s.arg(
            tr("Low OCR confidence on page(s) %1: check the text against the original.").arg(doubtful.join(u", "_s)));
    return html;
}

QString DocumentView::headerHtml(const Article &article) const
{
    const ArticleMetadata &meta = article.meta;
    QStringList facts;
    if (!meta.source.isEmpty())
        facts.append(u"<b>%1</b>"_s.arg(meta.source.toHtmlEscaped()));
    if (!meta.author.isEmpty())
        facts.append(meta.author.toHtmlEscaped());
    if (meta.published.isValid()) {
        QString date = meta.published.toIso();
        const MetadataOrigin origin = meta.origin(ArticleField::Published);
        if (origin == MetadataOrigin::Estimated || origin == MetadataOrigin::FileTime)
            date += u" <i>(%1)</i>"_s.arg(tr("estimated"));
        else if (origin == MetadataOrigin::Analyst)
            date += u" <i>(%1)</i>"_s.arg(tr("set by you"));
        facts.append(date);
    } else {
        facts.append(u"<i>%1</i>"_s.arg(tr("no date")));
    }
    if (!meta.language.isEmpty())
        facts.append(meta.language.toHtmlEscaped());
    QString html = u"<div style='font-size:large; font-weight:600'>%1</div><div>%2</div>"_s.arg(
        (meta.title.isEmpty() ? tr("(untitled)") : meta.title).toHtmlEscaped(), facts.join(u" · "_s));
    QStringList details;
    if (!meta.url.isEmpty())
        details.append(meta.url.toHtmlEscaped());
    details.append(article.path.toHtmlEscaped());
    if (!article.encoding.isEmpty())
        details.append(article.encoding.toHtmlEscaped());
    if (article.duplicateOf)
        details.append(tr("copy of article %1").arg(article.duplicateOf));
    html += u"<div style='color:gray; font-size:small'>%1</div>"_s.arg(details.join(u" · "_s));
    html += pagesHtml(article.pages);
    return html;
}

void DocumentView::showArticle(const Article &article)
{
    m_articleId = article.id;
    m_currentHit = -1;
    m_layers.clear();
    m_marks.clear();
    m_header->setText(headerHtml(article));
    m_formattedBlocks.clear(); // the new text brings new blocks, without formats
    m_text->setPlainText(article.text);
    m_text->verticalScrollBar()->setValue(0);
    showPages(article.pages);
}

void DocumentView::setHighlights(HighlightLayer layer, const QList<Highlight> &highlights)
{
    m_layers.insert(layer, highlights);
    applyHighlights();
}

void DocumentView::applyHighlights()
{
    // Formats go onto each block's layout (as QSyntaxHighlighter does) rather than into extra selections: an
    // extra selection is a QTextCursor the document keeps up to date and the editor walks on every paint, which
    // made a 300 KB article with its thousands of marks take a quarter of a second to show. Layers are added
    // bottom to top; a later range overrides an earlier one where they overlap.
    QTextDocument *document = m_text->document();
    const qsizetype length = document->characterCount() - 1;
    QHash<int, QList<QTextLayout::FormatRange>> formats;
    int firstBlock = std::numeric_limits<int>::max();
    int lastBlock = -1;
    for (auto it = m_layers.cbegin(); it != m_layers.cend(); ++it) {
        for (const Highlight &highlight : it.value()) {
            if (highlight.start < 0 || highlight.end > length || highlight.start >= highlight.end)
                continue;
            QTextCharFormat format;
            format.setBackground(highlight.color);
            format.setForeground(QColor(20, 20, 20)); // readable on the light marks in a dark palette too
            // A range that crosses paragraphs is split at each block's end.
            for (QTextBlock block = document->findBlock(int(highlight.start));
                 block.isValid() && block.position() < highlight.end; block = block.next()) {
                const qsizetype blockStart = block.position();
                const qsizetype from = std::max(highlight.start, blockStart);
                const qsizetype to = std::min(highlight.end, blockStart + block.length() - 1);
                if (to > from)
                    formats[block.blockNumber()].append({ int(from - blockStart), int(to - from), format });
                firstBlock = std::min(firstBlock, block.blockNumber());
                lastBlock = std::max(lastBlock, block.blockNumber());
            }
        }
    }
    // Blocks highlighted before but not now lose their formats.
    for (const int number : std::as_const(m_formattedBlocks)) {
        if (formats.contains(number))
            continue;
        if (QTextBlock block = document->findBlockByNumber(number); block.isValid()) {
            block.layout()->clearFormats();
            firstBlock = std::min(firstBlock, number);
            lastBlock = std::max(lastBlock, number);
        }
    }
    m_formattedBlocks.clear();
    for (auto it = formats.cbegin(); it != formats.cend(); ++it) {
        document->findBlockByNumber(it.key()).layout()->setFormats(it.value());
        m_formattedBlocks.append(it.key());
    }
    if (lastBlock < 0)
        return;
    // One notice for the whole span: the layout drops the lines of those blocks and lays out again only what is
    // on screen.
    const QTextBlock first = document->findBlockByNumber(firstBlock);
    const QTextBlock last = document->findBlockByNumber(lastBlock);
    document->markContentsDirty(first.position(), last.position() + last.length() - first.position());
}

QColor DocumentView::highlightColorAt(qsizetype offset) const
{
    const QTextBlock block = m_text->document()->findBlock(int(offset));
    if (!block.isValid())
        return {};
    QColor color;
    const qsizetype inBlock = offset - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (inBlock >= range.start && inBlock < range.start + range.length)
            color = range.format.background().color(); // the last range wins, as it does on screen
    return color;
}

void DocumentView::scrollToOffset(qsizetype offset)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(std::clamp<qsizetype>(offset, 0, m_text->document()->characterCount() - 1)));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void DocumentView::setEntityMarks(const QList<EntityMark> &marks)
{
    m_marks = marks;
    std::sort(m_marks.begin(), m_marks.end(),
              [](const EntityMark &a, const EntityMark &b) { return a.start < b.start; });
    m_layers.insert(HighlightLayer::Entity, visibleEntityHighlights());
    applyHighlights();
}

QList<Highlight> DocumentView::visibleEntityHighlights() const
{
    QList<Highlight> highlights;
    highlights.reserve(m_marks.size());
    for (const EntityMark &mark : m_marks)
        if (!m_hiddenTypes.contains(mark.type))
            highlights.append({ mark.start, mark.end, entityColor(mark.type), {} });
    return highlights;
}

void DocumentView::showArticle(const Article &article, const QList<EntityMark> &marks, const QList<Highlight> &hits)
{
    showArticle(article);
    m_marks = marks;
    std::sort(m_marks.begin(), m_marks.end(),
              [](const EntityMark &a, const EntityMark &b) { return a.start < b.start; });
    m_layers.insert(HighlightLayer::Entity, visibleEntityHighlights());
    m_layers.insert(HighlightLayer::SearchHit, hits);
    if (hits.isEmpty()) {
        applyHighlights();
        Q_EMIT currentHitChanged(-1, 0);
        return;
    }
    goToHit(0);
}

void DocumentView::setEntityTypeVisible(EntityType type, bool visible)
{
    if (visible)
        m_hiddenTypes.remove(type);
    else
        m_hiddenTypes.insert(type);
    if (QToolButton *button = m_typeButtons.value(type); button && button->isChecked() != visible)
        button->setChecked(visible);
    setEntityMarks(QList<EntityMark>(m_marks));
}

const EntityMark *DocumentView::entityAt(qsizetype offset) const
{
    // Marks are sorted by start: find the last one starting at or before the offset.
    auto it = std::upper_bound(m_marks.cbegin(), m_marks.cend(), offset,
                               [](qsizetype value, const EntityMark &mark) { return value < mark.start; });
    while (it != m_marks.cbegin()) {
        --it;
        if (offset >= it->start && offset < it->end && !m_hiddenTypes.contains(it->type))
            return &*it;
        if (it->end <= offset && offset - it->start > 200)
            break; // no mention is that long
    }
    return nullptr;
}

QPoint DocumentView::viewportPositionOf(qsizetype offset) const
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(offset));
    return m_text->cursorRect(cursor).center() + QPoint(2, 0);
}

QWidget *DocumentView::textViewport() const
{
    return m_text->viewport();
}

bool DocumentView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_text->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int offset = m_text->cursorForPosition(help->pos()).position();
        if (const EntityMark *mark = entityAt(offset)) {
            QToolTip::showText(
                help->globalPos(),
                u"<b>%1</b><br/>%2"_s.arg(mark->name.toHtmlEscaped(), entityTypeSingularLabel(mark->type)), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
            const int offset = m_text->cursorForPosition(mouse->position().toPoint()).position();
            if (const EntityMark *mark = entityAt(offset))
                Q_EMIT entityClicked(mark->name);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentView::setSearchHits(const QList<Highlight> &hits)
{
    m_layers.insert(HighlightLayer::SearchHit, hits);
    m_currentHit = -1;
    if (hits.isEmpty()) {
        m_layers.remove(HighlightLayer::Selection);
        applyHighlights();
        Q_EMIT currentHitChanged(-1, 0);
        return;
    }
    goToHit(0);
}

void DocumentView::nextHit()
{
    if (searchHitCount() > 0)
        goToHit((m_currentHit + 1) % searchHitCount());
}

void DocumentView::previousHit()
{
    if (searchHitCount() > 0)
        goToHit((m_currentHit - 1 + searchHitCount()) % searchHitCount());
}

void DocumentView::markCurrentHit(int index)
{
    const QList<Highlight> &hits = m_layers[HighlightLayer::SearchHit];
    m_currentHit = index;
    Highlight current = hits.at(index);
    current.color = QColor(255, 150, 50);
    m_layers.insert(HighlightLayer::Selection, { current });
}

void DocumentView::goToHit(int index)
{
    markCurrentHit(index);
    applyHighlights();
    const Highlight &current = m_layers[HighlightLayer::Selection].front();
    scrollToOffset(current.end);
    scrollToOffset(current.start);
    Q_EMIT currentHitChanged(index, searchHitCount());
}

} // namespace casebook
