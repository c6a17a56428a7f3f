// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliformat.h"

#include "util/casebookerror.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace casebook::cli {

QJsonObject articleToJson(const Article &article, bool withText)
{
    QJsonObject json;
    json.insert(u"id"_s, article.id);
    json.insert(u"title"_s, article.meta.title);
    json.insert(u"source"_s, article.meta.source);
    json.insert(u"author"_s, article.meta.author);
    json.insert(u"url"_s, article.meta.url);
    json.insert(u"path"_s, article.path);
    json.insert(u"format"_s, article.format);
    json.insert(u"published"_s,
                article.meta.published.isValid() ? QJsonValue(article.meta.published.toIso()) : QJsonValue());
    json.insert(
        u"published_precision"_s,
        precisionName(article.meta.published.isValid() ? article.meta.published.precision : DatePrecision::None));
    json.insert(u"published_origin"_s, originName(article.meta.origin(ArticleField::Published)));
    json.insert(u"language"_s, article.meta.language);
    json.insert(u"encoding"_s, article.encoding);
    json.insert(u"chars"_s, article.chars);
    json.insert(u"duplicate_of"_s, article.duplicateOf ? QJsonValue(article.duplicateOf) : QJsonValue());
    QJsonObject origins;
    for (const ArticleField field : allArticleFields())
        origins.insert(fieldName(field), originName(article.meta.origin(field)));
    json.insert(u"origins"_s, origins);
    if (withText) {
        QJsonArray corrected;
        for (const ArticleField field : article.correctedFields)
            corrected.append(fieldName(field));
        json.insert(u"corrected"_s, corrected);
        json.insert(u"imported_at"_s, article.importedAt.toString(Qt::ISODate));
        json.insert(u"text"_s, article.text);
    }
    return json;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

void parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int positional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { u"casebook-cli"_s } + arguments))
        throw UsageProblem(u"%1 (see 'casebook-cli --help')"_s.arg(parser.errorText()));
    if (parser.positionalArguments().size() < positional)
        throw UsageProblem(u"'%1' needs %2 argument(s): see 'casebook-cli --help'"_s.arg(command).arg(positional));
}

qint64 parseArticleId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageProblem(u"'%1' is not an article id (a positive number)"_s.arg(text));
    return id;
}

} // namespace casebook::cli

#include "store/casebookstore.h"

#include <QDir>
#include <QFileInfo>

namespace casebook::cli {

std::unique_ptr<CasebookStore> openExistingCasebook(const QString &path)
{
    if (!QFileInfo::exists(path))
        throw CasebookError(u"%1 does not exist"_s.arg(QDir::toNativeSeparators(path)));
    // A casebook we may not write (or whose folder cannot take the -wal and -shm files) is still listed, searched
    // and exported; commands that write refuse it with a message when they open their writer.
    if (!CasebookStore::canWrite(path))
        return std::make_unique<CasebookStore>(path, CasebookStore::Mode::ReadOnly);
    return std::make_unique<CasebookStore>(path, CasebookStore::Mode::ReadWrite);
}

} // namespace casebook::cli
