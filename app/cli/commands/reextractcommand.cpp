// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliformat.h"
#include "importers/importerregistry.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace casebook::cli {

namespace {

struct Reread
{
    qint64 id = 0;
    QString path;
    std::optional<ImportedArticle> article;
    QString error;
    QDateTime importedAt; ///< the file was read then: its time is judged against that, as it was at import
};

} // namespace

/// `casebook-cli reextract BOOK`: runs today's importers again on every article's stored original, so that
/// improved extractors apply to casebooks imported before. Text, hashes, near-duplicate signatures and the
/// importer's metadata are replaced; the analyst's corrections keep winning; links between copies stay.
int runReextract(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, u"Print the counts as JSON"_s);
    parser.addOptions({ jsonOption });
    parseArguments(parser, arguments, u"reextract"_s, 1);
    const QString book = parser.positionalArguments().at(0);
    if (!QFileInfo::exists(book))
        throw CasebookError(u"%1 does not exist"_s.arg(book));

    QList<Article> articles;
    {
        CasebookStore reader(book, CasebookStore::Mode::ReadOnly);
        articles = reader.articles();
    }
    const ImporterRegistry registry = ImporterRegistry::withDefaultImporters();
    CasebookWriter writer(book);
    qint64 changedText = 0, changedMeta = 0, unchanged = 0, failed = 0;
    QJsonArray failures;
    constexpr qsizetype batchSize = 64;
    for (qsizetype from = 0; from < articles.size(); from += batchSize) {
        const QList<Article> chunk = articles.mid(from, batchSize);
        // Read the originals on this thread's own connection, extract on the workers, write on the writer.
        QList<Reread> work;
        {
            CasebookStore reader(book, CasebookStore::Mode::ReadOnly);
            for (const Article &article : chunk)
                work.append({ article.id, article.path, std::nullopt, QString(), article.importedAt });
            for (Reread &item : work) {
                const auto stored = reader.article(item.id);
                item.article = ImportedArticle();
                item.article->path = item.path;
                item.article->original = reader.original(item.id);
                item.article->fileTime = stored ? stored->fileTime : QDateTime();
            }
        }
        QtConcurrent::blockingMap(work, [&registry](Reread &item) {
            try {
                SourceFile source { item.path, item.article->original, item.article->fileTime, item.importedAt };
                ImportedArticle reread = registry.read(source);
                reread.fileTime = source.modified;
                item.article = std::move(reread);
            } catch (const CasebookError &error) {
                item.error = error.message();
                item.article.reset();
            }
        });
        const auto counts
            = writer
                  .submit([work](CasebookStore &store) {
                      std::array<qint64, 3> changed { 0, 0, 0 }; // new text, new metadata, neither
                      for (const Reread &item : work) {
                          if (!item.article)
                              continue;
                          const auto before = store.article(item.id);
                          store.replaceExtractedArticle(item.id, *item.article);
                          const auto after = store.article(item.id);
                          if (before && after) {
                              changed[0] += before->text != after->text;
                              bool metaChanged = false;
                              for (const ArticleField field : allArticleFields())
                                  metaChanged = metaChanged || before->meta.value(field) != after->meta.value(field);
                              changed[1] += metaChanged;
                              changed[2] += before->text == after->text && !metaChanged;
                          }
                      }
                      return changed;
                  })
                  .result();
        changedText += counts[0];
        changedMeta += counts[1];
        unchanged += counts[2];
        for (const Reread &item : std::as_const(work)) {
            if (item.article)
                continue;
            ++failed;
            failures.append(
                QJsonObject { { u"id"_s, item.id }, { u"path"_s, item.path }, { u"reason"_s, item.error } });
            if (!parser.isSet(jsonOption))
                io.err << item.path << ": " << item.error << " (kept as it was)\n";
        }
    }
    if (parser.isSet(jsonOption)) {
        printJson(io.out,
                  QJsonObject { { u"articles"_s, articles.size() },
                                { u"text_changed"_s, changedText },
                                { u"metadata_changed"_s, changedMeta },
                                { u"unchanged"_s, unchanged },
                                { u"failed"_s, failed },
                                { u"failures"_s, failures } });
    } else {
        // Every article in one of: new text or new metadata (or both), read again the same, or not read again.
        io.out << "re-extracted " << articles.size() - failed << "/" << articles.size() << " articles: " << changedText
               << " with new text, " << changedMeta << " with new metadata, " << unchanged << " the same as before; "
               << failed << " could not be read again and were kept as they were\n";
    }
    return failed ? PartialFailure : Success;
}

} // namespace casebook::cli
