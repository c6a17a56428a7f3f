// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspanel.h"

#include "annotationeditor.h"
#include "annotationfilterproxy.h"
#include "annotationlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

AnnotationsPanel::AnnotationsPanel(AnnotationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_color(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_proxy(new AnnotationFilterProxy(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1); // passage, note, tags and article alike
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter annotations by passage, note, tag or article…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &AnnotationsPanel::setFilterText);
    m_tag->setToolTip(tr("Only annotations with this tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(8);
    setTags({});
    connect(m_tag, &QComboBox::activated, this, [this] {
        m_proxy->setTag(m_tag->currentData().toString());
        updateCount();
    });
    m_color->setToolTip(tr("Only annotations of this colour"));
    m_color->addItem(tr("Any colour"), QString());
    for (const auto &[name, label] :
         { std::pair { u"yellow"_s, tr("Yellow") }, std::pair { u"green"_s, tr("Green") },
           std::pair { u"blue"_s, tr("Blue") }, std::pair { u"pink"_s, tr("Pink") },
           std::pair { u"orange"_s, tr("Orange") }, std::pair { u"purple"_s, tr("Purple") } })
        m_color->addItem(annotationSwatch(name), label, name);
    m_color->addItem(tr("No colour"), u"none"_s);
    connect(m_color, &QComboBox::activated, this, [this] {
        m_proxy->setColor(m_color->currentData().toString());
        updateCount();
    });
    auto *manageTags = new QToolButton(this);
    manageTags->setText(tr("Tags…"));
    manageTags->setToolTip(tr("Rename, merge and colour the tags"));
    connect(manageTags, &QToolButton::clicked, this, &AnnotationsPanel::manageTagsRequested);
    m_manageTags = manageTags;
    connect(model, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::updateCount);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationListModel::ArticleColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true); // into the report composer
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->verticalHeader()->hide();
    // The passage and the note share what the tags and the article (narrow; the tooltip has it all) leave.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(AnnotationListModel::QuoteColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AnnotationListModel::NoteColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AnnotationListModel::TagsColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AnnotationListModel::ArticleColumn, QHeaderView::Interactive);
    header->resizeSection(AnnotationListModel::TagsColumn, 70);
    header->resizeSection(AnnotationListModel::ArticleColumn, 80);
    m_view->setWordWrap(true);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationListModel::ArticleIdRole).toLongLong(),
                                   index.data(AnnotationListModel::StartRole).toLongLong(),
                                   index.data(AnnotationListModel::EndRole).toLongLong());
    });
    connect(m_view, &QTableView::clicked, m_view, &QTableView::activated);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        const qint64 id = index.data(AnnotationListModel::AnnotationIdRole).toLongLong();
        if (m_readOnly)
            return; // every entry would change the casebook
        QMenu menu(this);
        menu.addAction(tr("Edit Note, Tags, Colour…"), this, [this, id] { Q_EMIT editRequested(id); });
        menu.addAction(tr("Delete Annotation"), this, [this, id] { Q_EMIT deleteRequested(id); });
        menu.addSeparator();
        menu.addAction(tr("Add to Report"), this, [this, id] { Q_EMIT addToReportRequested(id); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_tag, 1);
    choices->addWidget(m_color, 1);
    choices->addWidget(manageTags);
    layout->addLayout(choices);
    layout->addWidget(m_view, 1);
    m_count->setEnabled(false); // a quiet line under the list
    layout->addWidget(m_count);
}

void AnnotationsPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    updateCount();
}

QSortFilterProxyModel *AnnotationsPanel::proxy() const
{
    return m_proxy;
}

void AnnotationsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_manageTags->setEnabled(!readOnly);
}

void AnnotationsPanel::setTags(const QList<TagCount> &tags)
{
    const QString current = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const TagCount &tag : tags)
        m_tag->addItem(annotationSwatch(tag.color), u"%1 (%2)"_s.arg(tag.name).arg(tag.annotations), tag.name);
    const int again = m_tag->findData(current, Qt::UserRole, Qt::MatchFixedString);
    m_tag->setCurrentIndex(again < 0 ? 0 : again);
    m_proxy->setTag(m_tag->currentData().toString()); // a renamed or merged tag no longer narrows the list
    updateCount();
}

void AnnotationsPanel::setDateRange(const QDate &from, const QDate &to)
{
    m_proxy->setDateRange(from, to);
    updateCount();
}

void AnnotationsPanel::updateCount()
{
    const int all = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == all ? tr("%n annotation(s)", nullptr, all)
                                  : tr("%1 of %n annotation(s)", nullptr, all).arg(shown));
}

} // namespace casebook
