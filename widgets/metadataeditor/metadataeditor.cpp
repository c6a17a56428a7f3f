// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
QString fieldLabel(ArticleField field)
{
    switch (field) {
    case ArticleField::Title:
        return MetadataEditor::tr("Title");
    case ArticleField::Source:
        return MetadataEditor::tr("Source");
    case ArticleField::Author:
        return MetadataEditor::tr("Author");
    case ArticleField::Url:
        return MetadataEditor::tr("URL");
    case ArticleField::Published:
        return MetadataEditor::tr("Published");
    case ArticleField::Language:
        return MetadataEditor::tr("Language");
    }
    return {};
}

} // namespace

QString MetadataEditor::originLabel(MetadataOrigin origin)
{
    switch (origin) {
    case MetadataOrigin::Document:
        return MetadataEditor::tr("from the document's metadata");
    case MetadataOrigin::TextPattern:
        return MetadataEditor::tr("found in the text");
    case MetadataOrigin::Estimated:
        return MetadataEditor::tr("estimated");
    case MetadataOrigin::FileTime:
        return MetadataEditor::tr("the file's time");
    case MetadataOrigin::FileName:
        return MetadataEditor::tr("the file's name");
    case MetadataOrigin::Analyst:
        return MetadataEditor::tr("set by you");
    case MetadataOrigin::None:
        break;
    }
    return MetadataEditor::tr("not found");
}

MetadataEditor::MetadataEditor(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_article(article)
{
    setWindowTitle(tr("Article metadata"));
    auto *form = new QFormLayout;
    for (const ArticleField field : allArticleFields()) {
        auto *editor = new QLineEdit(article.meta.value(field), this);
        editor->setObjectName(fieldName(field));
        if (field == ArticleField::Published)
            editor->setPlaceholderText(tr("2025-02-25, 2025-02 or 2025"));
        m_editors.insert(field, editor);
        auto *origin = new QLabel(originLabel(article.meta.origin(field)), this);
        origin->setStyleSheet(u"color: gray"_s);
        auto *row = new QHBoxLayout;
        row->addWidget(editor, 1);
        row->addWidget(origin);
        if (article.correctedFields.contains(field)) {
            auto *reset = new QToolButton(this);
            reset->setText(tr("Use found value"));
            reset->setCheckable(true);
            connect(reset, &QToolButton::toggled, this, [this, field, editor](bool checked) {
                editor->setEnabled(!checked);
                if (checked)
                    m_resets.append(field);
                else
                    m_resets.removeAll(field);
            });
            row->addWidget(reset);
        }
        form->addRow(fieldLabel(field), row);
        connect(editor, &QLineEdit::textChanged, this, &MetadataEditor::validate);
    }
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void MetadataEditor::validate()
{
    const QString date = m_editors.value(ArticleField::Published)->text().trimmed();
    const bool valid = date.isEmpty() || PublicationDate::fromIso(date).has_value();
    m_problem->setText(valid ? QString() : tr("The date must look like 2025-02-25, 2025-02 or 2025."));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

QHash<ArticleField, QString> MetadataEditor::changedFields() const
{
    QHash<ArticleField, QString> changed;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (m_resets.contains(it.key()))
            continue;
        const QString value = it.value()->text().trimmed();
        if (value != m_article.meta.value(it.key()))
            changed.insert(it.key(), value);
    }
    return changed;
}

} // namespace casebook
