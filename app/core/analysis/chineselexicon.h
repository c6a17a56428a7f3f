// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace casebook {

/// A Chinese lexicon with word frequencies and name tags, read from jieba's dictionary (python3-jieba's dict.txt,
/// compiled into casebook-core): `word frequency tag` per line, where the tags nr, ns and nt mark person, place
/// and organisation names (and v verbs, which end no name). It gives word boundaries (the most probable segmentation,
/// as jieba computes it without its model for unknown words) and the tag of a word. Simplified script only: Traditional
/// text is converted for matching first (ScriptConverter).
class ChineseLexicon
{
public:
    enum class Tag : quint8 { Other, Person, Place, Organisation, Verb };
    struct Word
    {
        quint32 frequency = 0;
        Tag tag = Tag::Other;
    };

    ChineseLexicon() = default;

    /// jieba's dictionary built into casebook-core; thread-safe, loaded on first use.
    static const ChineseLexicon &builtIn();

    /// Adds the lines of a jieba dictionary; throws CasebookError naming `sourceName` and the line when malformed.
    void addEntries(QStringView text, const QString &sourceName);
    /// Makes the lexicon searchable; call once after the last addEntries().
    void finish();

    std::optional<Word> lookup(QStringView word) const;
    qsizetype size() const { return m_words; }

    /// Where words start in a run of Han characters: `result[i]` is true when a word starts at `i`, and
    /// `result[run.size()]` is true. Unknown characters stand alone.
    std::vector<bool> wordStarts(QStringView run) const;

private:
    struct Item
    {
        quint64 hash = 0; ///< 0: an empty slot
        quint32 frequency = 0; ///< 0 for a prefix that is not a word itself
        float logProbability = 0; ///< log(frequency / total), for the segmentation
        Tag tag = Tag::Other;
        bool word = false;
        bool operator<(const Item &other) const { return hash < other.hash; }
    };
    const Item *find(quint64 hash) const;

    std::vector<Item> m_items; ///< every word and every prefix of a word, while adding
    std::vector<Item> m_table; ///< the same in an open-addressing table (a power of two, at most half full)
    double m_logTotal = 0;
    quint64 m_total = 0;
    qsizetype m_words = 0;
    int m_maxLength = 1;
};

} // namespace casebook
