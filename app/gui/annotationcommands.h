// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QPointer>
#include <QUndoCommand>

namespace casebook {

class CasebookSession;

/// An annotation the analyst made: undo removes it, redo puts it back as it was. Pushed once it is saved, so its
/// first redo does nothing.
class AddedAnnotationCommand : public QUndoCommand
{
public:
    AddedAnnotationCommand(CasebookSession *session, const Annotation &annotation);
    void undo() override;
    void redo() override;

private:
    QPointer<CasebookSession> m_session;
    Annotation m_annotation;
    bool m_saved = true; ///< already in the casebook when pushed
};

/// Deleting an annotation: undo puts it back as it was (same id, passage, note and tags).
class RemovedAnnotationCommand : public QUndoCommand
{
public:
    RemovedAnnotationCommand(CasebookSession *session, const Annotation &annotation);
    void undo() override;
    void redo() override;

private:
    QPointer<CasebookSession> m_session;
    Annotation m_annotation;
};

/// Changing an annotation's note, tags or colour: undo brings the old ones back.
class EditedAnnotationCommand : public QUndoCommand
{
public:
    EditedAnnotationCommand(CasebookSession *session, const Annotation &before, const AnnotationContent &after);
    void undo() override;
    void redo() override;

private:
    QPointer<CasebookSession> m_session;
    Annotation m_before;
    AnnotationContent m_after;
};

} // namespace casebook
