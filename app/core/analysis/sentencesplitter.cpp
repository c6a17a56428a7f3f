// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace casebook::SentenceSplitter {

namespace {

bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations = {
        u"mr"_s,  u"mrs"_s, u"ms"_s,  u"dr"_s,  u"prof"_s, u"st"_s,   u"co"_s,     u"corp"_s, u"inc"_s,
        u"ltd"_s, u"jr"_s,  u"sr"_s,  u"no"_s,  u"vs"_s,   u"etc"_s,  u"jan"_s,    u"feb"_s,  u"mar"_s,
        u"apr"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s,  u"sept"_s, u"oct"_s,    u"nov"_s,  u"dec"_s,
        u"gen"_s, u"gov"_s, u"sen"_s, u"rep"_s, u"e.g"_s,  u"i.e"_s,  u"approx"_s, u"dept"_s, u"est"_s,
    };
    if (word.size() == 1 && word[0].isUpper())
        return true; // an initial: "J. Smith"
    if (word.size() > 6)
        return false;
    return abbreviations.contains(word.toString().toLower());
}

bool isClosing(char16_t c)
{
    return c == u'"' || c == u'\'' || c == u'\u201d' || c == u'\u2019' || c == u')' || c == u'\u300d' || c == u'\u300f'
        || c == u'\uff09' || c == u']';
}

} // namespace

QList<SentenceSpan> split(QStringView text)
{
    QList<SentenceSpan> spans;
    const qsizetype n = text.size();
    auto addSpan = [&](qsizetype start, qsizetype end) {
        while (start < end && text[start].isSpace())
            ++start;
        while (end > start && text[end - 1].isSpace())
            --end;
        if (end > start)
            spans.append({ start, end });
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n') {
            addSpan(start, i);
            start = i + 1;
            continue;
        }
        if (c == u'\u3002' || c == u'\uff01' || c == u'\uff1f' || c == u'\uff1b') {
            qsizetype end = i + 1;
            while (end < n && isClosing(text[end].unicode()))
                ++end;
            addSpan(start, end);
            start = end;
            i = end - 1;
            continue;
        }
        if (c == u'.' || c == u'!' || c == u'?') {
            qsizetype end = i + 1;
            while (end < n && (text[end] == u'.' || text[end] == u'!' || text[end] == u'?'))
                ++end;
            while (end < n && isClosing(text[end].unicode()))
                ++end;
            if (end < n && !text[end].isSpace())
                continue;
            if (c == u'.') {
                qsizetype w = i;
                while (w > start && (text[w - 1].isLetter() || text[w - 1] == u'.'))
                    --w;
                if (isAbbreviation(text.mid(w, i - w)))
                    continue;
                // the next word starts lower-case: not a sentence end ("approx. ten")
                qsizetype next = end;
                while (next < n && text[next] == u' ')
                    ++next;
                if (next < n && text[next].isLower())
                    continue;
            }
            addSpan(start, end);
            start = end;
            i = end - 1;
        }
    }
    addSpan(start, n);
    return spans;
}

} // namespace casebook::SentenceSplitter
