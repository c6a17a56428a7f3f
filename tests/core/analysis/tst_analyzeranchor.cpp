// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

/// An estimated publication date (from a file time, a relative dateline) never places relative events.
class TestAnalyzerAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchorFollowsTheOrigin()
    {
        QCOMPARE(Analyzer::anchorFor(MetadataOrigin::Estimated), Analyzer::Anchor::Estimated);
        QCOMPARE(Analyzer::anchorFor(MetadataOrigin::FileTime), Analyzer::Anchor::Estimated);
        for (const MetadataOrigin stated : { MetadataOrigin::Document, MetadataOrigin::TextPattern,
                                             MetadataOrigin::FileName, MetadataOrigin::Analyst, MetadataOrigin::None })
            QCOMPARE(Analyzer::anchorFor(stated), Analyzer::Anchor::Stated);
    }

    void estimatedDatesResolveOnlyAbsoluteDates()
    {
        const QString text = u"The regulator summoned the company yesterday. The rules took effect on 15 January "
                             u"2025, and a review follows last month's complaints."_s;
        const PublicationDate published { QDate(2026, 11, 20), DatePrecision::Day };
        const Analyzer analyzer;

        const ArticleAnalysis stated = analyzer.analyse(text, published, Analyzer::Anchor::Stated);
        const ArticleAnalysis estimated = analyzer.analyse(text, published, Analyzer::Anchor::Estimated);
        QCOMPARE(stated.dates.size(), estimated.dates.size());
        int relative = 0;
        for (qsizetype i = 0; i < stated.dates.size(); ++i) {
            const DateExpression &s = stated.dates[i];
            const DateExpression &e = estimated.dates[i];
            if (s.relative) {
                ++relative;
                QVERIFY2(s.resolved.isValid(), qPrintable(s.text));
                QVERIFY2(!e.resolved.isValid(), qPrintable(e.text));
            } else {
                QCOMPARE(e.resolved, s.resolved);
                QVERIFY(e.resolved.isValid());
            }
        }
        QVERIFY(relative >= 1);
        // The plain overload trusts the date, as before.
        QCOMPARE(analyzer.analyse(text, published).dates.first().resolved, stated.dates.first().resolved);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzerAnchor)
#include "tst_analyzeranchor.moc"
