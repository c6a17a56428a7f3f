// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/seeds.h"
#include "importers/importerregistry.h"
#include "model/importedarticle.h"
#include "search/indexeddocument.h"
#include "search/queryerror.h"
#include "search/querymatcher.h"
#include "search/queryparser.h"
#include "search/searchengine.h"
#include "search/termdictionary.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "store/migrations.h"
#include "store/sqlitedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

struct Fixture
{
    const char16_t *title;
    const char16_t *source;
    const char16_t *published;
    const char16_t *language;
    const char16_t *text;
};

// Written for these tests.
const Fixture fixtures[] = {
    { u"City hospitals test a reasoning model", u"Harbour Times", u"2025-02-10", u"en",
      u"Three hospitals in Hangzhou deployed the model for medical record summaries.\n\nDoctors said the hospital "
      u"staff tested it for weeks before the roll-out." },
    { u"State Grid links its forecasting to DeepSeek", u"Northern Review", u"2025-03", u"en",
      u"State Grid said it had linked power grid forecasting to DeepSeek-R1 last month. The grid operator "
      u"deploys large language models across 20 provinces." },
    { u"北京医院接入深度求索大模型", u"科技日报网", u"2025-02-18", u"zh-Hans",
      u"北京多家医院已接入深度求索大模型，用于病历摘要。国务院国有资产监督管理委员会表示，国企应加快人工智能应用。" },
    { u"国企部署人工智能", u"财经观察", u"2024-11-05", u"zh-Hans",
      u"多家国企在杭州部署了推理模型，DeepSeek的开源权重降低了算力成本。" },
    { u"Café owners try AI menus", u"Pearl River Post", u"2024", u"en",
      u"Café owners in Zürich and Shenzhen are trying ＡＩ menus; the naïve approach failed at first." },
};

ImportedArticle importedFrom(const Fixture &fixture, int index)
{
    ImportedArticle article;
    article.path = u"/fixtures/article-%1.txt"_s.arg(index);
    article.format = u"text"_s;
    article.encoding = u"UTF-8"_s;
    article.text = QString::fromUtf16(fixture.text);
    article.original = article.text.toUtf8() + QByteArray::number(index);
    article.meta.title = QString::fromUtf16(fixture.title);
    article.meta.source = QString::fromUtf16(fixture.source);
    article.meta.language = QString::fromUtf16(fixture.language);
    article.meta.published = *PublicationDate::fromIso(QString::fromUtf16(fixture.published));
    return article;
}

QList<qint64> ids(const SearchResults &results)
{
    QList<qint64> list;
    for (const SearchResult &result : results.results)
        list.append(result.articleId);
    return list;
}

QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestSearchEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CasebookStore> m_store;

    QList<qint64> search(const QString &query)
    {
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = query;
        request.limit = 100;
        return sorted(ids(engine.search(request)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"search.casebook"_s);
        m_store = std::make_unique<CasebookStore>(m_path);
        std::vector<ImportedArticle> batch;
        int index = 0;
        for (const Fixture &fixture : fixtures)
            batch.push_back(importedFrom(fixture, ++index));
        m_store->addArticles(batch);
        QCOMPARE(m_store->articleCount(), 5);
    }

    void answers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("stem: hospital finds hospitals") << u"hospital"_s << QList<qint64> { 1 };
        QTest::newRow("stem: deploying") << u"deploying"_s << QList<qint64> { 1, 2 };
        QTest::newRow("phrase is exact") << u"\"deploys large\""_s << QList<qint64> { 2 };
        QTest::newRow("phrase exact form only") << u"\"deploy large\""_s << QList<qint64> {};
        QTest::newRow("case and accents") << u"CAFE zurich NAIVE"_s << QList<qint64> { 5 };
        QTest::newRow("full-width in text") << u"ai menus"_s << QList<qint64> { 5 };
        QTest::newRow("prefix") << u"forecast*"_s << QList<qint64> { 2 };
        QTest::newRow("chinese 2 chars") << u"医院"_s << QList<qint64> { 3 };
        QTest::newRow("chinese 2 chars in title and text") << u"国企"_s << QList<qint64> { 3, 4 };
        QTest::newRow("chinese long word") << u"国务院国有资产监督管理委员会"_s << QList<qint64> { 3 };
        QTest::newRow("chinese single char") << u"京"_s << QList<qint64> { 3 };
        QTest::newRow("chinese run end") << u"模型"_s << QList<qint64> { 3, 4 };
        QTest::newRow("mixed") << u"DeepSeek 杭州"_s << QList<qint64> { 4 };
        QTest::newRow("OR") << u"Zürich OR 病历"_s << QList<qint64> { 3, 5 };
        QTest::newRow("NOT") << u"deepseek NOT 权重"_s << QList<qint64> { 2 };
        QTest::newRow("leading minus") << u"-deepseek -hospital"_s << QList<qint64> { 3, 5 };
        QTest::newRow("title field") << u"title:hospitals"_s << QList<qint64> { 1 };
        QTest::newRow("source field") << u"source:\"harbour times\""_s << QList<qint64> { 1 };
        QTest::newRow("NEAR") << u"grid NEAR/3 deepseek"_s << QList<qint64> { 2 };
        QTest::newRow("NEAR too far") << u"NEAR(hospitals weeks, 2)"_s << QList<qint64> {};
        QTest::newRow("lang") << u"lang:zh"_s << QList<qint64> { 3, 4 };
        QTest::newRow("lang and word") << u"lang:en model"_s << QList<qint64> { 1, 2 };
        QTest::newRow("date month range") << u"date:2025-02..2025-03"_s << QList<qint64> { 1, 2, 3 };
        QTest::newRow("date year") << u"date:2024"_s << QList<qint64> { 4, 5 };
        QTest::newRow("after") << u"after:2025-02-10"_s << QList<qint64> { 2, 3 };
        QTest::newRow("before") << u"before:2025"_s << QList<qint64> { 4, 5 };
        QTest::newRow("filter inside OR") << u"lang:zh OR zurich"_s << QList<qint64> { 3, 4, 5 };
        QTest::newRow("groups") << u"(hospital OR grid) (hangzhou OR provinces)"_s << QList<qint64> { 1, 2 };
    }

    void answers()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(search(query), expected);
    }

    void hitRanges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("article");
        QTest::addColumn<QStringList>("highlighted");
        QTest::newRow("stemmed word") << u"hospital"_s << qint64(1) << QStringList { u"hospitals"_s, u"hospital"_s };
        QTest::newRow("phrase") << u"\"power grid\""_s << qint64(2) << QStringList { u"power grid"_s };
        QTest::newRow("prefix") << u"DeepSeek*"_s << qint64(2) << QStringList { u"DeepSeek"_s };
        QTest::newRow("chinese word") << u"医院"_s << qint64(3) << QStringList { u"医院"_s };
        QTest::newRow("chinese long word")
            << u"国务院国有资产监督管理委员会"_s << qint64(3) << QStringList { u"国务院国有资产监督管理委员会"_s };
        QTest::newRow("chinese single character") << u"国"_s << qint64(3) << QStringList { u"国"_s, u"国"_s, u"国"_s };
        QTest::newRow("full-width") << u"ai"_s << qint64(5) << QStringList { u"ＡＩ"_s };
        QTest::newRow("accents") << u"zurich"_s << qint64(5) << QStringList { u"Zürich"_s };
        QTest::newRow("negated terms are not hits")
            << u"grid -hospital"_s << qint64(2) << QStringList { u"Grid"_s, u"grid"_s, u"grid"_s };
    }

    void hitRanges()
    {
        QFETCH(QString, query);
        QFETCH(qint64, article);
        QFETCH(QStringList, highlighted);
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = query;
        const SearchResults results = engine.search(request);
        const auto found = std::find_if(results.results.cbegin(), results.results.cend(),
                                        [&](const SearchResult &result) { return result.articleId == article; });
        QVERIFY(found != results.results.cend());
        const QString text = m_store->article(article)->text;
        QStringList actual;
        for (const TextRange &range : found->hits)
            actual << text.mid(range.start, range.end - range.start);
        QCOMPARE(actual, highlighted);
        QCOMPARE(engine.hitsInText(query, text), found->hits);
        // The snippet's ranges point at the same words.
        for (const TextRange &range : found->snippetHits)
            QVERIFY(highlighted.contains(found->snippet.mid(range.start, range.end - range.start)));
    }

    void titleHits()
    {
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = u"北京 医院"_s;
        const SearchResults results = engine.search(request);
        QCOMPARE(results.results.size(), 1);
        const SearchResult &result = results.results.first();
        QCOMPARE(result.titleHits.size(), 1);
        QCOMPARE(result.title.mid(result.titleHits[0].start, result.titleHits[0].end - result.titleHits[0].start),
                 u"北京医院"_s);
    }

    void relevanceWeightsTitle()
    {
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = u"hospitals OR grid"_s;
        const SearchResults results = engine.search(request);
        QCOMPARE(results.total, 2);
        QVERIFY(results.results[0].score >= results.results[1].score);
        request.sort = SearchRequest::Sort::Date;
        QCOMPARE(ids(engine.search(request)), (QList<qint64> { 2, 1 }));
    }

    void everySortOrdersTheResults()
    {
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = u"lang:en OR lang:zh-Hans"_s; // every article, whatever its words
        request.limit = 1000;
        auto orderedBy = [&](SearchRequest::Sort sort) {
            request.sort = sort;
            return engine.search(request).results;
        };
        const auto oldest = orderedBy(SearchRequest::Sort::Oldest);
        QVERIFY(oldest.size() > 2);
        for (int i = 1; i < oldest.size(); ++i) {
            const QString a = oldest[i - 1].published, b = oldest[i].published;
            QVERIFY2(b.isEmpty() || (!a.isEmpty() && a <= b), qPrintable(a + u" before "_s + b)); // undated last
        }
        const auto newest = orderedBy(SearchRequest::Sort::Date);
        for (int i = 1; i < newest.size(); ++i)
            QVERIFY(newest[i].published.isEmpty() || newest[i - 1].published >= newest[i].published);
        const auto byTitle = orderedBy(SearchRequest::Sort::Title);
        for (int i = 1; i < byTitle.size(); ++i)
            QVERIFY2(byTitle[i - 1].title.compare(byTitle[i].title, Qt::CaseInsensitive) <= 0,
                     qPrintable(byTitle[i - 1].title + u" before "_s + byTitle[i].title));
        const auto bySource = orderedBy(SearchRequest::Sort::Source);
        for (int i = 1; i < bySource.size(); ++i) {
            const QString a = bySource[i - 1].source, b = bySource[i].source;
            QVERIFY2(a.isEmpty() ? b.isEmpty() : (b.isEmpty() || a.compare(b, Qt::CaseInsensitive) <= 0),
                     qPrintable(a + u" before "_s + b)); // no source last
        }
        QCOMPARE(bySource.size(), oldest.size());
    }

    void snippetsNeverCutAHit()
    {
        // A lone hit just before a dense run of hits: the snippet starts a little before the run, which used to
        // fall inside the lone hit and mark half of it.
        QTemporaryDir dir;
        const QString book = dir.filePath(u"snippet.casebook"_s);
        {
            ImportedArticle dense;
            dense.path = u"/fixtures/dense.txt"_s;
            dense.format = u"text"_s;
            dense.text = QString(50, u'X') + u"模型"_s + u"的一个大语言处理新"_s + u"模型，"_s.repeated(14)
                + QString(50, u'Y');
            dense.original = dense.text.toUtf8();
            CasebookWriter writer(book);
            writer.submit([dense](CasebookStore &store) { store.addArticles({ dense }); }).waitForFinished();
        }
        CasebookStore reader(book, CasebookStore::Mode::ReadOnly);
        SearchRequest dense;
        dense.query = u"模型"_s;
        dense.snippetLength = 40;
        const SearchResults found = SearchEngine(reader).search(dense);
        QCOMPARE(found.results.size(), 1);
        for (const TextRange &hit : found.results.first().snippetHits)
            QCOMPARE(found.results.first().snippet.mid(hit.start, hit.end - hit.start), u"模型"_s);

        SearchEngine engine(*m_store);
        for (const QString &word : { u"model"_s, u"hospital"_s, u"模型"_s, u"deepseek"_s }) {
            SearchRequest request;
            request.query = word;
            request.snippetLength = 40; // short snippets put hits near both edges
            for (const SearchResult &result : engine.search(request).results)
                for (const TextRange &hit : result.snippetHits) {
                    const QString marked = result.snippet.mid(hit.start, hit.end - hit.start);
                    QVERIFY2(marked.startsWith(word.left(2), Qt::CaseInsensitive) && marked.size() >= word.size(),
                             qPrintable(word + u": "_s + result.snippet + u" marks "_s + marked));
                }
        }
    }

    void malformedQueryThrows()
    {
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = u"deepseek (hospital"_s;
        QVERIFY_THROWS_EXCEPTION(QueryError, engine.search(request));
    }

    /// The window sends what was typed as `query` and its chips and brushed dates as `filter`: error positions
    /// stay those of the typed text (as the CLI reports them), and a problem in the filter has none.
    void filterKeepsQueryPositions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unclosed parenthesis")
            << u"deepseek (hospital"_s << u"lang:en"_s << 9 << u"Unclosed parenthesis"_s;
        QTest::newRow("unclosed parenthesis first") << u"(a b"_s << u"date:2025"_s << 0 << u"Unclosed parenthesis"_s;
        QTest::newRow("stray parenthesis") << u"a) b"_s << u"date:2025-01..2025-03"_s << 1 << u"no matching '('"_s;
        QTest::newRow("unclosed quote") << u"x \"state grid"_s << u"(lang:en OR lang:zh)"_s << 2 << u"Unclosed quote"_s;
        QTest::newRow("dangling operator") << u"grid OR"_s << u"lang:en"_s << 5 << u"OR needs a search term"_s;
        QTest::newRow("empty field") << u"grid source:"_s << u"lang:en"_s << 5 << u"source: needs a value"_s;
        QTest::newRow("bad date range") << u"date:2025-03..2025-01"_s << u"lang:en"_s << 5 << u"ends before"_s;
        QTest::newRow("field over a filter in the query")
            << u"title:(lang:en)"_s << u"date:2025"_s << 0 << u"applies to words and phrases"_s;
        QTest::newRow("problem in the filter") << u"deepseek"_s << u"title:"_s << -1 << u"needs a value"_s;
        QTest::newRow("compile problem in the filter")
            << u"deepseek"_s << u"title:(lang:en)"_s << -1 << u"applies to words and phrases"_s;
    }

    void filterKeepsQueryPositions()
    {
        QFETCH(QString, query);
        QFETCH(QString, filter);
        QFETCH(int, position);
        QFETCH(QString, problem);
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = query;
        request.filter = filter;
        try {
            engine.search(request);
            QFAIL("the query was accepted");
        } catch (const QueryError &error) {
            QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
            QCOMPARE(error.position(), position);
            if (position < 0)
                QVERIFY2(!error.message().contains(u"position"_s), qPrintable(error.message()));
            else
                QVERIFY2(error.message().endsWith(u"(at position %1)"_s.arg(position + 1)),
                         qPrintable(error.message()));
        }
    }

    void filterNarrowsQuery()
    {
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = u"model"_s;
        request.filter = u"lang:en"_s;
        QCOMPARE(sorted(ids(engine.search(request))), (QList<qint64> { 1, 2 }));
        request.filter = u"date:2025-03"_s;
        QCOMPARE(sorted(ids(engine.search(request))), (QList<qint64> { 2 }));
        request.query.clear(); // only chips
        request.filter = u"(lang:zh)"_s;
        QCOMPARE(sorted(ids(engine.search(request))), (QList<qint64> { 3, 4 }));
        request.filter.clear();
        QVERIFY_THROWS_EXCEPTION(QueryError, engine.search(request)); // nothing at all
    }

    /// A pasted headline with a colon searches its words, and says how it read the colon.
    void unknownFieldSearchesAsText()
    {
        const Fixture headlines[] = {
            { u"DeepSeek rollout: what changes", u"Harbour Times", u"2025-02-11", u"en",
              u"The rollout of DeepSeek in city offices changes what clerks do first each morning." },
            { u"DeepSeek rollout delayed", u"Harbour Times", u"2025-02-12", u"en",
              u"The rollout of DeepSeek in the port authority waits for a security review." },
        };
        CasebookStore store(m_dir.filePath(u"headlines.casebook"_s));
        std::vector<ImportedArticle> batch;
        int index = 0;
        for (const Fixture &fixture : headlines)
            batch.push_back(importedFrom(fixture, ++index));
        store.addArticles(batch);

        SearchEngine engine(store);
        SearchRequest request;
        request.query = u"DeepSeek rollout: what changes"_s;
        const SearchResults results = engine.search(request);
        QCOMPARE(ids(results), (QList<qint64> { 1 }));
        QCOMPARE(results.notices, QStringList { u"rollout: is not a field; searched as text"_s });
        const QString text = store.article(1)->text;
        QStringList highlighted;
        for (const TextRange &range : results.results.first().hits)
            highlighted << text.mid(range.start, range.end - range.start);
        QCOMPARE(highlighted, (QStringList { u"rollout"_s, u"DeepSeek"_s, u"changes"_s, u"what"_s }));

        request.query = u"title: rollout"_s; // a known field followed by a space is still the field
        const SearchResults titled = engine.search(request);
        QCOMPARE(sorted(ids(titled)), (QList<qint64> { 1, 2 }));
        QVERIFY(titled.notices.isEmpty());

        request.query = u"deepseek"_s; // most queries have nothing to say
        QVERIFY(engine.search(request).notices.isEmpty());
    }

    /// Random queries from the language's pieces: each either runs or is refused with a QueryError; none reaches
    /// SQLite malformed and none crashes.
    void randomQueriesRunOrAreRefused()
    {
        const QStringList pieces
            = { u"hospital"_s, u"deep*"_s,   u"\""_s,     u"("_s,      u")"_s,        u"AND"_s,    u"OR"_s,
                u"NOT"_s,      u"-"_s,       u"NEAR"_s,   u"NEAR/2"_s, u"NEAR("_s,    u","_s,      u"3"_s,
                u"title:"_s,   u"source:"_s, u"lang:"_s,  u"date:"_s,  u"2025-02"_s,  u".."_s,     u"after:"_s,
                u"医院"_s,     u"院"_s,      u"国务院"_s, u"*"_s,      u"ＡＩ"_s,     u"“"_s,      u"entity:"_s,
                u"x"_s,        u" "_s,       u" "_s,      u" "_s,      u"rollout:"_s, u"http://"_s };
        SearchEngine engine(*m_store);
        QRandomGenerator random(quint32(qEnvironmentVariableIntValue("FUZZ_SEED") + 5));
        int ran = 0;
        int refused = 0;
        for (int i = 0; i < 3000 * (qEnvironmentVariableIsSet("FUZZ_SEED") ? 20 : 1); ++i) {
            QString query;
            const int length = 1 + int(random.bounded(12));
            for (int k = 0; k < length; ++k)
                query += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            SearchRequest request;
            request.query = query;
            try {
                engine.search(request);
                ++ran;
            } catch (const QueryError &error) {
                QVERIFY2(error.position() >= 0 && error.position() <= query.size(), qPrintable(query));
                ++refused;
            } catch (const CasebookError &error) {
                QFAIL(qPrintable(query + u" → "_s + error.message()));
            }
        }
        QVERIFY(ran > 100);
        QVERIFY(refused > 100);
    }

    void canceledSearch()
    {
        SearchEngine engine(*m_store);
        SearchRequest request;
        request.query = u"model"_s;
        request.isCanceled = [] { return true; };
        const SearchResults results = engine.search(request);
        QVERIFY(results.canceled);
    }

    void readOnlyConnectionSearches()
    {
        CasebookStore reader(m_path, CasebookStore::Mode::ReadOnly);
        SearchEngine engine(reader);
        SearchRequest request;
        request.query = u"医院"_s;
        QCOMPARE(engine.search(request).total, 1);
    }

    void matcherAgreesWithIndex_data()
    {
        QTest::addColumn<QString>("query");
        for (const char16_t *query :
             { u"hospital", u"\"power grid\"", u"deep*", u"医院", u"国", u"模型 -杭州", u"lang:en OR 医院",
               u"title:(grid OR hospitals)", u"NEAR(grid deepseek, 3)", u"date:2025 model", u"-model" })
            QTest::newRow(qPrintable(QString::fromUtf16(query))) << QString::fromUtf16(query);
    }

    void matcherAgreesWithIndex()
    {
        QFETCH(QString, query);
        SearchTokenizer tokenizer;
        TermDictionary dictionary;
        std::vector<std::pair<qint64, IndexedDocument>> documents;
        for (const Article &listed : m_store->articles()) {
            const Article article = *m_store->article(listed.id);
            documents.emplace_back(
                article.id,
                IndexedDocument::build(tokenizer, dictionary,
                                       { article.meta.title, article.text, article.meta.source, article.meta.author },
                                       article.meta.language, article.meta.published.toIso(),
                                       IndexedDocument::Spans::Without));
        }
        const QueryMatcher matcher(QueryParser::parse(query, tokenizer), dictionary);
        QList<qint64> scanned;
        for (const auto &[id, document] : documents)
            if (matcher.matches(document))
                scanned.append(id);
        QCOMPARE(search(query), scanned);
    }

    /// Corrections, re-extraction and deletes keep the index in step, in the same transaction.
    void indexFollowsEdits()
    {
        QTemporaryDir dir;
        CasebookStore store(dir.filePath(u"edits.casebook"_s));
        store.addArticles({ importedFrom(fixtures[0], 1), importedFrom(fixtures[1], 2) });
        SearchEngine engine(store);
        auto count = [&](const QString &query) {
            SearchRequest request;
            request.query = query;
            return engine.search(request).total;
        };
        QCOMPARE(count(u"title:hospitals"_s), 1);
        store.correct(1, ArticleField::Title, u"Clinics pilot a chatbot"_s);
        QCOMPARE(count(u"title:hospitals"_s), 0);
        QCOMPARE(count(u"title:clinics"_s), 1);
        QCOMPARE(count(u"hospitals"_s), 1); // still in the text
        store.correct(2, ArticleField::Source, u"新华社"_s);
        QCOMPARE(count(u"source:新华"_s), 1);
        store.resetCorrection(1, ArticleField::Title);
        QCOMPARE(count(u"title:hospitals"_s), 1);
        QCOMPARE(count(u"title:clinics"_s), 0);
        ArticleMetadata extracted;
        extracted.title = u"Grid operator adopts reasoning model"_s;
        extracted.author = u"Li Wei"_s;
        store.replaceExtracted(2, extracted);
        QCOMPARE(count(u"author:wei"_s), 1);
        QCOMPARE(count(u"source:新华"_s), 1); // the analyst's correction wins
        store.database().exec(u"DELETE FROM articles WHERE id = 2"_s);
        QCOMPARE(count(u"grid"_s), 0);
        QCOMPARE(count(u"hospitals"_s), 1);
        store.database().exec(u"INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"_s);
    }

    /// A casebook written before the index existed (format 2) gets it, filled, when it is opened for writing.
    void migrationBackfills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.casebook"_s);
        {
            SqliteDatabase db(path, SqliteDatabase::Access::ReadWriteCreate);
            db.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId));
            Schema::migrate(db, 0, 2);
            auto insert = db.prepare(u"INSERT INTO articles (title, text, chars, content_hash, file_hash, imported_at, "
                                     u"language) VALUES (?1, ?2, ?3, x'01', x'02', '2025-01-01', 'zh-Hans')"_s);
            const QString text = QString::fromUtf16(fixtures[2].text);
            insert.bind(1, QString::fromUtf16(fixtures[2].title)).bind(2, text).bind(3, qint64(text.size()));
            insert.exec();
        }
        CasebookStore store(path);
        QCOMPARE(store.schemaVersion(), Schema::currentVersion());
        SearchEngine engine(store);
        SearchRequest request;
        request.query = u"国务院国有资产监督管理委员会 title:医院"_s;
        QCOMPARE(engine.search(request).total, 1);
    }

    /// The five real seed articles, imported as an analyst would.
    /// Real articles (the seeds, when present) and tests/data/articles (our own writing), imported from files.
    void seedArticles_data()
    {
        QTest::addColumn<QString>("rows"); // "seeds" (found by the first three letters of the name) or "fixtures"
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("PipeChina") << u"seeds"_s << u"PipeChina"_s << QStringList { u"000"_s };
        QTest::newRow("SASAC") << u"seeds"_s << u"SASAC"_s << QStringList { u"000"_s, u"001"_s };
        QTest::newRow("phrase") << u"seeds"_s << u"\"large language models\""_s
                                << QStringList { u"000"_s, u"002"_s, u"003"_s };
        QTest::newRow("prefix") << u"seeds"_s << u"hospital*"_s << QStringList { u"002"_s, u"003"_s };
        QTest::newRow("text field") << u"seeds"_s << u"text:PipeChina"_s << QStringList { u"000"_s };
        QTest::newRow("NOT") << u"seeds"_s << u"deepseek -PipeChina"_s << QStringList { u"002"_s, u"003"_s, u"004"_s };
        QTest::newRow("NEAR") << u"seeds"_s << u"NEAR(DeepSeek R1, 2)"_s << QStringList { u"000"_s, u"004"_s };

        const QString grid = u"en-grid-operator-models"_s, hospitals = u"en-hospital-records"_s,
                      cars = u"en-carmakers-assistants"_s, guozi = u"zh-guozi-zhineng"_s,
                      yiyuan = u"zh-yiyuan-bingli"_s;
        QTest::newRow("fixtures: acronym") << u"fixtures"_s << u"ZEGC"_s << QStringList { grid };
        QTest::newRow("fixtures: SASAC") << u"fixtures"_s << u"SASAC"_s << QStringList { grid };
        QTest::newRow("fixtures: phrase")
            << u"fixtures"_s << u"\"large language models\""_s << QStringList { cars, grid, hospitals };
        QTest::newRow("fixtures: prefix") << u"fixtures"_s << u"hospital*"_s << QStringList { hospitals };
        QTest::newRow("fixtures: text field") << u"fixtures"_s << u"text:ZEGC"_s << QStringList { grid };
        QTest::newRow("fixtures: NOT") << u"fixtures"_s << u"deepseek -ZEGC"_s
                                       << QStringList { cars, hospitals, guozi };
        QTest::newRow("fixtures: NEAR") << u"fixtures"_s << u"NEAR(DeepSeek R1, 2)"_s << QStringList { cars, grid };
        QTest::newRow("fixtures: Chinese") << u"fixtures"_s << u"国资委"_s << QStringList { guozi, yiyuan };
        QTest::newRow("fixtures: Chinese NOT") << u"fixtures"_s << u"大模型 -医院"_s << QStringList { guozi };
    }

    void seedArticles()
    {
        QFETCH(QString, rows);
        QFETCH(QString, query);
        QFETCH(QStringList, files);
        const bool seeds = rows == u"seeds"_s;
        if (seeds)
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        static QTemporaryDir dir;
        static QHash<QString, QString> books;
        QString &book = books[rows];
        if (book.isEmpty()) {
            book = dir.filePath(rows + u".casebook"_s);
            CasebookWriter writer(book);
            const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
            ImportJob job(writer, registry);
            QCOMPARE(job.run({ seeds ? testing::seedsDir() : testing::fixtureArticlesDir() }).counts.added, 5);
        }
        CasebookStore store(book, CasebookStore::Mode::ReadOnly);
        SearchEngine engine(store);
        SearchRequest request;
        request.query = query;
        const SearchResults results = engine.search(request);
        QStringList found;
        for (const SearchResult &result : results.results) {
            const Article article = *store.article(result.articleId);
            const QFileInfo file(article.path);
            found << (seeds ? file.fileName().left(3) : file.completeBaseName());
            for (const TextRange &hit : result.hits)
                QVERIFY(hit.start >= 0 && hit.end <= article.text.size() && hit.start < hit.end);
        }
        found.sort();
        QCOMPARE(found, files);
    }

    /// The demo corpus (resources/demo), imported as an analyst would: known answers, and every article found
    /// by its own title.
    void demoCorpus_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("mustFind"); // file names (without folder and extension)
        QTest::newRow("English phrase") << u"\"Ernie Bot\""_s
                                        << QStringList { u"en-2023-03-16-pacificledger-baidu-ernie-bot-launch"_s,
                                                         u"en-2023-08-31-sinopulse-ernie-bot-opens-to-public"_s };
        QTest::newRow("chip name") << u"H800"_s
                                   << QStringList { u"en-2023-10-18-chiptrade-us-closes-a800-h800-loophole"_s };
        QTest::newRow("field") << u"title:Hunyuan"_s
                               << QStringList { u"en-2023-09-07-pearlrivertech-tencent-hunyuan-amp"_s };
        QTest::newRow("Chinese word and English word")
            << u"医院 DeepSeek"_s << QStringList { u"zh-2025-02-19-yijie-yiyuan-bushu-deepseek"_s };
        QTest::newRow("Latin word in Chinese text")
            << u"Kimi"_s << QStringList { u"zh-2023-10-10-szjjgc-yuezhianmian-kimi-fabu"_s };
        QTest::newRow("prefix in Chinese text")
            << u"CloudMatri*"_s << QStringList { u"zh-2025-04-11-nfcjw-huawei-cloudmatrix-384-ascend"_s };
        QTest::newRow("GB18030 file") << u"处方"_s
                                      << QStringList {
                                             u"zh-gb18030-2025-02-21-xiangjiangjiankang-hunan-yanjin-ai-chufang"_s
                                         };
        QTest::newRow("Big5 file, traditional characters")
            << u"車企 DeepSeek"_s << QStringList { u"zh-hant-big5-2025-02-13-xiangjiangkeji-chequ-jieru-deepseek"_s };
    }

    void demoCorpus()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, mustFind);
        const QString demo = QStringLiteral(CASEBOOK_SOURCE_DIR "/resources/demo");
        if (!QFileInfo::exists(demo + u"/MANIFEST.tsv"_s))
            QSKIP("resources/demo is not there yet");
        static QTemporaryDir dir;
        static QString book;
        if (book.isEmpty()) {
            book = dir.filePath(u"demo.casebook"_s);
            CasebookWriter writer(book);
            const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
            ImportJob job(writer, registry);
            QVERIFY(job.run({ demo + u"/html"_s, demo + u"/text"_s }).counts.added > 40);
        }
        CasebookStore store(book, CasebookStore::Mode::ReadOnly);
        SearchEngine engine(store);
        SearchRequest request;
        request.query = query;
        request.limit = 100;
        const SearchResults results = engine.search(request);
        QStringList found;
        for (const SearchResult &result : results.results) {
            const Article article = *store.article(result.articleId);
            found << QFileInfo(article.path).completeBaseName();
            for (const TextRange &hit : result.hits)
                QVERIFY(hit.start >= 0 && hit.end <= article.text.size() && hit.start < hit.end);
        }
        for (const QString &name : mustFind)
            QVERIFY2(found.contains(name), qPrintable(name + u" not in "_s + found.join(u", "_s)));

        // Every article is found by its own title, as a phrase in the title field.
        if (qstrcmp(QTest::currentDataTag(), "English phrase") != 0)
            return;
        int checked = 0;
        for (const Article &article : store.articles()) {
            SearchRequest byTitle;
            byTitle.query = u"title:\""_s + QString(article.meta.title).remove(u'"') + u'"';
            byTitle.limit = 1000;
            try {
                QVERIFY2(ids(engine.search(byTitle)).contains(article.id), qPrintable(article.meta.title));
                ++checked;
            } catch (const QueryError &) {
                // a title without letters or digits cannot be searched for
            }
        }
        QVERIFY(checked > 40);
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
