// SPDX-License-Identifier: GPL-3.0-or-later
// Work that can run away: an article of odd text (raw PDF syntax that slipped in as text) is analysed in time
// linear in its length, and an article that still takes too long is given up on and recorded, not retried forever.
#include "../../support/testarticles.h"
#include "analysis/analyzer.h"
#include "session/analysisjob.h"
#include "store/analysisstore.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/threadcpu.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// Text like a PDF's insides read as text: objects, dictionaries, references and binary-ish stream bytes, with a
/// number every few characters (the shape that made the money pattern quadratic).
QString pdfSyntaxText(qsizetype characters, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QString streamCharacters
        = u"!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00e9\u00fc\u2019\ufffd"_s;
    QString text;
    text.reserve(characters + 400);
    while (text.size() < characters) {
        const int object = int(random.bounded(1, 4000));
        text += u"%1 0 obj\n<< /Type /Page /Parent %2 0 R /MediaBox [0 0 612 792] /Contents %3 0 R "
                u"/Resources << /Font << /F1 %4 0 R >> >> >>\nendobj\nstream\n"_s.arg(object)
                    .arg(random.bounded(1, 99))
                    .arg(object + 1)
                    .arg(random.bounded(1, 50));
        const int streamLength = int(random.bounded(20, 200));
        for (int i = 0; i < streamLength; ++i)
            text += streamCharacters.at(random.bounded(qsizetype(streamCharacters.size())));
        text += u"\nendstream\n"_s;
    }
    text.truncate(characters);
    return text;
}

/// CPU time of the calling thread: what the analysis itself cost, whatever else the machine is doing.
double threadCpuSeconds()
{
    return double(threadCpuNanoseconds()) / 1e9;
}

double analysisCpuSeconds(const Analyzer &analyzer, const QString &text)
{
    const double before = threadCpuSeconds();
    const ArticleAnalysis analysis = analyzer.analyse(text, PublicationDate {});
    const double spent = threadCpuSeconds() - before;
    return analysis.mentions.isEmpty() ? -1 : spent; // odd text still has names in it: -1 says nothing was found
}

} // namespace

class TestRunawayWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// Ten times the text costs about ten times the work (the quadratic pattern cost a hundred times).
    void oddTextIsAnalysedInLinearTime()
    {
        const Analyzer analyzer;
        const QString small = pdfSyntaxText(300'000, 18);
        const QString large = pdfSyntaxText(3'000'000, 18);
        double smallSeconds = 0;
        QVERIFY((smallSeconds = analysisCpuSeconds(analyzer, small)) >= 0);
        double largeSeconds = 0;
        QVERIFY((largeSeconds = analysisCpuSeconds(analyzer, large)) >= 0);
        const double ratio = largeSeconds / std::max(smallSeconds, 1e-3);
        qInfo("odd text: 300 KB %.2f s, 3 MB %.2f s of CPU, ratio %.1f (linear: 10)", smallSeconds, largeSeconds,
              ratio);
        QVERIFY2(ratio < 25, qPrintable(u"3 MB cost %1 times 300 KB"_s.arg(ratio)));
    }

    /// Lone surrogates in the text (a broken decode) are still matched safely, at the same offsets.
    void brokenUtf16KeepsItsOffsets()
    {
        const Analyzer analyzer;
        QString text = u"The fund paid US$5 million to Acme Corp on Monday. "_s;
        const ArticleAnalysis clean = analyzer.analyse(text, PublicationDate {});
        text[5] = QChar(0xDC00); // a lone low surrogate inside "fund"
        text.append(QChar(0xD800)); // a high surrogate with nothing after it
        const ArticleAnalysis broken = analyzer.analyse(text, PublicationDate {});
        QVERIFY(!clean.mentions.isEmpty());
        const auto money = [](const ArticleAnalysis &a) {
            for (const EntityMention &m : a.mentions)
                if (m.type == EntityType::Money)
                    return std::pair(m.start, m.length);
            return std::pair(qsizetype(-1), qsizetype(0));
        };
        QVERIFY(money(clean).first > 0);
        QCOMPARE(money(broken), money(clean));
    }

    /// Past its time limit an article is recorded as "not analysed: too slow": it holds no mentions, is not stale
    /// (a later run does not stall on it again) and every other article is analysed as usual.
    void tooSlowArticleIsRecordedAndLeftOutOfTheBacklog()
    {
        QTemporaryDir dir;
        CasebookWriter writer(dir.filePath(u"slow.casebook"_s));
        ImportedArticle odd = testing::makeArticle(1);
        odd.text = pdfSyntaxText(1'000'000, 7);
        odd.original = odd.text.toUtf8();
        const std::vector<ImportedArticle> batch { odd, testing::makeArticle(2) };
        const std::vector<AddOutcome> added
            = writer.submit([&batch](CasebookStore &store) { return store.addArticles(batch); }).result();
        const qint64 oddId = added.at(0).articleId;
        const qint64 newsId = added.at(1).articleId;

        AnalysisOptions hurried;
        hurried.articleSecondsPerMillion = 0.001; // 2 ms for the odd article: far less than it needs
        const AnalysisSummary first = AnalysisJob(writer, hurried).run({ oddId });
        QCOMPARE(first.counts.tooSlow, 1);
        QCOMPARE(first.counts.mentions, 0);

        const auto state = [&writer] {
            return writer
                .submit([](CasebookStore &store) {
                    return std::pair(store.analysis().tooSlowArticles(), store.analysis().staleArticles());
                })
                .result();
        };
        QCOMPARE(state().first, QList<qint64> { oddId });
        QCOMPARE(state().second, QList<qint64> { newsId });
        QVERIFY(writer.submit([oddId](CasebookStore &store) { return store.analysis().mentions(oddId); })
                    .result()
                    .isEmpty());

        const AnalysisSummary stale = AnalysisJob(writer).runStale();
        QCOMPARE(stale.counts.articlesTotal, 1); // the news article only: the odd one is not retried
        QVERIFY(stale.counts.mentions > 0);
        QVERIFY(state().second.isEmpty());

        // Given the default limit, the odd article is analysed after all and is no longer "too slow".
        const AnalysisSummary again = AnalysisJob(writer).run({ oddId });
        QCOMPARE(again.counts.tooSlow, 0);
        QVERIFY(state().first.isEmpty());
    }

    void timeLimitGrowsWithLength()
    {
        AnalysisOptions options;
        QCOMPARE(options.articleTimeLimitMs(5'000), 10'000);
        QCOMPARE(options.articleTimeLimitMs(3'000'000), 40'000);
        options.articleSecondsPerMillion = 0;
        QCOMPARE(options.articleTimeLimitMs(3'000'000), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunawayWork)
#include "tst_runawaywork.moc"
