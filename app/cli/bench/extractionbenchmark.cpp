// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractionbenchmark.h"

#include "cliformat.h"
#include "duplicates/nearduplicatesignature.h"
#include "importers/importerregistry.h"
#include "util/casebookerror.h"
#include "util/unicodescript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

struct GoldRow
{
    QString file, title, source, author, published, language, duplicateOf, notes;
};

QList<GoldRow> readManifest(const QString &dir)
{
    QFile file(QDir(dir).filePath(u"MANIFEST.tsv"_s));
    if (!file.open(QIODevice::ReadOnly))
        throw CasebookError(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
    QList<GoldRow> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells = lines[i].split(u'\t');
        while (cells.size() < 8)
            cells.append(QString());
        rows.append({ cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7] });
    }
    return rows;
}

QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    return out;
}

QSet<QString> authorSet(const QString &text)
{
    static const QRegularExpression separators(uR"(\s*(?:;|,|、|\band\b|&)\s*)"_s);
    QSet<QString> names;
    for (const QString &name : text.split(separators, Qt::SkipEmptyParts))
        names.insert(folded(name));
    names.remove(QString());
    return names;
}

/// Words for Latin text, characters for CJK.
qsizetype bodySize(const QString &text, bool cjk)
{
    qsizetype count = 0;
    if (cjk) {
        for (qsizetype i = 0; i < text.size(); ++i)
            count += unicode::isHan(unicode::codePointAt(text, i)); // the low half of a pair is no Han
        return count;
    }
    return text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size();
}

struct FieldScore
{
    int right = 0;
    int total = 0;
    QStringList misses;
};

} // namespace

int runExtractionBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print the figures as JSON"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"List every miss, and each body's size against the gold"_s);
    const QCommandLineOption showOption(u"show"_s, u"Print what the importers found in one file of DIR and stop"_s,
                                        u"FILE"_s);
    parser.addOptions({ jsonOption, verboseOption, showOption });
    cli::parseArguments(parser, arguments, u"bench extraction"_s, 1);
    const QString dir = parser.positionalArguments().at(0);
    if (parser.isSet(showOption)) {
        const QString path = QDir(dir).filePath(parser.value(showOption));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw CasebookError(u"cannot read %1: %2"_s.arg(path, file.errorString()));
        const ImportedArticle article
            = ImporterRegistry::withDefaultImporters().read({ path, file.readAll(), QFileInfo(path).lastModified() });
        for (const ArticleField field : allArticleFields())
            io.out << fieldName(field) << ": " << article.meta.value(field) << "  ("
                   << originName(article.meta.origin(field)) << ")\n";
        io.out << "---\n" << article.text << '\n';
        return cli::Success;
    }
    const bool verbose = parser.isSet(verboseOption);
    const QList<GoldRow> rows = readManifest(dir);
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();

    const char16_t *fieldNames[] = { u"title", u"source", u"author", u"published", u"language" };
    FieldScore fields[5];
    QList<double> bodyRatios;
    int bodiesWithin10 = 0, bodiesWithin20 = 0, failures = 0;
    QStringList bodyLines;
    QHash<QString, QByteArray> signatures;
    static const QRegularExpression bodyNote(uR"(body ~(\d+) (words|chars))"_s);

    for (const GoldRow &row : rows) {
        const QString path = QDir(dir).filePath(row.file);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ++failures;
            continue;
        }
        SourceFile source { path, file.readAll(), QFileInfo(path).lastModified() };
        ImportedArticle article;
        try {
            article = registry.read(source);
        } catch (const CasebookError &error) {
            ++failures;
            io.err << row.file << ": " << error.message() << '\n';
            continue;
        }
        signatures.insert(row.file, article.nearDuplicateSignature);
        const ArticleMetadata &meta = article.meta;
        const bool ok[5] = {
            folded(meta.title) == folded(row.title),
            folded(meta.source) == folded(row.source),
            authorSet(meta.author) == authorSet(row.author),
            (meta.published.isValid() ? meta.published.toIso() : QString()) == row.published,
            meta.language == row.language,
        };
        const QString found[5] = { meta.title, meta.source, meta.author,
                                   meta.published.isValid() ? meta.published.toIso() : QString(), meta.language };
        const QString gold[5] = { row.title, row.source, row.author, row.published, row.language };
        for (int f = 0; f < 5; ++f) {
            ++fields[f].total;
            if (ok[f])
                ++fields[f].right;
            else
                fields[f].misses.append(row.file % u": "_s % found[f] % u" ≠ "_s % gold[f]);
        }
        const auto note = bodyNote.match(row.notes);
        if (note.hasMatch()) {
            const bool cjk = note.captured(2) == u"chars";
            const double ratio = double(bodySize(article.text, cjk)) / note.captured(1).toDouble();
            bodyRatios.append(ratio);
            bodiesWithin10 += std::abs(ratio - 1) <= 0.10;
            bodiesWithin20 += std::abs(ratio - 1) <= 0.20;
            bodyLines.append(QString::number(ratio, 'f', 2) % u"  "_s % row.file);
        }
    }

    // Near-duplicates over all pairs, against the gold links (and its "same event" pairs, which must stay apart).
    QSet<QPair<QString, QString>> goldPairs, foundPairs;
    for (const GoldRow &row : rows)
        if (!row.duplicateOf.isEmpty())
            goldPairs.insert(qMakePair(std::min(row.file, row.duplicateOf), std::max(row.file, row.duplicateOf)));
    const QStringList files = signatures.keys();
    for (qsizetype i = 0; i < files.size(); ++i)
        for (qsizetype j = i + 1; j < files.size(); ++j)
            if (NearDuplicateSignature::similarity(signatures[files[i]], signatures[files[j]])
                >= NearDuplicateSignature::duplicateThreshold)
                foundPairs.insert(qMakePair(std::min(files[i], files[j]), std::max(files[i], files[j])));
    const qsizetype rightPairs = (goldPairs & foundPairs).size();

    std::sort(bodyLines.begin(), bodyLines.end());
    double meanError = 0;
    for (const double ratio : std::as_const(bodyRatios))
        meanError += std::abs(ratio - 1);
    meanError /= std::max<qsizetype>(1, bodyRatios.size());

    if (parser.isSet(jsonOption)) {
        QJsonObject result { { u"articles"_s, rows.size() }, { u"failures"_s, failures } };
        QJsonObject fieldsJson;
        for (int f = 0; f < 5; ++f)
            fieldsJson.insert(QString::fromUtf16(fieldNames[f]),
                              QJsonObject { { u"right"_s, fields[f].right },
                                            { u"total"_s, fields[f].total },
                                            { u"misses"_s, QJsonArray::fromStringList(fields[f].misses) } });
        result.insert(u"fields"_s, fieldsJson);
        result.insert(u"body"_s,
                      QJsonObject { { u"checked"_s, bodyRatios.size() },
                                    { u"within_10_percent"_s, bodiesWithin10 },
                                    { u"within_20_percent"_s, bodiesWithin20 },
                                    { u"mean_length_error"_s, meanError } });
        result.insert(u"duplicates"_s,
                      QJsonObject { { u"gold_pairs"_s, goldPairs.size() },
                                    { u"found_pairs"_s, foundPairs.size() },
                                    { u"right_pairs"_s, rightPairs } });
        cli::printJson(io.out, result);
        return cli::Success;
    }
    io.out << "bench extraction: " << rows.size() << " articles from " << dir << ", " << failures << " failed\n";
    for (int f = 0; f < 5; ++f)
        io.out << "  " << QString::fromUtf16(fieldNames[f]).leftJustified(10) << fields[f].right << "/"
               << fields[f].total << '\n';
    io.out << "  body length: " << bodiesWithin10 << "/" << bodyRatios.size() << " within 10% of the gold, "
           << bodiesWithin20 << " within 20%, mean error " << QString::number(100 * meanError, 'f', 1) << "%\n";
    io.out << "  duplicates:  " << rightPairs << "/" << goldPairs.size() << " gold pairs linked, "
           << foundPairs.size() - rightPairs << " false links\n";
    if (verbose) {
        for (int f = 0; f < 5; ++f)
            for (const QString &miss : std::as_const(fields[f].misses))
                io.out << "  miss " << QString::fromUtf16(fieldNames[f]) << ": " << miss << '\n';
        for (const QString &line : std::as_const(bodyLines))
            io.out << "  body " << line << '\n';
        for (const auto &pair : std::as_const(foundPairs))
            if (!goldPairs.contains(pair))
                io.out << "  false link: " << pair.first << " ~ " << pair.second << '\n';
    }
    return cli::Success;
}

} // namespace casebook::bench
