// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "store/article.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <memory>

namespace casebook::cli {

/// The JSON shape of an article every listing shares; `withText` adds the text (for `show`).
QJsonObject articleToJson(const Article &article, bool withText = false);
void printJson(QTextStream &out, const QJsonValue &value);

/// Parses a command's options; throws a usage CasebookError naming the problem. `positional` is how many
/// positional arguments the command needs at least.
void parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int positional);
qint64 parseArticleId(const QString &text);

} // namespace casebook::cli

namespace casebook {
class CasebookStore;
}

namespace casebook::cli {
/// Opens a casebook that must already exist (listing commands never create one).
std::unique_ptr<CasebookStore> openExistingCasebook(const QString &path);
} // namespace casebook::cli
