// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/report.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace casebook {

class ReportOutlineModel;

/// The report composer: pick or make a report, give it a title and a citation style, order its sections and
/// items (drag them, or drop annotations, articles, search results and entities from the other docks), write
/// the section texts and the words on each item, add the current timeline or entity chart as a figure, export.
/// Edits are saved a moment after the analyst stops typing (saveRequested); the composer never touches a file.
class ReportComposer : public QWidget
{
    Q_OBJECT

public:
    enum class Figure { Timeline, EntityChart };

    explicit ReportComposer(QWidget *parent = nullptr);

    /// The saved reports (names and titles) for the chooser.
    void setReports(const QList<Report> &reports);
    /// Shows a report to edit (a whole one, as loaded).
    void setReport(const Report &report);
    /// A save came back with the report's id (a new report's first save).
    void reportSaved(const Report &saved);
    const Report &report() const;
    bool hasReport() const;
    /// Adds items to the selected section (or the last one).
    void addItems(const QList<ReportItem> &items);
    /// Titles to show for article items without a quote.
    void setArticleTitles(const QHash<qint64, QString> &titles);
    ReportOutlineModel *outline() const { return m_outline; }
    QTreeView *outlineView() const { return m_tree; }
    /// Saves now what a pending edit would save shortly (before an export or closing).
    void flushPendingSave();
    /// For a casebook that can only be read: reports can be chosen, read and exported, not made or changed.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void reportChosen(const QString &name);
    void newReportRequested();
    void deleteRequested(const QString &name);
    void saveRequested(const casebook::Report &report);
    void figureRequested(casebook::ReportComposer::Figure figure);
    /// `format` is an export format name ("pdf", "html", "md", "csv", "json", "qdpx", "csl-json", "ris").
    void exportRequested(const QString &format);

private:
    void showEditorFor(const QModelIndex &index);
    void updateEnabled();
    void scheduleSave();

    bool m_readOnly = false;
    QComboBox *m_chooser = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_style = nullptr;
    QTreeView *m_tree = nullptr;
    ReportOutlineModel *m_outline = nullptr;
    QStackedWidget *m_editor = nullptr;
    QLineEdit *m_sectionHeading = nullptr;
    QPlainTextEdit *m_sectionBody = nullptr;
    QLabel *m_itemQuote = nullptr;
    QPlainTextEdit *m_itemCommentary = nullptr;
    QPushButton *m_addSection = nullptr;
    QPushButton *m_addFigure = nullptr;
    QPushButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_saveTimer = nullptr;
    QPersistentModelIndex m_editing; ///< the node the editor shows
    bool m_updatingEditor = false;
};

} // namespace casebook
