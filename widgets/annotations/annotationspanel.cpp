// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspanel.h"

#include "annotationlistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook {

AnnotationsPanel::AnnotationsPanel(AnnotationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1); // passage, note, tags and article alike
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter annotations by passage, note, tag or article…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &AnnotationsPanel::setFilterText);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationListModel::ArticleColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setDragEnabled(true); // into the report composer
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationListModel::QuoteColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationListModel::NoteColumn, QHeaderView::Stretch);
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
    layout->addWidget(m_view, 1);
}

void AnnotationsPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

} // namespace casebook
