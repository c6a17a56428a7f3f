// SPDX-License-Identifier: GPL-3.0-or-later
// The filter's chips: a query typed with quotes is shown in typographic quotes once, not twice.
#include "filterbar/filterchipsbar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestFilterChipsBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryLabels_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("label");
        QTest::newRow("words") << u"foo bar"_s << u"“foo bar”"_s;
        QTest::newRow("phrase") << u"\"foo bar\""_s << u"“foo bar”"_s;
        QTest::newRow("phrase, spaces") << u"  \"foo bar\" "_s << u"“foo bar”"_s;
        QTest::newRow("phrase and word") << u"\"foo bar\" baz"_s << u"“foo bar” baz"_s;
        QTest::newRow("two phrases") << u"\"a b\" OR \"c d\""_s << u"“a b” OR “c d”"_s;
        QTest::newRow("unclosed") << u"\"foo bar"_s << u"“foo bar"_s;
    }

    void queryLabels()
    {
        QFETCH(QString, query);
        QFETCH(QString, label);
        QCOMPARE(FilterChipsBar::queryLabel(query), label);
    }

    void thePhraseChipIsQuotedOnce()
    {
        FilterState state;
        FilterChipsBar bar(&state);
        state.setQuery(u"\"foo bar\""_s);
        const QStringList labels = bar.chipLabels();
        QCOMPARE(labels.size(), 1);
        QVERIFY2(labels.first().startsWith(u"“foo bar”"_s), qPrintable(labels.first()));
        QVERIFY(!labels.first().contains(u'"'));
    }
};

QTEST_MAIN(TestFilterChipsBar)
#include "tst_filterchipsbar.moc"
