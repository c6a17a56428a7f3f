// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanager.h"

#include "annotationeditor.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

TagManager::TagManager(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_rename(new QPushButton(tr("Rename or Merge…"), this))
    , m_color(new QPushButton(tr("Colour…"), this))
{
    setWindowTitle(tr("Tags"));
    m_table->setHorizontalHeaderLabels({ tr("Tag"), tr("Annotations") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &TagManager::rename);
    connect(m_rename, &QPushButton::clicked, this, &TagManager::rename);
    connect(m_color, &QPushButton::clicked, this, &TagManager::chooseColor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_color, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(420, 360);
}

void TagManager::setTags(const QList<TagCount> &tags)
{
    const QString selected = selectedTag();
    m_tags = tags;
    m_table->setRowCount(int(tags.size()));
    for (int row = 0; row < tags.size(); ++row) {
        auto *name = new QTableWidgetItem(annotationSwatch(tags.at(row).color), tags.at(row).name);
        auto *count = new QTableWidgetItem(QString::number(tags.at(row).annotations));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, count);
        if (tags.at(row).name.compare(selected, Qt::CaseInsensitive) == 0)
            m_table->selectRow(row);
    }
    m_rename->setEnabled(!tags.isEmpty());
    m_color->setEnabled(!tags.isEmpty());
}

QString TagManager::selectedTag() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_tags.size() ? m_tags.at(row).name : QString();
}

void TagManager::rename()
{
    const QString from = selectedTag();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to
        = QInputDialog::getText(this, tr("Rename Tag"),
                                tr("New name for \u201c%1\u201d (an existing tag's name merges the two):").arg(from),
                                QLineEdit::Normal, from, &ok)
              .simplified();
    if (!ok || to.isEmpty() || to == from)
        return;
    for (const TagCount &tag : std::as_const(m_tags))
        if (tag.name.compare(to, Qt::CaseInsensitive) == 0 && tag.name.compare(from, Qt::CaseInsensitive) != 0
            && QMessageBox::question(this, tr("Merge Tags"),
                                     tr("\u201c%1\u201d exists. Merge \u201c%2\u201d into it?").arg(tag.name, from))
                != QMessageBox::Yes)
            return;
    Q_EMIT renameRequested(from, to);
}

void TagManager::chooseColor()
{
    const QString name = selectedTag();
    if (name.isEmpty())
        return;
    const QColor color
        = QColorDialog::getColor(annotationColor(QString()), this, tr("Colour of \u201c%1\u201d").arg(name));
    if (color.isValid())
        Q_EMIT colorRequested(name, color.name());
}

} // namespace casebook
