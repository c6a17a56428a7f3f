// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "model/article.h"
#include "util/casebookerror.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QJsonValue>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace casebook::cli {

/// The JSON shape of an article every listing shares; `withText` adds the text (for `show`).
QJsonObject articleToJson(const Article &article, bool withText = false);
void printJson(QTextStream &out, const QJsonValue &value);

/// A command called the wrong way (an unknown option, a missing argument, a value of the wrong kind): the CLI
/// exits with 2 for it, and 1 for every other error.
class UsageProblem : public CasebookError
{
public:
    using CasebookError::CasebookError;
    void raise() const override { throw *this; }
    UsageProblem *clone() const override { return new UsageProblem(*this); }
};

/// Parses a command's options; throws a UsageProblem naming the problem. `positional` is how many
/// positional arguments the command needs at least.
void parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int positional);
qint64 parseArticleId(const QString &text);

/// Runs a job (a function of `QPromise<T> &`, the idiom every background job follows) on a worker thread and
/// prints its progress to stderr as "\r<label> done/total" until it ends. Returns its result; rethrows what it
/// threw.
template<typename T, typename Work> T runWithProgress(QTextStream &err, const QString &label, Work work)
{
    QFuture<T> future = QtConcurrent::run([work = std::move(work)](QPromise<T> &promise) mutable { work(promise); });
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &loop, [&](int done) {
        if (watcher.progressMaximum() > 0) // nothing to count yet: say nothing
            err << '\r' << label << ' ' << done << '/' << watcher.progressMaximum() << Qt::flush;
    });
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    err << '\n';
    return future.result(); // rethrows a CasebookError from the job
}

} // namespace casebook::cli

namespace casebook {
class CasebookStore;
}

namespace casebook::cli {
/// Opens a casebook that must already exist (listing commands never create one).
std::unique_ptr<CasebookStore> openExistingCasebook(const QString &path);
} // namespace casebook::cli
