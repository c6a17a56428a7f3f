// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "interfacelanguage.h"
#include "session/casebooksession.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr auto themeKey = "window/theme";
/// Where View › Dark Palette kept its state before the theme setting existed.
constexpr auto oldDarkKey = "window/dark";

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}
} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings loaded;
    loaded.language = settings.value(QLatin1StringView(interfaceLanguageKey)).toString();
    loaded.ocrLanguages = settings
                              .value(QLatin1StringView(CasebookSession::ocrLanguagesKey),
                                     QString::fromUtf16(OcrSettings::defaultLanguages))
                              .toString();
    const QString theme = settings.value(QLatin1StringView(themeKey)).toString();
    if (theme == u"dark" || (theme.isEmpty() && settings.value(QLatin1StringView(oldDarkKey)).toBool()))
        loaded.theme = Theme::Dark;
    else if (theme == u"light")
        loaded.theme = Theme::Light;
    loaded.workerThreads = CasebookSession::configuredWorkerThreads();
    return loaded;
}

void AppSettings::save() const
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1StringView(interfaceLanguageKey));
    else
        settings.setValue(QLatin1StringView(interfaceLanguageKey), language);
    settings.setValue(QLatin1StringView(CasebookSession::ocrLanguagesKey), ocrLanguages);
    settings.setValue(QLatin1StringView(themeKey), themeName(theme));
    settings.remove(QLatin1StringView(oldDarkKey));
    settings.setValue(QLatin1StringView(CasebookSession::workerThreadsKey), workerThreads);
}

} // namespace casebook
