// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportbenchmark.h"

#include "bench/syntheticcorpus.h"
#include "cliformat.h"
#include "reports/reportwriter.h"
#include "session/reportexport.h"
#include "store/casebookstore.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

/// The first sentence of a text: what an analyst would quote.
QString firstSentence(const QString &text)
{
    const qsizetype start = text.indexOf(u"\n\n"_s) + 2;
    qsizetype end = start;
    while (end < text.size() && !QStringView(u".\u3002").contains(text.at(end)))
        ++end;
    return text.mid(start, qMin<qsizetype>(end - start + 1, 240)).trimmed();
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int runExportBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption quotesOption(u"quotes"_s, u"Quotes in the report (default 1000)"_s, u"N"_s, u"1000"_s);
    parser.addOption(quotesOption);
    cli::parseArguments(parser, arguments, u"bench export"_s, 0);
    const int quotes = qMax(1, parser.value(quotesOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"export-bench.casebook"_s);
    io.out << "building a casebook with " << quotes << " articles (one in five Chinese), one annotation each...\n"
           << Qt::flush;
    {
        CasebookStore store(path);
        const SyntheticCorpus corpus;
        std::vector<ImportedArticle> batch;
        for (int i = 0; i < quotes; ++i) {
            const SyntheticArticle synthetic = corpus.article(i, 1500, i % 5 == 4);
            ImportedArticle a;
            a.path = u"/bench/article-%1.txt"_s.arg(i);
            a.format = u"text"_s;
            a.text = synthetic.title + u"\n\n"_s + synthetic.text;
            a.original = a.text.toUtf8();
            a.meta.setValue(ArticleField::Title, synthetic.title, MetadataOrigin::TextPattern);
            a.meta.setValue(ArticleField::Source, synthetic.source, MetadataOrigin::TextPattern);
            a.meta.setValue(ArticleField::Published, synthetic.published.toString(Qt::ISODate),
                            MetadataOrigin::TextPattern);
            a.meta.setValue(ArticleField::Language, synthetic.language, MetadataOrigin::TextPattern);
            batch.push_back(a);
        }
        store.addArticles(batch);
        Report report;
        report.name = u"bench"_s;
        report.title = u"A report with %1 quotes"_s.arg(quotes);
        AnnotationStore annotations = store.annotations();
        const QList<Article> articles = store.articles();
        for (const Article &listed : articles) {
            const QString text = store.article(listed.id)->text;
            const Annotation a = annotations.annotate(listed.id, firstSentence(text), 1,
                                                      { u"Why this matters."_s, { u"bench"_s }, u"yellow"_s });
            if (report.sections.isEmpty() || report.sections.back().items.size() >= 50)
                report.sections.append(ReportSection { 0, u"Section %1"_s.arg(report.sections.size() + 1),
                                                       u"What the quotes below show."_s, {} });
            ReportItem item;
            item.kind = ReportItem::Kind::Annotation;
            item.refId = a.id;
            item.caption = a.quote;
            item.commentary = u"The analyst's remark on quote %1."_s.arg(a.id);
            report.sections.back().items.append(item);
        }
        store.reports().save(report);
    }

    CasebookStore store(path, CasebookStore::Mode::ReadOnly);
    ResolvedReport resolved;
    const double resolveMs = timed([&] { resolved = ReportExport::resolve(store, *store.reports().report(u"bench"_s)); });
    int pages = 0;
    const double layoutMs = timed([&] {
        const auto document = ReportWriter::textDocument(resolved);
        document->setPageSize(QSizeF(595, 842)); // A4 in points: laying out the pages is what printing needs
        pages = document->pageCount();
    });
    auto exportTo = [&](ExportFormat format, const QString &file) {
        ExportRequest request;
        request.format = format;
        request.reportName = u"bench"_s;
        request.path = dir.filePath(file);
        qint64 bytes = 0;
        const double ms = timed([&] { bytes = ReportExport::exportFrom(store, request).bytes; });
        return std::pair { ms, bytes };
    };
    const auto [pdfMs, pdfBytes] = exportTo(ExportFormat::Pdf, u"bench.pdf"_s);
    const auto [htmlMs, htmlBytes] = exportTo(ExportFormat::Html, u"bench.html"_s);
    const auto [mdMs, mdBytes] = exportTo(ExportFormat::Markdown, u"bench.md"_s);

    auto line = [&](const QString &what, double ms, const QString &extra) {
        io.out << what.leftJustified(44) << QString::number(ms, 'f', 0).rightJustified(7) << " ms  " << extra << '\n';
    };
    io.out << "\nreport of " << quotes << " quotes with citations (" << pages << " A4 pages laid out)\n";
    line(u"look up quotes and metadata (resolve)"_s, resolveMs, {});
    line(u"baseline: lay out in a QTextDocument only"_s, layoutMs, u"1.00x"_s);
    line(u"export PDF (resolve + layout + paint)"_s, pdfMs,
         u"%1x the layout, %2 KB"_s.arg(pdfMs / layoutMs, 0, 'f', 2).arg(pdfBytes / 1024));
    line(u"export HTML (resolve + write)"_s, htmlMs,
         u"%1x the layout, %2 KB"_s.arg(htmlMs / layoutMs, 0, 'f', 2).arg(htmlBytes / 1024));
    line(u"export Markdown (resolve + write)"_s, mdMs,
         u"%1x the layout, %2 KB"_s.arg(mdMs / layoutMs, 0, 'f', 2).arg(mdBytes / 1024));
    return cli::Success;
}

} // namespace casebook::bench
