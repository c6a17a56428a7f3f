// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QColor>
#include <QDialog>
#include <QIcon>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace casebook {

/// The colour an annotation is drawn in: its named or #rrggbb colour, light enough to read text on; yellow for
/// none.
QColor annotationColor(const QString &color);
/// A small square of that colour, for lists and menus.
QIcon annotationSwatch(const QString &color);

/// Asks for what to write on a passage: a note (a few paragraphs), tags (comma-separated) and a colour.
class AnnotationEditor : public QDialog
{
    Q_OBJECT

public:
    AnnotationEditor(const QString &quote, const AnnotationContent &content, QWidget *parent = nullptr);
    AnnotationContent content() const;

private:
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_color = nullptr;
};

} // namespace casebook
