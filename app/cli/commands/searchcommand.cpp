// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-cli search BOOK QUERY...: full-text search with the query language of docs/search.md.
#include "cliformat.h"
#include "search/searchengine.h"
#include "store/casebookstore.h"
#include "util/casebookerror.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casebook::cli {

namespace {

QJsonArray rangesToJson(const QList<TextRange> &ranges)
{
    QJsonArray list;
    for (const TextRange &range : ranges)
        list.append(QJsonArray { range.start, range.end });
    return list;
}

/// The snippet with its hits in [brackets], for the terminal.
QString markedSnippet(const SearchResult &result)
{
    QString marked;
    int at = 0;
    for (const TextRange &hit : result.snippetHits) {
        marked += QStringView(result.snippet).mid(at, hit.start - at);
        marked += u'[' + QStringView(result.snippet).mid(hit.start, hit.end - hit.start) + u']';
        at = hit.end;
    }
    marked += QStringView(result.snippet).mid(at);
    return marked;
}

} // namespace

int runSearch(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    const QCommandLineOption limitOption(u"limit"_s, u"Results to show (default 20)"_s, u"N"_s, u"20"_s);
    const QCommandLineOption offsetOption(u"offset"_s, u"Results to skip (default 0)"_s, u"N"_s, u"0"_s);
    const QCommandLineOption sortOption(
        u"sort"_s, u"relevance (default), date (newest first), oldest, title or source"_s, u"ORDER"_s, u"relevance"_s);
    parser.addOptions({ jsonOption, limitOption, offsetOption, sortOption });
    parseArguments(parser, arguments, u"search"_s, 2);
    const QStringList positional = parser.positionalArguments();

    SearchRequest request;
    request.query = positional.mid(1).join(u' ');
    bool ok = false;
    request.limit = parser.value(limitOption).toInt(&ok);
    if (!ok || request.limit < 0)
        throw UsageProblem(u"--limit needs a number of results, not '%1'"_s.arg(parser.value(limitOption)));
    request.offset = parser.value(offsetOption).toInt(&ok);
    if (!ok || request.offset < 0)
        throw UsageProblem(u"--offset needs a number, not '%1'"_s.arg(parser.value(offsetOption)));
    const QString sort = parser.value(sortOption);
    if (sort == u"date")
        request.sort = SearchRequest::Sort::Date;
    else if (sort == u"oldest")
        request.sort = SearchRequest::Sort::Oldest;
    else if (sort == u"title")
        request.sort = SearchRequest::Sort::Title;
    else if (sort == u"source")
        request.sort = SearchRequest::Sort::Source;
    else if (sort != u"relevance")
        throw UsageProblem(u"--sort is relevance, date, oldest, title or source, not '%1'"_s.arg(sort));

    const auto store = openExistingCasebook(positional.first());
    SearchEngine engine(*store);
    const SearchResults results = engine.search(request);

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const SearchResult &result : results.results) {
            QJsonObject json;
            json.insert(u"id"_s, result.articleId);
            json.insert(u"title"_s, result.title);
            json.insert(u"source"_s, result.source);
            json.insert(u"published"_s, result.published.isEmpty() ? QJsonValue() : QJsonValue(result.published));
            json.insert(u"language"_s, result.language);
            json.insert(u"score"_s, result.score);
            json.insert(u"snippet"_s, result.snippet);
            json.insert(u"snippetHits"_s, rangesToJson(result.snippetHits));
            json.insert(u"hits"_s, rangesToJson(result.hits));
            json.insert(u"titleHits"_s, rangesToJson(result.titleHits));
            list.append(json);
        }
        QJsonObject document;
        document.insert(u"query"_s, request.query);
        document.insert(u"total"_s, results.total);
        document.insert(u"results"_s, list);
        document.insert(u"notices"_s, QJsonArray::fromStringList(results.notices));
        printJson(io.out, document);
        return Success;
    }
    for (const QString &notice : results.notices)
        io.err << "casebook-cli search: note: " << notice << '\n';
    io.out << results.total << (results.total == 1 ? " article matches" : " articles match") << '\n';
    for (const SearchResult &result : results.results) {
        io.out << QString::number(result.articleId).rightJustified(6) << "  " << result.published.leftJustified(10)
               << "  " << QString::number(result.score, 'f', 2).rightJustified(6) << "  " << result.title;
        if (!result.source.isEmpty())
            io.out << "  (" << result.source << ')';
        io.out << "\n        " << markedSnippet(result) << '\n';
    }
    return Success;
}

} // namespace casebook::cli
