// SPDX-License-Identifier: GPL-3.0-or-later
#include "chineseplacecues.h"

#include "chineselexicon.h"
#include "util/unicodescript.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace casebook {

bool isChineseStop(char16_t c)
{
    // a table of all UTF-16 units, made once: the rules ask this for nearly every Chinese character
    static const std::vector<bool> stops = [] {
        std::vector<bool> table(0x10000, false);
        for (
            const QChar stop :
            u"的是在则和与及了对将由为从向把被等让给并也都就而或以于如据称说有其该这那各每已又还到至同跟个家所多些要年月日号、，。：；！？“”‘’（）《》「」『』【】"_s)
            table[stop.unicode()] = true;
        return table;
    }();
    return stops[c];
}

bool ChinesePlaceCues::isPlainHan(qsizetype start, qsizetype end) const
{
    if (start < 0 || end > m_text.size() || end - start < 2)
        return false;
    for (qsizetype k = start; k < end; ++k)
        if (!unicode::isHan(m_text[k].unicode()) || isChineseStop(m_text[k].unicode()))
            return false;
    return true;
}

/// A word no plain text uses often: not in the lexicon, tagged as a name, or rarer than `below` (and no verb).
bool ChinesePlaceCues::isRareWord(qsizetype start, qsizetype end, quint32 below) const
{
    const auto word = m_lexicon.lookup(m_text.mid(start, end - start));
    if (!word || word->tag == ChineseLexicon::Tag::Place || word->tag == ChineseLexicon::Tag::Person)
        return true;
    return word->tag != ChineseLexicon::Tag::Verb && word->frequency < below;
}

QList<ChinesePlaceCues::Span> ChinesePlaceCues::listedPlaces(const SpanTest &isPlace) const
{
    QList<Span> found;
    const qsizetype n = m_text.size();
    auto inItem = [this](qsizetype at) {
        const char16_t c = m_text[at].unicode();
        return (unicode::isHan(c) && !isChineseStop(c)) || c == u' ' || c == u'\u3000';
    };
    for (qsizetype at = m_text.indexOf(u'、'); at >= 0;) {
        qsizetype from = at;
        while (from > 0 && (inItem(from - 1) || m_text[from - 1] == u'、'))
            --from;
        qsizetype to = at;
        while (to < n && (inItem(to) || m_text[to] == u'、'))
            ++to;
        QList<Span> items;
        for (qsizetype p = from; p < to;) {
            qsizetype e = p;
            while (e < to && m_text[e] != u'、')
                ++e;
            qsizetype s = p;
            qsizetype t = e;
            while (s < t && !unicode::isHan(m_text[s].unicode()))
                ++s;
            while (t > s && !unicode::isHan(m_text[t - 1].unicode()))
                --t;
            // a part of the place named: 屏东县山区, 南投地区
            for (const QStringView part : { u"山区", u"地区", u"沿海", u"一带" })
                if (t - s >= part.size() + 2 && m_text.mid(s, t - s).endsWith(part)) {
                    t -= part.size();
                    break;
                }
            items.append({ s, t });
            p = e + 1;
        }
        // what follows the list: 等地, 地区, or 以及 … 等地 say its items are places
        const QStringView after = m_text.mid(to, std::min<qsizetype>(16, n - to));
        qsizetype clause = 0;
        while (clause < after.size() && unicode::isHan(after[clause].unicode()))
            ++clause;
        const QStringView rest = after.left(clause);
        bool strong = rest.startsWith(u"等地") || rest.startsWith(u"地区") || rest.startsWith(u"等城市")
            || rest.startsWith(u"等省") || rest.startsWith(u"等县")
            || ((rest.startsWith(u"以及") || rest.startsWith(u"及") || rest.startsWith(u"和") || rest.startsWith(u"与"))
                && rest.contains(u"等地"));
        // the last item may carry the word itself: 南投地区
        strong = strong || m_text.mid(0, to).endsWith(u"地区");
        // the first item may follow a verb or a noun (宣布临沂): keep its last two or three characters when they
        // are a place
        if (!items.isEmpty() && items.first().end - items.first().start > 3) {
            Span &first = items.first();
            for (const qsizetype length : { 3, 2 })
                if (m_wordStart[size_t(first.end - length)] && isPlace(first.end - length, first.end)) {
                    first.start = first.end - length;
                    break;
                }
        }
        auto evidenced = [&](const Span &item) {
            if (!isPlainHan(item.start, item.end) || item.end - item.start > 4)
                return false;
            if (isPlace(item.start, item.end))
                return true;
            // a name with its unit: 嘉平县, 台川市
            if (item.end - item.start >= 3 && QStringView(u"市县省区镇乡").contains(m_text[item.end - 1]))
                return true;
            // 彰化 where 彰化县 stands elsewhere in the article
            const QString name = m_text.mid(item.start, item.end - item.start).toString();
            for (const QChar unit : u"市县省区"_s)
                if (m_text.contains(QString(name + unit)))
                    return true;
            return false;
        };
        int places = 0;
        for (const Span &item : std::as_const(items))
            places += evidenced(item) ? 1 : 0;
        const bool placeList = items.size() >= 2
            && ((places >= 2 && places * 2 >= items.size()) || (strong && (places >= 1 || items.size() >= 3)));
        if (placeList)
            for (const Span &item : std::as_const(items)) {
                const qsizetype length = item.end - item.start;
                // two small places written together: 兰屿绿岛
                if (length == 4 && !evidenced(item) && isPlainHan(item.start, item.end)
                    && m_wordStart[size_t(item.start + 2)] && isRareWord(item.start, item.start + 2, 100)
                    && isRareWord(item.start + 2, item.end, 100)) {
                    found.append({ item.start, item.start + 2 });
                    found.append({ item.start + 2, item.end });
                    continue;
                }
                if (evidenced(item)
                    || (length >= 2 && length <= 3 && isPlainHan(item.start, item.end)
                        && isRareWord(item.start, item.end, strong ? 1000 : 100)))
                    found.append(item);
            }
        at = m_text.indexOf(u'、', std::max(to, at + 1));
    }
    return found;
}

QList<ChinesePlaceCues::Span> ChinesePlaceCues::headedPlaces(const SpanTest &cueAround) const
{
    QList<Span> found;
    const qsizetype n = m_text.size();
    for (qsizetype h = 2; h < n; ++h) {
        const char16_t c = m_text[h].unicode();
        if (c != u'半' && c != u'岛' && c != u'湖' && c != u'湾' && c != u'港')
            continue;
        const qsizetype headLength = m_text.mid(h).startsWith(u"半岛") ? 2 : (m_text[h] == u'半' ? 0 : 1);
        if (headLength == 0)
            continue;
        const qsizetype end = h + headLength;
        // the head starts a longer word: 湖北, 港口, 岛内
        if (end < n && !m_wordStart[size_t(end)] && unicode::isHan(m_text[end].unicode()))
            continue;
        for (const qsizetype stemLength : { 3, 2 }) {
            const qsizetype start = h - stemLength;
            if (!isPlainHan(start, h) || !m_wordStart[size_t(start)])
                continue;
            // a plain word with the head (海岛, 港湾) or a plain word before it (美丽湖) names no place
            const auto whole = m_lexicon.lookup(m_text.mid(start, end - start));
            if (whole && whole->tag != ChineseLexicon::Tag::Place && whole->frequency >= 20)
                break;
            if (!isRareWord(start, h, 200))
                continue;
            // 兰屿绿岛: a place of its own before another
            if (stemLength == 3) {
                const auto lead = m_lexicon.lookup(m_text.mid(start, 2));
                if (lead && (lead->tag == ChineseLexicon::Tag::Place || lead->tag == ChineseLexicon::Tag::Person))
                    continue;
            }
            const QStringView name = m_text.mid(start, end - start);
            if (m_text.count(name) >= 2 || cueAround(start, end)) {
                found.append({ start, end });
                break;
            }
        }
    }
    return found;
}

QList<ChinesePlaceCues::Span> ChinesePlaceCues::numberedRoads() const
{
    // read back from each 线 or 号: an optional 甲/乙/丙, one to three numerals, then 台, 国道, 省道 or 县道
    QList<Span> found;
    static const QString numerals = u"一二三四五六七八九十"_s;
    for (const QChar mark : { u'线', u'号' })
        for (qsizetype at = m_text.indexOf(mark, 2); at >= 2; at = m_text.indexOf(mark, at + 1)) {
            qsizetype k = at;
            if (QStringView(u"甲乙丙").contains(m_text[k - 1]))
                --k;
            qsizetype digits = 0;
            while (k > 0 && digits < 3 && (m_text[k - 1].isDigit() || numerals.contains(m_text[k - 1]))) {
                --k;
                ++digits;
            }
            if (digits == 0 || k == 0)
                continue;
            qsizetype start = -1;
            if (m_text[k - 1] == u'台')
                start = k - 1;
            else if (k >= 2 && m_text[k - 1] == u'道' && QStringView(u"国省县").contains(m_text[k - 2]))
                start = k - 2;
            // 平台三线 is a platform's lines: the road's name starts a word
            if (start < 0
                || (start > 0 && unicode::isHan(m_text[start - 1].unicode())
                    && !isChineseStop(m_text[start - 1].unicode())))
                continue;
            found.append({ start, at + 1 });
        }
    return found;
}

} // namespace casebook
