// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>
#include <functional>
#include <vector>

namespace casebook {

class ChineseLexicon;

/// Particles, punctuation and function words that end or separate Chinese names (的, 在, 和, 、, 。 …).
bool isChineseStop(char16_t c);

/// Places in Chinese text found by how the text uses a name rather than by a list: a name among places in an
/// enumeration (临沂、烟台、滨州等地), a name before the head of a place met more than once or after a cue
/// (社子岛, 恒春半岛), and numbered roads (台三线). The text is in Simplified script (Traditional text is converted for
/// matching first), and `wordStart` holds the lexicon's word boundaries (`wordStart[i]`: a word starts at i).
class ChinesePlaceCues
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };
    /// Whether text[start, end) is a place by a list or lexicon, and whether the text puts a place there (在, 前往 …).
    using SpanTest = std::function<bool(qsizetype start, qsizetype end)>;

    ChinesePlaceCues(QStringView text, const std::vector<char> &wordStart, const ChineseLexicon &lexicon)
        : m_text(text)
        , m_wordStart(wordStart)
        , m_lexicon(lexicon)
    { }

    /// The items of a 、-list that names places: one ending in 等地 or 地区 (临沂、烟台、滨州等地), or one most of
    /// whose items are places already (`isPlace`, or the item with a unit such as 县 elsewhere in the text).
    QList<Span> listedPlaces(const SpanTest &isPlace) const;
    /// A name before 岛, 湖, 湾, 港 or 半岛 that no plain word ends in, met twice in the text or after a place cue.
    QList<Span> headedPlaces(const SpanTest &cueAround) const;
    /// 台三线, 台9线, 国道1号: a road named by its number.
    QList<Span> numberedRoads() const;

private:
    bool isPlainHan(qsizetype start, qsizetype end) const;
    bool isRareWord(qsizetype start, qsizetype end, quint32 below) const;

    QStringView m_text;
    const std::vector<char> &m_wordStart;
    const ChineseLexicon &m_lexicon;
};

} // namespace casebook
