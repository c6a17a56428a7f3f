// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

namespace casebook::cli {

int runImport(const QStringList &arguments, CliStreams &io);
int runArticles(const QStringList &arguments, CliStreams &io);
int runShow(const QStringList &arguments, CliStreams &io);
int runStats(const QStringList &arguments, CliStreams &io);
int runMeta(const QStringList &arguments, CliStreams &io);
int runSearch(const QStringList &arguments, CliStreams &io);
int runAnalyse(const QStringList &arguments, CliStreams &io);
int runEntities(const QStringList &arguments, CliStreams &io);
int runEntity(const QStringList &arguments, CliStreams &io);
int runMentions(const QStringList &arguments, CliStreams &io);
int runEvents(const QStringList &arguments, CliStreams &io);
int runEval(const QStringList &arguments, CliStreams &io);
int runReextract(const QStringList &arguments, CliStreams &io);
int runDelete(const QStringList &arguments, CliStreams &io);
int runAnnotate(const QStringList &arguments, CliStreams &io);
int runAnnotations(const QStringList &arguments, CliStreams &io);
int runAnnotation(const QStringList &arguments, CliStreams &io);
int runTags(const QStringList &arguments, CliStreams &io);
int runTag(const QStringList &arguments, CliStreams &io);
int runReport(const QStringList &arguments, CliStreams &io);
int runExport(const QStringList &arguments, CliStreams &io);
int runBench(const QStringList &arguments, CliStreams &io);

const std::vector<CliCommand> &commandTable()
{
    static const std::vector<CliCommand> table = {
        { u"import",
          u"BOOK PATH... [--threads N] [--no-analysis] [--json] [--ocr-languages eng+chi_sim] [--time-limit S] "
          u"[--analysis-limit S]",
          u"Import files and folders (creates BOOK if missing), then find entities and dates in what came in",
          runImport },
        { u"articles", u"BOOK [--json]", u"List the articles", runArticles },
        { u"show", u"BOOK ID [--json]", u"Show one article with its text", runShow },
        { u"meta", u"BOOK ID --set FIELD=VALUE... --reset FIELD... [--json]",
          u"Correct an article's metadata (title, source, author, url, published, language)", runMeta },
        { u"stats", u"BOOK [--json]", u"Counts and sizes", runStats },
        { u"delete", u"BOOK ID... [--batch] [--json]",
          u"Delete articles with their mentions, events and index rows (--batch: their whole import batch)",
          runDelete },
        { u"search", u"BOOK QUERY... [--json] [--limit N] [--offset N] [--sort relevance|date|oldest|title|source]",
          u"Full-text search (query syntax: docs/search.md; put -- before a query that starts with -)", runSearch },
        { u"analyse", u"BOOK [--stale] [--threads N] [--analysis-limit S] [--json]",
          u"Find entities and dated events again (all articles, or only stale ones; docs/analysis.md)", runAnalyse },
        { u"entities", u"BOOK [--type T] [--json]", u"List entities with their aliases and counts", runEntities },
        { u"entity", u"BOOK merge NAME INTO | split ALIAS | rename NAME NEW | retype NAME TYPE | reject NAME [--json]",
          u"Record an analyst's decision about an entity (kept across re-analysis)", runEntity },
        { u"annotate", u"BOOK ARTICLE_ID --quote TEXT [--occurrence N] [--note TEXT] [--tag T]... [--color C] [--json]",
          u"Annotate a passage of an article (found from its quote)", runAnnotate },
        { u"annotations", u"BOOK [--tag T] [--article ID] [--json]", u"List annotations", runAnnotations },
        { u"annotation", u"BOOK delete|edit ID [--note TEXT] [--tag T]... [--color C] [--json]",
          u"Delete an annotation, or change its note, tags or colour", runAnnotation },
        { u"tags", u"BOOK [--json]", u"List the annotation tags with how many annotations carry each", runTags },
        { u"tag", u"BOOK rename OLD NEW | color NAME C",
          u"Rename a tag (onto an existing one: merge them) or give it a colour", runTag },
        { u"report",
          u"BOOK list | show NAME | new NAME | set NAME | section NAME HEADING | add NAME "
          u"(--annotation ID | --article ID [--quote Q] | --entity NAME | --event ID) | delete NAME "
          u"[--title T] [--style author-date|notes-bibliography] [--section H] [--text T] [--json]",
          u"Compose reports: sections in order, items with the analyst's words (saved in the casebook)", runReport },
        { u"export",
          u"BOOK --format pdf|html|md|csv|json|qdpx|csl-json|ris [--report NAME] [--style S] "
          u"[--table annotations|entities|events] -o FILE [--json]",
          u"Export a report (or every annotation), tables, a REFI-QDA project or a bibliography", runExport },
        { u"mentions", u"BOOK ID [--json]", u"List the entity mentions of an article with their offsets", runMentions },
        { u"events", u"BOOK [--article ID] [--json]", u"List dated events: date, precision, phrase, sentence",
          runEvents },
        { u"eval", u"BOOK GOLD.tsv | --texts DIR GOLD.tsv [--json] [--verbose]",
          u"Score entities and event dates against a gold set (precision, recall, F1)", runEval },
        { u"reextract", u"BOOK [--json]",
          u"Run today's importers again on the stored originals (text, metadata; corrections kept; docs/import.md)",
          runReextract },
        { u"bench", u"import|... [options]", u"Print speed figures (see 'casebook-cli bench --help')", runBench },
    };
    return table;
}

} // namespace casebook::cli
