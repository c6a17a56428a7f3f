// SPDX-License-Identifier: GPL-3.0-or-later
// Search result rows hold every line they draw: the uniform row height fits the title, the meta line and the
// snippet's lines, at any font size and width, and a longer snippet is cut with "…" rather than clipped.
#include "search/searchresultsmodel.h"
#include "search/snippetdelegate.h"

#include <QDir>
#include <QListView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
SearchResults results()
{
    SearchResults results;
    const QString snippet = u"…the regulator said on Tuesday that Nvidia will resume sales of the H20 chip to customers"
                            u" in China after months of talks, a decision analysts expect to lift the company's data"
                            u" centre revenue in the second half of the year while rivals wait for licences…"_s;
    for (int i = 0; i < 6; ++i) {
        SearchResult r;
        r.articleId = i + 1;
        r.title = i % 2 ? u"Nvidia to resume H20 sales in China after export licence talks with Washington"_s
                        : u"Short title"_s;
        r.published = u"2025-07-15"_s;
        r.source = u"Harbour Post, business desk, with reporting from the Singapore bureau"_s;
        r.snippet = snippet.left(40 + 60 * i);
        r.snippetHits = { { 36, 42 } };
        results.results.append(r);
    }
    results.total = 6;
    return results;
}
} // namespace

class TestSnippetDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsHoldEveryLineTheyDraw_data()
    {
        QTest::addColumn<qreal>("pointSize");
        QTest::addColumn<int>("width");
        for (const qreal size : { 9.0, 11.0, 16.0, 24.0 })
            for (const int width : { 220, 420, 900 })
                QTest::addRow("%gpt, %d px", size, width) << size << width;
    }

    void rowsHoldEveryLineTheyDraw()
    {
        QFETCH(qreal, pointSize);
        QFETCH(int, width);
        SearchResultsModel model;
        model.setResults(results());
        SnippetDelegate delegate;
        QStyleOptionViewItem option;
        QFont font;
        font.setPointSizeF(pointSize);
        option.font = font;
        option.rect = QRect(0, 0, width, 100);
        const int rowHeight = delegate.sizeHint(option, model.index(0)).height();
        for (int row = 0; row < model.rowCount(); ++row) {
            QTextDocument document;
            SnippetDelegate::layoutRow(document, model.index(row), option, width - 8);
            // paint() draws the document 2 px down and clips 4 px short of the row.
            QVERIFY2(document.size().height() <= rowHeight - 4,
                     qPrintable(u"row %1: %2 > %3"_s.arg(row).arg(document.size().height()).arg(rowHeight - 4)));
            QCOMPARE(document.blockCount(), 3);
            QCOMPARE(document.firstBlock().layout()->lineCount(), 1); // the title, elided
            QCOMPARE(document.firstBlock().next().layout()->lineCount(), 1); // the meta line, elided
            const int snippetLines = document.lastBlock().layout()->lineCount();
            QVERIFY(snippetLines >= 1 && snippetLines <= SnippetDelegate::snippetLines);
            const QString drawn = document.lastBlock().text();
            const QString snippet = model.index(row).data(SearchResultsModel::SnippetRole).toString();
            // What is drawn is the snippet, or its beginning and "…".
            QVERIFY2(drawn == snippet || (drawn.endsWith(u'…') && snippet.startsWith(drawn.chopped(1))),
                     qPrintable(drawn));
        }
    }

    void aListShowsWholeRows()
    {
        SearchResultsModel model;
        model.setResults(results());
        QListView view;
        view.setModel(&model);
        view.setItemDelegate(new SnippetDelegate(&view));
        view.setUniformItemSizes(true);
        QFont font = view.font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        view.setFont(font);
        view.resize(360, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        view.grab().save(shots + u"/snippets-large-font.png"_s);
        QVERIFY(view.visualRect(model.index(1)).top() >= view.visualRect(model.index(0)).bottom());
    }
};

QTEST_MAIN(TestSnippetDelegate)
#include "tst_snippetdelegate.moc"
