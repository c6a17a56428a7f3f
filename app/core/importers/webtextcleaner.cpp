// SPDX-License-Identifier: GPL-3.0-or-later
#include "webtextcleaner.h"

#include "boilerplatephrases.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

QString comparisonKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    return key;
}

/// A paragraph that reads as article prose: long enough and punctuated like sentences.
bool isProse(const QString &paragraph)
{
    if (paragraph.size() < 60)
        return false;
    int punctuation = 0;
    for (const QChar c : paragraph) {
        const char16_t u = c.unicode();
        punctuation += u == u'.' || u == u',' || u == 0x3002 || u == 0xFF0C || u == 0x3001;
    }
    return punctuation >= 1;
}

/// A line that opens the tail, also when the layout ran it together with the list below it:
/// "Related Articles - First story - Second story".
bool opensTail(const QString &paragraph)
{
    if (BoilerplatePhrases::opensTail(paragraph))
        return true;
    static const QRegularExpression listStart(uR"(^(.{3,40}?)\s+[-–•·*]\s)"_s);
    const auto match = listStart.match(paragraph);
    return match.hasMatch() && BoilerplatePhrases::opensTail(match.captured(1));
}

} // namespace

WebTextCleaner::Result WebTextCleaner::clean(const QStringList &input)
{
    Result result;
    QStringList paragraphs;
    for (const QString &paragraph : input)
        if (!paragraph.trimmed().isEmpty())
            paragraphs.append(paragraph.trimmed());

    // 1. The tail: once most of the prose lies above a tail-opening line, the rest is other stories and forms.
    qsizetype totalProse = 0;
    for (const QString &paragraph : std::as_const(paragraphs))
        if (isProse(paragraph))
            totalProse += paragraph.size();
    qsizetype proseSoFar = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0 && proseSoFar > 0 && proseSoFar * 2 >= totalProse && opensTail(paragraphs[i])) {
            result.removed += paragraphs.mid(i);
            paragraphs = paragraphs.first(i);
            break;
        }
        if (isProse(paragraphs[i]))
            proseSoFar += paragraphs[i].size();
    }

    // 2. Teasers, furniture and repeats, anywhere.
    QStringList kept;
    QSet<QString> seen;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString &paragraph = paragraphs[i];
        if (BoilerplatePhrases::introducesTeaser(paragraph)) {
            result.removed.append(paragraph);
            // The teaser's title: a line glued to its image path, or a short line that ends no sentence.
            if (i + 1 < paragraphs.size()) {
                const QString &next = paragraphs[i + 1];
                if (BoilerplatePhrases::endsWithImagePath(next)
                    || (next.size() <= 200 && !BoilerplatePhrases::endsSentence(next))) {
                    result.removed.append(next);
                    ++i;
                }
            }
            continue;
        }
        const bool teaserCard = paragraph.size() <= 300 && BoilerplatePhrases::endsWithImagePath(paragraph);
        if (teaserCard || BoilerplatePhrases::isFurniture(paragraph) || BoilerplatePhrases::isUrlDebris(paragraph)) {
            result.removed.append(paragraph);
            continue;
        }
        const QString key = comparisonKey(paragraph);
        if (!key.isEmpty() && seen.contains(key)) {
            result.removed.append(paragraph);
            continue;
        }
        seen.insert(key);
        kept.append(paragraph);
    }

    // 3. Loose ends left by the cut: short lines that end no sentence, below the last prose paragraph.
    qsizetype lastProse = -1;
    for (qsizetype i = 0; i < kept.size(); ++i)
        if (isProse(kept[i]))
            lastProse = i;
    if (lastProse >= 0 && !result.removed.isEmpty()) {
        while (kept.size() > lastProse + 1) {
            const QString &last = kept.back();
            if (last.size() > 40 || BoilerplatePhrases::endsSentence(last))
                break;
            // A credit line names the source: the metadata finder reads it ("本文来源：…", "Source: …").
            static const QRegularExpression sourceKey(uR"((来源|來源|source)\s*[:：])"_s,
                                                      QRegularExpression::CaseInsensitiveOption);
            if (sourceKey.match(last).hasMatch())
                break;
            // A bare domain name is the site's signature; the metadata finder wants it, so it stays.
            if (!last.contains(u' ') && last.contains(u'.'))
                break;
            result.removed.append(last);
            kept.removeLast();
        }
    }
    result.paragraphs = kept;
    return result;
}

QString WebTextCleaner::clean(const QString &text)
{
    return clean(text.split(u"\n\n"_s, Qt::SkipEmptyParts)).paragraphs.join(u"\n\n"_s);
}

} // namespace casebook
