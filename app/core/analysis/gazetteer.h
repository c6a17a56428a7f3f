// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitytype.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <vector>

namespace casebook {

/// Names the analyzer knows without reading them from the text: places, organisations, products and people,
/// each with a canonical name and aliases in English and Chinese, plus word lists (Chinese surnames, given
/// names). The built-in one is read once from the TSV files compiled into casebook-core (resources/gazetteers).
///
/// Name files: `type<TAB>canonical<TAB>alias|alias|...`; lines starting with # are comments. Word lists
/// (`*.txt`): one word per line.
class Gazetteer
{
public:
    struct Entry
    {
        QString canonical;
        EntityType type = EntityType::Organisation;
        /// From a general list (iso-codes' subdivisions): a name only where it stands alone, not inside a longer
        /// capitalised name ("Mika Osaka", "Kent County Council").
        bool standaloneOnly = false;
    };
    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int entry = -1;
    };

    Gazetteer();

    /// The gazetteer built into casebook-core, plus the English names of countries and their subdivisions read from
    /// Debian's iso-codes when installed (isoCodesFolder()); thread-safe, loaded on first use.
    static const Gazetteer &builtIn();
    /// Where iso-codes' JSON files are: $CASEBOOK_ISO_CODES_DIR, else /usr/share/iso-codes/json.
    static QString isoCodesFolder();

    /// Adds the names of a TSV document; throws CasebookError naming `sourceName` and the line when malformed.
    void addNames(const QString &tsv, const QString &sourceName);
    void addName(const QString &name, EntityType type, const QString &canonical, bool standaloneOnly = false);
    void addWords(const QString &listName, const QString &text);

    /// Every name found in the text, the longest at each start; Latin names only at word boundaries.
    QList<Match> findAll(QStringView text) const;
    /// The entry for an exact name, or -1.
    int lookup(const QString &name) const;
    const Entry &entry(int index) const { return m_entries[size_t(index)]; }
    qsizetype entryCount() const { return qsizetype(m_entries.size()); }
    const QSet<QString> &words(const QString &listName) const;

private:
    int child(int node, char16_t c) const { return m_edges.value((quint64(quint32(node)) << 16) | c, -1); }

    std::vector<Entry> m_entries;
    QHash<QString, int> m_entryByCanonical; ///< key: type name + '\t' + canonical
    QHash<quint64, int> m_edges; ///< (node << 16 | char) -> node
    std::vector<int> m_terminal; ///< per node: entry index or -1
    QHash<QString, QSet<QString>> m_words;
};

} // namespace casebook
