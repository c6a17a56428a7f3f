// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in Chinese, with the translation the build makes from translations/casebook_zh_CN.ts: every
// menu, action, dock, tab, button, placeholder, column heading, tooltip and job the window shows is Chinese (a text
// that is not was never sent through tr()), and a screenshot lands in the build folder's screenshots/.
#include "annotations/annotationeditor.h"
#include "articlelist/articlelistmodel.h"
#include "interfacelanguage.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspanel.h"
#include "mainwindow.h"
#include "metadataeditor/metadataeditor.h"
#include "session/casebooksession.h"
#include "settingsdialog.h"
#include "welcomedialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

constexpr int slow = 60000;

// Names and notations that stay as they are in a Chinese interface.
bool isUntranslated(const QString &text)
{
    static const QRegularExpression han(u"\\p{Han}"_s);
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    // "English" names the language in itself in the settings' language box, as 简体中文 does.
    static const QSet<QString> kept { u"Casebook"_s, u"Ctrl"_s,      u"Shift"_s,  u"Alt"_s,
                                      u"Del"_s,      u"Backspace"_s, u"English"_s };
    const QString plain = QString(text).remove(QRegularExpression(u"<[^>]*>"_s)).remove(u'&');
    // A recent casebook's path is the analyst's data, not interface text.
    if (plain.trimmed().isEmpty() || han.match(plain).hasMatch() || QDir::isAbsolutePath(plain.trimmed()))
        return false;
    for (const QRegularExpressionMatch &match : word.globalMatch(plain))
        if (!kept.contains(match.captured()))
            return true;
    return false;
}

void collectMenu(const QMenu *menu, QStringList &texts)
{
    texts << menu->title();
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text() << action->toolTip();
        if (action->menu())
            collectMenu(action->menu(), texts);
    }
}

} // namespace

class TestChineseWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CasebookTests"_s);
        QCoreApplication::setApplicationName(u"tst_chinesewindow"_s);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString qm = QStringLiteral(CASEBOOK_BINARY_DIR "/translations/casebook_zh_CN.qm");
        QVERIFY2(m_translator.load(qm), qPrintable(u"cannot load "_s + qm));
        QCoreApplication::installTranslator(&m_translator);
        // Qt's own buttons (OK, Cancel) come from the qt6-translations-l10n package, as in the application.
        QVERIFY2(
            m_qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
            "qtbase_zh_CN.qm is missing: install qt6-translations-l10n (scripts/install-dependencies.sh)");
        QCoreApplication::installTranslator(&m_qtTranslator);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(m_window->openCasebook(m_dir.filePath(u"chinese.casebook"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isReady(), slow);
        QSignalSpy imported(m_window.get(), &MainWindow::importDone);
        m_window->importPaths({ QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/articles"_s });
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, slow);
        // The list's reload after the import may still be on its way (a loaded machine): "none waiting for
        // analysis" says nothing until the articles are listed.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->articleModel()->loadedArticles().isEmpty(), slow);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->notAnalysedCount(), 0, slow);
    }

    void everyInterfaceTextIsChinese()
    {
        QStringList texts;
        for (const QAction *action : m_window->menuBar()->actions())
            if (action->menu())
                collectMenu(action->menu(), texts);
        for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            texts << dock->windowTitle();
        for (const QTabBar *tabs : m_window->findChildren<QTabBar *>())
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        for (const QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
            texts << button->text() << button->toolTip();
        for (const QLineEdit *edit : m_window->findChildren<QLineEdit *>())
            texts << edit->placeholderText() << edit->toolTip();
        for (const QComboBox *combo : m_window->findChildren<QComboBox *>()) {
            texts << combo->toolTip();
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        for (const QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            if (!model || qobject_cast<const QComboBox *>(view->parent()))
                continue;
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
            texts << view->toolTip();
        }
        // The Jobs dock names the session's jobs (Import, Analysis) and says how they ended.
        const QAbstractItemModel *jobs = m_window->jobsPanel()->model();
        QVERIFY(jobs->rowCount() >= 2);
        for (int row = 0; row < jobs->rowCount(); ++row)
            for (int column = 0; column < jobs->columnCount(); ++column)
                texts << jobs->index(row, column).data().toString();
        QStringList untranslated;
        for (const QString &text : std::as_const(texts))
            if (isUntranslated(text) && !untranslated.contains(text))
                untranslated << text;
        QVERIFY2(texts.size() > 50, "the window shows far fewer texts than expected");
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"shown in English:\n"_s + untranslated.join(u'\n')));

        QDir(QStringLiteral(CASEBOOK_BINARY_DIR)).mkpath(u"screenshots"_s);
        QVERIFY(m_window->grab().save(QStringLiteral(CASEBOOK_BINARY_DIR "/screenshots/mainwindow-zh.png")));
    }

    void dialogsAreChinese()
    {
        const QList<Article> articles = m_window->articleModel()->loadedArticles();
        QVERIFY(!articles.isEmpty());
        MetadataEditor metadata(articles.first());
        AnnotationEditor annotation(u"\u2026"_s, AnnotationContent {});
        SettingsDialog settings(AppSettings::load(), { u"chi_sim"_s, u"eng"_s });
        WelcomeDialog welcome({ QDir::tempPath() + u"/case.casebook"_s });
        QStringList untranslated;
        for (const QDialog *dialog :
             { static_cast<const QDialog *>(&metadata), static_cast<const QDialog *>(&annotation),
               static_cast<const QDialog *>(&settings), static_cast<const QDialog *>(&welcome) }) {
            QStringList texts { dialog->windowTitle() };
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                texts << label->text() << label->toolTip();
            for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
                texts << button->text() << button->toolTip();
            for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
                texts << edit->placeholderText();
            for (const QComboBox *combo : dialog->findChildren<QComboBox *>())
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            for (const QString &text : std::as_const(texts))
                if (isUntranslated(text))
                    untranslated << text;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"shown in English:\n"_s + untranslated.join(u'\n')));
    }

    void languageComesFromTheCommandLineThenTheSetting()
    {
        QCOMPARE(interfaceLocale({ u"casebook"_s, u"--language"_s, u"zh_CN"_s }).name(), u"zh_CN"_s);
        QCOMPARE(interfaceLocale({ u"casebook"_s, u"--language=en"_s, u"a.casebook"_s }).language(), QLocale::English);
        QSettings settings;
        settings.setValue(u"interface/language"_s, u"zh_CN"_s);
        QCOMPARE(interfaceLocale({ u"casebook"_s }).name(), u"zh_CN"_s);
        QCOMPARE(interfaceLocale({ u"casebook"_s, u"--language"_s, u"en"_s }).language(), QLocale::English);
        settings.remove(u"interface/language"_s);
        QCOMPARE(interfaceLocale({ u"casebook"_s }), QLocale::system());
    }

    void recognisesEnglishLeftOver()
    {
        QVERIFY(isUntranslated(u"&Import Files…"_s));
        QVERIFY(!isUntranslated(u"导入文件(&I)…"_s));
        QVERIFY(!isUntranslated(u"Casebook"_s));
        QVERIFY(!isUntranslated(u"F3"_s));
        QVERIFY(!isUntranslated(QDir::tempPath() + u"/case.casebook"_s));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestChineseWindow)
#include "tst_chinesewindow.moc"
