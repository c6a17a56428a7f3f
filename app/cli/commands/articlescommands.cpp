// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only commands: articles, show, stats.
#include "cliformat.h"
#include "store/casebookstore.h"
#include "util/casebookerror.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casebook::cli {

int runArticles(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOption(jsonOption);
    parseArguments(parser, arguments, u"articles"_s, 1);
    const auto store = openExistingCasebook(parser.positionalArguments().first());
    const QList<Article> articles = store->articles();
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Article &article : articles)
            list.append(articleToJson(article));
        printJson(io.out, list);
        return Success;
    }
    for (const Article &article : articles) {
        io.out << QString::number(article.id).rightJustified(6) << "  "
               << article.meta.published.toIso().leftJustified(10) << "  " << article.meta.language.leftJustified(7)
               << "  " << article.meta.title;
        if (!article.meta.source.isEmpty())
            io.out << "  (" << article.meta.source << ')';
        if (article.duplicateOf)
            io.out << "  [copy of " << article.duplicateOf << ']';
        io.out << '\n';
    }
    return Success;
}

int runShow(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOption(jsonOption);
    parseArguments(parser, arguments, u"show"_s, 2);
    const qint64 id = parseArticleId(parser.positionalArguments().at(1));
    const auto store = openExistingCasebook(parser.positionalArguments().at(0));
    const auto article = store->article(id);
    if (!article)
        throw CasebookError(u"There is no article %1 in %2."_s.arg(id).arg(parser.positionalArguments().at(0)));
    if (parser.isSet(jsonOption)) {
        QJsonObject json = articleToJson(*article, true);
        QJsonArray pages;
        for (const ArticlePage &page : article->pages) {
            QJsonObject entry { { u"page"_s, page.page },
                                { u"start"_s, page.start },
                                { u"method"_s, methodName(page.method) },
                                { u"low_confidence"_s, page.isLowConfidence() } };
            entry.insert(u"ocr_confidence"_s, page.ocrConfidence ? QJsonValue(*page.ocrConfidence) : QJsonValue());
            pages.append(entry);
        }
        json.insert(u"pages"_s, pages);
        printJson(io.out, json);
        return Success;
    }
    const ArticleMetadata &meta = article->meta;
    io.out << meta.title << '\n';
    for (const ArticleField field : allArticleFields()) {
        if (field == ArticleField::Title || meta.value(field).isEmpty())
            continue;
        io.out << fieldName(field) << ": " << meta.value(field) << "  [" << originName(meta.origin(field)) << "]\n";
    }
    io.out << "path: " << article->path << "\nencoding: " << article->encoding << '\n';
    for (const ArticlePage &page : article->pages) {
        io.out << "page " << page.page << ": from character " << page.start << ", " << methodName(page.method);
        if (page.ocrConfidence)
            io.out << ", confidence " << QString::number(*page.ocrConfidence, 'f', 0)
                   << (page.isLowConfidence() ? " (low: check the page image)" : "");
        io.out << '\n';
    }
    io.out << '\n' << article->text << '\n';
    return Success;
}

namespace {

/// "file: 12.3 MB = 1.42× the text it holds (8.7 MB of UTF-8)", then each part with its share of the file.
void printStorageSplit(const StorageSplit &split, CliStreams &io)
{
    auto megabytes = [](qint64 bytes) -> QString { return QString::number(bytes / 1e6, 'f', 1) + u" MB"_s; };
    io.out << "file size:       " << megabytes(split.fileBytes);
    if (split.textUtf8Bytes > 0)
        io.out << " = " << QString::number(double(split.fileBytes) / double(split.textUtf8Bytes), 'f', 2)
               << "x the text it holds (" << megabytes(split.textUtf8Bytes) << " of UTF-8)";
    io.out << '\n';
    const std::pair<const char *, qint64> parts[]
        = { { "  originals:     ", split.originals },      { "  text:          ", split.text },
            { "  index:         ", split.index },          { "  entities:      ", split.entities },
            { "  near-dup keys: ", split.nearDuplicates }, { "  other:         ", split.other } };
    for (const auto &[label, bytes] : parts)
        io.out << label << megabytes(bytes) << " ("
               << QString::number(100.0 * double(bytes) / double(std::max<qint64>(1, split.fileBytes)), 'f', 0)
               << "%)\n";
}

} // namespace

int runStats(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOption(jsonOption);
    parseArguments(parser, arguments, u"stats"_s, 1);
    const auto store = openExistingCasebook(parser.positionalArguments().first());
    const CasebookStats stats = store->stats();
    const StorageSplit split = store->storageSplit();
    auto mapToJson = [](const QMap<QString, qint64> &map) {
        QJsonObject json;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            json.insert(it.key().isEmpty() ? u"unknown"_s : it.key(), it.value());
        return json;
    };
    if (parser.isSet(jsonOption)) {
        QJsonObject json;
        json.insert(u"articles"_s, stats.articles);
        json.insert(u"duplicates"_s, stats.duplicates);
        json.insert(u"characters"_s, stats.characters);
        json.insert(u"original_bytes"_s, stats.originalBytes);
        json.insert(u"corrections"_s, stats.corrections);
        json.insert(u"import_failures"_s, stats.importFailures);
        json.insert(u"languages"_s, mapToJson(stats.byLanguage));
        json.insert(u"formats"_s, mapToJson(stats.byFormat));
        json.insert(u"earliest"_s,
                    stats.earliest.isValid() ? QJsonValue(stats.earliest.toString(Qt::ISODate)) : QJsonValue());
        json.insert(u"latest"_s,
                    stats.latest.isValid() ? QJsonValue(stats.latest.toString(Qt::ISODate)) : QJsonValue());
        json.insert(u"schema_version"_s, stats.schemaVersion);
        QJsonObject storage;
        const std::pair<QString, qint64> parts[]
            = { { u"file"_s, split.fileBytes },    { u"originals"_s, split.originals },
                { u"text"_s, split.text },         { u"index"_s, split.index },
                { u"entities"_s, split.entities }, { u"near_duplicates"_s, split.nearDuplicates },
                { u"other"_s, split.other },       { u"text_utf8"_s, split.textUtf8Bytes } };
        for (const auto &[name, bytes] : parts)
            storage.insert(name, bytes);
        json.insert(u"storage_bytes"_s, storage);
        printJson(io.out, json);
        return Success;
    }
    io.out << "articles:        " << stats.articles << " (" << stats.duplicates << " copies of earlier ones)\n"
           << "characters:      " << stats.characters << '\n'
           << "original bytes:  " << stats.originalBytes << '\n'
           << "corrections:     " << stats.corrections << '\n'
           << "import failures: " << stats.importFailures << '\n';
    if (stats.earliest.isValid())
        io.out << "published:       " << stats.earliest.toString(Qt::ISODate) << " .. "
               << stats.latest.toString(Qt::ISODate) << '\n';
    io.out << "languages:      ";
    for (auto it = stats.byLanguage.cbegin(); it != stats.byLanguage.cend(); ++it)
        io.out << ' ' << (it.key().isEmpty() ? u"unknown"_s : it.key()) << '=' << it.value();
    io.out << "\nformats:        ";
    for (auto it = stats.byFormat.cbegin(); it != stats.byFormat.cend(); ++it)
        io.out << ' ' << it.key() << '=' << it.value();
    io.out << "\nformat version:  " << stats.schemaVersion << '\n';
    printStorageSplit(split, io);
    return Success;
}

} // namespace casebook::cli
