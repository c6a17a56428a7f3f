// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace casebook {

/// The setting that keeps the analyst's language: "" (the system's), "en" or "zh_CN".
constexpr char interfaceLanguageKey[] = "interface/language";

/// The language the interface speaks: `--language zh_CN` (or `--language=en`) on the command line, else the
/// `interface/language` setting, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QLocale interfaceLocale(const QStringList &arguments);

/// Makes that locale the default (dates, numbers) and installs Casebook's and Qt's own translations for it,
/// before any widget or command-line help text exists.
void installInterfaceTranslations(QCoreApplication &app);

/// Replaces the installed translations with those of `code` ("" for the system's language). Every widget gets a
/// QEvent::LanguageChange; dialogs opened from now on, and those that retranslate on that event, speak it at once.
/// `folder` holds casebook_<language>.qm (the application has them compiled in).
void switchInterfaceLanguage(const QString &code, const QString &folder = QStringLiteral(":/i18n"));

} // namespace casebook
