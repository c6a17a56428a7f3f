// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QLabel;

namespace casebook {

/// Lets the analyst correct an article's metadata. Each field shows where its value came from; a changed field
/// becomes the analyst's value, and "Use found value" drops the analyst's value again.
class MetadataEditor : public QDialog
{
    Q_OBJECT

public:
    explicit MetadataEditor(const Article &article, QWidget *parent = nullptr);

    /// Fields the analyst changed, with their new values.
    QHash<ArticleField, QString> changedFields() const;
    /// Fields whose analyst value should be dropped.
    QList<ArticleField> resetFields() const { return m_resets; }
    /// Where a field's value came from, in the interface language ("found in the text").
    static QString originLabel(MetadataOrigin origin);

private:
    void validate();

    Article m_article;
    QHash<ArticleField, QLineEdit *> m_editors;
    QList<ArticleField> m_resets;
    QLabel *m_problem = nullptr;
};

} // namespace casebook
