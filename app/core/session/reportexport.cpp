// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "reports/dataexport.h"
#include "reports/exportfile.h"
#include "reports/qdpxwriter.h"
#include "reports/reportwriter.h"
#include "store/casebookstore.h"
#include "util/casebookerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

constexpr std::array formats {
    std::pair { ExportFormat::Pdf, u"pdf" },          std::pair { ExportFormat::Html, u"html" },
    std::pair { ExportFormat::Markdown, u"md" },      std::pair { ExportFormat::Csv, u"csv" },
    std::pair { ExportFormat::Json, u"json" },        std::pair { ExportFormat::Qdpx, u"qdpx" },
    std::pair { ExportFormat::CslJson, u"csl-json" }, std::pair { ExportFormat::Ris, u"ris" },
};

/// Articles looked up once however many items cite them.
class ArticleCache
{
public:
    explicit ArticleCache(CasebookStore &store)
        : m_store(store)
    { }
    const std::optional<Article> &article(qint64 id)
    {
        auto it = m_articles.find(id);
        if (it == m_articles.end())
            it = m_articles.insert(id, m_store.article(id));
        return *it;
    }
    std::optional<CitedSource> source(qint64 id)
    {
        const std::optional<Article> &found = article(id);
        if (!found)
            return std::nullopt;
        return CitedSource::fromArticle(*found);
    }

private:
    CasebookStore &m_store;
    QHash<qint64, std::optional<Article>> m_articles;
};

void refuseCasebookItself(const QString &casebookPath, const QString &target)
{
    const QString book = QFileInfo(casebookPath).absoluteFilePath();
    const QFileInfo targetInfo(target);
    const QString resolved = targetInfo.exists() ? targetInfo.canonicalFilePath() : targetInfo.absoluteFilePath();
    const QString canonicalBook = QFileInfo(book).canonicalFilePath();
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
        if (resolved == book + suffix || (!canonicalBook.isEmpty() && resolved == canonicalBook + suffix))
            throw CasebookError(
                u"Will not export onto %1: it is the casebook itself (or its log). Choose another file."_s.arg(
                    QDir::toNativeSeparators(target)));
    }
}

QList<CitedAnnotation> citedAnnotations(CasebookStore &store, ArticleCache &articles,
                                        const QList<Annotation> &annotations)
{
    QList<CitedAnnotation> cited;
    cited.reserve(annotations.size());
    for (const Annotation &a : annotations) {
        CitedAnnotation row;
        row.annotation = a;
        row.source = articles.source(a.articleId).value_or(CitedSource { a.articleId, {}, {}, {}, {}, {}, {} });
        row.page = store.pageAt(a.articleId, a.start);
        cited.append(row);
    }
    return cited;
}

QList<CitedEvent> citedEvents(CasebookStore &store, ArticleCache &articles)
{
    QList<CitedEvent> cited;
    for (const StoredEvent &event : store.analysis().events()) {
        CitedEvent row { event, articles.source(event.articleId).value_or(CitedSource {}) };
        cited.append(row);
    }
    return cited;
}

QList<CitedSource> citedSources(const ResolvedReport &report)
{
    QList<CitedSource> sources;
    QSet<qint64> seen;
    for (const ResolvedSection &section : report.sections)
        for (const ResolvedItem &item : section.items)
            if (item.citation && !seen.contains(item.citation->source.articleId)) {
                seen.insert(item.citation->source.articleId);
                sources.append(item.citation->source);
            }
    CitationFormatter::sortForBibliography(sources);
    return sources;
}

QByteArray reportItemsTable(const ResolvedReport &report, bool asJson)
{
    const QStringList columns
        = { u"section"_s,    u"kind"_s,    u"heading"_s, u"quote"_s,    u"note"_s,    u"tags"_s,
            u"commentary"_s, u"article"_s, u"title"_s,   u"source"_s,   u"author"_s,  u"published"_s,
            u"url"_s,        u"file"_s,    u"page"_s,    u"citation"_s, u"missing"_s, u"problem"_s };
    const QSet<QString> numeric = { u"article"_s, u"page"_s };
    const CitationFormatter formatter(report.style);
    QList<QStringList> rows;
    for (const ResolvedSection &section : report.sections)
        for (const ResolvedItem &item : section.items) {
            QStringList row { section.heading,     reportItemKindName(item.kind), item.heading,   item.quote,
                              item.annotationNote, item.tags.join(u"; "_s),       item.commentary };
            if (item.citation) {
                const CitedSource &s = item.citation->source;
                row << QString::number(s.articleId) << s.title << s.source << s.author
                    << (s.published.isValid() ? s.published.toIso() : QString()) << s.url << s.fileName
                    << (item.citation->page ? QString::number(*item.citation->page) : QString())
                    << toPlainText(report.style == CitationStyle::AuthorDate ? formatter.parenthetical(*item.citation)
                                                                             : formatter.note(*item.citation, true))
                    << s.missingFields().join(u"; "_s);
            } else {
                for (int i = 0; i < 10; ++i)
                    row << QString();
            }
            row << item.problem;
            rows << row;
        }
    if (!asJson)
        return DataExport::csv(columns, rows);
    QJsonArray array;
    for (const QStringList &row : rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (numeric.contains(columns.at(c)))
                object.insert(columns.at(c), row.at(c).isEmpty() ? QJsonValue() : QJsonValue(row.at(c).toLongLong()));
            else
                object.insert(columns.at(c), row.at(c));
        }
        array.append(object);
    }
    return QJsonDocument(QJsonObject { { u"report"_s, report.title }, { u"items"_s, array } })
        .toJson(QJsonDocument::Indented);
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    for (const auto &[value, name] : formats)
        if (value == format)
            return QString::fromUtf16(name);
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"markdown")
        return ExportFormat::Markdown;
    if (lower == u"csljson" || lower == u"csl")
        return ExportFormat::CslJson;
    for (const auto &[value, formatName] : formats)
        if (lower == QStringView(formatName))
            return value;
    return std::nullopt;
}

QString exportExtension(ExportFormat format)
{
    return format == ExportFormat::CslJson ? u"json"_s : exportFormatName(format);
}

QList<ExportFormat> allExportFormats()
{
    QList<ExportFormat> list;
    for (const auto &entry : formats)
        list << entry.first;
    return list;
}

std::optional<ExportTable> exportTableFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"annotations")
        return ExportTable::Annotations;
    if (lower == u"entities")
        return ExportTable::Entities;
    if (lower == u"events")
        return ExportTable::Events;
    return std::nullopt;
}

namespace ReportExport {

Report annotationsReport(CasebookStore &store, const QString &title)
{
    QList<Annotation> annotations = store.annotations().annotations();
    // Dates from the listing (no texts read): the sort only needs each article's date.
    QHash<qint64, QDate> dates;
    for (const Article &listed : store.articles())
        dates.insert(listed.id, listed.meta.published.date);
    auto dateOf = [&](qint64 articleId) { return dates.value(articleId); };
    std::stable_sort(annotations.begin(), annotations.end(), [&](const Annotation &a, const Annotation &b) {
        const QDate da = dateOf(a.articleId);
        const QDate db = dateOf(b.articleId);
        if (da != db)
            return da < db;
        return a.articleId != b.articleId ? a.articleId < b.articleId : a.start < b.start;
    });
    QMap<QString, ReportSection> byTag; // case-folded tag → section
    ReportSection untagged;
    untagged.heading = u"Untagged"_s;
    for (const Annotation &a : annotations) {
        ReportItem item;
        item.kind = ReportItem::Kind::Annotation;
        item.refId = a.id;
        if (a.content.tags.isEmpty()) {
            untagged.items.append(item);
            continue;
        }
        ReportSection &section = byTag[a.content.tags.first().toCaseFolded()];
        if (section.heading.isEmpty())
            section.heading = a.content.tags.first();
        section.items.append(item);
    }
    Report report;
    report.name = title;
    report.title = title;
    report.sections = byTag.values();
    if (!untagged.items.isEmpty())
        report.sections.append(untagged);
    return report;
}

ResolvedReport resolve(CasebookStore &store, const Report &report)
{
    ResolvedReport resolved;
    resolved.title = report.title.isEmpty() ? report.name : report.title;
    resolved.style = report.style;
    resolved.casebookName = QFileInfo(store.path()).completeBaseName();
    resolved.writtenAt = QDateTime::currentDateTime();
    ArticleCache articles(store);
    AnnotationStore annotations = store.annotations();
    AnalysisStore analysis = store.analysis();
    auto citationFor = [&](qint64 articleId, qsizetype offset, ResolvedItem &item) {
        const std::optional<CitedSource> source = articles.source(articleId);
        if (!source) {
            item.problem = u"Article %1 is no longer in the casebook; this item cannot be cited."_s.arg(articleId);
            return;
        }
        item.citation = Citation { *source, offset >= 0 ? store.pageAt(articleId, offset) : std::nullopt };
    };
    for (const ReportSection &section : report.sections) {
        ResolvedSection out;
        out.heading = section.heading;
        out.body = section.body;
        for (const ReportItem &item : section.items) {
            ResolvedItem r;
            r.kind = item.kind;
            r.commentary = item.commentary;
            switch (item.kind) {
            case ReportItem::Kind::Annotation: {
                const std::optional<Annotation> a = annotations.annotation(item.refId);
                if (!a) {
                    r.problem = u"Annotation %1 was deleted after it was put in this report."_s.arg(item.refId);
                    r.quote = item.caption;
                    break;
                }
                r.quote = a->quote;
                r.annotationNote = a->content.note;
                r.tags = a->content.tags;
                if (a->orphaned)
                    r.problem = u"This passage is no longer in the article's current text (orphaned annotation); "
                                u"it is quoted as it was annotated."_s;
                citationFor(a->articleId, a->orphaned ? -1 : a->start, r);
                break;
            }
            case ReportItem::Kind::Article: {
                const std::optional<Article> &article = articles.article(item.refId);
                r.heading = article ? article->meta.title : QString();
                r.quote = item.caption;
                qsizetype offset = -1;
                if (article && !item.caption.isEmpty())
                    offset = article->text.indexOf(item.caption);
                citationFor(item.refId, offset, r);
                break;
            }
            case ReportItem::Kind::Entity: {
                r.heading = item.caption;
                const std::optional<StoredEntity> entity = analysis.findEntity(item.caption);
                if (!entity) {
                    r.problem
                        = u"There is no entity \u201c%1\u201d any more (renamed, merged or rejected since)."_s.arg(
                            item.caption);
                    break;
                }
                r.heading = entity->name;
                r.details << entityTypeName(entity->type);
                const QStringList others = [&] {
                    QStringList list = entity->aliases;
                    list.removeAll(entity->name);
                    return list;
                }();
                if (!others.isEmpty())
                    r.details << u"also written "_s + others.mid(0, 8).join(u", "_s);
                r.details << u"%1 mentions in %2 articles"_s.arg(entity->mentionCount).arg(entity->articleCount);
                break;
            }
            case ReportItem::Kind::Event: {
                const qsizetype split = item.caption.indexOf(u'\n');
                r.heading = split < 0 ? QString() : item.caption.left(split);
                r.quote = split < 0 ? item.caption : item.caption.mid(split + 1);
                const std::optional<Article> &article = articles.article(item.refId);
                citationFor(item.refId, article && !r.quote.isEmpty() ? article->text.indexOf(r.quote) : -1, r);
                break;
            }
            case ReportItem::Kind::Figure:
                r.image = item.image;
                r.caption = item.caption;
                if (item.image.isEmpty())
                    r.problem = u"This figure has no image."_s;
                break;
            }
            out.items.append(r);
        }
        resolved.sections.append(out);
    }
    return resolved;
}

ExportOutcome exportFrom(CasebookStore &store, const ExportRequest &request, QPromise<ExportOutcome> *promise)
{
    if (request.path.isEmpty())
        throw CasebookError(u"Give the file to export to."_s);
    refuseCasebookItself(store.path(), request.path);
    auto step = [&](int value, const QString &text) {
        if (promise) {
            promise->setProgressValueAndText(value, text);
            return !promise->isCanceled();
        }
        return true;
    };
    if (promise)
        promise->setProgressRange(0, 3);

    std::optional<Report> saved;
    if (!request.reportName.isEmpty()) {
        saved = store.reports().report(request.reportName);
        if (!saved)
            throw CasebookError(u"There is no report named \u201c%1\u201d in this casebook."_s.arg(request.reportName));
    }
    ExportOutcome outcome;
    outcome.path = request.path;
    QByteArray bytes; // every format but PDF and REFI-QDA is made in memory, then written whole
    std::function<void(QIODevice &)> writeDevice;
    ArticleCache articles(store);

    auto resolvedReport = [&]() {
        Report report = saved ? *saved : annotationsReport(store, u"Annotations"_s);
        if (request.style)
            report.style = *request.style;
        ResolvedReport resolved = resolve(store, report);
        for (const ResolvedSection &section : resolved.sections)
            for (const ResolvedItem &item : section.items) {
                ++outcome.items;
                if (!item.problem.isEmpty())
                    outcome.problems << item.problem;
            }
        const QList<CitedSource> sources = citedSources(resolved);
        outcome.sources = int(sources.size());
        outcome.incompleteSources = int(std::count_if(
            sources.cbegin(), sources.cend(), [](const CitedSource &s) { return !s.missingFields().isEmpty(); }));
        return resolved;
    };

    if (!step(1, QCoreApplication::translate("casebook::ReportExport", "Reading the report")))
        return outcome;
    switch (request.format) {
    case ExportFormat::Pdf: {
        const ResolvedReport resolved = resolvedReport();
        writeDevice = [resolved](QIODevice &device) { ReportWriter::writePdf(resolved, device); };
        break;
    }
    case ExportFormat::Html:
        bytes = ReportWriter::html(resolvedReport()).toUtf8();
        break;
    case ExportFormat::Markdown:
        bytes = ReportWriter::markdown(resolvedReport()).toUtf8();
        break;
    case ExportFormat::CslJson:
    case ExportFormat::Ris: {
        const QList<CitedSource> sources = citedSources(resolvedReport());
        outcome.items = int(sources.size());
        bytes = request.format == ExportFormat::CslJson ? DataExport::cslJson(sources) : DataExport::ris(sources);
        break;
    }
    case ExportFormat::Csv:
    case ExportFormat::Json: {
        const bool json = request.format == ExportFormat::Json;
        if (saved) {
            bytes = reportItemsTable(resolvedReport(), json);
            break;
        }
        // CSV holds one table (annotations unless asked); JSON all three unless one is asked for.
        const bool onlyOne = request.table.has_value() || !json;
        const ExportTable chosen = request.table.value_or(ExportTable::Annotations);
        auto wanted = [&](ExportTable table) { return !onlyOne || chosen == table; };
        QJsonObject all;
        if (wanted(ExportTable::Annotations)) {
            const QList<CitedAnnotation> rows = citedAnnotations(store, articles, store.annotations().annotations());
            outcome.items += int(rows.size());
            if (json)
                all.insert(u"annotations"_s, DataExport::annotationsJson(rows));
            else
                bytes = DataExport::csv(DataExport::annotationColumns(), DataExport::annotationRows(rows));
        }
        if (wanted(ExportTable::Entities)) {
            const QList<StoredEntity> entities = store.analysis().entities();
            outcome.items += int(entities.size());
            if (json)
                all.insert(u"entities"_s, DataExport::entitiesJson(entities));
            else
                bytes = DataExport::csv(DataExport::entityColumns(), DataExport::entityRows(entities));
        }
        if (wanted(ExportTable::Events)) {
            const QList<CitedEvent> events = citedEvents(store, articles);
            outcome.items += int(events.size());
            if (json)
                all.insert(u"events"_s, DataExport::eventsJson(events));
            else
                bytes = DataExport::csv(DataExport::eventColumns(), DataExport::eventRows(events));
        }
        if (json)
            bytes = onlyOne ? QJsonDocument(all.begin().value().toArray()).toJson(QJsonDocument::Indented)
                            : QJsonDocument(all).toJson(QJsonDocument::Indented);
        break;
    }
    case ExportFormat::Qdpx: {
        QdpxProject project;
        project.name = saved ? (saved->title.isEmpty() ? saved->name : saved->title)
                             : QFileInfo(store.path()).completeBaseName();
        QList<Annotation> chosen = store.annotations().annotations();
        if (saved) {
            QSet<qint64> inReport;
            for (const ReportSection &section : saved->sections)
                for (const ReportItem &item : section.items)
                    if (item.kind == ReportItem::Kind::Annotation)
                        inReport.insert(item.refId);
            chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                        [&](const Annotation &a) { return !inReport.contains(a.id); }),
                         chosen.end());
        }
        QMap<qint64, QdpxSource> byArticle;
        QSet<QString> usedTags;
        for (const Annotation &a : std::as_const(chosen)) {
            const std::optional<Article> &article = articles.article(a.articleId);
            if (!article)
                continue;
            QdpxSource &source = byArticle[a.articleId];
            if (source.source.articleId == 0) {
                source.source = CitedSource::fromArticle(*article);
                source.text = article->text;
            }
            if (!a.orphaned)
                source.annotations.append(a);
            else
                outcome.problems << u"Annotation %1 is orphaned and left out of the REFI-QDA project."_s.arg(a.id);
            for (const QString &tag : a.content.tags)
                usedTags.insert(tag.toCaseFolded());
        }
        for (const TagCount &tag : store.annotations().tags())
            if (usedTags.contains(tag.name.toCaseFolded()))
                project.codes.append({ tag.name, tag.color });
        project.sources = byArticle.values();
        outcome.items = int(chosen.size());
        outcome.sources = int(project.sources.size());
        writeDevice = [project](QIODevice &device) { QdpxWriter::write(project, device); };
        break;
    }
    }
    if (!step(2,
              QCoreApplication::translate("casebook::ReportExport", "Writing %1")
                  .arg(QFileInfo(request.path).fileName())))
        return outcome;
    if (!writeDevice)
        writeDevice = [&bytes](QIODevice &device) {
            if (device.write(bytes) != bytes.size())
                throw CasebookError(device.errorString());
        };
    writeFileAtomically(request.path, writeDevice);
    outcome.bytes = QFileInfo(request.path).size();
    step(3, QCoreApplication::translate("casebook::ReportExport", "Exported"));
    return outcome;
}

void run(QPromise<ExportOutcome> &promise, const QString &casebookPath, const ExportRequest &request)
{
    CasebookStore store(casebookPath, CasebookStore::Mode::ReadOnly);
    const ExportOutcome outcome = exportFrom(store, request, &promise);
    if (!promise.isCanceled())
        promise.addResult(outcome);
}

} // namespace ReportExport

} // namespace casebook
