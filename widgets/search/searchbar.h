// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;
class QToolButton;

namespace casebook {

/// The search box: query language input with history, a help popup for the syntax, and a line that names what
/// is wrong with a malformed query and where. Emits queryChanged while typing (debounced) and on Enter.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget *parent = nullptr);

    /// The query as typed, without trailing white space (leading spaces stay, so positions match the box);
    /// empty when there is nothing but white space.
    QString query() const;
    void setQuery(const QString &query);
    /// Shows the problem with the current query: `message` as QueryError::message() gives it ("… (at position
    /// N)", N counted from 1), `position` as QueryError::position() (the 0-based offset of the character at
    /// fault in query(), or -1). After Enter the cursor is placed before that character.
    void showError(const QString &message, int position);
    void clearError();
    /// The number of matches and, quietly after it, how the query was read where that differs from what was
    /// typed (SearchResults::notices).
    void showResultCount(qint64 count, const QStringList &notices = {});
    void focusSearch();
    /// Drops the list of recent searches down from the box (also the ▾ button, or Down in the box).
    void showHistory();
    QStringList history() const;
    static QString syntaxHelpHtml();

Q_SIGNALS:
    void queryChanged(const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void remember(const QString &typed);
    void emitNow();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_help = nullptr;
    QToolButton *m_historyButton = nullptr;
    QTimer *m_settle = nullptr; ///< a query left alone this long is worth remembering
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    QStringListModel *m_history = nullptr;
    QString m_lastEmitted;
    bool m_submitted = false; ///< the current query was submitted with Enter (not merely typed)
};

} // namespace casebook
