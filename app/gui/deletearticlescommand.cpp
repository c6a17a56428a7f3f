// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletearticlescommand.h"

namespace casebook {

DeleteArticlesCommand::DeleteArticlesCommand(CasebookSession *session, const QList<qint64> &ids,
                                             CasebookSession::DeleteScope scope, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_ids(ids)
    , m_scope(scope)
{ }

void DeleteArticlesCommand::redo()
{
    if (m_session)
        m_token = m_session->deleteArticles(m_ids, m_scope);
}

void DeleteArticlesCommand::undo()
{
    if (m_session)
        m_session->undoDelete(m_token);
}

} // namespace casebook
