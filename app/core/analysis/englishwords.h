// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace casebook {

/// The American English word list (Debian's wamerican, compiled into casebook-core): tells a capitalised word
/// that is also a plain English word ("Summary", "League", "Executive") from one that is only ever a name.
class EnglishWords
{
public:
    /// The list built into casebook-core; thread-safe, loaded on first use.
    static const EnglishWords &builtIn();

    /// Adds one word per line; possessive forms ("Apple's") are skipped.
    void addWords(QStringView text);

    /// Whether the word, case-folded, is listed in lower case: a common word ("league", "summary").
    bool isCommon(const QString &lowerWord) const { return m_common.contains(lowerWord); }
    /// Whether the word is listed only capitalised: a name the dictionary knows ("Osaka", "Wales").
    bool isName(const QString &word) const { return m_names.contains(word); }

private:
    QSet<QString> m_common;
    QSet<QString> m_names;
};

} // namespace casebook
