// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the window, offscreen: open, import, read, correct — and a screenshot to look at.
#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "mainwindow.h"
#include "session/casebooksession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(u"CasebookTests"_s); }

    void importsShowsAndCorrects()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openCasebook(dir.filePath(u"window.casebook"_s)));
        QSignalSpy imported(&window, &MainWindow::importDone);
        QSignalSpy listed(&window, &MainWindow::articlesShown);
        window.importPaths({ QStringLiteral(CASEBOOK_SEEDS_DIR), QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/encodings"_s });
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        const auto summary = imported.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.counts.failed, 6); // the broken fixtures, each named with its reason
        QTRY_VERIFY_WITH_TIMEOUT(window.articleModel()->rowCount() >= 5 + 11, 10000);

        // Chinese text reaches the document pane intact.
        qint64 chineseId = 0;
        for (int row = 0; row < window.articleModel()->rowCount(); ++row)
            if (window.articleModel()->articleAt(row)->meta.language == u"zh-Hans"_s)
                chineseId = window.articleModel()->articleAt(row)->id;
        QVERIFY(chineseId);
        window.selectArticle(chineseId);
        QTRY_COMPARE_WITH_TIMEOUT(window.documentView()->articleId(), chineseId, 5000);
        QVERIFY(window.documentView()->plainText().contains(u"杭州市"_s));

        window.session()->correctMetadata(chineseId, { { ArticleField::Source, u"杭州日报"_s } }, {});
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleAt(window.articleModel()->rowOf(chineseId))->meta.source,
                                  u"杭州日报"_s, 5000);

        const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + u"/mainwindow.png"_s));
    }

    void refusesANonCasebookAndKeepsWhatItHad()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openCasebook(dir.filePath(u"good.casebook"_s)));
        const QString notes = dir.filePath(u"notes.casebook"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain notes");
        file.close();
        QVERIFY(!window.openCasebook(notes));
        QCOMPARE(window.session()->path(), dir.filePath(u"good.casebook"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
