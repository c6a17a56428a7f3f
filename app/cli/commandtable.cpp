// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

namespace casebook::cli {

int runImport(const QStringList &arguments, CliStreams &io);
int runArticles(const QStringList &arguments, CliStreams &io);
int runShow(const QStringList &arguments, CliStreams &io);
int runStats(const QStringList &arguments, CliStreams &io);
int runMeta(const QStringList &arguments, CliStreams &io);
int runSearch(const QStringList &arguments, CliStreams &io);
int runBench(const QStringList &arguments, CliStreams &io);

const std::vector<CliCommand> &commandTable()
{
    static const std::vector<CliCommand> table = {
        { u"import", u"BOOK PATH... [--threads N] [--json]", u"Import files and folders (creates BOOK if missing)",
          runImport },
        { u"articles", u"BOOK [--json]", u"List the articles", runArticles },
        { u"show", u"BOOK ID [--json]", u"Show one article with its text", runShow },
        { u"meta", u"BOOK ID --set FIELD=VALUE... --reset FIELD... [--json]",
          u"Correct an article's metadata (title, source, author, url, published, language)", runMeta },
        { u"stats", u"BOOK [--json]", u"Counts and sizes", runStats },
        { u"search", u"BOOK QUERY... [--json] [--limit N] [--offset N] [--sort relevance|date]",
          u"Full-text search (query syntax: docs/search.md; put -- before a query that starts with -)", runSearch },
        { u"bench", u"import|... [options]", u"Print speed figures (see 'casebook-cli bench --help')", runBench },
    };
    return table;
}

} // namespace casebook::cli
