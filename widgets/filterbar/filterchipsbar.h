// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/filterstate.h"

#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace casebook {

/// The active filter as removable chips — query, date range, entities, languages, sources, tags — with back and
/// forward through the filter history. Reads and writes the one FilterState.
class FilterChipsBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterChipsBar(FilterState *state, QWidget *parent = nullptr);
    /// The chips' labels, in order (for tests).
    QStringList chipLabels() const;
    /// The query as its chip shows it: in typographic quotes, its own straight quotes turned into typographic
    /// ones rather than quoted twice (`"foo bar"` → “foo bar”, `"foo bar" baz` → “foo bar” baz).
    static QString queryLabel(const QString &query);

private:
    void rebuild();
    void addChip(const QString &label, std::function<void()> remove);

    FilterState *m_state = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QList<QToolButton *> m_chipButtons;
};

} // namespace casebook
