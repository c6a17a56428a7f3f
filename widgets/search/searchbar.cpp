// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbar.h"

#include "search/queryparser.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr int historySize = 50;
const auto historyKey = "search/history";
} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_help(new QToolButton(this))
    , m_historyButton(new QToolButton(this))
    , m_settle(new QTimer(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_history(new QStringListModel(QSettings().value(QLatin1StringView(historyKey)).toStringList(), this))
{
    m_edit->setObjectName(u"searchEdit"_s);
    m_edit->setPlaceholderText(tr("Search: words, \"phrases\", OR, -not, deep*, title:, date:2025-01..2025-03 …"));
    m_edit->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);

    m_edit->installEventFilter(this);
    m_historyButton->setText(u"▾"_s);
    m_historyButton->setToolTip(tr("Recent searches (Down in the search box)"));
    m_historyButton->setObjectName(u"searchHistory"_s);
    connect(m_historyButton, &QToolButton::clicked, this, &SearchBar::showHistory);
    // Typed searches are remembered too once they have been left alone a moment, not only those sent with Enter.
    m_settle->setSingleShot(true);
    m_settle->setInterval(2000);
    connect(m_settle, &QTimer::timeout, this, [this] { remember(query()); });

    m_help->setText(u"?"_s);
    m_help->setToolTip(tr("Search syntax"));
    m_help->setObjectName(u"searchHelp"_s);
    connect(m_help, &QToolButton::clicked, this,
            [this] { QToolTip::showText(m_help->mapToGlobal(QPoint(0, m_help->height())), syntaxHelpHtml(), m_help); });

    m_status->setObjectName(u"searchStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180); // fast enough to feel instant, slow enough not to search every keystroke
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::emitNow);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_submitted = false;
        m_debounce->start();
        m_settle->start();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        m_submitted = true;
        remember(query());
        emitNow();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this] {
        m_debounce->stop();
        m_submitted = true;
        emitNow();
    });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_historyButton);
    row->addWidget(m_help);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_status);
}

QString SearchBar::query() const
{
    // Only trailing white space goes: leading spaces stay, so that error positions count the characters shown.
    QString text = m_edit->text();
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
    return text.trimmed().isEmpty() ? QString() : text;
}

void SearchBar::setQuery(const QString &query)
{
    if (m_edit->text() == query)
        return;
    m_edit->setText(query);
    m_lastEmitted = this->query();
}

void SearchBar::focusSearch()
{
    m_edit->setFocus();
    m_edit->selectAll();
}

void SearchBar::emitNow()
{
    const QString current = query();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    Q_EMIT queryChanged(current);
}

void SearchBar::showHistory()
{
    QCompleter *completer = m_edit->completer();
    if (!completer || m_history->rowCount() == 0)
        return;
    m_edit->setFocus();
    completer->setCompletionPrefix(QString()); // every entry, newest first
    completer->complete();
}

QStringList SearchBar::history() const
{
    return m_history->stringList();
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && !(m_edit->completer() && m_edit->completer()->popup()->isVisible())) {
        showHistory();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchBar::remember(const QString &typed)
{
    const QString query = typed.trimmed();
    if (query.isEmpty())
        return;
    QStringList history = m_history->stringList();
    history.removeAll(query);
    history.prepend(query);
    while (history.size() > historySize)
        history.removeLast();
    m_history->setStringList(history);
    QSettings().setValue(QLatin1StringView(historyKey), history);
}

void SearchBar::showError(const QString &message, int position)
{
    m_status->setStyleSheet(u"color: #b00020"_s);
    m_status->setText(message);
    m_status->setToolTip(QString());
    m_status->show();
    // The cursor goes before the character at fault only when the analyst asked (Enter): moving it while they
    // type would send their next keys into the middle of the query.
    if (m_submitted && position >= 0 && position <= m_edit->text().size() && m_edit->hasFocus())
        m_edit->setCursorPosition(position);
}

void SearchBar::clearError()
{
    m_status->clear();
    m_status->hide();
}

void SearchBar::showResultCount(qint64 count, const QStringList &notices)
{
    m_status->setStyleSheet(u"color: gray"_s);
    QString text = tr("%n matching article(s)", nullptr, int(count));
    if (!notices.isEmpty())
        text += u" · "_s + notices.join(u" · "_s);
    m_status->setText(text);
    m_status->setToolTip(notices.isEmpty() ? QString()
                                           : tr("The fields are %1; any other word before a colon is searched as text.")
                                                 .arg(QueryParser::fieldList()));
    m_status->show();
}

QString SearchBar::syntaxHelpHtml()
{
    return tr(
        "<h3>Search syntax</h3><table cellspacing='4'>"
        "<tr><td><code>deepseek hospital</code></td><td>both words (AND is implied)</td></tr>"
        "<tr><td><code>\"state grid\"</code></td><td>the exact phrase</td></tr>"
        "<tr><td><code>qwen OR ernie</code></td><td>either word</td></tr>"
        "<tr><td><code>-nvidia</code>, <code>NOT nvidia</code></td><td>without the word</td></tr>"
        "<tr><td><code>(a OR b) c</code></td><td>grouping</td></tr>"
        "<tr><td><code>deep*</code></td><td>words starting with deep</td></tr>"
        "<tr><td><code>NEAR(sasac meeting, 5)</code></td><td>words within 5 words of each other</td></tr>"
        "<tr><td><code>title: source: author: lang:</code></td><td>search one field: "
        "<code>source:reuters</code>, <code>lang:zh</code></td></tr>"
        "<tr><td><code>date:2025-01..2025-03</code></td><td>published in a range; also <code>after:2024-06-01</code>, "
        "<code>before:2025</code></td></tr>"
        "<tr><td><code>entity:PipeChina</code>, <code>tag:risk</code>, <code>note:verify</code></td><td>articles "
        "mentioning an entity (any alias), with an annotation tagged so, or whose annotation note says so</td></tr>"
        "<tr><td><code>北京 医院</code></td><td>Chinese words, two characters or more</td></tr>"
        "</table>");
}

} // namespace casebook
