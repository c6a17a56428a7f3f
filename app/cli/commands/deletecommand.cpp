// SPDX-License-Identifier: GPL-3.0-or-later
// delete: take articles out of a casebook, with everything that belongs to them.
#include "cliformat.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace casebook::cli {

int runDelete(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption batchOption(u"batch"_s, u"Delete every article imported in the same batch as each ID"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON"_s);
    parser.addOptions({ batchOption, jsonOption });
    parseArguments(parser, arguments, u"delete"_s, 2);
    const QStringList positional = parser.positionalArguments();
    QList<qint64> requested;
    for (const QString &text : positional.mid(1))
        requested.append(parseArticleId(text));
    {
        const auto store = openExistingCasebook(positional.first()); // refuses a missing or foreign file first
        QStringList unknown;
        for (const qint64 id : std::as_const(requested))
            if (!store->article(id))
                unknown.append(QString::number(id));
        if (!unknown.isEmpty())
            throw CasebookError(
                u"%1 has no article %2; nothing was deleted."_s.arg(positional.first(), unknown.join(u", "_s)));
    }
    CasebookWriter writer(positional.first());
    const bool wholeBatches = parser.isSet(batchOption);
    const DeletedArticles deleted = writer
                                        .submit([requested, wholeBatches](CasebookStore &store) {
                                            QList<qint64> ids = requested;
                                            if (wholeBatches)
                                                for (const qint64 id : requested)
                                                    ids.append(store.importBatchOf(id));
                                            return store.deleteArticles(ids);
                                        })
                                        .result();
    if (parser.isSet(jsonOption)) {
        QJsonArray ids;
        for (const qint64 id : deleted.ids)
            ids.append(id);
        QJsonObject json;
        json.insert(u"deleted"_s, ids);
        json.insert(u"relinked_copies"_s, qint64(deleted.relinked.size()));
        printJson(io.out, json);
        return Success;
    }
    QStringList ids;
    for (const qint64 id : deleted.ids)
        ids.append(QString::number(id));
    io.out << "deleted " << deleted.ids.size() << " article(s): " << ids.join(u", "_s) << '\n';
    if (!deleted.relinked.isEmpty())
        io.out << deleted.relinked.size() << " copy(ies) now point to their first remaining copy\n";
    return Success;
}

} // namespace casebook::cli
