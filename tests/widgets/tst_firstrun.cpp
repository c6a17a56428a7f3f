// SPDX-License-Identifier: GPL-3.0-or-later
// First run and settings: the welcome's demo is the analyst's own copy (copied from a prebuilt demo, or built from
// the demo's articles), settings persist and take effect (theme, worker threads, the language of dialogs), and
// Tesseract's installed languages are listed. Runs with QStandardPaths' test mode, so nothing touches the user's
// own data folder or settings.
#include "../support/testarticles.h"
#include "appsettings.h"
#include "articlelist/articlelistmodel.h"
#include "democasebook.h"
#include "importers/ocr/ocrengine.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "session/casebooksession.h"
#include "settingsdialog.h"
#include "style/apppalette.h"
#include "welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

constexpr int slow = 120000;

/// A casebook of `count` small articles, closed (checkpointed, no -wal) as a package build leaves one.
QString buildCasebook(const QString &path, const QString &articlesDir, int count)
{
    testing::writeTextFiles(articlesDir, count);
    MainWindow window;
    if (!window.openCasebook(path))
        return {};
    QSignalSpy imported(&window, &MainWindow::importDone);
    window.importPaths({ articlesDir });
    if (!imported.wait(slow) && imported.isEmpty())
        return {};
    return path;
}

QString userDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CasebookTests"_s);
        QCoreApplication::setApplicationName(u"tst_firstrun"_s);
        QSettings().clear();
        QDir(userDataFolder()).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        QDir(userDataFolder()).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/casebook"_s)
            .removeRecursively();
    }

    void welcomeOpensACopyOfTheInstalledDemo()
    {
        // A prebuilt demo where an installed one is found (the data folders), read-only as the package leaves it.
        const QString shared
            = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/casebook/demo.casebook"_s;
        QDir().mkpath(QFileInfo(shared).absolutePath());
        QFile::remove(shared);
        QVERIFY(!buildCasebook(shared, m_dir.filePath(u"prebuilt-articles"_s), 4).isEmpty());
        QVERIFY(!QFileInfo::exists(shared + u"-wal"_s));
        QVERIFY(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray installedBytes = [&] {
            QFile file(shared);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QCOMPARE(DemoCasebook::findPrebuilt(DemoLocations::standard()), shared);

        MainWindow window;
        window.show();
        window.showWelcome();
        auto *welcome = window.findChild<WelcomeDialog *>();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        auto *demo = welcome->findChild<QCommandLinkButton *>(u"openDemo"_s);
        QVERIFY(demo);
        demo->click();

        const QString copy = QDir(userDataFolder()).filePath(u"demo.casebook"_s);
        QVERIFY(window.session());
        QCOMPARE(window.session()->path(), copy);
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleCount(), 4, slow);
        QVERIFY(QFileInfo(copy).isWritable());
        QVERIFY(DemoCasebook::isComplete(copy));
        QCOMPARE(RecentFiles::load().value(0), QFileInfo(copy).absoluteFilePath());

        // The analyst's work goes to the copy; the installed file stays as it was.
        testing::writeTextFiles(m_dir.filePath(u"more-articles"_s), 2, 100);
        QSignalSpy imported(&window, &MainWindow::importDone);
        window.importPaths({ m_dir.filePath(u"more-articles"_s) });
        QVERIFY(imported.wait(slow));
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->articleCount(), 6, slow);
        QFile installed(shared);
        QVERIFY(installed.open(QIODevice::ReadOnly));
        QCOMPARE(installed.readAll(), installedBytes);
        QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(shared);
    }

    void demoIsBuiltFromItsArticlesWhenNoneIsPrebuilt()
    {
        DemoLocations where;
        where.prebuilt = { m_dir.filePath(u"nowhere/demo.casebook"_s) };
        where.corpora = { m_dir.filePath(u"nowhere/demo"_s), QStringLiteral(CASEBOOK_SOURCE_DIR "/resources/demo") };
        where.userCopy = QDir(userDataFolder()).filePath(u"built/demo.casebook"_s);
        const QStringList folders = DemoCasebook::findArticleFolders(where);
        QCOMPARE(folders.size(), 2);
        qsizetype files = 0;
        for (const QString &folder : folders)
            files += QDir(folder).entryList(QDir::Files).size();

        MainWindow window;
        QSignalSpy imported(&window, &MainWindow::importDone);
        QVERIFY(window.openDemoCasebook(where));
        QCOMPARE(window.session()->path(), where.userCopy);
        QVERIFY(!DemoCasebook::isComplete(where.userCopy)); // until its import has ended
        QVERIFY(imported.wait(slow));
        const auto summary = imported.first().first().value<ImportSummary>();
        QCOMPARE(summary.counts.failed, 0);
        QCOMPARE(summary.counts.added, files);
        QVERIFY(DemoCasebook::isComplete(where.userCopy));

        // Opened again, the finished copy is simply opened: nothing is imported a second time.
        MainWindow again;
        QSignalSpy importedAgain(&again, &MainWindow::importDone);
        window.openCasebook(m_dir.filePath(u"elsewhere.casebook"_s));
        QVERIFY(again.openDemoCasebook(where));
        QTRY_COMPARE_WITH_TIMEOUT(again.articleModel()->articleCount(), int(files), slow);
        QVERIFY(importedAgain.isEmpty());
    }

    void settingsPersistAcrossANewRead()
    {
        AppSettings chosen;
        chosen.language = u"zh_CN"_s;
        chosen.ocrLanguages = u"chi_sim+eng"_s;
        chosen.theme = Theme::Light;
        chosen.workerThreads = 3;
        chosen.save();
        QCOMPARE(AppSettings::load(), chosen);
        // What other parts read: the language at start, the session's OCR languages and threads.
        QCOMPARE(QSettings().value(QLatin1StringView(interfaceLanguageKey)).toString(), u"zh_CN"_s);
        QCOMPARE(interfaceLocale({ u"casebook"_s }).name(), u"zh_CN"_s);
        CasebookSession session(m_dir.filePath(u"settings.casebook"_s));
        QCOMPARE(session.ocrLanguages(), u"chi_sim+eng"_s);
        QCOMPARE(session.workerThreads(), 3);

        // The old View › Dark Palette setting becomes the dark theme.
        QSettings().clear();
        QSettings().setValue(u"window/dark"_s, true);
        QCOMPARE(AppSettings::load().theme, Theme::Dark);
        QSettings().clear();
        const AppSettings defaults { {}, u"eng+chi_sim"_s, Theme::System, 0 };
        QCOMPARE(AppSettings::load(), defaults);
    }

    void settingsDialogAppliesThemeThreadsAndOcrLanguages()
    {
        QSettings().clear();
        MainWindow window;
        window.show();
        QVERIFY(window.openCasebook(m_dir.filePath(u"threads.casebook"_s)));
        QTRY_VERIFY(window.session()->isReady());
        window.showSettings();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *ocr = dialog->findChild<QListWidget *>(u"ocrLanguages"_s);
        QVERIFY(ocr && ocr->count() >= 2);
        QCOMPARE(ocr->item(0)->data(Qt::UserRole).toString(), u"eng"_s); // the setting's order first
        QCOMPARE(ocr->item(1)->data(Qt::UserRole).toString(), u"chi_sim"_s);
        ocr->item(0)->setCheckState(Qt::Unchecked);
        dialog->findChild<QSpinBox *>(u"workerThreads"_s)->setValue(3);
        dialog->findChild<QComboBox *>(u"theme"_s)->setCurrentIndex(2); // Dark
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();

        QCOMPARE(window.session()->workerThreads(), 3);
        QCOMPARE(OcrEngine::shared().threadCount(), 3);
        QCOMPARE(window.session()->ocrLanguages(), u"chi_sim"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        QAction *dark = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == MainWindow::tr("&Dark Palette"))
                dark = action;
        QVERIFY(dark && dark->isChecked());
        const AppSettings saved = AppSettings::load();
        QCOMPARE(saved.workerThreads, 3);
        QCOMPARE(saved.theme, Theme::Dark);
        QCOMPARE(saved.ocrLanguages, u"chi_sim"_s);

        // Back to one thread per core and the light palette, through the View menu's toggle.
        dialog->findChild<QSpinBox *>(u"workerThreads"_s)->setValue(0);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(OcrEngine::shared().threadCount(), QThread::idealThreadCount());
        dark->trigger();
        QCOMPARE(AppSettings::load().theme, Theme::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    }

    void languageSwitchRetranslatesDialogs()
    {
        QSettings().clear();
        MainWindow window;
        window.show();
        window.showSettings();
        window.showWelcome();
        auto *settings = window.findChild<SettingsDialog *>();
        auto *welcome = window.findChild<WelcomeDialog *>();
        QVERIFY(settings && welcome);
        QCOMPARE(settings->windowTitle(), u"Settings"_s);
        auto *language = settings->findChild<QComboBox *>(u"interfaceLanguage"_s);
        language->setCurrentIndex(language->findData(u"zh_CN"_s));
        settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(AppSettings::load().language, u"zh_CN"_s);
        QTRY_COMPARE(settings->windowTitle(), u"设置"_s);
        QCOMPARE(welcome->windowTitle(), u"欢迎使用 Casebook"_s);
        QCOMPARE(settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), u"取消"_s);

        language->setCurrentIndex(language->findData(u"en"_s));
        settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QTRY_COMPARE(settings->windowTitle(), u"Settings"_s);
        QCOMPARE(welcome->windowTitle(), u"Welcome to Casebook"_s);
    }

    void installedOcrLanguagesAreTesseractsData()
    {
        const QString tessdata = u"/usr/share/tesseract-ocr/5/tessdata"_s;
        if (!qEnvironmentVariableIsEmpty("TESSDATA_PREFIX") || !QFileInfo(tessdata).isDir())
            QSKIP("Tesseract's data is not in /usr/share/tesseract-ocr/5/tessdata here");
        QStringList expected;
        for (const QString &file : QDir(tessdata).entryList({ u"*.traineddata"_s }, QDir::Files))
            if (file != u"osd.traineddata")
                expected.append(file.chopped(int(sizeof(".traineddata") - 1)));
        expected.sort();
        QCOMPARE(OcrEngine::installedLanguages(), expected);
        QCOMPARE(SettingsDialog::ocrLanguageName(u"eng"_s), u"English (eng)"_s);
        QCOMPARE(SettingsDialog::ocrLanguageName(u"chi_sim"_s), u"简体中文 (chi_sim)"_s);
        QCOMPARE(SettingsDialog::ocrLanguageName(u"chi_tra_vert"_s), u"繁體中文 · vertical (chi_tra_vert)"_s);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
