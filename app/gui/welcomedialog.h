// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QCommandLinkButton;
class QLabel;
class QListWidget;

namespace casebook {

/// The first thing a new analyst sees (and Help › Welcome… shows again): open the demo casebook, make a new one,
/// open one, or pick a recent one. The dialog only says what was chosen; the window does it.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(const QStringList &recentCasebooks, QWidget *parent = nullptr);

Q_SIGNALS:
    void demoRequested();
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    /// Hides the dialog, then tells the window what to do (so its file dialogs do not open over this one).
    void chooseLater(void (WelcomeDialog::*signal)());

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_new = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    bool m_fitted = false;
};

} // namespace casebook
