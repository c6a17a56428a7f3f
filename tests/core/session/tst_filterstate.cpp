// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/filterstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestFilterState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composesOneQuery_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<QString>("query");
        Filter words;
        words.query = u"deepseek OR qwen"_s;
        QTest::newRow("words") << words << u"(deepseek OR qwen)"_s;
        Filter range = words;
        range.from = QDate(2025, 1, 1);
        range.to = QDate(2025, 3, 31);
        QTest::newRow("range") << range << u"(deepseek OR qwen) date:2025-01-01..2025-03-31"_s;
        Filter openEnd;
        openEnd.from = QDate(2024, 6, 1);
        QTest::newRow("open end") << openEnd << u"after:2024-05-31"_s;
        Filter entities;
        entities.entities = { u"PipeChina"_s, u"Xi Jinping"_s };
        entities.languages = { u"en"_s, u"zh-Hans"_s };
        entities.sources = { u"Global Times"_s };
        QTest::newRow("entities, languages, source")
            << entities
            << u"entity:PipeChina entity:\"Xi Jinping\" (lang:en OR lang:zh-Hans) source:\"Global Times\""_s;
    }

    void composesOneQuery()
    {
        QFETCH(Filter, filter);
        QFETCH(QString, query);
        QCOMPARE(filter.toQuery(), query);
        QVERIFY(!filter.isEmpty());
    }

    void historyGoesBackAndForward()
    {
        FilterState state;
        QSignalSpy changed(&state, &FilterState::filterChanged);
        state.setQuery(u"deepseek"_s);
        state.setDateRange(QDate(2025, 3, 1), QDate(2025, 1, 1)); // reversed on purpose
        QCOMPARE(state.filter().from, QDate(2025, 1, 1));
        state.addEntity(u"SASAC"_s);
        state.addEntity(u"SASAC"_s); // no change, no step
        QCOMPARE(changed.size(), 3);

        state.back();
        QVERIFY(state.filter().entities.isEmpty());
        state.back();
        QVERIFY(!state.filter().hasDateRange());
        QCOMPARE(state.filter().query, u"deepseek"_s);
        QVERIFY(state.canGoForward());
        state.forward();
        QVERIFY(state.filter().hasDateRange());

        state.toggleLanguage(u"en"_s); // a new step drops the forward history
        QVERIFY(!state.canGoForward());
        QCOMPARE(state.filter().languages, QStringList { u"en"_s });
        state.toggleLanguage(u"en"_s);
        QVERIFY(state.filter().languages.isEmpty());
        state.clear();
        QVERIFY(state.filter().isEmpty());
        QVERIFY(state.filter().withoutDateRange().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFilterState)
#include "tst_filterstate.moc"
