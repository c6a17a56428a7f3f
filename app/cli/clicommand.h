// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>
#include <vector>

namespace casebook::cli {

/// Exit codes every command shares.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2, PartialFailure = 3 };

struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

/// One sub-command: `casebook-cli NAME ARGS...`. `run` gets the arguments after the name and throws
/// CasebookError for problems the user must fix; main prints the message on stderr.
struct CliCommand
{
    const char16_t *name;
    const char16_t *usage;
    const char16_t *summary;
    int (*run)(const QStringList &arguments, CliStreams &io);
};

const std::vector<CliCommand> &commandTable();

} // namespace casebook::cli
