// SPDX-License-Identifier: GPL-3.0-or-later
#include "chineselexicon.h"

#include "util/casebookerror.h"

#include <QFile>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

// FNV-1a over UTF-16 code units, extended one character at a time while a word grows. Words are told apart by
// their 64-bit hash alone: among a few hundred thousand words a collision is vanishingly unlikely.
constexpr quint64 hashSeed = 14695981039346656037ULL;
inline quint64 hashStep(quint64 hash, char16_t c)
{
    hash ^= quint64(c);
    return hash * 1099511628211ULL;
}

ChineseLexicon::Tag tagFromJieba(QStringView tag)
{
    if (tag == u"nr" || tag == u"nrfg" || tag == u"nrt")
        return ChineseLexicon::Tag::Person;
    if (tag == u"ns")
        return ChineseLexicon::Tag::Place;
    if (tag == u"nt")
        return ChineseLexicon::Tag::Organisation;
    if (tag == u"v")
        return ChineseLexicon::Tag::Verb;
    return ChineseLexicon::Tag::Other;
}

} // namespace

const ChineseLexicon &ChineseLexicon::builtIn()
{
    static const ChineseLexicon lexicon = [] {
        ChineseLexicon l;
        QFile file(u":/lexicons/jieba-dict.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            throw CasebookError(
                u"Cannot read the built-in Chinese lexicon %1: %2"_s.arg(file.fileName(), file.errorString()));
        l.addEntries(QString::fromUtf8(file.readAll()), file.fileName());
        l.finish();
        return l;
    }();
    return lexicon;
}

void ChineseLexicon::addEntries(QStringView text, const QString &sourceName)
{
    qsizetype lineNumber = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype firstSpace = line.indexOf(u' ');
        if (firstSpace <= 0)
            throw CasebookError(u"%1, line %2: expected word frequency [tag]"_s.arg(sourceName).arg(lineNumber));
        const QStringView word = line.left(firstSpace);
        QStringView rest = line.mid(firstSpace + 1);
        const qsizetype secondSpace = rest.indexOf(u' ');
        bool ok = false;
        const quint32 frequency = (secondSpace < 0 ? rest : rest.left(secondSpace)).toUInt(&ok);
        if (!ok)
            throw CasebookError(u"%1, line %2: the frequency is not a number"_s.arg(sourceName).arg(lineNumber));
        const Tag tag = secondSpace < 0 ? Tag::Other : tagFromJieba(rest.mid(secondSpace + 1));
        quint64 hash = hashSeed;
        for (qsizetype i = 0; i < word.size(); ++i) {
            hash = hashStep(hash, word[i].unicode());
            Item item;
            item.hash = hash;
            if (i + 1 == word.size()) {
                item.frequency = std::max<quint32>(frequency, 1);
                item.tag = tag;
                item.word = true;
            }
            m_items.push_back(item);
        }
        m_total += std::max<quint32>(frequency, 1);
        m_maxLength = std::max(m_maxLength, int(word.size()));
        ++m_words;
    }
}

void ChineseLexicon::finish()
{
    // one item per hash: a word wins over the same string as a prefix of a longer word
    std::stable_sort(m_items.begin(), m_items.end());
    std::vector<Item> merged;
    merged.reserve(m_items.size());
    for (const Item &item : m_items) {
        if (!merged.empty() && merged.back().hash == item.hash) {
            if (item.word && (!merged.back().word || item.frequency > merged.back().frequency))
                merged.back() = item;
            continue;
        }
        merged.push_back(item);
    }
    m_items.clear();
    m_items.shrink_to_fit();
    m_logTotal = std::log(double(std::max<quint64>(m_total, 1)));
    size_t capacity = 1;
    while (capacity < merged.size() * 2)
        capacity <<= 1;
    m_table.assign(capacity, Item {});
    for (Item item : merged) {
        if (item.hash == 0)
            continue; // the empty slot's mark; one word in 2^64 is lost
        item.logProbability = item.word ? float(std::log(double(item.frequency)) - m_logTotal) : 0.0f;
        size_t slot = size_t(item.hash) & (capacity - 1);
        while (m_table[slot].hash != 0)
            slot = (slot + 1) & (capacity - 1);
        m_table[slot] = item;
    }
}

const ChineseLexicon::Item *ChineseLexicon::find(quint64 hash) const
{
    if (m_table.empty() || hash == 0)
        return nullptr;
    const size_t mask = m_table.size() - 1;
    for (size_t slot = size_t(hash) & mask;; slot = (slot + 1) & mask) {
        const Item &item = m_table[slot];
        if (item.hash == hash)
            return &item;
        if (item.hash == 0)
            return nullptr;
    }
}

std::optional<ChineseLexicon::Word> ChineseLexicon::lookup(QStringView word) const
{
    quint64 hash = hashSeed;
    for (const QChar c : word)
        hash = hashStep(hash, c.unicode());
    const Item *item = find(hash);
    if (!item || !item->word)
        return std::nullopt;
    return Word { item->frequency, item->tag };
}

std::vector<bool> ChineseLexicon::wordStarts(QStringView run) const
{
    const qsizetype n = run.size();
    std::vector<bool> starts(size_t(n) + 1, false);
    starts[size_t(n)] = true;
    if (n == 0)
        return starts;
    // jieba's route: from the end, each position takes the word that maximises the summed log probability of the
    // rest of the run; a character no word starts with stands alone with frequency 1.
    // scratch space kept per thread: a text has many short runs between punctuation
    thread_local std::vector<double> best;
    thread_local std::vector<qsizetype> next;
    best.assign(size_t(n) + 1, 0.0);
    next.assign(size_t(n) + 1, n);
    for (qsizetype i = n - 1; i >= 0; --i) {
        best[size_t(i)] = -m_logTotal + best[size_t(i) + 1]; // the character alone, frequency 1
        next[size_t(i)] = i + 1;
        quint64 hash = hashSeed;
        for (qsizetype j = i; j < n && j - i < m_maxLength; ++j) {
            hash = hashStep(hash, run[j].unicode());
            const Item *item = find(hash);
            if (!item)
                break;
            if (!item->word)
                continue;
            const double score = double(item->logProbability) + best[size_t(j) + 1];
            if (score > best[size_t(i)]) {
                best[size_t(i)] = score;
                next[size_t(i)] = j + 1;
            }
        }
    }
    for (qsizetype i = 0; i < n; i = next[size_t(i)])
        starts[size_t(i)] = true;
    return starts;
}

} // namespace casebook
