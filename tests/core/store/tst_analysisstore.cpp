// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/importerregistry.h"
#include "session/analysisjob.h"
#include "session/importjob.h"
#include "session/overview.h"
#include "store/analysisstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

ImportedArticle article(const QString &path, const QString &text, const QString &published)
{
    ImportedArticle a;
    a.path = path;
    a.format = u"text"_s;
    a.text = text;
    a.original = text.toUtf8();
    if (!published.isEmpty())
        a.meta.setValue(ArticleField::Published, published, MetadataOrigin::Document);
    return a;
}

const QString firstText
    = u"President Xi Jinping met Liang Wenfeng in Beijing on Monday. Mr Xi praised DeepSeek.\n\n"
      u"The State-owned Assets Supervision and Administration Commission (SASAC) held a meeting last month."_s;
const QString secondText = u"Xi said the economy was recovering. SASAC asked central SOEs to use DeepSeek-R1.\n\n"
                           u"Analysts at Sinopec agreed."_s;
const QString thirdText = u"Sinopec Group expanded. Mr Xi visited Hangzhou last week."_s;

} // namespace

class TestAnalysisStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newBook() { return m_dir.filePath(u"book%1.casebook"_s.arg(++m_count)); }

    static QList<qint64> add(CasebookWriter &writer, const std::vector<ImportedArticle> &articles)
    {
        const auto outcomes = writer.submit([articles](CasebookStore &s) { return s.addArticles(articles); }).result();
        QList<qint64> ids;
        for (const auto &o : outcomes)
            ids.append(o.articleId);
        return ids;
    }
    template<typename F> static auto query(CasebookWriter &writer, F f)
    {
        return writer
            .submit([f](CasebookStore &s) {
                AnalysisStore a(s.database());
                return f(a);
            })
            .result();
    }

private Q_SLOTS:
    void overviewCountsAgreeWhicheverWayTheyAreRead()
    {
        // Unfiltered, SQLite counts per entity; filtered, the filter's articles' mentions are read by index. A
        // date range that keeps every article must give the same counts as no filter at all.
        CasebookWriter writer(newBook());
        add(writer,
            { article(u"a.txt"_s, firstText, u"2025-02-25"_s), article(u"b.txt"_s, secondText, u"2025-03-01"_s),
              article(u"c.txt"_s, thirdText, u"2025-04-02"_s) });
        AnalysisJob(writer).runStale();
        auto overviewOf = [&writer](const Filter &filter) {
            return writer.submit([filter](CasebookStore &s) { return OverviewQuery(s).compute(filter); }).result();
        };
        auto counts = [](const Overview &overview) {
            QStringList lines;
            for (const EntityCount &entity : overview.entities)
                lines.append(u"%1 %2 %3"_s.arg(entity.name).arg(entity.articles).arg(entity.mentions));
            lines.sort();
            return lines;
        };
        const Overview everything = overviewOf({});
        QVERIFY(everything.entities.size() >= 4);
        Filter allDates;
        allDates.from = QDate(2000, 1, 1);
        allDates.to = QDate(2100, 1, 1);
        QCOMPARE(counts(overviewOf(allDates)), counts(everything));

        // Narrowed to the third article: its entities only, counted in it alone.
        Filter third;
        third.query = u"Hangzhou"_s;
        const Overview narrowed = overviewOf(third);
        QCOMPARE(narrowed.articleIds.size(), 1);
        const auto sinopec = std::find_if(narrowed.entities.cbegin(), narrowed.entities.cend(),
                                          [](const EntityCount &e) { return e.name.startsWith(u"Sinopec"_s); });
        QVERIFY(sinopec != narrowed.entities.cend());
        QCOMPARE(sinopec->articles, 1);
        for (const EntityCount &entity : narrowed.entities)
            QCOMPARE(entity.articles, 1);
    }

    void entitiesAcrossArticles()
    {
        CasebookWriter writer(newBook());
        add(writer,
            { article(u"a.txt"_s, firstText, u"2025-02-25"_s), article(u"b.txt"_s, secondText, u"2025-03-01"_s) });
        const AnalysisSummary summary = AnalysisJob(writer).runStale();
        QCOMPARE(summary.counts.articlesDone, 2);

        const auto xi = query(writer, [](AnalysisStore &a) { return a.findEntity(u"Mr Xi"_s.mid(3)); });
        QVERIFY(xi);
        QCOMPARE(xi->name, u"Xi Jinping"_s);
        QCOMPARE(xi->type, EntityType::Person);
        QCOMPARE(xi->articleCount, 2); // "Xi" alone in the second article joins the full name
        QVERIFY(xi->aliases.contains(u"Xi"_s));

        const auto sasac = query(writer, [](AnalysisStore &a) { return a.findEntity(u"SASAC"_s); });
        QVERIFY(sasac);
        QCOMPARE(sasac->articleCount, 2);
        QVERIFY(sasac->aliases.contains(u"State-owned Assets Supervision and Administration Commission"_s));

        // search's entity: field, any alias
        const auto ids = query(writer, [](AnalysisStore &a) { return a.articlesMentioning(u"xi jinping"_s); });
        QCOMPARE(ids.size(), 2);
        QCOMPARE(query(writer, [](AnalysisStore &a) { return a.articlesMentioning(u"Nobody At All"_s); }).size(), 0);

        // events with their resolved dates and entities
        const auto events = query(writer, [](AnalysisStore &a) { return a.events(); });
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].phrase, u"last month"_s);
        QCOMPARE(events[0].date.toIso(), u"2025-01"_s);
        QCOMPARE(events[1].phrase, u"Monday"_s);
        QCOMPARE(events[1].date.toIso(), u"2025-02-24"_s);
        QVERIFY(events[1].entities.contains(u"Liang Wenfeng"_s));
    }

    void decisionsSurviveReanalysisAndImports()
    {
        CasebookWriter writer(newBook());
        add(writer,
            { article(u"a.txt"_s, firstText, u"2025-02-25"_s), article(u"b.txt"_s, secondText, u"2025-03-01"_s) });
        AnalysisJob(writer).runStale();
        auto decide = [&](EntityDecision::Action action, const QString &subject, const QString &target = {}) {
            EntityDecision d;
            d.action = action;
            d.subject = subject;
            d.target = target;
            query(writer, [d](AnalysisStore &a) {
                a.addDecision(d);
                return 0;
            });
        };
        decide(EntityDecision::Action::Rename, u"Xi Jinping"_s, u"Xi Jinping (President)"_s);
        decide(EntityDecision::Action::Reject, u"Beijing"_s);
        decide(EntityDecision::Action::Retype, u"DeepSeek"_s, u"product"_s);
        decide(EntityDecision::Action::Split, u"SASAC"_s);
        decide(EntityDecision::Action::Merge, u"Liang Wenfeng"_s, u"DeepSeek"_s);
        QVERIFY_THROWS_EXCEPTION(CasebookError, decide(EntityDecision::Action::Reject, u"No Such Entity"_s));

        auto check = [&] {
            const auto xi = query(writer, [](AnalysisStore &a) { return a.findEntity(u"Xi"_s); });
            QVERIFY(xi);
            QCOMPARE(xi->name, u"Xi Jinping (President)"_s);
            QVERIFY(!query(writer, [](AnalysisStore &a) { return a.findEntity(u"Beijing"_s); }));
            const auto deepseek = query(writer, [](AnalysisStore &a) { return a.findEntity(u"DeepSeek"_s); });
            QVERIFY(deepseek);
            QCOMPARE(deepseek->type, EntityType::Product);
            QVERIFY(deepseek->aliases.contains(u"Liang Wenfeng"_s));
            const auto sasac = query(writer, [](AnalysisStore &a) { return a.findEntity(u"SASAC"_s); });
            QVERIFY(sasac);
            QCOMPARE(sasac->name, u"SASAC"_s);
            QVERIFY(!sasac->aliases.contains(u"State-owned Assets Supervision and Administration Commission"_s));
        };
        check();
        const qint64 xiId = query(writer, [](AnalysisStore &a) { return a.findEntity(u"Xi"_s)->id; });
        // re-analysis of everything keeps the decisions, and the ids of unchanged entities
        AnalysisJob(writer).runAll();
        check();
        QCOMPARE(query(writer, [](AnalysisStore &a) { return a.findEntity(u"Xi"_s)->id; }), xiId);
        // so does a new import
        add(writer, { article(u"c.txt"_s, thirdText, u"2025-03-10"_s) });
        const AnalysisSummary summary = AnalysisJob(writer).runStale();
        QCOMPARE(summary.counts.articlesDone, 1);
        check();
        const auto xi = query(writer, [](AnalysisStore &a) { return a.findEntity(u"Xi"_s); });
        QCOMPARE(xi->articleCount, 3);
    }

    void incrementalDecisionsAgreeWithAFullRebuild()
    {
        // Each decision touches only the entities it names; replaying all of them from scratch must come to the
        // same entities, names, types, counts and aliases. On the demo corpus (our own writing), many entities.
        CasebookWriter writer(newBook());
        const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
        QVERIFY(ImportJob(writer, registry)
                    .run({ QStringLiteral(CASEBOOK_SOURCE_DIR) + u"/resources/demo/text"_s })
                    .counts.added
                > 10);
        AnalysisJob(writer).runStale();
        auto snapshot = [&] {
            return query(writer, [](AnalysisStore &a) {
                QStringList lines;
                for (const StoredEntity &e : a.entities()) {
                    QStringList aliases = e.aliases;
                    aliases.sort();
                    lines.append(u"%1\t%2\t%3\t%4\t%5"_s.arg(entityTypeName(e.type), e.name)
                                     .arg(e.mentionCount)
                                     .arg(e.articleCount)
                                     .arg(aliases.join(u'|')));
                }
                lines.sort();
                return lines;
            });
        };
        const QList<StoredEntity> all = query(writer, [](AnalysisStore &a) { return a.entities(); });
        auto firstOf = [&](EntityType type, int skip = 0) -> StoredEntity {
            for (const StoredEntity &e : all)
                if (e.type == type && skip-- == 0)
                    return e;
            return {};
        };
        const StoredEntity person = firstOf(EntityType::Person);
        const StoredEntity org = firstOf(EntityType::Organisation);
        const StoredEntity otherOrg = firstOf(EntityType::Organisation, 1);
        const StoredEntity place = firstOf(EntityType::Place);
        const StoredEntity product = firstOf(EntityType::Product);
        QVERIFY(!person.name.isEmpty() && !org.name.isEmpty() && !otherOrg.name.isEmpty());
        QVERIFY(!place.name.isEmpty() && !product.name.isEmpty());
        QString alias; // an alias written differently from its entity's name, to split off
        for (const StoredEntity &e : all) {
            if (e.name == person.name || e.name == org.name || e.name == otherOrg.name || e.name == place.name)
                continue;
            for (const QString &a : e.aliases)
                if (entityKey(a) != entityKey(e.name) && alias.isEmpty())
                    alias = a;
        }
        QVERIFY(!alias.isEmpty());

        const QList<EntityDecision> decisions {
            { EntityDecision::Action::Rename, person.name, person.name + u" (renamed)"_s, {} },
            { EntityDecision::Action::Merge, otherOrg.name, org.name, {} },
            { EntityDecision::Action::Reject, place.name, {}, {} },
            { EntityDecision::Action::Retype, product.name, u"organisation"_s, {} },
            { EntityDecision::Action::Split, alias, {}, {} },
        };
        for (const EntityDecision &d : decisions)
            query(writer, [d](AnalysisStore &a) {
                a.addDecision(d);
                return 0;
            });
        const QStringList incremental = snapshot();
        QVERIFY(incremental.join(u'\n').contains(person.name + u" (renamed)"_s));
        query(writer, [](AnalysisStore &a) {
            a.rebuildEntities();
            return 0;
        });
        const QStringList rebuilt = snapshot();
        for (const QString &line : incremental)
            if (!rebuilt.contains(line))
                qWarning("only after the decisions: %s", qPrintable(line));
        for (const QString &line : rebuilt)
            if (!incremental.contains(line))
                qWarning("only after the rebuild: %s", qPrintable(line));
        QCOMPARE(incremental, rebuilt);
    }

    void estimatedDatesPlaceNoRelativeEvents()
    {
        CasebookWriter writer(newBook());
        const QString text = u"The hotline opened last month. The pilot ended on 3 March 2025."_s;
        ImportedArticle stated = article(u"stated.txt"_s, text, u"2025-04-10"_s);
        ImportedArticle estimated = article(u"estimated.txt"_s, text + u" "_s, {});
        estimated.meta.setValue(ArticleField::Published, u"2025-04-10"_s, MetadataOrigin::Estimated);
        const QList<qint64> ids = add(writer, { stated, estimated });
        AnalysisJob(writer).runStale();
        auto resolved = [&](qint64 id) {
            QStringList dates;
            for (const StoredEvent &event : query(writer, [id](AnalysisStore &a) { return a.events(id); }))
                if (event.date.isValid())
                    dates.append(event.phrase);
            return dates;
        };
        QVERIFY(resolved(ids.at(0)).join(u'|').contains(u"last month"_s));
        QVERIFY(!resolved(ids.at(1)).join(u'|').contains(u"last month"_s)); // only a guess to count back from
        QVERIFY(resolved(ids.at(1)).join(u'|').contains(u"3 March 2025"_s)); // a full date needs no anchor
        // The analyst confirms the date: the article goes stale and its relative dates resolve.
        writer.submit([id = ids.at(1)](CasebookStore &s) { s.correct(id, ArticleField::Published, u"2025-04-10"_s); })
            .waitForFinished();
        QCOMPARE(AnalysisJob(writer).runStale().counts.articlesDone, 1);
        QVERIFY(resolved(ids.at(1)).join(u'|').contains(u"last month"_s));
    }

    void correctedDateMakesArticleStale()
    {
        CasebookWriter writer(newBook());
        const QList<qint64> ids = add(writer, { article(u"a.txt"_s, firstText, QString()) });
        AnalysisJob(writer).runStale();
        auto events = query(writer, [](AnalysisStore &a) { return a.events(); });
        QCOMPARE(events.size(), 2);
        QVERIFY(!events[0].date.isValid()); // no publication date: relative dates stay unresolved
        QCOMPARE(query(writer, [](AnalysisStore &a) { return a.staleArticles(); }).size(), 0);

        const qint64 id = ids.first();
        writer.submit([id](CasebookStore &s) { s.correct(id, ArticleField::Published, u"2025-01-07"_s); })
            .waitForFinished();
        QCOMPARE(query(writer, [](AnalysisStore &a) { return a.staleArticles(); }), QList<qint64> { id });
        AnalysisJob(writer).runStale();
        events = query(writer, [](AnalysisStore &a) { return a.events(); });
        QCOMPARE(events[0].date.toIso(), u"2024-12"_s); // last month, across the year
        QCOMPARE(events[1].date.toIso(), u"2025-01-06"_s); // Monday
        QCOMPARE(query(writer, [](AnalysisStore &a) { return a.staleArticles(); }).size(), 0);
    }

    void mentionsHaveExactOffsets()
    {
        CasebookWriter writer(newBook());
        const QList<qint64> ids = add(writer, { article(u"a.txt"_s, firstText, u"2025-02-25"_s) });
        AnalysisJob(writer).runStale();
        const qint64 id = ids.first();
        const auto mentions = query(writer, [id](AnalysisStore &a) { return a.mentions(id); });
        QVERIFY(mentions.size() >= 6);
        for (const StoredMention &m : mentions)
            QCOMPARE(firstText.mid(m.start, m.length), m.text);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisStore)
#include "tst_analysisstore.moc"
