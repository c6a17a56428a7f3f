// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommands.h"

#include "session/casebooksession.h"

#include <QCoreApplication>

namespace casebook {

namespace {
QString shortQuote(const QString &quote)
{
    const QString simple = quote.simplified();
    return simple.size() > 40 ? simple.left(40) + QStringLiteral("…") : simple;
}
} // namespace

AddedAnnotationCommand::AddedAnnotationCommand(CasebookSession *session, const Annotation &annotation)
    : QUndoCommand(QCoreApplication::translate("casebook::AnnotationCommands", "Annotate \u201c%1\u201d")
                       .arg(shortQuote(annotation.quote)))
    , m_session(session)
    , m_annotation(annotation)
{ }

void AddedAnnotationCommand::undo()
{
    if (m_session)
        m_session->removeAnnotation(m_annotation);
}

void AddedAnnotationCommand::redo()
{
    if (std::exchange(m_saved, false))
        return;
    if (m_session)
        m_session->restoreAnnotation(m_annotation);
}

RemovedAnnotationCommand::RemovedAnnotationCommand(CasebookSession *session, const Annotation &annotation)
    : QUndoCommand(QCoreApplication::translate("casebook::AnnotationCommands", "Delete the annotation \u201c%1\u201d")
                       .arg(shortQuote(annotation.quote)))
    , m_session(session)
    , m_annotation(annotation)
{ }

void RemovedAnnotationCommand::undo()
{
    if (m_session)
        m_session->restoreAnnotation(m_annotation);
}

void RemovedAnnotationCommand::redo()
{
    if (m_session)
        m_session->removeAnnotation(m_annotation);
}

EditedAnnotationCommand::EditedAnnotationCommand(CasebookSession *session, const Annotation &before,
                                                 const AnnotationContent &after)
    : QUndoCommand(QCoreApplication::translate("casebook::AnnotationCommands", "Edit the annotation \u201c%1\u201d")
                       .arg(shortQuote(before.quote)))
    , m_session(session)
    , m_before(before)
    , m_after(after)
{ }

void EditedAnnotationCommand::undo()
{
    if (m_session)
        m_session->editAnnotation(m_before, m_before.content);
}

void EditedAnnotationCommand::redo()
{
    if (m_session)
        m_session->editAnnotation(m_before, m_after);
}

} // namespace casebook
