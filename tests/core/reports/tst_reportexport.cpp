// SPDX-License-Identifier: GPL-3.0-or-later
// Reports and exports end to end: a casebook with English and Chinese articles, annotations, a saved report with
// every kind of item, exported in every format and read back (the PDF through pdftotext, the HTML through
// libxml2's HTML parser, CSV and JSON parsed, the REFI-QDA archive unzipped and validated against the published
// schema), with incomplete metadata, deleted annotations and hostile titles.
#include "reports/dataexport.h"
#include "session/reportexport.h"
#include "store/casebookstore.h"
#include "util/casebookerror.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QString englishText = u"Hospitals put a language model on the night shift\n\n"
                            u"The Harbour hospital said the model drafts discharge notes overnight. "
                            u"Doctors check every note before it reaches a patient."_s;
const QString chineseText = u"无锡市政务热线接入大模型\n\n无锡市表示，政务热线的智能助手一周回答了三千个问题。"
                            u"市民对回答的满意度有所提高。\U0001F4DE 热线将扩大试点。"_s;
const QString hostileText = u"A page with a hostile title\n\nThe title of this article tries to leave the folder."_s;

ImportedArticle article(const QString &path, const QString &text, const QString &title, const QString &source,
                        const QString &author, const QString &published, const QString &url)
{
    ImportedArticle a;
    a.path = path;
    a.format = u"text"_s;
    a.text = text;
    a.original = text.toUtf8();
    a.meta.setValue(ArticleField::Title, title, MetadataOrigin::TextPattern);
    if (!source.isEmpty())
        a.meta.setValue(ArticleField::Source, source, MetadataOrigin::Document);
    if (!author.isEmpty())
        a.meta.setValue(ArticleField::Author, author, MetadataOrigin::Document);
    if (!published.isEmpty())
        a.meta.setValue(ArticleField::Published, published, MetadataOrigin::Document);
    if (!url.isEmpty())
        a.meta.setValue(ArticleField::Url, url, MetadataOrigin::Document);
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, { path });
    process.waitForFinished(60000);
    const auto match
        = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QByteArray figurePng()
{
    QImage image(1200, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(100, 100, 300, 300, QColor(40, 90, 160));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

/// The entries of a ZIP archive by path.
QHash<QString, QByteArray> unzip(const QString &path)
{
    QHash<QString, QByteArray> entries;
    const QByteArray bytes = readAll(path);
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_memory(a, bytes.constData(), size_t(bytes.size())) == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            QByteArray data(qsizetype(archive_entry_size(entry)), Qt::Uninitialized);
            archive_read_data(a, data.data(), size_t(data.size()));
            entries.insert(QString::fromUtf8(archive_entry_pathname_utf8(entry)), data);
        }
    }
    archive_read_free(a);
    return entries;
}

/// Validates `xml` against the REFI-QDA project schema; returns the errors (empty when valid).
QString schemaErrors(const QByteArray &xml)
{
    const QByteArray schemaPath = QByteArray(CASEBOOK_TEST_DATA_DIR) + "/refi-qda/Project-mrt2019.xsd";
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schemaPath.constData());
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (!schema)
        return u"the schema did not load"_s;
    static QString errors;
    errors.clear();
    xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(
        context, [](void *, xmlErrorPtr error) { errors += QString::fromUtf8(error->message); }, nullptr);
    xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), "project.qde", nullptr, 0);
    const int result = doc ? xmlSchemaValidateDoc(context, doc) : -1;
    if (doc)
        xmlFreeDoc(doc);
    xmlSchemaFreeValidCtxt(context);
    xmlSchemaFree(schema);
    return result == 0 ? QString() : (errors.isEmpty() ? u"not well-formed"_s : errors);
}

/// The text of every node an XPath finds in an HTML document, parsed as browsers do.
QStringList htmlTexts(const QByteArray &html, const char *xpath)
{
    QStringList texts;
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), "report.html", "UTF-8",
                                    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc)
        return texts;
    xmlXPathContextPtr context = xmlXPathNewContext(doc);
    xmlXPathObjectPtr found = xmlXPathEvalExpression(reinterpret_cast<const xmlChar *>(xpath), context);
    if (found && found->nodesetval)
        for (int i = 0; i < found->nodesetval->nodeNr; ++i) {
            xmlChar *content = xmlNodeGetContent(found->nodesetval->nodeTab[i]);
            texts << QString::fromUtf8(reinterpret_cast<const char *>(content));
            xmlFree(content);
        }
    xmlXPathFreeObject(found);
    xmlXPathFreeContext(context);
    xmlFreeDoc(doc);
    return texts;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_book;
    qint64 m_englishNote = 0;
    qint64 m_chineseNote = 0;
    qint64 m_hostileNote = 0;

    QString exported(ExportFormat format, const QString &report = {}, std::optional<CitationStyle> style = {},
                     std::optional<ExportTable> table = {})
    {
        CasebookStore store(m_book, CasebookStore::Mode::ReadOnly);
        ExportRequest request;
        request.format = format;
        request.reportName = report;
        request.style = style;
        request.table = table;
        request.path = m_dir.filePath(u"out-%1-%2.%3"_s.arg(
            exportFormatName(format), report.isEmpty() ? u"all"_s : report, exportExtension(format)));
        ReportExport::exportFrom(store, request);
        return request.path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_book = m_dir.filePath(u"cases.casebook"_s);
        CasebookStore store(m_book);
        store.addArticles(
            { article(u"/news/night-shift.html"_s, englishText, u"Hospitals put a language model on the night shift"_s,
                      u"Harbour Health Desk"_s, u"Lin Wei"_s, u"2025-02-26"_s, u"https://example.org/night-shift"_s),
              article(u"/clips/无锡热线.txt"_s, chineseText, u"无锡市政务热线接入大模型"_s, {}, {}, {}, {}),
              article(u"/x/hostile.txt"_s, hostileText, u"../../etc/passwd <script>alert(1)</script>"_s, u"Evil & Co"_s,
                      {}, u"2024-12"_s, {}) });
        // The English article came from a two-page PDF: its second paragraph starts page 2.
        auto page = store.database().prepare(
            u"INSERT INTO article_pages (article_id, page, start, method) VALUES (?1, ?2, ?3, 'text-layer')"_s);
        page.bind(1, qint64(1)).bind(2, 1).bind(3, 0);
        page.exec();
        page.bind(1, qint64(1)).bind(2, 2).bind(3, englishText.indexOf(u"The Harbour"_s));
        page.exec();

        AnnotationStore annotations = store.annotations();
        m_englishNote = annotations
                            .annotate(1, u"the model drafts discharge notes overnight"_s, 1,
                                      { u"Night shift use.\n\nSecond paragraph of the note."_s,
                                        { u"deployment"_s, u"health"_s },
                                        u"yellow"_s })
                            .id;
        m_chineseNote
            = annotations
                  .annotate(2, u"智能助手一周回答了三千个问题"_s, 1, { u"热线的数字"_s, { u"政务"_s }, u"#3498db"_s })
                  .id;
        m_hostileNote = annotations.annotate(3, u"tries to leave the folder"_s, 1, { {}, {}, {} }).id;
        annotations.setTagColor(u"deployment"_s, u"green"_s);

        Report report;
        report.name = u"brief"_s;
        report.title = u"LLMs in public services: a brief"_s;
        report.sections = {
            ReportSection {
                0,
                u"Hospitals"_s,
                u"What hospitals say they do with the models."_s,
                { ReportItem { 0, ReportItem::Kind::Annotation, m_englishNote, {}, u"The clearest claim."_s, {} },
                  ReportItem { 0, ReportItem::Kind::Article, 1, u"Doctors check every note"_s, {}, {} } } },
            ReportSection {
                0,
                u"城市政府"_s,
                {},
                { ReportItem { 0, ReportItem::Kind::Annotation, m_chineseNote, {}, u"数字来自市政府。"_s, {} },
                  ReportItem { 0, ReportItem::Kind::Annotation, m_hostileNote, {}, {}, {} },
                  ReportItem { 0, ReportItem::Kind::Event, 2, u"2025-03\n热线将扩大试点。"_s, {}, {} },
                  ReportItem { 0, ReportItem::Kind::Figure, 0, u"Articles per month"_s, {}, figurePng() } } },
        };
        store.reports().save(report);
    }

    void reportsAreSavedWholeAndListed()
    {
        CasebookStore store(m_book);
        ReportStore reports = store.reports();
        std::optional<Report> brief = reports.report(u"BRIEF"_s); // names compare without case
        QVERIFY(brief);
        QCOMPARE(brief->sections.size(), 2);
        QCOMPARE(brief->sections.at(1).items.size(), 4);
        QCOMPARE(brief->sections.at(1).items.at(3).image, figurePng());
        QCOMPARE(brief->sections.at(0).items.at(0).commentary, u"The clearest claim."_s);

        // Reordering sections and saving keeps one copy of everything.
        Report reordered = *brief;
        std::swap(reordered.sections[0], reordered.sections[1]);
        reports.save(reordered);
        QCOMPARE(reports.report(u"brief"_s)->sections.at(0).heading, u"城市政府"_s);
        QCOMPARE(store.database().scalar(u"SELECT count(*) FROM report_items"_s), 6);
        reports.save(*brief);
        QCOMPARE(reports.report(u"brief"_s)->sections.at(0).heading, u"Hospitals"_s);

        Report clash;
        clash.name = u"Brief"_s;
        QVERIFY_THROWS_EXCEPTION(CasebookError, reports.save(clash));
        Report unnamed;
        QVERIFY_THROWS_EXCEPTION(CasebookError, reports.save(unnamed));
        QCOMPARE(reports.reports().size(), 1);
    }

    void htmlIsOneSelfContainedFileWithEveryCitation()
    {
        const QByteArray html = readAll(exported(ExportFormat::Html, u"brief"_s));
        const QStringList quotes = htmlTexts(html, "//blockquote");
        QCOMPARE(quotes.size(), 5); // three annotations, the article's quote and the event's sentence
        QVERIFY2(quotes.at(0).contains(u"the model drafts discharge notes overnight"_s), qPrintable(quotes.at(0)));
        QVERIFY2(quotes.at(0).contains(u"(Lin Wei 2025, 2)"_s), qPrintable(quotes.at(0))); // page 2 of the PDF
        QVERIFY2(quotes.at(1).contains(u"Doctors check every note"_s), qPrintable(quotes.at(1)));
        QVERIFY2(quotes.at(2).contains(u"智能助手一周回答了三千个问题"_s), qPrintable(quotes.at(2)));
        // The Chinese article has no author, source or date: said in the report, not made up.
        QVERIFY2(quotes.at(2).contains(u"[Author unknown] n.d."_s), qPrintable(quotes.at(2)));
        QVERIFY2(quotes.at(2).contains(u"[incomplete citation]"_s), qPrintable(quotes.at(2)));
        QVERIFY2(quotes.at(4).contains(u"热线将扩大试点。"_s), qPrintable(quotes.at(4)));
        const QStringList references = htmlTexts(html, "//p[@class='entry']");
        QCOMPARE(references.size(), 3);
        QVERIFY(references.join(u'\n').contains(u"no author, no publication date, no source"_s));
        // The hostile title is text, never markup.
        QVERIFY(!html.contains("<script>alert"));
        QVERIFY(references.join(u'\n').contains(u"../../etc/passwd <script>alert(1)</script>"_s));
        // The figure is inside the file; nothing is fetched from elsewhere.
        QVERIFY(html.contains("src=\"data:image/png;base64,"));
        QVERIFY(!html.contains("http://") && !html.contains("src=\"https"));
        QCOMPARE(htmlTexts(html, "//h2").mid(0, 2), (QStringList { u"Hospitals"_s, u"城市政府"_s }));
    }

    void notesStyleNumbersNotesAndShortensRepeats()
    {
        const QByteArray html = readAll(exported(ExportFormat::Html, u"brief"_s, CitationStyle::NotesBibliography));
        const QStringList notes = htmlTexts(html, "//ol/li");
        QCOMPARE(notes.size(), 5); // two quotes from article 1, then 2, 3, and the event from 2
        QVERIFY2(notes.at(0).startsWith(u"Lin Wei, \u201cHospitals put a language model on the night shift,\u201d"_s),
                 qPrintable(notes.at(0)));
        QCOMPARE(notes.at(1), u"Lin Wei, \u201cHospitals put a language,\u201d 2."_s); // short form, page 2
        QVERIFY(htmlTexts(html, "//h2").contains(u"Bibliography"_s));
        const QString markdown = QString::fromUtf8(
            readAll(exported(ExportFormat::Markdown, u"brief"_s, CitationStyle::NotesBibliography)));
        QVERIFY2(markdown.contains(u"[^1]: Lin Wei"_s), qPrintable(markdown.left(2000)));
        QVERIFY(markdown.contains(u"> \u201cthe model drafts discharge notes overnight\u201d[^1]"_s));
    }

    void markdownCarriesQuotesAndReferences()
    {
        const QString markdown = QString::fromUtf8(readAll(exported(ExportFormat::Markdown, u"brief"_s)));
        QVERIFY(markdown.startsWith(u"# LLMs in public services: a brief\n"_s));
        QVERIFY2(markdown.contains(u"> \u201c智能助手一周回答了三千个问题\u201d (\\[Author unknown\\] n.d.)"_s),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(u"## References"_s));
        QVERIFY(markdown.contains(u"*Harbour Health Desk*"_s));
        QVERIFY(markdown.contains(u"\\<script\\>"_s)); // escaped, not live HTML
        QVERIFY(markdown.contains(u"![Articles per month](data:image/png;base64,"_s));
    }

    void pdfReadsBackInEnglishAndChinese()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-dependencies.sh installs it");
        const QString path = exported(ExportFormat::Pdf, u"brief"_s);
        QVERIFY(readAll(path).startsWith("%PDF-"));
        QVERIFY(pdfPages(path) >= 1);
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(u"LLMs in public services"_s), qPrintable(text.left(500)));
        QVERIFY2(text.contains(u"(Lin Wei 2025, 2)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"智能助手一周回答了三千个问题"_s), qPrintable(text)); // Chinese glyphs, not boxes
        QVERIFY2(text.contains(u"References"_s), qPrintable(text));
        // QTextDocument::print numbers the pages: the number stands alone at the foot.
        QVERIFY2(QRegularExpression(u"(^|\\n)\\s*1\\s*(\\n|\\f|$)"_s).match(pdfText(path)).hasMatch(),
                 qPrintable(pdfText(path).right(200)));
    }

    void csvAndJsonRoundTrip()
    {
        const QList<QStringList> rows = DataExport::parseCsv(readAll(exported(ExportFormat::Csv)));
        QCOMPARE(rows.size(), 4); // header and three annotations
        QCOMPARE(rows.first(), DataExport::annotationColumns());
        const qsizetype quote = rows.first().indexOf(u"quote"_s);
        const qsizetype note = rows.first().indexOf(u"note"_s);
        const qsizetype page = rows.first().indexOf(u"page"_s);
        QStringList quotes;
        for (const QStringList &row : rows.mid(1))
            quotes << row.at(quote);
        QVERIFY(quotes.contains(u"智能助手一周回答了三千个问题"_s));
        for (const QStringList &row : rows.mid(1))
            if (row.at(quote).startsWith(u"the model"_s)) {
                QCOMPARE(row.at(note), u"Night shift use.\n\nSecond paragraph of the note."_s); // line breaks survive
                QCOMPARE(row.at(page), u"2"_s);
            }

        const QJsonObject all = QJsonDocument::fromJson(readAll(exported(ExportFormat::Json))).object();
        QCOMPARE(all.value(u"annotations"_s).toArray().size(), 3);
        QVERIFY(all.contains(u"entities"_s) && all.contains(u"events"_s));
        const QJsonObject first = all.value(u"annotations"_s).toArray().first().toObject();
        for (const QString &key : { u"id"_s, u"article"_s, u"start"_s, u"end"_s, u"quote"_s, u"note"_s, u"tags"_s,
                                    u"color"_s, u"orphaned"_s, u"citation"_s })
            QVERIFY2(first.contains(key), qPrintable(key));

        const QList<QStringList> items = DataExport::parseCsv(readAll(exported(ExportFormat::Csv, u"brief"_s)));
        QCOMPARE(items.size(), 1 + 6);
        QVERIFY(items.at(1).contains(u"(Lin Wei 2025, 2)"_s));
    }

    void bibliographiesForZotero()
    {
        const QJsonArray csl = QJsonDocument::fromJson(readAll(exported(ExportFormat::CslJson, u"brief"_s))).array();
        QCOMPARE(csl.size(), 3);
        QJsonObject english;
        for (const QJsonValue &item : csl)
            if (item.toObject().value(u"id"_s) == u"casebook-1"_s)
                english = item.toObject();
        QCOMPARE(english.value(u"type"_s).toString(), u"article-newspaper"_s);
        QCOMPARE(english.value(u"container-title"_s).toString(), u"Harbour Health Desk"_s);
        QCOMPARE(english.value(u"issued"_s).toObject().value(u"date-parts"_s).toArray().first().toArray(),
                 (QJsonArray { 2025, 2, 26 }));
        QCOMPARE(english.value(u"author"_s).toArray().first().toObject().value(u"literal"_s).toString(), u"Lin Wei"_s);
        for (const QJsonValue &item : csl)
            if (item.toObject().value(u"id"_s) == u"casebook-2"_s)
                QVERIFY(!item.toObject().contains(u"issued"_s) && !item.toObject().contains(u"author"_s));

        const QString ris = QString::fromUtf8(readAll(exported(ExportFormat::Ris, u"brief"_s)));
        QCOMPARE(ris.count(u"TY  - NEWS"_s), 3);
        QCOMPARE(ris.count(u"ER  - "_s), 3);
        QVERIFY(ris.contains(u"DA  - 2025/02/26\r\n"_s));
        QVERIFY(ris.contains(u"TI  - 无锡市政务热线接入大模型\r\n"_s));
        QVERIFY(ris.contains(u"DA  - 2024/12\r\n"_s));
    }

    void refiQdaProjectValidatesAgainstTheSchema()
    {
        const QHash<QString, QByteArray> entries = unzip(exported(ExportFormat::Qdpx));
        QVERIFY(entries.contains(u"project.qde"_s));
        const QByteArray project = entries.value(u"project.qde"_s);
        const QString errors = schemaErrors(project);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        // Three sources, each a sources/<guid>.txt holding the article's text; hostile titles never become paths.
        QCOMPARE(entries.size(), 4);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            QVERIFY2(QRegularExpression(u"^(project\\.qde|sources/[0-9a-f-]{36}\\.txt)$"_s).match(it.key()).hasMatch(),
                     qPrintable(it.key()));
        }
        // Selections count code points: the Chinese quote after an emoji-free stretch, and the tags are codes.
        QVERIFY(project.contains("name=\"deployment\""));
        QVERIFY(project.contains("color=\"#aae6a0\"")); // green
        QVERIFY(project.contains("name=\"政务\"") || project.contains("name=\"&#x653f;&#x52a1;\""));
        QString chineseSource;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            if (QString::fromUtf8(it.value()).startsWith(u"无锡"_s))
                chineseSource = QString::fromUtf8(it.value());
        QCOMPARE(chineseSource, chineseText);
        const auto match = QRegularExpression(u"startPosition=\"(\\d+)\" endPosition=\"(\\d+)\""_s)
                               .globalMatch(QString::fromUtf8(project));
        QStringList selected;
        QRegularExpressionMatchIterator it = match;
        while (it.hasNext()) {
            const auto m = it.next();
            const QList<uint> points = chineseSource.toUcs4();
            const int start = m.captured(1).toInt();
            const int end = m.captured(2).toInt();
            if (end <= points.size())
                selected << QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + start),
                                              end - start);
        }
        QVERIFY2(selected.contains(u"智能助手一周回答了三千个问题"_s), qPrintable(selected.join(u" | "_s)));
    }

    void deletedAnnotationIsSaidNotDropped()
    {
        {
            CasebookStore store(m_book);
            store.annotations().edit(m_englishNote, { u"Edited after the first export."_s, { u"deployment"_s }, {} });
        }
        // Re-export after an edit: the report shows the annotation as it is now.
        QVERIFY(readAll(exported(ExportFormat::Markdown, u"brief"_s)).contains("Edited after the first export."));
        {
            CasebookStore store(m_book);
            store.annotations().remove(m_hostileNote);
        }
        CasebookStore store(m_book, CasebookStore::Mode::ReadOnly);
        ExportRequest request;
        request.format = ExportFormat::Html;
        request.reportName = u"brief"_s;
        request.path = m_dir.filePath(u"after-delete.html"_s);
        const ExportOutcome outcome = ReportExport::exportFrom(store, request);
        QCOMPARE(outcome.problems.size(), 1);
        QVERIFY(outcome.problems.first().contains(u"was deleted"_s));
        QVERIFY(readAll(request.path).contains("was deleted after it was put in this report"));
    }

    void exportNeverOverwritesTheCasebook()
    {
        CasebookStore store(m_book, CasebookStore::Mode::ReadOnly);
        const QByteArray before = store.reports().report(u"brief"_s)->title.toUtf8();
        for (const QString &target :
             QStringList { m_book, m_book + u"-wal"_s, m_dir.filePath(u"./cases.casebook"_s) }) {
            ExportRequest request;
            request.format = ExportFormat::Html;
            request.path = target;
            QVERIFY_THROWS_EXCEPTION(CasebookError, ReportExport::exportFrom(store, request));
        }
        QCOMPARE(store.reports().report(u"brief"_s)->title.toUtf8(), before);
        ExportRequest missing;
        missing.format = ExportFormat::Pdf;
        missing.reportName = u"no such report"_s;
        missing.path = m_dir.filePath(u"x.pdf"_s);
        QVERIFY_THROWS_EXCEPTION(CasebookError, ReportExport::exportFrom(store, missing));
        QVERIFY(!QFile::exists(missing.path));
    }

    void everyAnnotationWhenNoReportIsNamed()
    {
        CasebookStore store(m_book, CasebookStore::Mode::ReadOnly);
        const Report report = ReportExport::annotationsReport(store, u"Annotations"_s);
        QStringList headings;
        for (const ReportSection &section : report.sections)
            headings << section.heading;
        QCOMPARE(headings, (QStringList { u"deployment"_s, u"政务"_s }));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
