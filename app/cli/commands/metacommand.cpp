// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliformat.h"
#include "session/analysisjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook::cli {

namespace {
ArticleField requireField(const QString &name)
{
    const auto field = fieldFromName(name);
    if (!field)
        throw CasebookError(
            u"unknown field '%1'; fields are title, source, author, url, published, language"_s.arg(name));
    return *field;
}
} // namespace

int runMeta(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption setOption(u"set"_s, u"Set FIELD to VALUE (the analyst's value wins)"_s, u"FIELD=VALUE"_s);
    const QCommandLineOption resetOption(u"reset"_s, u"Drop the analyst's value for FIELD"_s, u"FIELD"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the article as JSON afterwards"_s);
    parser.addOptions({ setOption, resetOption, jsonOption });
    parseArguments(parser, arguments, u"meta"_s, 2);
    const QString book = parser.positionalArguments().at(0);
    const qint64 id = parseArticleId(parser.positionalArguments().at(1));
    if (!QFileInfo::exists(book))
        throw CasebookError(u"%1 does not exist"_s.arg(book));

    // Validate everything before writing anything: a typo in the third --set must not leave the first two applied.
    QList<std::pair<ArticleField, QString>> assignments;
    for (const QString &assignment : parser.values(setOption)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            throw CasebookError(u"--set takes FIELD=VALUE, not '%1'"_s.arg(assignment));
        const ArticleField field = requireField(assignment.left(equals));
        const QString value = assignment.mid(equals + 1);
        ArticleMetadata probe;
        if (!probe.setValue(field, value, MetadataOrigin::Analyst))
            throw CasebookError(
                u"'%1' is not a valid %2; use a date like 2025-02-25, 2025-02 or 2025"_s.arg(value, fieldName(field)));
        assignments.append({ field, value });
    }
    QList<ArticleField> resets;
    for (const QString &name : parser.values(resetOption))
        resets.append(requireField(name));

    CasebookWriter writer(book);
    const auto article = writer
                             .submit([id, assignments, resets](CasebookStore &store) {
                                 for (const auto &[field, value] : assignments)
                                     store.correct(id, field, value);
                                 for (const ArticleField field : resets)
                                     store.resetCorrection(id, field);
                                 return store.article(id);
                             })
                             .result();
    // a corrected publication date changes what relative dates mean: analyse the article again
    if (article
        && (std::any_of(assignments.cbegin(), assignments.cend(),
                        [](const auto &a) { return a.first == ArticleField::Published; })
            || resets.contains(ArticleField::Published)))
        AnalysisJob(writer).runStale();
    if (!article)
        throw CasebookError(u"There is no article %1 in %2."_s.arg(id).arg(book));
    if (parser.isSet(jsonOption)) {
        printJson(io.out, articleToJson(*article, false));
    } else {
        for (const ArticleField field : allArticleFields())
            io.out << fieldName(field) << ": " << article->meta.value(field) << "  ["
                   << originName(article->meta.origin(field)) << "]\n";
    }
    return Success;
}

} // namespace casebook::cli
