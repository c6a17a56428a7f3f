// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisrecords.h"

#include <QTableView>

namespace casebook {

class EntityTableModel;

/// The entity table: double-click filters by an entity; the context menu merges the selected entities into the
/// current one, renames, retypes, splits off an alias or rejects. Decisions are emitted, never applied here.
class EntityTableView : public QTableView
{
    Q_OBJECT

public:
    explicit EntityTableView(EntityTableModel *model, QWidget *parent = nullptr);
    /// For a casebook that can only be read: the context menu filters, it offers no decisions.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

Q_SIGNALS:
    void entityActivated(const QString &name);
    void decisionRequested(const casebook::EntityDecision &decision);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString nameAt(const QModelIndex &index) const;
    void request(EntityDecision::Action action, const QString &subject, const QString &target = {});

    EntityTableModel *m_model = nullptr;
    bool m_readOnly = false;
};

} // namespace casebook
