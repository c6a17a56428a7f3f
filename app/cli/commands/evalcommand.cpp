// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"
#include "analysis/goldevaluator.h"
#include "cliformat.h"
#include "store/casebookstore.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook::cli {

namespace {
QJsonObject scoreToJson(const EvaluationScore &s)
{
    return QJsonObject { { u"precision"_s, s.precision() },
                         { u"recall"_s, s.recall() },
                         { u"f1"_s, s.f1() },
                         { u"true_positives"_s, s.truePositives },
                         { u"false_positives"_s, s.falsePositives },
                         { u"false_negatives"_s, s.falseNegatives } };
}

void printScore(QTextStream &out, const QString &name, const EvaluationScore &s)
{
    out << name.leftJustified(22) << QString::number(s.precision(), 'f', 3) << "  "
        << QString::number(s.recall(), 'f', 3) << "  " << QString::number(s.f1(), 'f', 3) << "   (" << s.truePositives
        << " tp, " << s.falsePositives << " fp, " << s.falseNegatives << " fn)\n";
}
} // namespace

int runEval(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print the figures as JSON"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"List every miss and false alarm on stderr"_s);
    const QCommandLineOption textsOption(
        u"texts"_s, u"Read the gold's files from this folder instead of a casebook (eval --texts DIR GOLD)"_s,
        u"DIR"_s);
    parser.addOptions({ jsonOption, verboseOption, textsOption });
    const bool fromFolder = arguments.contains(u"--texts"_s)
        || std::any_of(arguments.cbegin(), arguments.cend(),
                       [](const QString &a) { return a.startsWith(u"--texts="_s); });
    parseArguments(parser, arguments, u"eval"_s, fromFolder ? 1 : 2);
    const auto gold = GoldEvaluator::load(parser.positionalArguments().constLast());
    QList<EvaluationArticle> articles;
    if (fromFolder) {
        // a real-text gold set: its texts are not in the repository (tests/data/realtext/README.md)
        const QString folder = parser.value(textsOption);
        articles = GoldEvaluator::readTexts(folder, gold);
        if (articles.isEmpty()) {
            io.err << "skipped: none of the gold's texts is in " << folder
                   << " (tests/data/realtext/README.md says how to make them)\n";
            return Success;
        }
    } else {
        const auto store = openExistingCasebook(parser.positionalArguments().at(0));
        for (const Article &listed : store->articles()) {
            const auto article = store->article(listed.id);
            if (article)
                articles.append({ article->path, article->text, article->meta.published });
        }
    }
    const Analyzer analyzer;
    const EvaluationReport report = GoldEvaluator::evaluate(gold, articles, analyzer);
    if (parser.isSet(verboseOption))
        for (const QString &line : report.details)
            io.err << line << '\n';
    for (const QString &file : report.missingFiles)
        io.err << "not in the casebook: " << file << '\n';
    if (parser.isSet(jsonOption)) {
        QJsonObject types;
        for (auto it = report.byType.cbegin(); it != report.byType.cend(); ++it)
            types.insert(it.key(), scoreToJson(it.value()));
        QJsonObject languages;
        for (auto it = report.byLanguage.cbegin(); it != report.byLanguage.cend(); ++it) {
            QJsonObject perType;
            for (auto t = it->cbegin(); t != it->cend(); ++t)
                perType.insert(t.key(), scoreToJson(t.value()));
            languages.insert(it.key(), perType);
        }
        QJsonObject json { { u"articles"_s, report.articles },
                           { u"types"_s, types },
                           { u"languages"_s, languages },
                           { u"entities"_s, scoreToJson(report.entities) },
                           { u"entities_overlap"_s, scoreToJson(report.entitiesOverlap) },
                           { u"date_spans"_s, scoreToJson(report.dates) },
                           { u"events"_s, scoreToJson(report.events) } };
        printJson(io.out, json);
        return Success;
    }
    io.out << report.articles << " article(s) in the gold set\n";
    io.out << QString().leftJustified(22) << "prec.  recall  F1\n";
    for (auto it = report.byType.cbegin(); it != report.byType.cend(); ++it)
        printScore(io.out, it.key(), it.value());
    for (auto it = report.byLanguage.cbegin(); it != report.byLanguage.cend(); ++it)
        for (auto t = it->cbegin(); t != it->cend(); ++t)
            printScore(io.out, it.key() + u' ' + t.key(), t.value());
    printScore(io.out, u"entities (exact)"_s, report.entities);
    printScore(io.out, u"entities (overlap)"_s, report.entitiesOverlap);
    printScore(io.out, u"date expressions"_s, report.dates);
    printScore(io.out, u"events (date+prec.)"_s, report.events);
    return report.missingFiles.isEmpty() ? Success : PartialFailure;
}

} // namespace casebook::cli
