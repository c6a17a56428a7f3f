// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "cliformat.h"
#include "util/casebookerror.h"
#include "util/openmpthreadlimit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QUnhandledException>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

/// A command's two lines in the usage: its arguments, then what it does.
void printCommandUsage(QTextStream &stream, const cli::CliCommand &command)
{
    stream << "  " << QString::fromUtf16(command.name).leftJustified(9) << ' ' << QString::fromUtf16(command.usage)
           << "\n      " << QString::fromUtf16(command.summary) << '\n';
}

void printUsage(QTextStream &stream)
{
    stream << "usage: casebook-cli COMMAND ARGS...\n\ncommands:\n";
    for (const auto &command : cli::commandTable())
        printCommandUsage(stream, command);
}

/// "--help" or "-h" among a command's options; after "--" it is a word of a query.
bool asksForHelp(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--")
            return false;
        if (argument == u"--help" || argument == u"-h")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    restartWithSingleThreadedOpenMp(argv); // before any thread exists: OCR runs a page per thread
    // Reports are laid out with QTextDocument and written with QPdfWriter, which need fonts, hence a
    // QGuiApplication; the CLI never shows a window, so it needs no display either.
    // Read before the application object exists: QGuiApplication takes options it knows (such as -style and
    // --style) out of the list, and `export --style` is ours.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const bool needsFonts = argc > 1 && (qstrcmp(argv[1], "export") == 0 || qstrcmp(argv[1], "bench") == 0);
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needsFonts && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Without it QStandardPaths warns on every run (a shell over ssh, a container); a private folder will do.
        const QString runtime = QDir::tempPath() + u"/casebook-runtime-"_s + qEnvironmentVariable("USER", u"user"_s);
        if (QDir().mkpath(runtime)
            && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"casebook-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::CliStreams io { out, err };

    QStringList arguments = rawArguments;
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h"
        || arguments.first() == u"help") {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? cli::UsageError : cli::Success;
    }
    if (arguments.first() == u"--version") {
        out << "casebook-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::Success;
    }
    const QString name = arguments.takeFirst();
    for (const auto &command : cli::commandTable()) {
        if (name != QStringView(command.name))
            continue;
        // bench has a usage of its own: its list of benchmarks, and each benchmark's options
        if (name != u"bench" && asksForHelp(arguments)) {
            printCommandUsage(out, command); // the lines `casebook-cli --help` shows for it
            return cli::Success;
        }
        try {
            return command.run(arguments, io);
        } catch (const cli::UsageProblem &error) {
            out.flush();
            err << "casebook-cli " << name << ": " << error.message() << '\n';
            return cli::UsageError;
        } catch (const CasebookError &error) {
            out.flush();
            err << "casebook-cli " << name << ": " << error.message() << '\n';
            return cli::Failure;
        } catch (const std::exception &error) {
            out.flush();
            err << "casebook-cli " << name << ": unexpected error: " << error.what() << '\n';
            return cli::Failure;
        }
    }
    err << "casebook-cli: unknown command '" << name << "'\n\n";
    printUsage(err);
    return cli::UsageError;
}
