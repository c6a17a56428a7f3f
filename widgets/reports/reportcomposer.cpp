// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcomposer.h"

#include "reportoutlinemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

constexpr int saveDelayMs = 700;

} // namespace

ReportComposer::ReportComposer(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_newButton(new QPushButton(tr("New…"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
    , m_title(new QLineEdit(this))
    , m_style(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_outline(new ReportOutlineModel(this))
    , m_editor(new QStackedWidget(this))
    , m_sectionHeading(new QLineEdit(this))
    , m_sectionBody(new QPlainTextEdit(this))
    , m_itemQuote(new QLabel(this))
    , m_itemCommentary(new QPlainTextEdit(this))
    , m_addSection(new QPushButton(tr("Add Section"), this))
    , m_addFigure(new QPushButton(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_export(new QPushButton(this))
    , m_saveTimer(new QTimer(this))
{
    m_chooser->setPlaceholderText(tr("No report yet"));
    m_chooser->setToolTip(tr("The reports saved in this casebook"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    connect(m_chooser, &QComboBox::activated, this, [this](int row) {
        flushPendingSave();
        Q_EMIT reportChosen(m_chooser->itemData(row).toString());
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        flushPendingSave();
        Q_EMIT newReportRequested();
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (hasReport())
            Q_EMIT deleteRequested(report().name);
    });

    m_title->setPlaceholderText(tr("Report title"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) { m_outline->setTitle(text); });
    m_style->addItem(tr("Author-date (Chicago)"), QVariant::fromValue(int(CitationStyle::AuthorDate)));
    m_style->addItem(tr("Notes and bibliography (Chicago)"),
                     QVariant::fromValue(int(CitationStyle::NotesBibliography)));
    m_style->setToolTip(tr("How every quote is cited in the exported report"));
    connect(m_style, &QComboBox::activated, this,
            [this](int row) { m_outline->setStyle(CitationStyle(m_style->itemData(row).toInt())); });

    m_tree->setModel(m_outline);
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAccessibleName(tr("Report outline"));
    m_tree->setToolTip(tr("Drag annotations, articles, search results or entities here; drag to reorder"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showEditorFor(current); });
    connect(m_outline, &ReportOutlineModel::reportEdited, this, &ReportComposer::scheduleSave);
    connect(m_outline, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parentIndex) {
        if (parentIndex.isValid())
            m_tree->expand(parentIndex);
        updateEnabled();
    });
    connect(m_outline, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        showEditorFor({});
        updateEnabled();
    });
    connect(m_outline, &QAbstractItemModel::rowsRemoved, this, [this] { showEditorFor(m_tree->currentIndex()); });

    // The editor: a section's heading and text, or an item's quote and the analyst's words on it.
    auto *emptyPage = new QLabel(tr("Select a section or an item to write about it."), this);
    emptyPage->setWordWrap(true);
    emptyPage->setAlignment(Qt::AlignCenter);
    emptyPage->setEnabled(false);
    auto *sectionPage = new QWidget(this);
    auto *sectionForm = new QFormLayout(sectionPage);
    sectionForm->setContentsMargins(0, 0, 0, 0);
    m_sectionHeading->setPlaceholderText(tr("Section heading"));
    m_sectionBody->setPlaceholderText(tr("What this section says (paragraphs separated by a blank line)"));
    sectionForm->addRow(tr("Heading:"), m_sectionHeading);
    sectionForm->addRow(tr("Text:"), m_sectionBody);
    auto *itemPage = new QWidget(this);
    auto *itemLayout = new QVBoxLayout(itemPage);
    itemLayout->setContentsMargins(0, 0, 0, 0);
    m_itemQuote->setWordWrap(true);
    m_itemQuote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_itemQuote->setTextFormat(Qt::PlainText);
    m_itemCommentary->setPlaceholderText(tr("Your words on this item, printed after it"));
    itemLayout->addWidget(m_itemQuote);
    itemLayout->addWidget(m_itemCommentary, 1);
    m_editor->addWidget(emptyPage);
    m_editor->addWidget(sectionPage);
    m_editor->addWidget(itemPage);
    auto sectionEdited = [this] {
        if (!m_updatingEditor && m_editing.isValid() && !ReportOutlineModel::isItem(m_editing))
            m_outline->setSectionText(m_editing.row(), m_sectionHeading->text(), m_sectionBody->toPlainText());
    };
    connect(m_sectionHeading, &QLineEdit::textEdited, this, sectionEdited);
    connect(m_sectionBody, &QPlainTextEdit::textChanged, this, sectionEdited);
    connect(m_itemCommentary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updatingEditor && ReportOutlineModel::isItem(m_editing))
            m_outline->setItemCommentary(ReportOutlineModel::sectionOf(m_editing), m_editing.row(),
                                         m_itemCommentary->toPlainText());
    });

    connect(m_addSection, &QPushButton::clicked, this, [this] {
        const int row = m_outline->addSection(tr("New section"), ReportOutlineModel::sectionOf(m_tree->currentIndex()));
        m_tree->setCurrentIndex(m_outline->index(row, 0));
        m_sectionHeading->setFocus();
        m_sectionHeading->selectAll();
    });
    m_addFigure->setText(tr("Add Figure"));
    auto *figures = new QMenu(m_addFigure);
    figures->addAction(tr("Current Timeline"), this, [this] { Q_EMIT figureRequested(Figure::Timeline); });
    figures->addAction(tr("Current Entity Chart"), this, [this] { Q_EMIT figureRequested(Figure::EntityChart); });
    m_addFigure->setMenu(figures);
    m_remove->setToolTip(tr("Remove the selected section or item from the report (the annotation itself stays)"));
    connect(m_remove, &QPushButton::clicked, this, [this] { m_outline->removeNode(m_tree->currentIndex()); });
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down"));
    connect(m_up, &QToolButton::clicked, this,
            [this] { m_tree->setCurrentIndex(m_outline->moveNode(m_tree->currentIndex(), -1)); });
    connect(m_down, &QToolButton::clicked, this,
            [this] { m_tree->setCurrentIndex(m_outline->moveNode(m_tree->currentIndex(), 1)); });
    m_export->setText(tr("Export"));
    auto *formats = new QMenu(m_export);
    const std::pair<QString, QString> formatEntries[] = {
        { tr("PDF…"), u"pdf"_s },
        { tr("HTML (one file)…"), u"html"_s },
        { tr("Markdown…"), u"md"_s },
        { tr("Quotes as CSV…"), u"csv"_s },
        { tr("Quotes as JSON…"), u"json"_s },
        { tr("REFI-QDA Project (MAXQDA, NVivo, ATLAS.ti)…"), u"qdpx"_s },
        { tr("Bibliography as CSL-JSON (Zotero)…"), u"csl-json"_s },
        { tr("Bibliography as RIS…"), u"ris"_s },
    };
    for (const auto &[label, format] : formatEntries)
        formats->addAction(label, this, [this, format = format] {
            flushPendingSave();
            Q_EMIT exportRequested(format);
        });
    m_export->setMenu(formats);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (hasReport())
            Q_EMIT saveRequested(m_outline->report());
    });

    auto *chooserRow = new QHBoxLayout;
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addWidget(m_newButton);
    chooserRow->addWidget(m_deleteButton);
    chooserRow->addWidget(m_export);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 2);
    titleRow->addWidget(m_style, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSection);
    buttons->addWidget(m_addFigure);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(chooserRow);
    layout->addLayout(titleRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    updateEnabled();
}

void ReportComposer::setReports(const QList<Report> &reports)
{
    const QString current = hasReport() ? report().name : QString();
    m_chooser->clear();
    for (const Report &r : reports)
        m_chooser->addItem(r.title.isEmpty() || r.title == r.name ? r.name : u"%1 \u2014 %2"_s.arg(r.name, r.title),
                           r.name);
    m_chooser->setCurrentIndex(m_chooser->findData(current));
    updateEnabled();
}

void ReportComposer::setReport(const Report &r)
{
    m_saveTimer->stop();
    m_outline->setReport(r);
    m_title->setText(r.title);
    m_title->setCursorPosition(0); // show the start of a long title
    m_style->setCurrentIndex(m_style->findData(int(r.style)));
    const int row = m_chooser->findData(r.name);
    if (row < 0)
        m_chooser->addItem(r.name, r.name);
    m_chooser->setCurrentIndex(m_chooser->findData(r.name));
    updateEnabled();
}

void ReportComposer::reportSaved(const Report &saved)
{
    if (!hasReport() || report().name.compare(saved.name, Qt::CaseInsensitive) != 0 || report().id == saved.id)
        return;
    Report withId = m_outline->report(); // keep what was typed since; take the id the save gave
    withId.id = saved.id;
    const QModelIndex current = m_tree->currentIndex();
    const int section = ReportOutlineModel::sectionOf(current);
    const int item = ReportOutlineModel::isItem(current) ? current.row() : -1;
    m_outline->setReport(withId);
    if (section >= 0)
        m_tree->setCurrentIndex(item >= 0 ? m_outline->index(item, 0, m_outline->index(section, 0))
                                          : m_outline->index(section, 0));
}

void ReportComposer::setArticleTitles(const QHash<qint64, QString> &titles)
{
    m_outline->setArticleTitles(titles);
}

const Report &ReportComposer::report() const
{
    return m_outline->report();
}

bool ReportComposer::hasReport() const
{
    return !m_outline->report().name.isEmpty();
}

void ReportComposer::addItems(const QList<ReportItem> &items)
{
    if (!hasReport() || items.isEmpty())
        return;
    const int section = m_outline->addItems(items, ReportOutlineModel::sectionOf(m_tree->currentIndex()));
    const QModelIndex parentIndex = m_outline->index(section, 0);
    m_tree->expand(parentIndex);
    m_tree->setCurrentIndex(m_outline->index(m_outline->rowCount(parentIndex) - 1, 0, parentIndex));
}

void ReportComposer::flushPendingSave()
{
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        if (hasReport())
            Q_EMIT saveRequested(m_outline->report());
    }
}

void ReportComposer::showEditorFor(const QModelIndex &index)
{
    m_updatingEditor = true;
    m_editing = QPersistentModelIndex(index);
    if (!index.isValid()) {
        m_editor->setCurrentIndex(0);
    } else if (!ReportOutlineModel::isItem(index)) {
        const ReportSection &section = report().sections.at(index.row());
        m_sectionHeading->setText(section.heading);
        m_sectionBody->setPlainText(section.body);
        m_editor->setCurrentIndex(1);
    } else {
        const ReportItem &item = report().sections.at(ReportOutlineModel::sectionOf(index)).items.at(index.row());
        QString shown = item.kind == ReportItem::Kind::Figure ? tr("Figure: %1").arg(item.caption)
                                                              : QString(item.caption).replace(u'\n', u" \u2014 "_s);
        if (item.kind == ReportItem::Kind::Annotation || item.kind == ReportItem::Kind::Event)
            shown = u"\u201c"_s + shown + u"\u201d"_s;
        m_itemQuote->setText(shown);
        m_itemCommentary->setPlainText(item.commentary);
        m_editor->setCurrentIndex(2);
    }
    m_updatingEditor = false;
    updateEnabled();
}

void ReportComposer::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_newButton->setEnabled(!readOnly);
    for (QLineEdit *line : { m_title, m_sectionHeading })
        line->setReadOnly(readOnly);
    for (QPlainTextEdit *text : { m_sectionBody, m_itemCommentary })
        text->setReadOnly(readOnly);
    m_tree->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::DragDrop);
    m_tree->setAcceptDrops(!readOnly);
    updateEnabled();
}

void ReportComposer::updateEnabled()
{
    const bool open = hasReport();
    const bool editable = open && !m_readOnly;
    const QModelIndex current = m_tree->currentIndex();
    for (QWidget *w : std::initializer_list<QWidget *> { m_title, m_tree, m_export })
        w->setEnabled(open);
    for (QWidget *w : std::initializer_list<QWidget *> { m_style, m_addSection, m_addFigure, m_deleteButton })
        w->setEnabled(editable);
    m_remove->setEnabled(editable && current.isValid());
    m_up->setEnabled(editable && current.isValid() && current.row() > 0);
    m_down->setEnabled(editable && current.isValid() && current.row() + 1 < m_outline->rowCount(current.parent()));
}

void ReportComposer::scheduleSave()
{
    m_saveTimer->start();
    updateEnabled();
}

} // namespace casebook
