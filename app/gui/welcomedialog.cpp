// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

WelcomeDialog::WelcomeDialog(const QStringList &recentCasebooks, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"welcomeDialog"_s);
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_demo = new QCommandLinkButton(this);
    m_demo->setObjectName(u"openDemo"_s);
    m_new = new QCommandLinkButton(this);
    m_new->setObjectName(u"newCasebook"_s);
    m_open = new QCommandLinkButton(this);
    m_open->setObjectName(u"openCasebook"_s);
    connect(m_demo, &QAbstractButton::clicked, this, [this] { chooseLater(&WelcomeDialog::demoRequested); });
    connect(m_new, &QAbstractButton::clicked, this, [this] { chooseLater(&WelcomeDialog::newRequested); });
    connect(m_open, &QAbstractButton::clicked, this, [this] { chooseLater(&WelcomeDialog::openRequested); });

    m_recentLabel = new QLabel(this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(u"recentCasebooks"_s);
    for (const QString &path : recentCasebooks) {
        auto *item = new QListWidgetItem(
            u"%1 — %2"_s.arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentLabel->setBuddy(m_recent);
    m_recentLabel->setVisible(!recentCasebooks.isEmpty());
    m_recent->setVisible(!recentCasebooks.isEmpty());
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        hide();
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
        accept();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_demo);
    layout->addWidget(m_new);
    layout->addWidget(m_open);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addWidget(buttons);
    retranslate();
    setMinimumWidth(620);
}

void WelcomeDialog::chooseLater(void (WelcomeDialog::*signal)())
{
    hide();
    Q_EMIT(this->*signal)();
    accept();
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Casebook"));
    m_heading->setText(tr("Welcome to Casebook"));
    m_intro->setText(tr("A casebook is one file that holds the articles you collect, what Casebook finds in them "
                        "(people, organisations, places, dates), your annotations and your reports."));
    m_demo->setText(tr("Open the demo casebook"));
    m_demo->setDescription(tr("News articles in English and Chinese about the adoption of large language "
                              "models in China, ready to search, read and annotate. You work on a copy of your own."));
    m_new->setText(tr("Create a new casebook…"));
    m_new->setDescription(tr("Choose where to save it, then import files or folders of articles (HTML, text, PDF, "
                             "images)."));
    m_open->setText(tr("Open a casebook…"));
    m_open->setDescription(tr("A .casebook file you or a colleague made."));
    m_recentLabel->setText(tr("&Recent casebooks:"));
}

void WelcomeDialog::showEvent(QShowEvent *event)
{
    // The wrapped texts first measured their height at a narrower width; at the dialog's own width they need less.
    if (!m_fitted) {
        m_fitted = true;
        resize(width(), heightForWidth(width()));
    }
    QDialog::showEvent(event);
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace casebook
