// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-cli analyse, entities, entity, mentions, events.
#include "analysis/moneyvalue.h"
#include "cliformat.h"
#include "session/analysisjob.h"
#include "store/analysisstore.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casebook::cli {

namespace {

QJsonValue dateJson(const PublicationDate &date)
{
    return date.isValid() ? QJsonValue(date.toIso()) : QJsonValue();
}

QJsonObject entityToJson(const StoredEntity &e)
{
    QJsonObject json;
    json.insert(u"id"_s, e.id);
    json.insert(u"name"_s, e.name);
    json.insert(u"type"_s, entityTypeName(e.type));
    json.insert(u"aliases"_s, QJsonArray::fromStringList(e.aliases));
    json.insert(u"mentions"_s, e.mentionCount);
    json.insert(u"articles"_s, e.articleCount);
    if (e.type == EntityType::Money)
        if (const auto value = MoneyValue::parse(e.name)) {
            json.insert(u"amount"_s, value->amount);
            if (!value->currency.isEmpty())
                json.insert(u"currency"_s, value->currency);
        }
    return json;
}

void requireBook(const QString &book)
{
    if (!QFileInfo::exists(book))
        throw CasebookError(u"%1 does not exist"_s.arg(book));
}

} // namespace

/// Prints what an analysis did, on stderr so that --json output stays one document.
void reportAnalysis(const AnalysisSummary &summary, CliStreams &io)
{
    const AnalysisProgress &c = summary.counts;
    io.err << "analysed " << c.articlesDone << " article(s): " << c.mentions << " mentions, " << c.events
           << " dated events, in " << QString::number(summary.elapsedMs / 1000.0, 'f', 2) << " s\n";
    if (c.tooSlow > 0)
        io.err << c.tooSlow << " article(s) not analysed: too slow (over their time limit; see docs/analysis.md)\n";
}

/// The option both `import` and `analyse` take for the time one article's analysis may run.
QCommandLineOption articleTimeLimitOption()
{
    return QCommandLineOption(u"analysis-limit"_s,
                              u"Seconds an article's analysis may take per million characters begun (default 10; "
                              u"0: no limit); past it the article is recorded as not analysed: too slow"_s,
                              u"SECONDS"_s, u"10"_s);
}

int runAnalyse(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption threadsOption(u"threads"_s, u"Worker threads (default: one per core)"_s, u"N"_s);
    const QCommandLineOption staleOption(u"stale"_s, u"Only articles never analysed or whose date changed"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the summary as JSON"_s);
    const QCommandLineOption limitOption = articleTimeLimitOption();
    parser.addOptions({ threadsOption, staleOption, jsonOption, limitOption });
    parseArguments(parser, arguments, u"analyse"_s, 1);
    const QString book = parser.positionalArguments().first();
    requireBook(book);
    CasebookWriter writer(book);
    AnalysisOptions options;
    options.threads = parser.value(threadsOption).toInt();
    options.articleSecondsPerMillion = std::max(0.0, parser.value(limitOption).toDouble());
    AnalysisJob job(writer, options);
    const auto scope = parser.isSet(staleOption) ? AnalysisJob::Scope::Stale : AnalysisJob::Scope::All;
    const AnalysisSummary summary = runWithProgress<AnalysisSummary>(
        io.err, u"articles analysed"_s, [&](QPromise<AnalysisSummary> &promise) { job.run(promise, scope); });
    const AnalysisProgress &c = summary.counts;
    if (parser.isSet(jsonOption)) {
        QJsonObject json;
        json.insert(u"articles"_s, c.articlesDone);
        json.insert(u"characters"_s, c.characters);
        json.insert(u"mentions"_s, c.mentions);
        json.insert(u"events"_s, c.events);
        json.insert(u"too_slow"_s, c.tooSlow);
        json.insert(u"seconds"_s, summary.elapsedMs / 1000.0);
        printJson(io.out, json);
    } else {
        io.out << "analysed " << c.articlesDone << " article(s): " << c.mentions << " mentions, " << c.events
               << " dated events, in " << QString::number(summary.elapsedMs / 1000.0, 'f', 2) << " s\n";
        if (c.tooSlow > 0)
            io.out << c.tooSlow << " article(s) not analysed: too slow\n";
    }
    return Success;
}

int runEntities(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption typeOption(u"type"_s, u"Only entities of this type"_s, u"TYPE"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print as JSON"_s);
    parser.addOptions({ typeOption, jsonOption });
    parseArguments(parser, arguments, u"entities"_s, 1);
    std::optional<EntityType> type;
    if (parser.isSet(typeOption)) {
        type = entityTypeFromName(parser.value(typeOption));
        if (!type)
            throw CasebookError(u"unknown entity type '%1'; types are person, organisation, place, product, money, "
                                u"percent"_s.arg(parser.value(typeOption)));
    }
    const auto store = openExistingCasebook(parser.positionalArguments().first());
    const QList<StoredEntity> entities = store->analysis().entities(type);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const StoredEntity &e : entities)
            array.append(entityToJson(e));
        printJson(io.out, array);
        return Success;
    }
    for (const StoredEntity &e : entities) {
        io.out << e.name << "\t" << entityTypeName(e.type) << "\t" << e.mentionCount << " mention(s) in "
               << e.articleCount << " article(s)";
        QStringList others = e.aliases;
        others.removeAll(e.name);
        if (!others.isEmpty())
            io.out << "\taka " << others.join(u", "_s);
        if (e.type == EntityType::Money)
            if (const auto value = MoneyValue::parse(e.name))
                io.out << "\tvalue "
                       << QString::number(value->amount, 'f', value->amount == qRound64(value->amount) ? 0 : 2)
                       << (value->currency.isEmpty() ? "" : " ") << value->currency;
        io.out << '\n';
    }
    return Success;
}

int runMentions(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print as JSON"_s);
    parser.addOptions({ jsonOption });
    parseArguments(parser, arguments, u"mentions"_s, 2);
    const auto store = openExistingCasebook(parser.positionalArguments().at(0));
    const qint64 id = parseArticleId(parser.positionalArguments().at(1));
    if (!store->article(id))
        throw CasebookError(u"There is no article %1 in %2."_s.arg(id).arg(parser.positionalArguments().at(0)));
    const QList<StoredMention> mentions = store->analysis().mentions(id);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const StoredMention &m : mentions) {
            QJsonObject json;
            json.insert(u"start"_s, qint64(m.start));
            json.insert(u"length"_s, qint64(m.length));
            json.insert(u"text"_s, m.text);
            json.insert(u"type"_s, entityTypeName(m.type));
            json.insert(u"entity"_s, m.entityId ? QJsonValue(m.entityName) : QJsonValue());
            json.insert(u"entity_id"_s, m.entityId ? QJsonValue(m.entityId) : QJsonValue());
            array.append(json);
        }
        printJson(io.out, array);
        return Success;
    }
    for (const StoredMention &m : mentions) {
        io.out << m.start << '+' << m.length << '\t' << entityTypeName(m.type) << '\t' << m.text;
        if (!m.entityId)
            io.out << "\t(rejected)";
        else if (m.entityName != m.text)
            io.out << "\t-> " << m.entityName;
        io.out << '\n';
    }
    return Success;
}

int runEvents(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption articleOption(u"article"_s, u"Only this article's events"_s, u"ID"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print as JSON"_s);
    parser.addOptions({ articleOption, jsonOption });
    parseArguments(parser, arguments, u"events"_s, 1);
    const auto store = openExistingCasebook(parser.positionalArguments().first());
    const qint64 articleId = parser.isSet(articleOption) ? parseArticleId(parser.value(articleOption)) : 0;
    const QList<StoredEvent> events = store->analysis().events(articleId);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const StoredEvent &e : events) {
            QJsonObject json;
            json.insert(u"article"_s, e.articleId);
            json.insert(u"date"_s, dateJson(e.date));
            json.insert(u"precision"_s, precisionName(e.date.isValid() ? e.date.precision : DatePrecision::None));
            json.insert(u"id"_s, e.id);
            json.insert(u"phrase"_s, e.phrase);
            json.insert(u"start"_s, qint64(e.start));
            json.insert(u"length"_s, qint64(e.length));
            json.insert(u"relative"_s, e.relative);
            json.insert(u"sentence"_s, e.sentence);
            json.insert(u"sentence_start"_s, qint64(e.sentenceStart));
            json.insert(u"entities"_s, QJsonArray::fromStringList(e.entities));
            array.append(json);
        }
        printJson(io.out, array);
        return Success;
    }
    for (const StoredEvent &e : events) {
        io.out << (e.date.isValid() ? e.date.toIso() : u"(unresolved)"_s) << '\t' << e.articleId << '\t' << e.phrase
               << '\t' << QString(e.sentence).replace(u'\n', u' ') << '\n';
    }
    return Success;
}

int runEntity(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print the entity afterwards as JSON"_s);
    parser.addOptions({ jsonOption });
    parseArguments(parser, arguments, u"entity"_s, 3);
    const QStringList positional = parser.positionalArguments();
    const QString book = positional.at(0);
    requireBook(book);
    const auto action = decisionActionFromName(positional.at(1));
    if (!action)
        throw CasebookError(
            u"unknown entity action '%1'; actions are merge, split, rename, retype, reject"_s.arg(positional.at(1)));
    EntityDecision decision;
    decision.action = *action;
    decision.subject = positional.at(2);
    QString shown = decision.subject;
    switch (*action) {
    case EntityDecision::Action::Merge:
    case EntityDecision::Action::Rename:
    case EntityDecision::Action::Retype:
        if (positional.size() < 4)
            throw CasebookError(
                u"'entity %1' needs NAME and %2"_s.arg(positional.at(1),
                                                       *action == EntityDecision::Action::Merge        ? u"INTO"_s
                                                           : *action == EntityDecision::Action::Rename ? u"NEW-NAME"_s
                                                                                                       : u"TYPE"_s));
        decision.target = positional.at(3);
        shown = *action == EntityDecision::Action::Retype ? decision.subject : decision.target;
        break;
    case EntityDecision::Action::Split:
        // entity BOOK split ALIAS, or entity BOOK split NAME ALIAS
        if (positional.size() >= 4)
            decision.subject = positional.at(3);
        shown = decision.subject;
        break;
    case EntityDecision::Action::Reject:
        break;
    }
    CasebookWriter writer(book);
    const auto entity = writer
                            .submit([decision, shown](CasebookStore &store) {
                                AnalysisStore analysis = store.analysis();
                                analysis.addDecision(decision);
                                return analysis.findEntity(shown);
                            })
                            .result();
    if (parser.isSet(jsonOption)) {
        printJson(io.out, entity ? QJsonValue(entityToJson(*entity)) : QJsonValue(QJsonObject {}));
        return Success;
    }
    if (decision.action == EntityDecision::Action::Reject)
        io.out << "rejected " << decision.subject << '\n';
    else if (entity)
        io.out << entity->name << '\t' << entityTypeName(entity->type) << '\t' << entity->mentionCount
               << " mention(s)\t" << entity->aliases.join(u", "_s) << '\n';
    return Success;
}

} // namespace casebook::cli
