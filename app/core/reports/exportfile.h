// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QIODevice;

namespace casebook {

/// Writes a file whole or not at all: `write` fills a temporary file beside `path`, which replaces `path` only
/// when everything was written (QSaveFile). Throws CasebookError naming the file when it cannot be written; an
/// exception thrown by `write` leaves `path` as it was.
void writeFileAtomically(const QString &path, const std::function<void(QIODevice &)> &write);

/// A file name made from a title that cannot leave the folder it is put in: path separators, "..", control
/// characters and characters Windows forbids become "-", leading dots and trailing dots and spaces go, names
/// Windows reserves (CON, NUL, COM1 ...) get a "_" in front, and the name is kept under 120 characters. Returns
/// `fallback` when nothing is left. `extension` is added without its dot ("pdf").
QString safeFileName(const QString &title, const QString &extension,
                     const QString &fallback = QStringLiteral("report"));

/// `folder`/`name` when it stays inside `folder` after resolving "." and ".."; throws CasebookError otherwise.
QString pathInside(const QString &folder, const QString &name);

} // namespace casebook
