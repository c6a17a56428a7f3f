// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace casebook {

/// The managed list of tags: how many annotations carry each, rename (onto an existing tag: merge the two), colour.
/// It asks; the window carries the change out and calls setTags() with the list as saved.
class TagManager : public QDialog
{
    Q_OBJECT

public:
    explicit TagManager(QWidget *parent = nullptr);
    void setTags(const QList<TagCount> &tags);
    QString selectedTag() const;

Q_SIGNALS:
    void renameRequested(const QString &from, const QString &to);
    void colorRequested(const QString &name, const QString &color);

private:
    void rename();
    void chooseColor();

    QTableWidget *m_table = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_color = nullptr;
    QList<TagCount> m_tags;
};

} // namespace casebook
