// SPDX-License-Identifier: GPL-3.0-or-later
// annotate, annotations, annotation: passages the analyst marks, with a note, tags and a colour.
#include "cliformat.h"
#include "reports/dataexport.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casebook::cli {

namespace {

QJsonObject annotationToJson(const Annotation &a)
{
    return DataExport::annotationJson(a);
}

void printAnnotation(QTextStream &out, const Annotation &a)
{
    out << QString::number(a.id).rightJustified(5) << "  article " << a.articleId << " [" << a.start << ", " << a.end
        << ")  \u201c" << a.quote << "\u201d";
    if (!a.content.tags.isEmpty())
        out << "  #" << a.content.tags.join(u" #"_s);
    if (!a.content.color.isEmpty())
        out << "  (" << a.content.color << ')';
    if (a.orphaned)
        out << "  [orphaned: its passage is no longer in the article]";
    out << '\n';
    if (!a.content.note.isEmpty())
        out << "       " << QString(a.content.note).replace(u'\n', u"\n       "_s) << '\n';
}

AnnotationContent contentFrom(const QCommandLineParser &parser, const QCommandLineOption &note,
                              const QCommandLineOption &tag, const QCommandLineOption &color)
{
    return { parser.value(note), parser.values(tag), parser.value(color) };
}

} // namespace

int runAnnotate(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption quoteOption(u"quote"_s, u"The passage, as it stands in the article's text"_s, u"TEXT"_s);
    const QCommandLineOption occurrenceOption(u"occurrence"_s, u"Which appearance of the quote (default 1)"_s, u"N"_s,
                                              u"1"_s);
    const QCommandLineOption noteOption(u"note"_s, u"The note"_s, u"TEXT"_s);
    const QCommandLineOption tagOption(u"tag"_s, u"A tag (repeat for more)"_s, u"T"_s);
    const QCommandLineOption colorOption(u"color"_s, u"yellow, green, blue, pink, orange, purple or #rrggbb"_s, u"C"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOptions({ quoteOption, occurrenceOption, noteOption, tagOption, colorOption, jsonOption });
    parseArguments(parser, arguments, u"annotate"_s, 2);
    const QStringList positional = parser.positionalArguments();
    const qint64 articleId = parseArticleId(positional.at(1));
    if (!parser.isSet(quoteOption))
        throw UsageProblem(u"--quote names the passage to annotate"_s);
    bool ok = false;
    const int occurrence = parser.value(occurrenceOption).toInt(&ok);
    if (!ok || occurrence < 1)
        throw UsageProblem(u"--occurrence needs a number from 1, not '%1'"_s.arg(parser.value(occurrenceOption)));
    openExistingCasebook(positional.first()); // refuses a missing or foreign file before the writer opens it
    CasebookWriter writer(positional.first());
    const AnnotationContent content = contentFrom(parser, noteOption, tagOption, colorOption);
    const QString quote = parser.value(quoteOption);
    const Annotation made = writer
                                .submit([=](CasebookStore &store) {
                                    return store.annotations().annotate(articleId, quote, occurrence, content);
                                })
                                .result();
    if (parser.isSet(jsonOption))
        printJson(io.out, annotationToJson(made));
    else
        printAnnotation(io.out, made);
    return Success;
}

int runAnnotations(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption tagOption(u"tag"_s, u"Only annotations with this tag"_s, u"T"_s);
    const QCommandLineOption articleOption(u"article"_s, u"Only annotations of this article"_s, u"ID"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOptions({ tagOption, articleOption, jsonOption });
    parseArguments(parser, arguments, u"annotations"_s, 1);
    AnnotationFilter filter;
    filter.tag = parser.value(tagOption);
    if (parser.isSet(articleOption))
        filter.articleId = parseArticleId(parser.value(articleOption));
    const auto store = openExistingCasebook(parser.positionalArguments().first());
    const QList<Annotation> found = store->annotations().annotations(filter);
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Annotation &a : found)
            list.append(annotationToJson(a));
        printJson(io.out, list);
        return Success;
    }
    for (const Annotation &a : found)
        printAnnotation(io.out, a);
    return Success;
}

int runAnnotation(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption noteOption(u"note"_s, u"The new note"_s, u"TEXT"_s);
    const QCommandLineOption tagOption(u"tag"_s, u"A tag (repeat for more); replaces the tags"_s, u"T"_s);
    const QCommandLineOption colorOption(u"color"_s, u"The new colour"_s, u"C"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOptions({ noteOption, tagOption, colorOption, jsonOption });
    parseArguments(parser, arguments, u"annotation"_s, 3);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.at(1);
    if (action != u"delete" && action != u"edit")
        throw UsageProblem(u"the action is delete or edit, not '%1'"_s.arg(action));
    const qint64 id = parseArticleId(positional.at(2));
    openExistingCasebook(positional.first());
    CasebookWriter writer(positional.first());
    if (action == u"delete") {
        writer.submit([id](CasebookStore &store) { store.annotations().remove(id); }).waitForFinished();
        if (!parser.isSet(jsonOption))
            io.out << "deleted annotation " << id << '\n';
        else
            printJson(io.out, QJsonObject { { u"deleted"_s, id } });
        return Success;
    }
    const Annotation edited = writer
                                  .submit([&](CasebookStore &store) {
                                      AnnotationStore annotations = store.annotations();
                                      const std::optional<Annotation> before = annotations.annotation(id);
                                      if (!before)
                                          throw CasebookError(u"There is no annotation %1."_s.arg(id));
                                      // Options not given keep their value.
                                      AnnotationContent content = before->content;
                                      if (parser.isSet(noteOption))
                                          content.note = parser.value(noteOption);
                                      if (parser.isSet(tagOption))
                                          content.tags = parser.values(tagOption);
                                      if (parser.isSet(colorOption))
                                          content.color = parser.value(colorOption);
                                      annotations.edit(id, content);
                                      return *annotations.annotation(id);
                                  })
                                  .result();
    if (parser.isSet(jsonOption))
        printJson(io.out, annotationToJson(edited));
    else
        printAnnotation(io.out, edited);
    return Success;
}

int runTags(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOption(jsonOption);
    parseArguments(parser, arguments, u"tags"_s, 1);
    const auto store = openExistingCasebook(parser.positionalArguments().first());
    const QList<TagCount> tags = store->annotations().tags();
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const TagCount &tag : tags)
            list.append(QJsonObject {
                { u"name"_s, tag.name }, { u"color"_s, tag.color }, { u"annotations"_s, tag.annotations } });
        printJson(io.out, list);
        return Success;
    }
    for (const TagCount &tag : tags)
        io.out << tag.name << "  " << tag.annotations << " annotation(s)"
               << (tag.color.isEmpty() ? QString() : u"  ("_s + tag.color + u')') << '\n';
    return Success;
}

int runTag(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    parseArguments(parser, arguments, u"tag"_s, 4);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.at(1);
    if (action != u"rename" && action != u"color")
        throw UsageProblem(u"the action is rename or color, not '%1'"_s.arg(action));
    openExistingCasebook(positional.first());
    CasebookWriter writer(positional.first());
    const QString name = positional.at(2);
    const QString value = positional.at(3);
    writer
        .submit([&](CasebookStore &store) {
            if (action == u"rename")
                store.annotations().renameTag(name, value);
            else
                store.annotations().setTagColor(name, value);
        })
        .waitForFinished();
    io.out << (action == u"rename" ? u"renamed %1 to %2"_s.arg(name, value) : u"%1 is now %2"_s.arg(name, value))
           << '\n';
    return Success;
}

} // namespace casebook::cli
