// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterchipsbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace casebook {

FilterChipsBar::FilterChipsBar(FilterState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(u"filterChips"_s);
    m_back = new QToolButton(this);
    m_back->setText(u"◀"_s);
    m_back->setToolTip(tr("Back to the previous filter (Alt+Left)"));
    m_forward = new QToolButton(this);
    m_forward->setText(u"▶"_s);
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    connect(m_back, &QToolButton::clicked, m_state, &FilterState::back);
    connect(m_forward, &QToolButton::clicked, m_state, &FilterState::forward);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_back);
    layout->addWidget(m_forward);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addStretch(1);
    connect(m_state, &FilterState::filterChanged, this, &FilterChipsBar::rebuild);
    connect(m_state, &FilterState::historyChanged, this, &FilterChipsBar::rebuild);
    rebuild();
}

QStringList FilterChipsBar::chipLabels() const
{
    QStringList labels;
    for (const QToolButton *chip : m_chipButtons)
        labels.append(chip->text());
    return labels;
}

QString FilterChipsBar::queryLabel(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (!trimmed.contains(u'"'))
        return u"“%1”"_s.arg(trimmed);
    QString label;
    label.reserve(trimmed.size());
    bool open = false;
    for (const QChar c : trimmed) {
        if (c == u'"') {
            label += open ? u'”' : u'“';
            open = !open;
        } else {
            label += c;
        }
    }
    return label;
}

void FilterChipsBar::addChip(const QString &label, std::function<void()> remove)
{
    auto *chip = new QToolButton(this);
    chip->setText(label);
    chip->setToolTip(tr("Remove from the filter"));
    chip->setStyleSheet(u"QToolButton { border: 1px solid #7a9cc6; border-radius: 9px; padding: 1px 8px;"
                        u" background: #e3ecf7; color: #1f3b5a; }"
                        u"QToolButton:hover { background: #f6d6d6; border-color: #c66; }"_s);
    connect(chip, &QToolButton::clicked, this, [remove = std::move(remove)] { remove(); });
    m_chips->addWidget(chip);
    m_chipButtons.append(chip);
}

void FilterChipsBar::rebuild()
{
    m_back->setEnabled(m_state->canGoBack());
    m_forward->setEnabled(m_state->canGoForward());
    for (QToolButton *chip : std::as_const(m_chipButtons))
        chip->deleteLater();
    m_chipButtons.clear();

    const Filter &filter = m_state->filter();
    if (!filter.query.trimmed().isEmpty())
        addChip(queryLabel(filter.query) + u"  ✕"_s, [this] { m_state->setQuery({}); });
    if (filter.hasDateRange()) {
        const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : u"…"_s;
        const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : u"…"_s;
        addChip(u"%1 – %2  ✕"_s.arg(from, to), [this] { m_state->clearDateRange(); });
    }
    for (const QString &entity : filter.entities)
        addChip(u"◆ %1  ✕"_s.arg(entity), [this, entity] { m_state->removeEntity(entity); });
    for (const QString &language : filter.languages)
        addChip(tr("language %1").arg(language) + u"  ✕"_s, [this, language] { m_state->toggleLanguage(language); });
    for (const QString &source : filter.sources)
        addChip(tr("source %1").arg(source) + u"  ✕"_s, [this, source] { m_state->toggleSource(source); });
    for (const QString &tag : filter.tags)
        addChip(u"#%1  ✕"_s.arg(tag), [this, tag] { m_state->removeTag(tag); });
    if (m_chipButtons.size() > 1)
        addChip(tr("Clear all"), [this] { m_state->clear(); });
}

} // namespace casebook
