// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace casebook {

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
    const QString setting = QSettings().value(u"interface/language"_s).toString();
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

void installInterfaceTranslations(QCoreApplication &app)
{
    const QLocale locale = interfaceLocale(QCoreApplication::arguments());
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs, context menus) come from the qt6-translations package.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"casebook"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace casebook
