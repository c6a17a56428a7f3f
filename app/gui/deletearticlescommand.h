// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/casebooksession.h"

#include <QPointer>
#include <QUndoCommand>

namespace casebook {

/// Deleting articles as an undoable step: redo deletes them through the session, undo puts back exactly what went
/// (same ids, mentions, events, corrections), for as long as the casebook stays open in the window.
class DeleteArticlesCommand : public QUndoCommand
{
public:
    DeleteArticlesCommand(CasebookSession *session, const QList<qint64> &ids, CasebookSession::DeleteScope scope,
                          const QString &text);
    void redo() override;
    void undo() override;

private:
    QPointer<CasebookSession> m_session;
    QList<qint64> m_ids;
    CasebookSession::DeleteScope m_scope;
    quint64 m_token = 0;
};

} // namespace casebook
