// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
// The names are stored in the casebook as they are; the editor shows them translated.
struct NamedColor
{
    const char *name;
    QColor color;
};
const NamedColor namedColors[] = {
    { QT_TRANSLATE_NOOP("casebook::AnnotationEditor", "yellow"), QColor(255, 236, 120) },
    { QT_TRANSLATE_NOOP("casebook::AnnotationEditor", "green"), QColor(170, 230, 160) },
    { QT_TRANSLATE_NOOP("casebook::AnnotationEditor", "blue"), QColor(170, 205, 255) },
    { QT_TRANSLATE_NOOP("casebook::AnnotationEditor", "pink"), QColor(255, 190, 215) },
    { QT_TRANSLATE_NOOP("casebook::AnnotationEditor", "orange"), QColor(255, 200, 140) },
    { QT_TRANSLATE_NOOP("casebook::AnnotationEditor", "purple"), QColor(215, 190, 255) },
};
} // namespace

QColor annotationColor(const QString &color)
{
    for (const NamedColor &named : namedColors)
        if (color == QLatin1StringView(named.name))
            return named.color;
    QColor parsed = QColor::fromString(color);
    if (!parsed.isValid())
        return namedColors[0].color;
    // Lighten a dark choice so the text stays readable on it.
    return parsed.lightness() < 170 ? parsed.lighter(160) : parsed;
}

QIcon annotationSwatch(const QString &color)
{
    QPixmap square(12, 12);
    square.fill(annotationColor(color));
    return QIcon(square);
}

AnnotationEditor::AnnotationEditor(const QString &quote, const AnnotationContent &content, QWidget *parent)
    : QDialog(parent)
    , m_note(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_color(new QComboBox(this))
{
    setWindowTitle(tr("Annotate"));
    auto *quoted = new QLabel(u"\u201c%1\u201d"_s.arg(quote.size() > 300 ? quote.left(300) + u"…"_s : quote), this);
    quoted->setWordWrap(true);
    m_note->setPlainText(content.note);
    m_note->setPlaceholderText(tr("Why this passage matters"));
    m_tags->setText(content.tags.join(u", "_s));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    for (const NamedColor &named : namedColors)
        m_color->addItem(tr(named.name), QString::fromLatin1(named.name));
    const int current = m_color->findData(content.color);
    m_color->setCurrentIndex(current >= 0 ? current : 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(quoted);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Colour"), m_color);
    form->addRow(buttons);
    resize(480, 360);
}

AnnotationContent AnnotationEditor::content() const
{
    AnnotationContent content;
    content.note = m_note->toPlainText().trimmed();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            content.tags.append(tag.trimmed());
    content.color = m_color->currentData().toString();
    return content;
}

} // namespace casebook
