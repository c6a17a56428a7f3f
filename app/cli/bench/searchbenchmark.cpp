// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbenchmark.h"

#include "cliformat.h"
#include "search/indexeddocument.h"
#include "search/querymatcher.h"
#include "search/queryparser.h"
#include "search/searchengine.h"
#include "search/termdictionary.h"
#include "store/casebookstore.h"
#include "syntheticcorpus.h"
#include "util/casebookerror.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace casebook::bench {

namespace {

/// The fixed query mix: words, phrases, boolean, prefix, Chinese words, fields, date ranges, NEAR.
QStringList queryMix()
{
    return {
        // words (common and rare)
        u"DeepSeek"_s,
        u"hospital"_s,
        u"Sinopec"_s,
        u"regulator"_s,
        u"drones"_s,
        u"Guizhou"_s,
        u"procurement"_s,
        u"accelerators"_s,
        u"hotline"_s,
        u"12345"_s,
        u"report 777"_s,
        u"Hangzhou"_s,
        // phrases
        u"\"large language model\""_s,
        u"\"city government\""_s,
        u"\"State Grid\""_s,
        u"\"R1 reasoning model\""_s,
        u"\"pilot programme\""_s,
        u"\"chip export rules\""_s,
        // boolean
        u"Huawei OR Baidu"_s,
        u"Sinopec -PetroChina"_s,
        u"(BYD OR Geely) cockpits"_s,
        u"hospital AND imaging"_s,
        u"regulator NOT approved"_s,
        u"(Tencent OR Alibaba) (Shenzhen OR Hangzhou) -startup"_s,
        // prefix
        u"deploy*"_s,
        u"hosp*"_s,
        u"forecast*"_s,
        u"gov*"_s,
        u"pipe*"_s,
        // Chinese
        u"医院"_s,
        u"北京"_s,
        u"国企"_s,
        u"算力"_s,
        u"芯片"_s,
        u"监管"_s,
        u"深度求索"_s,
        u"国务院国有资产监督管理委员会"_s,
        u"人工智能 医院"_s,
        u"华为 OR 百度"_s,
        u"病历 -诊断"_s,
        u"\"出口管制\""_s,
        u"院"_s,
        // fields
        u"title:DeepSeek"_s,
        u"title:(hospital OR bank)"_s,
        u"source:\"Asia Wire\""_s,
        u"source:财经观察 医院"_s,
        u"lang:zh 模型"_s,
        u"lang:en Beijing"_s,
        // dates
        u"date:2025-01..2025-03 DeepSeek"_s,
        u"after:2025-06-01 hospital"_s,
        u"before:2024 Huawei"_s,
        u"date:2024 \"private cloud\""_s,
        u"date:2023-05 医院"_s,
        // NEAR
        u"DeepSeek NEAR/3 hospital"_s,
        u"NEAR(\"State Grid\" forecasting, 5)"_s,
    };
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + u" ms"_s;
}

/// The figures of one corpus, for the summary that sets the corpora side by side.
struct CorpusFigures
{
    double p50 = 0, p95 = 0, p99 = 0;
    double scanP50 = 0, scanP95 = 0, scanP99 = 0;
    double medianMatchShare = 0;
};

CorpusFigures benchmarkCorpus(int count, SyntheticCorpus::Vocabulary vocabulary, const QString &book,
                              cli::CliStreams &io)
{
    io.out << "\n"
           << SyntheticCorpus::vocabularyName(vocabulary) << " vocabulary"
           << (vocabulary == SyntheticCorpus::Vocabulary::Zipf
                   ? " (Zipf's-law frequencies: most words and names rare, as in news)"
                   : " (the worst case: every query word in most articles)")
           << "\n";
    io.out.flush();

    // 1. Build the casebook; the index follows every insert through its trigger, as in a real import.
    SyntheticCorpus corpus(vocabulary);
    auto writer = std::make_unique<CasebookStore>(book);
    CasebookStore &store = *writer;
    qint64 textBytes = 0;
    QElapsedTimer timer;
    timer.start();
    std::vector<ImportedArticle> batch;
    for (int i = 0; i < count; ++i) {
        const bool chinese = i % 5 == 4;
        const SyntheticArticle synthetic = corpus.article(i, chinese ? 1000 : 3000, chinese);
        ImportedArticle article;
        article.path = u"/bench/article-%1.txt"_s.arg(i);
        article.format = u"text"_s;
        article.encoding = u"UTF-8"_s;
        article.text = synthetic.text;
        article.original = QByteArray::number(i);
        article.meta.title = synthetic.title;
        article.meta.source = synthetic.source;
        article.meta.language = synthetic.language;
        article.meta.published = { synthetic.published, DatePrecision::Day };
        textBytes
            += synthetic.text.toUtf8().size() + synthetic.title.toUtf8().size() + synthetic.source.toUtf8().size();
        batch.push_back(std::move(article));
        if (batch.size() == 500 || i + 1 == count) {
            store.addArticles(batch);
            batch.clear();
        }
    }
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    const double textMb = textBytes / (1024.0 * 1024.0);

    // 2. Re-index from scratch: what the migration does, and the pure index build speed.
    timer.restart();
    store.rebuildSearchIndex();
    const double rebuildSeconds = timer.nsecsElapsed() / 1e9;
    const qint64 indexBytes = store.searchIndexBytes();

    io.out << "  text:            " << QString::number(textMb, 'f', 1) << " MB (UTF-8 title, text, source)\n";
    io.out << "  import + index:  " << QString::number(textMb / importSeconds, 'f', 1) << " MB/s ("
           << QString::number(importSeconds, 'f', 1) << " s, articles and originals stored too)\n";
    io.out << "  index build:     " << QString::number(textMb / rebuildSeconds, 'f', 1) << " MB/s ("
           << QString::number(rebuildSeconds, 'f', 1) << " s, 'rebuild' of every article)\n";
    io.out << "  index size:      " << QString::number(indexBytes / (1024.0 * 1024.0), 'f', 1)
           << " MB = " << QString::number(double(indexBytes) / double(textBytes), 'f', 2) << " x text size\n";
    io.out.flush();

    // 3. The baseline: every article tokenized in memory once, then scanned per query.
    timer.restart();
    SearchTokenizer tokenizer;
    TermDictionary dictionary;
    std::vector<IndexedDocument> documents;
    documents.reserve(size_t(count));
    // The text scan keeps the first articles' text in memory and tokenizes it again for every query.
    struct TextArticle
    {
        std::array<QString, IndexedDocument::FieldCount> fields;
        QString language;
        QString published;
    };
    const int textScanCount = std::min(count, 5000);
    std::vector<TextArticle> texts;
    store.forEachArticleText([&](const ArticleText &row) {
        if (int(texts.size()) < textScanCount)
            texts.push_back({ { row.title, row.text, row.source, row.author }, row.language, row.published });
        documents.push_back(IndexedDocument::build(tokenizer, dictionary,
                                                   { row.title, row.text, row.source, row.author }, row.language,
                                                   row.published, IndexedDocument::Spans::Without));
    });
    const double tokenizeSeconds = timer.nsecsElapsed() / 1e9;
    io.out << "  scan baseline:   " << documents.size() << " articles tokenized into memory in "
           << QString::number(tokenizeSeconds, 'f', 1) << " s (" << QString::number(textMb / tokenizeSeconds, 'f', 1)
           << " MB/s); " << dictionary.terms().size() << " distinct terms\n\n";

    // 4. Latency of the query mix: first page (20 results with snippets and hit ranges), three runs each, against
    //    one scan of all articles per query. Totals are compared to check the two agree.
    store.checkpoint();
    writer.reset(); // the GUI's searches run on their own read-only connection
    CasebookStore reader(book, CasebookStore::Mode::ReadOnly);
    SearchEngine engine(reader);
    const QStringList queries = queryMix();
    std::vector<double> samples;
    std::vector<double> ratios;
    std::vector<double> tokenRatios;
    std::vector<double> tokenScans;
    std::vector<double> matchShares;
    int agreeing = 0;
    const double textScale = double(count) / double(textScanCount);
    io.out << "  text scan: every article's text tokenized and matched per query"
           << (textScanCount < count
                   ? u" (timed over the first %1 articles, scaled to %2)"_s.arg(textScanCount).arg(count)
                   : QString())
           << "\n  token scan: the articles pre-tokenized in memory, matched per query\n\n";
    io.out
        << "  query                                         matches     index  text scan   ratio  token scan  ratio\n";
    for (const QString &query : queries) {
        SearchRequest request;
        request.query = query;
        request.limit = 20;
        request.countTotal = false;
        engine.search(request); // warm
        std::vector<double> runs;
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            engine.search(request);
            runs.push_back(timer.nsecsElapsed() / 1e6);
        }
        samples.insert(samples.end(), runs.begin(), runs.end());
        const double median = percentile(runs, 0.5);

        SearchRequest counting = request;
        counting.limit = 0;
        counting.countTotal = true;
        const qint64 indexed = engine.search(counting).total;

        timer.restart();
        const QueryNode root = QueryParser::parse(query, tokenizer);
        const QueryMatcher matcher(root, dictionary);
        qint64 scanned = 0;
        for (const IndexedDocument &document : documents)
            if (matcher.matches(document))
                ++scanned;
        const double tokenScanMs = timer.nsecsElapsed() / 1e6;
        tokenScans.push_back(tokenScanMs);

        timer.restart();
        const IndexedDocument::TermFilter filter = QueryMatcher::termFilter(root);
        qint64 textMatches = 0;
        for (const TextArticle &article : texts) {
            TermDictionary local;
            const IndexedDocument document
                = IndexedDocument::build(tokenizer, local, article.fields, article.language, article.published,
                                         IndexedDocument::Spans::Without, &filter);
            if (QueryMatcher(root, local).matches(document))
                ++textMatches;
        }
        const double textScanMs = timer.nsecsElapsed() / 1e6 * textScale;
        Q_UNUSED(textMatches);

        const double ratio = textScanMs / std::max(median, 0.001);
        const double tokenRatio = tokenScanMs / std::max(median, 0.001);
        ratios.push_back(ratio);
        tokenRatios.push_back(tokenRatio);
        if (indexed == scanned)
            ++agreeing;
        matchShares.push_back(100.0 * double(indexed) / double(count));
        io.out << "  " << query.left(44).leftJustified(44) << QString::number(indexed).rightJustified(8)
               << (indexed == scanned ? u"  "_s : u" ≠"_s) << ms(median).rightJustified(10)
               << ms(textScanMs).rightJustified(11) << QString::number(ratio, 'f', 0).rightJustified(7) << "x"
               << ms(tokenScanMs).rightJustified(11) << QString::number(tokenRatio, 'f', 0).rightJustified(6) << "x\n";
        io.out.flush();
    }
    CorpusFigures figures;
    figures.p50 = percentile(samples, 0.5);
    figures.p95 = percentile(samples, 0.95);
    figures.p99 = percentile(samples, 0.99);
    figures.scanP50 = percentile(tokenScans, 0.5);
    figures.scanP95 = percentile(tokenScans, 0.95);
    figures.scanP99 = percentile(tokenScans, 0.99);
    figures.medianMatchShare = percentile(matchShares, 0.5);
    io.out << "\n  " << queries.size() << " queries x 3 runs: p50 " << ms(figures.p50) << ", p95 " << ms(figures.p95)
           << ", p99 " << ms(figures.p99) << "; token scan p50 " << ms(figures.scanP50) << ", p95 "
           << ms(figures.scanP95) << ", p99 " << ms(figures.scanP99) << '\n';
    io.out << "  a query matches " << QString::number(figures.medianMatchShare, 'f', 1)
           << "% of the articles (median over the mix)\n";
    io.out << "  index vs text scan: median query " << QString::number(percentile(ratios, 0.5), 'f', 0)
           << "x faster (slowest query " << QString::number(*std::min_element(ratios.begin(), ratios.end()), 'f', 0)
           << "x)\n";
    io.out << "  index vs token scan: median query " << QString::number(percentile(tokenRatios, 0.5), 'f', 0)
           << "x faster (slowest query "
           << QString::number(*std::min_element(tokenRatios.begin(), tokenRatios.end()), 'f', 0) << "x)\n";
    io.out << "  index and scan agree on the number of matches for " << agreeing << " of " << queries.size()
           << " queries\n";
    io.out.flush();
    return figures;
}

} // namespace

int runSearchBenchmark(const QStringList &arguments, cli::CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption articlesOption(u"articles"_s, u"How many articles (default 20000)"_s, u"N"_s, u"20000"_s);
    const QCommandLineOption vocabularyOption(
        u"vocabulary"_s, u"zipf (news-like), narrow (the worst case) or both (default)"_s, u"NAME"_s, u"both"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the casebook at PATH (one vocabulary only)"_s, u"PATH"_s);
    parser.addOptions({ articlesOption, vocabularyOption, keepOption });
    cli::parseArguments(parser, arguments, u"bench search"_s, 0);
    const int count = std::max(10, parser.value(articlesOption).toInt());
    QList<SyntheticCorpus::Vocabulary> vocabularies;
    if (parser.value(vocabularyOption) == u"both"_s)
        vocabularies = { SyntheticCorpus::Vocabulary::Zipf, SyntheticCorpus::Vocabulary::Narrow };
    else if (const auto chosen = SyntheticCorpus::vocabularyFromName(parser.value(vocabularyOption)))
        vocabularies = { *chosen };
    else
        throw cli::UsageProblem(
            u"bench search: --vocabulary is zipf, narrow or both, not '%1'"_s.arg(parser.value(vocabularyOption)));
    if (parser.isSet(keepOption) && vocabularies.size() > 1)
        throw cli::UsageProblem(u"bench search: --keep needs one --vocabulary (zipf or narrow)"_s);

    QTemporaryDir workspace;
    if (!workspace.isValid())
        throw CasebookError(u"cannot create a temporary folder for the benchmark"_s);
    io.out << "bench search: " << count << " synthetic articles (~3 KB each, one in five Chinese); "
           << QThread::idealThreadCount() << " core(s)\n";
    io.out.flush();
    QList<std::pair<SyntheticCorpus::Vocabulary, CorpusFigures>> all;
    for (const SyntheticCorpus::Vocabulary vocabulary : vocabularies) {
        const QString book = parser.isSet(keepOption)
            ? parser.value(keepOption)
            : workspace.filePath(SyntheticCorpus::vocabularyName(vocabulary) + u".casebook"_s);
        if (QFileInfo::exists(book))
            throw CasebookError(u"%1 already exists; the benchmark writes a new casebook"_s.arg(book));
        all.append({ vocabulary, benchmarkCorpus(count, vocabulary, book, io) });
    }
    io.out << "\nsummary at " << count << " articles     index p50     p95     p99   token scan p50     p95     p99"
           << "   median match\n";
    for (const auto &[vocabulary, f] : std::as_const(all))
        io.out << "  " << SyntheticCorpus::vocabularyName(vocabulary).leftJustified(23) << ms(f.p50).rightJustified(10)
               << ms(f.p95).rightJustified(8) << ms(f.p99).rightJustified(8) << ms(f.scanP50).rightJustified(17)
               << ms(f.scanP95).rightJustified(8) << ms(f.scanP99).rightJustified(8)
               << QString(QString::number(f.medianMatchShare, 'f', 1) + u'%').rightJustified(15) << '\n';
    return cli::Success;
}

} // namespace casebook::bench
