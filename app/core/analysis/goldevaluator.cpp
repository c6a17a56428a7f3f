// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldevaluator.h"

#include "analyzer.h"
#include "entitytype.h"
#include "tokenizer.h"
#include "util/casebookerror.h"
#include "util/unicodescript.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebook {

double EvaluationScore::precision() const
{
    const qint64 d = truePositives + falsePositives;
    return d ? double(truePositives) / double(d) : 0.0;
}

double EvaluationScore::recall() const
{
    const qint64 d = truePositives + falseNegatives;
    return d ? double(truePositives) / double(d) : 0.0;
}

double EvaluationScore::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

EvaluationScore &EvaluationScore::operator+=(const EvaluationScore &other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    return *this;
}

QList<GoldEvaluator::GoldRow> GoldEvaluator::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CasebookError(u"Cannot read the gold set %1: %2"_s.arg(path, file.errorString()));
    QList<GoldRow> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        if (f.value(0) == u"file" && f.value(1) == u"kind")
            continue; // the header
        if (f.size() < 3)
            throw CasebookError(
                u"%1, line %2: expected file<TAB>kind<TAB>text[<TAB>occurrence<TAB>value]"_s.arg(path).arg(i + 1));
        GoldRow row { f[0].trimmed(),       f[1].trimmed().toLower(), f[2],
                      f.value(3).trimmed(), f.value(4).trimmed(),     int(i + 1) };
        if (row.kind != u"date" && row.kind != u"published" && !entityTypeFromName(row.kind))
            throw CasebookError(u"%1, line %2: unknown kind '%3'"_s.arg(path).arg(i + 1).arg(row.kind));
        if (row.occurrence.isEmpty())
            row.occurrence = u"*"_s;
        rows.append(row);
    }
    return rows;
}

namespace {

struct Span
{
    qsizetype start;
    qsizetype end;
    QString kind;
    QString value;
    QString text;
};

bool boundaryOk(QStringView text, qsizetype start, qsizetype end)
{
    auto latin = [](QChar c) { return c.isLetterOrNumber() && !unicode::isHan(c.unicode()); };
    if (start > 0 && latin(text[start]) && latin(text[start - 1]))
        return false;
    if (end < text.size() && latin(text[end - 1]) && latin(text[end]))
        return false;
    return true;
}

/// Places each gold row on the text: every whole-word occurrence ("*") or the n-th one, leaving out occurrences
/// inside a longer gold span of the same article.
QList<Span> placeRows(const QList<const GoldEvaluator::GoldRow *> &rows, QStringView text, QStringList *problems)
{
    QList<Span> placed;
    QList<const GoldEvaluator::GoldRow *> ordered = rows;
    std::sort(ordered.begin(), ordered.end(), [](auto *a, auto *b) { return a->text.size() > b->text.size(); });
    for (const auto *row : std::as_const(ordered)) {
        if (row->kind == u"published")
            continue;
        int occurrence = 0;
        const int wanted = row->occurrence == u"*" ? 0 : row->occurrence.toInt();
        bool found = false;
        for (qsizetype at = text.indexOf(row->text); at >= 0; at = text.indexOf(row->text, at + 1)) {
            const qsizetype end = at + row->text.size();
            if (!boundaryOk(text, at, end))
                continue;
            bool inside = false;
            for (const Span &s : std::as_const(placed))
                if (at < s.end && s.start < end && (s.end - s.start) > row->text.size())
                    inside = true;
            if (inside)
                continue;
            ++occurrence;
            if (wanted && occurrence != wanted)
                continue;
            placed.append({ at, end, row->kind, row->value, row->text });
            found = true;
        }
        if (!found)
            problems->append(u"gold line %1: \"%2\" not found in %3"_s.arg(row->line).arg(row->text, row->file));
    }
    return placed;
}

} // namespace

EvaluationReport GoldEvaluator::evaluate(const QList<GoldRow> &gold, const QList<EvaluationArticle> &articles,
                                         const Analyzer &analyzer)
{
    EvaluationReport report;
    QMap<QString, QList<const GoldRow *>> byFile;
    for (const GoldRow &row : gold)
        byFile[row.file].append(&row);
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        const QString &file = it.key();
        const EvaluationArticle *article = nullptr;
        for (const EvaluationArticle &a : articles)
            if (a.path == file || a.path.endsWith(u'/' + file)) {
                article = &a;
                break;
            }
        if (!article) {
            report.missingFiles.append(file);
            continue;
        }
        ++report.articles;
        PublicationDate anchor = article->published;
        for (const GoldRow *row : it.value())
            if (row->kind == u"published")
                if (auto date = PublicationDate::fromIso(row->value))
                    anchor = *date;
        const QList<Span> goldSpans = placeRows(it.value(), article->text, &report.details);
        const ArticleAnalysis analysis = analyzer.analyse(article->text, anchor);
        bool chinese = false;
        for (const QChar c : article->text)
            if (unicode::isHan(c.unicode())) {
                chinese = true;
                break;
            }
        const QString language = chinese ? u"zh"_s : u"en"_s;

        // entities
        QList<Span> goldEntities;
        QList<Span> goldDates;
        for (const Span &s : goldSpans)
            (s.kind == u"date" ? goldDates : goldEntities).append(s);
        QSet<int> matchedGold;
        QSet<int> matchedGoldOverlap;
        for (const EntityMention &m : analysis.mentions) {
            const QString type = entityTypeName(m.type);
            bool exact = false;
            bool overlap = false;
            for (int g = 0; g < goldEntities.size(); ++g) {
                const Span &s = goldEntities[g];
                if (s.kind != type && entityTypeFromName(s.kind) != m.type)
                    continue;
                if (s.start == m.start && s.end == m.end() && !matchedGold.contains(g)) {
                    exact = true;
                    matchedGold.insert(g);
                }
                if (s.start < m.end() && m.start < s.end && !matchedGoldOverlap.contains(g) && !overlap) {
                    overlap = true;
                    matchedGoldOverlap.insert(g);
                }
            }
            EvaluationScore &score = report.byType[type];
            EvaluationScore &languageScore = report.byLanguage[language][type];
            if (exact) {
                ++score.truePositives;
                ++languageScore.truePositives;
            } else {
                ++score.falsePositives;
                ++languageScore.falsePositives;
                report.details.append(u"%1: false %2 \"%3\" at %4"_s.arg(file, type, m.text).arg(m.start));
            }
            if (overlap)
                ++report.entitiesOverlap.truePositives;
            else
                ++report.entitiesOverlap.falsePositives;
        }
        for (int g = 0; g < goldEntities.size(); ++g) {
            const Span &s = goldEntities[g];
            const QString type = entityTypeName(entityTypeFromName(s.kind).value_or(EntityType::Organisation));
            if (!matchedGold.contains(g)) {
                ++report.byType[type].falseNegatives;
                ++report.byLanguage[language][type].falseNegatives;
                report.details.append(u"%1: missed %2 \"%3\" at %4"_s.arg(file, type, s.text).arg(s.start));
            }
            if (!matchedGoldOverlap.contains(g))
                ++report.entitiesOverlap.falseNegatives;
        }

        // dates and events
        QSet<int> matchedDates;
        QSet<int> matchedEvents;
        for (const DateExpression &d : analysis.dates) {
            const QString value = d.resolved.isValid() ? d.resolved.toIso() : QString();
            bool span = false;
            bool event = false;
            for (int g = 0; g < goldDates.size(); ++g) {
                const Span &s = goldDates[g];
                if (!(s.start < d.end() && d.start < s.end))
                    continue;
                if (!span && !matchedDates.contains(g)) {
                    span = true;
                    matchedDates.insert(g);
                }
                if (!event && !matchedEvents.contains(g) && s.value == value) {
                    event = true;
                    matchedEvents.insert(g);
                }
            }
            ++(span ? report.dates.truePositives : report.dates.falsePositives);
            ++(event ? report.events.truePositives : report.events.falsePositives);
            if (!event)
                report.details.append(
                    u"%1: date \"%2\" at %3 resolved to %4 does not match the gold"_s.arg(file, d.text)
                        .arg(d.start)
                        .arg(value.isEmpty() ? u"(unresolved)"_s : value));
        }
        for (int g = 0; g < goldDates.size(); ++g) {
            if (!matchedDates.contains(g))
                ++report.dates.falseNegatives;
            if (!matchedEvents.contains(g)) {
                ++report.events.falseNegatives;
                report.details.append(u"%1: missed date \"%2\" at %3 (gold %4)"_s.arg(file, goldDates[g].text)
                                          .arg(goldDates[g].start)
                                          .arg(goldDates[g].value.isEmpty() ? u"unresolved"_s : goldDates[g].value));
            }
        }
    }
    for (auto it = report.byType.cbegin(); it != report.byType.cend(); ++it)
        report.entities += it.value();
    return report;
}

QList<EvaluationArticle> GoldEvaluator::readTexts(const QString &folder, const QList<GoldRow> &gold)
{
    QList<EvaluationArticle> articles;
    QSet<QString> files;
    for (const GoldRow &row : gold)
        files.insert(row.file);
    for (const QString &name : std::as_const(files)) {
        QFile file(QDir(folder).filePath(name));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            throw CasebookError(u"Cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        articles.append({ name, QString::fromUtf8(file.readAll()), PublicationDate {} });
    }
    return articles;
}

} // namespace casebook
