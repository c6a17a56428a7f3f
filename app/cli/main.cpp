// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "cliformat.h"
#include "util/casebookerror.h"
#include "util/openmpthreadlimit.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QUnhandledException>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

void printUsage(QTextStream &stream)
{
    stream << "usage: casebook-cli COMMAND ARGS...\n\ncommands:\n";
    for (const auto &command : cli::commandTable())
        stream << "  " << QString::fromUtf16(command.name).leftJustified(9) << ' ' << QString::fromUtf16(command.usage)
               << "\n      " << QString::fromUtf16(command.summary) << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    restartWithSingleThreadedOpenMp(argv); // before any thread exists: OCR runs a page per thread
    // The OCR and PDF benchmarks set real articles on pages, which needs fonts, and fonts need a QGuiApplication
    // (on the offscreen platform: the CLI opens no window).
    const bool needsFonts
        = argc >= 3 && qstrcmp(argv[1], "bench") == 0 && (qstrcmp(argv[2], "ocr") == 0 || qstrcmp(argv[2], "pdf") == 0);
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(needsFonts ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(u"casebook-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::CliStreams io { out, err };

    QStringList arguments = QCoreApplication::arguments().mid(1);
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
