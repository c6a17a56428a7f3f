// SPDX-License-Identifier: GPL-3.0-or-later
// report, export: reports composed from annotations, articles, entities and events, and every export format.
#include "cliformat.h"
#include "session/reportexport.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casebook::cli {

namespace {

QJsonObject reportToJson(const Report &report, bool withSections)
{
    QJsonObject json { { u"id"_s, report.id },
                       { u"name"_s, report.name },
                       { u"title"_s, report.title },
                       { u"style"_s, citationStyleName(report.style) },
                       { u"updated"_s, report.updatedAt.toString(Qt::ISODate) } };
    if (!withSections)
        return json;
    QJsonArray sections;
    for (const ReportSection &section : report.sections) {
        QJsonArray items;
        for (const ReportItem &item : section.items)
            items.append(QJsonObject { { u"id"_s, item.id },
                                       { u"kind"_s, reportItemKindName(item.kind) },
                                       { u"ref"_s, item.refId },
                                       { u"caption"_s, item.caption },
                                       { u"commentary"_s, item.commentary },
                                       { u"image_bytes"_s, qint64(item.image.size()) } });
        sections.append(
            QJsonObject { { u"heading"_s, section.heading }, { u"body"_s, section.body }, { u"items"_s, items } });
    }
    json.insert(u"sections"_s, sections);
    return json;
}

CitationStyle parseStyle(const QString &name)
{
    const std::optional<CitationStyle> style = citationStyleFromName(name);
    if (!style)
        throw UsageProblem(u"the citation style is author-date or notes-bibliography, not '%1'"_s.arg(name));
    return *style;
}

Report requireReport(CasebookStore &store, const QString &name)
{
    const std::optional<Report> report = store.reports().report(name);
    if (!report)
        throw CasebookError(u"There is no report named \u201c%1\u201d."_s.arg(name));
    return *report;
}

/// The section an item goes into: the one with `heading` (made at the end when missing and `create`; a mistyped
/// heading is refused otherwise), or the last one ("Findings" when the report has none).
ReportSection &sectionFor(Report &report, const QString &heading, bool create)
{
    if (!heading.isEmpty()) {
        for (ReportSection &section : report.sections)
            if (section.heading.compare(heading, Qt::CaseInsensitive) == 0)
                return section;
        if (!create) {
            QStringList headings;
            for (const ReportSection &section : std::as_const(report.sections))
                headings << u"\u201c"_s + section.heading + u"\u201d"_s;
            throw CasebookError(u"The report has no section \u201c%1\u201d (it has %2); add one with "
                                u"'report BOOK section NAME HEADING'."_s.arg(
                                    heading, headings.isEmpty() ? u"none"_s : headings.join(u", "_s)));
        }
        report.sections.append(ReportSection { 0, heading, {}, {} });
        return report.sections.back();
    }
    if (report.sections.isEmpty())
        report.sections.append(ReportSection { 0, u"Findings"_s, {}, {} });
    return report.sections.back();
}

void printReport(QTextStream &out, const Report &report)
{
    out << report.name << "  \u201c" << report.title << "\u201d  (" << citationStyleName(report.style) << ")\n";
    for (const ReportSection &section : report.sections) {
        out << "  ## " << section.heading << '\n';
        if (!section.body.isEmpty())
            out << "     " << QString(section.body).replace(u'\n', u"\n     "_s) << '\n';
        for (const ReportItem &item : section.items) {
            out << "     - " << reportItemKindName(item.kind);
            if (item.kind == ReportItem::Kind::Event || item.kind == ReportItem::Kind::Article)
                out << " (article " << item.refId << ')';
            else if (item.refId != 0)
                out << ' ' << item.refId;
            if (!item.caption.isEmpty())
                out << "  " << QString(item.caption).replace(u'\n', u" \u2014 "_s);
            if (!item.image.isEmpty())
                out << "  [image, " << item.image.size() << " bytes]";
            out << '\n';
            if (!item.commentary.isEmpty())
                out << "       " << QString(item.commentary).replace(u'\n', u"\n       "_s) << '\n';
        }
    }
}

} // namespace

int runReport(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption titleOption(u"title"_s, u"The report's title"_s, u"T"_s);
    const QCommandLineOption styleOption(u"style"_s, u"author-date or notes-bibliography"_s, u"S"_s);
    const QCommandLineOption sectionOption(u"section"_s, u"The section (by heading) an item goes into"_s, u"H"_s);
    const QCommandLineOption textOption(u"text"_s, u"The analyst's words on the item, or a section's text"_s, u"T"_s);
    const QCommandLineOption annotationOption(u"annotation"_s, u"Add this annotation"_s, u"ID"_s);
    const QCommandLineOption articleOption(u"article"_s, u"Add this article"_s, u"ID"_s);
    const QCommandLineOption quoteOption(u"quote"_s, u"With --article: the passage quoted"_s, u"TEXT"_s);
    const QCommandLineOption entityOption(u"entity"_s, u"Add this entity (by name)"_s, u"NAME"_s);
    const QCommandLineOption eventOption(u"event"_s, u"Add this dated event (its id in 'events --json')"_s, u"ID"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOptions({ titleOption, styleOption, sectionOption, textOption, annotationOption, articleOption,
                        quoteOption, entityOption, eventOption, jsonOption });
    parseArguments(parser, arguments, u"report"_s, 2);
    const QStringList positional = parser.positionalArguments();
    const QString book = positional.at(0);
    const QString action = positional.at(1);
    const QString name = positional.value(2);
    const QStringList actions = { u"list"_s, u"show"_s, u"new"_s, u"set"_s, u"section"_s, u"add"_s, u"delete"_s };
    if (!actions.contains(action))
        throw UsageProblem(u"the action is one of %1, not '%2'"_s.arg(actions.join(u", "_s), action));
    if (action != u"list" && name.isEmpty())
        throw UsageProblem(u"'report %1' needs the report's name"_s.arg(action));
    const bool json = parser.isSet(jsonOption);

    if (action == u"list" || action == u"show") {
        const auto store = openExistingCasebook(book);
        if (action == u"list") {
            const QList<Report> reports = store->reports().reports();
            QJsonArray list;
            for (const Report &report : reports) {
                if (json)
                    list.append(reportToJson(report, false));
                else
                    io.out << report.name << "  \u201c" << report.title << "\u201d  " << citationStyleName(report.style)
                           << "  updated " << report.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << '\n';
            }
            if (json)
                printJson(io.out, list);
            return Success;
        }
        const Report report = requireReport(*store, name);
        if (json)
            printJson(io.out, reportToJson(report, true));
        else
            printReport(io.out, report);
        return Success;
    }

    openExistingCasebook(book); // refuses a missing or foreign file before the writer opens it
    CasebookWriter writer(book);
    const Report saved
        = writer
              .submit([&](CasebookStore &store) {
                  ReportStore reports = store.reports();
                  if (action == u"delete") {
                      const Report gone = requireReport(store, name);
                      reports.remove(name);
                      return gone;
                  }
                  Report report;
                  if (action == u"new") {
                      report.name = name;
                      report.title = parser.isSet(titleOption) ? parser.value(titleOption) : name;
                  } else {
                      report = requireReport(store, name);
                      if (parser.isSet(titleOption))
                          report.title = parser.value(titleOption);
                  }
                  if (parser.isSet(styleOption))
                      report.style = parseStyle(parser.value(styleOption));
                  if (action == u"section") {
                      if (positional.size() < 4)
                          throw UsageProblem(u"'report section' needs NAME HEADING"_s);
                      ReportSection &section = sectionFor(report, positional.at(3), true);
                      if (parser.isSet(textOption))
                          section.body = parser.value(textOption);
                  } else if (action == u"add") {
                      ReportItem item;
                      item.commentary = parser.value(textOption);
                      if (parser.isSet(annotationOption)) {
                          item.kind = ReportItem::Kind::Annotation;
                          item.refId = parseArticleId(parser.value(annotationOption));
                          const auto a = store.annotations().annotation(item.refId);
                          if (!a)
                              throw CasebookError(u"There is no annotation %1."_s.arg(item.refId));
                          item.caption = a->quote; // shown if the annotation is deleted later
                      } else if (parser.isSet(articleOption)) {
                          item.kind = ReportItem::Kind::Article;
                          item.refId = parseArticleId(parser.value(articleOption));
                          const auto article = store.article(item.refId);
                          if (!article)
                              throw CasebookError(u"There is no article %1."_s.arg(item.refId));
                          item.caption = parser.value(quoteOption);
                          if (!item.caption.isEmpty() && !article->text.contains(item.caption))
                              throw CasebookError(u"Article %1 does not contain the quote \u201c%2\u201d."_s.arg(
                                  QString::number(item.refId), item.caption));
                      } else if (parser.isSet(entityOption)) {
                          item.kind = ReportItem::Kind::Entity;
                          const auto entity = store.analysis().findEntity(parser.value(entityOption));
                          if (!entity)
                              throw CasebookError(
                                  u"There is no entity named \u201c%1\u201d."_s.arg(parser.value(entityOption)));
                          item.caption = entity->name;
                      } else if (parser.isSet(eventOption)) {
                          item.kind = ReportItem::Kind::Event;
                          const qint64 eventId = parseArticleId(parser.value(eventOption));
                          bool found = false;
                          for (const StoredEvent &event : store.analysis().events()) {
                              if (event.id != eventId)
                                  continue;
                              item.refId = event.articleId;
                              item.caption
                                  = (event.date.isValid() ? event.date.toIso() : event.phrase) + u'\n' + event.sentence;
                              found = true;
                              break;
                          }
                          if (!found)
                              throw CasebookError(u"There is no event %1."_s.arg(eventId));
                      } else {
                          throw UsageProblem(u"'report add' needs --annotation, --article, --entity or --event"_s);
                      }
                      sectionFor(report, parser.value(sectionOption), false).items.append(item);
                  }
                  return reports.save(report);
              })
              .result();
    if (json)
        printJson(io.out, reportToJson(saved, true));
    else if (action == u"delete")
        io.out << "deleted report " << saved.name << '\n';
    else
        printReport(io.out, saved);
    return Success;
}

int runExport(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(u"format"_s, u"pdf, html, md, csv, json, qdpx, csl-json or ris"_s, u"F"_s);
    const QCommandLineOption reportOption(u"report"_s, u"The saved report (default: every annotation, by tag)"_s,
                                          u"NAME"_s);
    const QCommandLineOption styleOption(u"style"_s, u"author-date or notes-bibliography"_s, u"S"_s);
    const QCommandLineOption tableOption(u"table"_s, u"csv/json: annotations, entities or events"_s, u"T"_s);
    const QCommandLineOption outputOption({ u"o"_s, u"output"_s }, u"The file to write"_s, u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print what was written as JSON"_s);
    parser.addOptions({ formatOption, reportOption, styleOption, tableOption, outputOption, jsonOption });
    parseArguments(parser, arguments, u"export"_s, 1);
    ExportRequest request;
    if (!parser.isSet(formatOption))
        throw UsageProblem(u"--format is one of pdf, html, md, csv, json, qdpx, csl-json, ris"_s);
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(formatOption));
    if (!format)
        throw UsageProblem(
            u"unknown format '%1' (pdf, html, md, csv, json, qdpx, csl-json, ris)"_s.arg(parser.value(formatOption)));
    request.format = *format;
    if (!parser.isSet(outputOption))
        throw UsageProblem(u"-o FILE names the file to write"_s);
    request.path = parser.value(outputOption);
    const QString suffix = QFileInfo(request.path).suffix().toLower();
    if (!suffix.isEmpty() && suffix != exportExtension(request.format)
        && !(request.format == ExportFormat::Markdown && suffix == u"markdown")
        && !(request.format == ExportFormat::Html && suffix == u"htm"))
        io.err << "note: " << request.path << " gets " << exportFormatName(request.format)
               << " content; its name ends in ." << suffix << Qt::endl;
    if (request.format != ExportFormat::Csv && request.format != ExportFormat::Json && parser.isSet(tableOption))
        io.err << "note: --table applies to csv and json only; ignored for " << exportFormatName(request.format)
               << Qt::endl;
    request.reportName = parser.value(reportOption);
    if (parser.isSet(styleOption))
        request.style = parseStyle(parser.value(styleOption));
    if (parser.isSet(tableOption)) {
        request.table = exportTableFromName(parser.value(tableOption));
        if (!request.table)
            throw UsageProblem(
                u"--table is annotations, entities or events, not '%1'"_s.arg(parser.value(tableOption)));
    }
    const auto store = openExistingCasebook(parser.positionalArguments().first());
    const ExportOutcome outcome = ReportExport::exportFrom(*store, request);
    if (parser.isSet(jsonOption)) {
        printJson(io.out,
                  QJsonObject { { u"path"_s, outcome.path },
                                { u"format"_s, exportFormatName(request.format) },
                                { u"bytes"_s, outcome.bytes },
                                { u"items"_s, outcome.items },
                                { u"sources"_s, outcome.sources },
                                { u"incomplete_sources"_s, outcome.incompleteSources },
                                { u"problems"_s, QJsonArray::fromStringList(outcome.problems) } });
        return Success;
    }
    io.out << "wrote " << outcome.path << " (" << exportFormatName(request.format) << ", " << outcome.bytes
           << " bytes): " << outcome.items << " item(s)";
    if (outcome.sources > 0)
        io.out << ", citing " << outcome.sources << " article(s)"
               << (outcome.incompleteSources > 0
                       ? u" (%1 with incomplete metadata, marked in the file)"_s.arg(outcome.incompleteSources)
                       : QString());
    io.out << '\n';
    for (const QString &problem : outcome.problems)
        io.err << "note: " << problem << '\n';
    return Success;
}

} // namespace casebook::cli
