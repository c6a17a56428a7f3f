// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    QString query() const;
    void setQuery(const QString &query);
    /// Shows the problem with the current query; position is a 0-based offset into the text, or -1.
    void showError(const QString &message, int position);
    void clearError();
    void showResultCount(qint64 count);
    void focusSearch();
    static QString syntaxHelpHtml();

Q_SIGNALS:
    void queryChanged(const QString &query);

private:
    void remember(const QString &query);
    void emitNow();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_help = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    QStringListModel *m_history = nullptr;
    QString m_lastEmitted;
};

} // namespace casebook
