// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace casebook {

/// The language the interface speaks: `--language zh_CN` (or `--language=en`) on the command line, else the
/// `interface/language` setting, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QLocale interfaceLocale(const QStringList &arguments);

/// Makes that locale the default (dates, numbers) and installs Casebook's and Qt's own translations for it,
/// before any widget or command-line help text exists.
void installInterfaceTranslations(QCoreApplication &app);

} // namespace casebook
