// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only casebook in the window (issue 18): opened with a notice, read, searched and listed as usual, and
// nothing offers to change it; a change that still reaches the session is refused with a message naming the file,
// and the file is left as it was.
#include "../support/actingasnobody.h"
#include "../support/filehash.h"
#include "../support/testarticles.h"
#include "../support/windowactions.h"
#include "annotations/annotationspanel.h"
#include "articlelist/articlelistmodel.h"
#include "documentpane/documentview.h"
#include "mainwindow.h"
#include "reports/reportcomposer.h"
#include "session/casebooksession.h"
#include "session/filterstate.h"
#include "store/casebookstore.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;
using testing::actionNamed;
using testing::fileHash;

namespace {
constexpr int slow = 30000; // background work runs niced; CI machines are loaded

const QStringList changeActions { u"&Import Files…"_s,
                                  u"Import &Folder…"_s,
                                  u"Edit &Metadata…"_s,
                                  u"&Delete Article"_s,
                                  u"Delete Its &Import Batch"_s,
                                  u"A&nnotate Selection…"_s,
                                  u"&Analyse Articles Not Yet Analysed"_s };
} // namespace

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CasebookTests"_s);
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7555))); // "nobody" reaches it
        QDir().mkpath(m_dir.filePath(u"shared"_s));
        m_path = m_dir.filePath(u"shared/colleague.casebook"_s);
        CasebookStore store(m_path);
        store.addArticles(
            { testing::makeArticle(1, u"Hotline in Wuxi"_s), testing::makeArticle(2), testing::makeArticle(3) });
        AnnotationContent content;
        content.note = u"a colleague's note"_s;
        store.annotations().annotate(1, u"questions"_s, 1, content);
    }

    void opensReadOnlyWhenAskedAndOffersNoChange()
    {
        const QByteArray before = fileHash(m_path);
        {
            MainWindow window;
            window.resize(1600, 1000);
            window.show();
            QSignalSpy ready(&window, &MainWindow::casebookReady);
            QVERIFY(window.openCasebook(m_path, CasebookSession::Access::ReadOnly));
            QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, slow);
            QVERIFY(window.session()->isReadOnly());
            QCOMPARE(window.session()->readOnlyReason(), u"as asked"_s);
            QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleCount(), 3, slow);

            // The notice: in the title and in the status bar, with the reason in its tooltip.
            QVERIFY2(window.windowTitle().contains(u"(read-only)"_s), qPrintable(window.windowTitle()));
            auto *notice = window.findChild<QLabel *>(u"readOnlyNotice"_s);
            QVERIFY(notice);
            QVERIFY(notice->isVisible());
            QVERIFY(notice->toolTip().contains(QDir::toNativeSeparators(m_path)));

            // Nothing offers to write; reading, searching and exporting stay.
            for (const QString &text : changeActions) {
                QAction *action = actionNamed(&window, text);
                QVERIFY2(action, qPrintable(text));
                QVERIFY2(!action->isEnabled(), qPrintable(text));
            }
            QVERIFY(actionNamed(&window, u"&Search…"_s)->isEnabled());
            QVERIFY(window.reportComposer()->isReadOnly());

            QSignalSpy searched(&window, &MainWindow::searchShown);
            window.filterState()->setQuery(u"Wuxi"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), slow);
            QCOMPARE(searched.last().first().toLongLong(), 3);
            const qint64 other = window.documentView()->articleId() == 2 ? 3 : 2;
            QSignalSpy shown(&window, &MainWindow::articleShown);
            window.selectArticle(other);
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), slow);
            QCOMPARE(window.documentView()->articleId(), other);
            QVERIFY(window.documentView()->plainText().contains(u"hotline assistant"_s));

            // A change that reaches the session anyway is refused, naming the file.
            QSignalSpy refused(window.session(), &CasebookSession::errorOccurred);
            window.session()->annotate(1, 0, 6, AnnotationContent {});
            window.session()->deleteArticles({ 2 });
            QCOMPARE(refused.count(), 2);
            const QString message = refused.first().first().toString();
            QVERIFY2(message.contains(QDir::toNativeSeparators(m_path)) && message.contains(u"read-only"_s),
                     qPrintable(message));
            QCOMPARE(window.statusBar()->currentMessage(), refused.last().first().toString());
            window.importPaths({ QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/articles"_s });
            QCOMPARE(refused.count(), 3);
        }
        CasebookStore store(m_path, CasebookStore::Mode::ReadOnly);
        QCOMPARE(store.articleCount(), 3);
        QCOMPARE(store.annotations().annotations().size(), 1);
        QCOMPARE(fileHash(m_path), before);
    }

    void fileThatCannotBeWrittenOpensReadOnly()
    {
        // No one asked: the file and its folder may not be written (as on a read-only share or disk).
        const QString folder = QFileInfo(m_path).absolutePath();
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::Permissions(0x4444)));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
            QFile::setPermissions(m_path, QFileDevice::Permissions(0x6644));
        });
        const QStringList filesBefore = QDir(folder).entryList(QDir::Files);
        MainWindow window;
        window.show();
        const testing::ActingAsNobody nobody;
        if (!nobody.permissionsApply())
            QSKIP("running as root without the right to act as another user: permissions would not apply");
        QSignalSpy ready(&window, &MainWindow::casebookReady);
        QVERIFY(window.openCasebook(m_path));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, slow);
        QVERIFY(window.session()->isReadOnly());
        QCOMPARE(window.session()->readOnlyReason(), u"the file, its folder or its disk cannot be written"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleCount(), 3, slow);
        QVERIFY(!actionNamed(&window, u"&Import Files…"_s)->isEnabled());
        QVERIFY(window.windowTitle().contains(u"(read-only)"_s));
        QCOMPARE(QDir(folder).entryList(QDir::Files), filesBefore); // nothing could be, and nothing was, added
    }
};

QTEST_MAIN(TestReadOnlyWindow)
#include "tst_readonlywindow.moc"
