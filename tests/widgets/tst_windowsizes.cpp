// SPDX-License-Identifier: GPL-3.0-or-later
// The window at laptop sizes, offscreen: it shrinks to 1280×720 and 1024×640, the article titles and the entity
// counts stay readable, and a screenshot of each size lands in the build folder's screenshots/.
#include "../support/seeds.h"
#include "articlelist/articlelistmodel.h"
#include "entities/entitychartview.h"
#include "entities/entitytablemodel.h"
#include "mainwindow.h"
#include "session/casebooksession.h"

#include <QDir>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// The visible widgets whose minimum size is largest along one axis, to say what holds the window up.
QString largestMinimums(const QWidget *window, Qt::Orientation orientation)
{
    QList<std::pair<int, QString>> found;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const QSize minimum = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        const int extent = orientation == Qt::Horizontal ? minimum.width() : minimum.height();
        found.append(
            { extent,
              u"%1 %2 (%3×%4)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                  .arg(minimum.width())
                  .arg(minimum.height()) });
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(8, found.size()); ++i)
        names.append(found.at(i).second);
    return names.join(u", "_s);
}

} // namespace

class TestWindowSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"CasebookTests"_s);
        QCoreApplication::setApplicationName(u"tst_windowsizes"_s);
    }

    void init() { QSettings().clear(); } // no saved geometry or dock layout from an earlier run

    void fitsLaptopScreens_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1024x640") << QSize(1024, 640);
    }

    void fitsLaptopScreens()
    {
        QFETCH(QSize, size);
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openCasebook(dir.filePath(u"sizes.casebook"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isReady(), 30000);
        QSignalSpy imported(&window, &MainWindow::importDone);
        window.importPaths({ testing::fixtureArticlesDir() });
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleCount(), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.entityTable()->rowCount() > 0, 30000);

        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(
            minimum.width() <= size.width(),
            qPrintable(
                u"minimum width %1 from: %2"_s.arg(minimum.width()).arg(largestMinimums(&window, Qt::Horizontal))));
        QVERIFY2(
            minimum.height() <= size.height(),
            qPrintable(
                u"minimum height %1 from: %2"_s.arg(minimum.height()).arg(largestMinimums(&window, Qt::Vertical))));
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        QApplication::processEvents();

        // The article list gives its room to the titles.
        const QHeaderView *articles = window.articleView()->header();
        const int title = articles->sectionSize(ArticleListModel::TitleColumn);
        QVERIFY2(title >= 120, qPrintable(u"title column %1 px wide"_s.arg(title)));
        QVERIFY(!articles->isSectionHidden(ArticleListModel::TitleColumn));

        // The entity table keeps its counts in view; the names give way.
        auto *table = window.findChild<QTableView *>(u"entityTable"_s);
        QVERIFY(table);
        QTabWidget *tabs = nullptr;
        for (QWidget *parent = table->parentWidget(); parent && !tabs; parent = parent->parentWidget())
            tabs = qobject_cast<QTabWidget *>(parent);
        QVERIFY(tabs);
        tabs->setCurrentWidget(table);
        QApplication::processEvents();
        const QHeaderView *entities = table->horizontalHeader();
        for (const int column : { int(EntityTableModel::ArticlesColumn), int(EntityTableModel::MentionsColumn) }) {
            QVERIFY(!entities->isSectionHidden(column));
            QVERIFY2(entities->sectionSize(column) > 0, qPrintable(u"count column %1 has no width"_s.arg(column)));
            const int right = entities->sectionViewportPosition(column) + entities->sectionSize(column);
            QVERIFY2(entities->sectionViewportPosition(column) >= 0 && right <= table->viewport()->width(),
                     qPrintable(u"count column %1 ends at %2, outside the table's %3 px"_s.arg(column).arg(right).arg(
                         table->viewport()->width())));
        }
        const QString tableShot = u"/window-%1x%2-table.png"_s.arg(size.width()).arg(size.height());
        tabs->setCurrentIndex(0); // the charts, as the window opens
        QApplication::processEvents();

        const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + u"/window-%1x%2.png"_s.arg(size.width()).arg(size.height())));
        tabs->setCurrentWidget(table);
        QApplication::processEvents();
        QVERIFY(window.grab().save(shots + tableShot));
    }
};

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
