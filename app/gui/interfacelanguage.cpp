// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
// The translators installed now, removed again when the analyst picks another language.
QPointer<QTranslator> installedQtTranslator;
QPointer<QTranslator> installedCasebookTranslator;

void installTranslationsFor(const QLocale &locale, const QString &folder)
{
    for (QTranslator *old : { installedQtTranslator.data(), installedCasebookTranslator.data() }) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs, context menus) come from the qt6-translations package.
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, u"casebook"_s, u"_"_s, folder))
        QCoreApplication::installTranslator(translator);
    installedQtTranslator = qtTranslator;
    installedCasebookTranslator = translator;
}
} // namespace

QLocale interfaceLocale(const QStringList &arguments)
{
    // Read before QCommandLineParser runs, so that its --help is already in the chosen language.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--language" && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
        if (argument.startsWith(u"--language="))
            return QLocale(argument.mid(qsizetype(sizeof("--language=") - 1)));
    }
    const QString setting = QSettings().value(QLatin1StringView(interfaceLanguageKey)).toString();
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

void installInterfaceTranslations(QCoreApplication &)
{
    installTranslationsFor(interfaceLocale(QCoreApplication::arguments()), u":/i18n"_s);
}

void switchInterfaceLanguage(const QString &code, const QString &folder)
{
    installTranslationsFor(code.isEmpty() ? QLocale::system() : QLocale(code), folder);
}

} // namespace casebook
