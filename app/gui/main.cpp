// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelist/articlelistmodel.h"
#include "fileopenrequests.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "session/filterstate.h"
#include "singlewindowguard.h"
#include "util/openmpthreadlimit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    casebook::restartWithSingleThreadedOpenMp(argv); // before any thread exists: OCR runs a page per thread
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Casebook"_s);
    QApplication::setApplicationName(u"Casebook"_s);
    QApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
    QApplication::setDesktopFileName(u"org.casebook.Casebook"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/casebook.svg"_s));

    casebook::installInterfaceTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Casebook: read, search, annotate and report on piles of news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"casebook"_s,
        QCoreApplication::translate("main", "The .casebook file to open (created if it does not exist)."));
    const QCommandLineOption importOption(
        u"import"_s, QCoreApplication::translate("main", "Import a file or folder after opening."), u"path"_s);
    const QCommandLineOption readOnlyOption(
        u"read-only"_s,
        QCoreApplication::translate("main", "Open the casebook for reading only: nothing in it can be changed."));
    const QCommandLineOption selectOption(
        u"select"_s, QCoreApplication::translate("main", "Show the article with this id."), u"id"_s);
    const QCommandLineOption searchOption(u"search"_s, QCoreApplication::translate("main", "Start with this search."),
                                          u"query"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Save a picture of the window to this PNG once loaded, then quit."),
        u"png"_s);
    const QCommandLineOption tourOption(
        u"tour"_s,
        QCoreApplication::translate("main", "Drive every view, save a screenshot of each into this folder, then quit."),
        u"folder"_s);
    const QCommandLineOption sizeOption(
        u"size"_s,
        QCoreApplication::translate("main", "Open the window at this size, e.g. 1366x768 (for screenshots)."),
        u"WxH"_s);
    // Read earlier by installInterfaceTranslations(); declared here so that --help lists it.
    const QCommandLineOption languageOption(
        u"language"_s,
        QCoreApplication::translate("main", "Interface language, e.g. zh_CN or en (default: the system's)."),
        u"code"_s);
    const QCommandLineOption demoOption(
        u"demo"_s,
        QCoreApplication::translate("main",
                                    "Open the demo casebook (your own copy of it, made on first use), as the "
                                    "welcome's first choice does."));
    parser.addOptions({ importOption, readOnlyOption, selectOption, searchOption, screenshotOption, tourOption,
                        sizeOption, languageOption, demoOption });
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    // A second double-click on an open casebook brings its window to the front instead of opening it twice.
    if (!positional.isEmpty() && !parser.isSet(screenshotOption) && !parser.isSet(tourOption)
        && casebook::SingleWindowGuard::askOwnerToRaise(positional.first())) {
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "%1 is already open in another Casebook window; "
                                                           "that window was brought to the front.\n")
                                   .arg(positional.first());
        return 0;
    }
    casebook::MainWindow window;
    // macOS: a double-click on a .casebook file in the Finder, while Casebook starts or runs.
    QObject::connect(new casebook::FileOpenRequests(&app), &casebook::FileOpenRequests::openRequested, &window,
                     [&window](const QString &path) { window.openCasebook(path); });
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(u'x');
        if (size.size() == 2 && size.first().toInt() > 0 && size.last().toInt() > 0)
            window.resize(size.first().toInt(), size.last().toInt());
    }
    window.show();
    // Without a casebook to open (a first run, or a start from the menu), the welcome offers the demo, a new or an
    // existing casebook, and the recent ones.
    if (parser.isSet(demoOption)) {
        if (!window.openDemoCasebook())
            return 1;
    } else if (positional.isEmpty() && !parser.isSet(tourOption)) {
        window.showWelcome();
    }
    const auto access = parser.isSet(readOnlyOption) ? casebook::CasebookSession::Access::ReadOnly
                                                     : casebook::CasebookSession::Access::ReadWrite;
    if (!positional.isEmpty() && window.openCasebook(positional.first(), access)) {
        if (parser.isSet(importOption))
            window.importPaths(parser.values(importOption));
        if (parser.isSet(selectOption))
            window.selectArticle(parser.value(selectOption).toLongLong());
        if (parser.isSet(searchOption))
            window.filterState()->setQuery(parser.value(searchOption));
    }
    if (parser.isSet(screenshotOption)) {
        const QString png = parser.value(screenshotOption);
        // Give the background loads time to land, then picture the window as a person would see it.
        QTimer::singleShot(2500, &window, [&window, png] {
            casebook::ScreenshotTour::picture(&window).save(png);
            // for scripts that check what the window showed (scripts/package-check-inside.sh)
            QTextStream(stdout) << "casebook: " << png << ": " << window.articleModel()->rowCount()
                                << " article row(s) listed\n";
            QApplication::quit();
        });
    }
    if (parser.isSet(tourOption))
        (new casebook::ScreenshotTour(&window, parser.value(tourOption)))->start();
    return QApplication::exec();
}
