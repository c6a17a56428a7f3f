// SPDX-License-Identifier: GPL-3.0-or-later
// casebook-cli end to end, and a casebook surviving an import killed at random points.
#include "../support/seeds.h"
#include "../support/testarticles.h"
#include "store/casebookstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CASEBOOK_BINARY_DIR) + u"/bin/casebook-cli"_s, arguments);
    process.waitForFinished(120000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             QString::fromUtf8(process.readAllStandardError()) };
}

/// Articles of our own writing, for tests that need any folder of articles.
QString ownArticles()
{
    return testing::fixtureArticlesDir();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void importListShowAndCorrect_data()
    {
        QTest::addColumn<QString>("rows"); // "seeds" or "fixtures" (tests/data/articles)
        QTest::addColumn<QString>("file"); // the article to correct
        QTest::addColumn<QString>("word"); // a word of its text
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<int>("minChars");
        QTest::newRow("seeds") << u"seeds"_s << u"000_"_s << u"PipeChina"_s << QStringList { u"en"_s } << 1000;
        QTest::newRow("fixtures") << u"fixtures"_s << u"en-grid-operator-models"_s << u"ZEGC"_s
                                  << QStringList { u"en"_s, u"zh-Hans"_s } << 100;
    }

    void importListShowAndCorrect()
    {
        QFETCH(QString, rows);
        QFETCH(QString, file);
        QFETCH(QString, word);
        QFETCH(QStringList, languages);
        QFETCH(int, minChars);
        if (rows == u"seeds"_s)
            CASEBOOK_SKIP_WITHOUT_SEEDS();
        const QString folder = rows == u"seeds"_s ? testing::seedsDir() : testing::fixtureArticlesDir();
        const QString book = m_dir.filePath(rows + u".casebook"_s);
        const CliResult imported = runCli({ u"import"_s, book, folder, u"--json"_s });
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(summary.value(u"added"_s).toInt(), 5);
        QCOMPARE(summary.value(u"failed"_s).toInt(), 0);

        const CliResult listed = runCli({ u"articles"_s, book, u"--json"_s });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray articles = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(articles.size(), 5);
        const QStringList keys = { u"id"_s,
                                   u"title"_s,
                                   u"source"_s,
                                   u"author"_s,
                                   u"url"_s,
                                   u"path"_s,
                                   u"published"_s,
                                   u"published_precision"_s,
                                   u"published_origin"_s,
                                   u"language"_s,
                                   u"encoding"_s,
                                   u"chars"_s,
                                   u"duplicate_of"_s };
        for (const QJsonValue &value : articles) {
            const QJsonObject article = value.toObject();
            for (const QString &key : keys)
                QVERIFY2(article.contains(key), qPrintable(key));
            QVERIFY2(languages.contains(article.value(u"language"_s).toString()),
                     qPrintable(article.value(u"language"_s).toString()));
            QVERIFY(article.value(u"chars"_s).toInt() > minChars);
        }

        int id = 0;
        for (const QJsonValue &value : articles)
            if (value.toObject().value(u"path"_s).toString().contains(file))
                id = value.toObject().value(u"id"_s).toInt();
        QVERIFY(id > 0);
        const CliResult corrected
            = runCli({ u"meta"_s, book, QString::number(id), u"--set"_s, u"published=2025-02-25"_s, u"--set"_s,
                       u"source=Asia Times"_s, u"--json"_s });
        QCOMPARE(corrected.exitCode, 0);
        const CliResult shown = runCli({ u"show"_s, book, QString::number(id), u"--json"_s });
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject article = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(article.value(u"published"_s).toString(), u"2025-02-25"_s);
        QCOMPARE(article.value(u"published_precision"_s).toString(), u"day"_s);
        QCOMPARE(article.value(u"published_origin"_s).toString(), u"analyst"_s);
        QCOMPARE(article.value(u"source"_s).toString(), u"Asia Times"_s);
        QVERIFY(article.value(u"text"_s).toString().contains(word));

        // Importing the same folder again changes nothing, and the correction survives.
        const CliResult again = runCli({ u"import"_s, book, folder, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"already_present"_s).toInt(), 5);
        const CliResult after = runCli({ u"show"_s, book, QString::number(id), u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(after.out).object().value(u"source"_s).toString(), u"Asia Times"_s);

        const CliResult stats = runCli({ u"stats"_s, book, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(u"articles"_s).toInt(), 5);
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(u"corrections"_s).toInt(), 2);

        // Where the file's bytes go: the parts add up to the file, and the originals are kept (compressed).
        const QJsonObject storage = QJsonDocument::fromJson(stats.out).object().value(u"storage_bytes"_s).toObject();
        qint64 parts = 0;
        for (const QString &part :
             { u"originals"_s, u"text"_s, u"index"_s, u"entities"_s, u"near_duplicates"_s, u"other"_s }) {
            QVERIFY2(storage.contains(part), qPrintable(part));
            parts += storage.value(part).toInteger();
        }
        QCOMPARE(parts, storage.value(u"file"_s).toInteger());
        QVERIFY(storage.value(u"originals"_s).toInteger() > 0);
        QVERIFY(storage.value(u"text_utf8"_s).toInteger() > 0);
        const CliResult statsText = runCli({ u"stats"_s, book });
        QVERIFY2(statsText.out.contains("the text it holds") && statsText.out.contains("originals:"),
                 statsText.out.constData());
    }

    void reextractCountsEveryArticleOnce()
    {
        const QString book = m_dir.filePath(u"reextract.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, ownArticles(), u"--no-analysis"_s }).exitCode, 0);
        const qint64 articles = QJsonDocument::fromJson(runCli({ u"stats"_s, book, u"--json"_s }).out)
                                    .object()
                                    .value(u"articles"_s)
                                    .toInteger();
        QVERIFY(articles > 0);
        // Nothing changed since the import: every article reads the same again, and the line says so.
        const CliResult again = runCli({ u"reextract"_s, book });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(
                     u"0 with new text, 0 with new metadata, %1 the same as before; 0 could not be read"_s.arg(articles)
                         .toUtf8()),
                 again.out.constData());
        const QJsonObject json = QJsonDocument::fromJson(runCli({ u"reextract"_s, book, u"--json"_s }).out).object();
        QCOMPARE(json.value(u"unchanged"_s).toInteger(), articles);
    }

    void benchImportPrintsBothRunsAndTheirRatio()
    {
        const CliResult result = runCli({ u"bench"_s, u"import"_s, u"--articles"_s, u"12"_s, u"--size"_s, u"600"_s });
        QCOMPARE(result.exitCode, 0);
        for (const char *line : { "1 worker:", "workers:", "speed-up:", "CPU (1 worker):" })
            QVERIFY2(result.out.contains(line), result.out.constData());

        // The same generated files for other tools (scripts/bench-recoll.sh); only into an empty folder.
        const QString corpus = m_dir.filePath(u"bench-corpus"_s);
        const CliResult written = runCli(
            { u"bench"_s, u"import"_s, u"--articles"_s, u"7"_s, u"--size"_s, u"600"_s, u"--write-corpus"_s, corpus });
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(QDir(corpus).entryList(QDir::Files).size(), 7);
        const CliResult again
            = runCli({ u"bench"_s, u"import"_s, u"--articles"_s, u"7"_s, u"--write-corpus"_s, corpus });
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains(u"empty folder"_s), qPrintable(again.err));
    }

    void everyCommandPrintsItsUsageOnHelp()
    {
        const CliResult overall = runCli({ u"--help"_s });
        QCOMPARE(overall.exitCode, 0);
        // The commands are the lines of the overall usage indented by two spaces (their summaries by six).
        QStringList names;
        for (const QByteArray &line : overall.out.split('\n'))
            if (line.startsWith("  ") && line.size() > 2 && line[2] != ' ')
                names.append(QString::fromUtf8(line.mid(2).split(' ').first()));
        QVERIFY2(names.contains(u"eval"_s) && names.contains(u"mentions"_s), overall.out.constData());
        for (const QString &name : std::as_const(names)) {
            for (const QString &option : { u"--help"_s, u"-h"_s }) {
                const CliResult help = runCli({ name, option });
                QVERIFY2(help.exitCode == 0, qPrintable(name + u": "_s + help.err));
                QVERIFY2(help.err.isEmpty(), qPrintable(name + u": "_s + help.err));
                QVERIFY2(!help.out.trimmed().isEmpty(), qPrintable(name));
                if (name != u"bench"_s) // bench lists its benchmarks instead
                    QVERIFY2(overall.out.contains(help.out), help.out.constData());
            }
        }
        // After a book and other arguments too, and for one benchmark.
        const CliResult late = runCli({ u"entities"_s, m_dir.filePath(u"none.casebook"_s), u"--help"_s });
        QCOMPARE(late.exitCode, 0);
        QVERIFY2(late.out.contains("entities"), late.out.constData());
        const CliResult benchmark = runCli({ u"bench"_s, u"analyse"_s, u"--help"_s });
        QCOMPARE(benchmark.exitCode, 0);
        QVERIFY2(benchmark.out.startsWith("usage: casebook-cli bench analyse [--articles N]"),
                 benchmark.out.constData());
        // After "--" it is a word of a search query, not a request for help.
        const CliResult query = runCli({ u"search"_s, m_dir.filePath(u"none.casebook"_s), u"--"_s, u"--help"_s });
        QVERIFY(query.exitCode != 0);
        QVERIFY2(query.err.contains(u"does not exist"_s), qPrintable(query.err));
    }

    void errorsGoToStderrWithNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(u"missing.casebook"_s);
        QTest::newRow("missing book") << QStringList { u"articles"_s, missing } << u"does not exist"_s;
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"unknown command"_s;
        QTest::newRow("bad id") << QStringList { u"show"_s, missing, u"abc"_s } << u"not an article id"_s;
        QTest::newRow("bad option") << QStringList { u"articles"_s, missing, u"--colour"_s } << u"colour"_s;
        // A command that reads never makes a casebook of an empty file.
        const QString empty = m_dir.filePath(u"empty.casebook"_s);
        QFile(empty).open(QIODevice::WriteOnly);
        QTest::newRow("empty book") << QStringList { u"articles"_s, empty } << u"is empty (0 bytes)"_s;
    }

    void errorsGoToStderrWithNonZeroExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult result = runCli(arguments);
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(QFileInfo(m_dir.filePath(u"empty.casebook"_s)).size(), 0);
    }

    void badCorrectionChangesNothing()
    {
        const QString book = m_dir.filePath(u"bad-meta.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, ownArticles() }).exitCode, 0);
        const CliResult result
            = runCli({ u"meta"_s, book, u"1"_s, u"--set"_s, u"title=Fine"_s, u"--set"_s, u"published=soon"_s });
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(u"not a valid published"_s), qPrintable(result.err));
        const CliResult stats = runCli({ u"stats"_s, book, u"--json"_s });
        QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(u"corrections"_s).toInt(), 0);
    }

    void deleteRemovesArticlesAndRefusesUnknownIds()
    {
        const QString book = m_dir.filePath(u"delete.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, ownArticles() }).exitCode, 0);
        const int before = QJsonDocument::fromJson(runCli({ u"stats"_s, book, u"--json"_s }).out)
                               .object()
                               .value(u"articles"_s)
                               .toInt();
        QVERIFY(before >= 3);
        // An unknown id: nothing is deleted, and the message names it.
        const CliResult refused = runCli({ u"delete"_s, book, u"1"_s, u"999"_s });
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(runCli({ u"delete"_s, book, u"abc"_s }).exitCode, 2); // a usage error
        QCOMPARE(runCli({ u"search"_s, book, u"x"_s, u"--sort"_s, u"bogus"_s }).exitCode, 2);
        QVERIFY(!runCli({ u"search"_s, book, u"x"_s, u"--sort"_s, u"bogus"_s }).err.contains(u"search: search:"_s));
        QVERIFY2(refused.err.contains(u"999"_s), qPrintable(refused.err));
        const CliResult deleted = runCli({ u"delete"_s, book, u"1"_s, u"--json"_s });
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(deleted.out).object().value(u"deleted"_s).toArray().size(), 1);
        QCOMPARE(runCli({ u"show"_s, book, u"1"_s }).exitCode, 1);
        const int after = QJsonDocument::fromJson(runCli({ u"stats"_s, book, u"--json"_s }).out)
                              .object()
                              .value(u"articles"_s)
                              .toInt();
        QCOMPARE(after, before - 1);
        // --batch: everything imported with article 2 (the one import above).
        QCOMPARE(runCli({ u"delete"_s, book, u"2"_s, u"--batch"_s }).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(runCli({ u"stats"_s, book, u"--json"_s }).out)
                     .object()
                     .value(u"articles"_s)
                     .toInt(),
                 0);
    }

    void annotateListEditDelete()
    {
        const QString book = m_dir.filePath(u"annotate.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, ownArticles(), u"--no-analysis"_s }).exitCode, 0);
        const QJsonObject shown
            = QJsonDocument::fromJson(runCli({ u"show"_s, book, u"1"_s, u"--json"_s }).out).object();
        const QString text = shown.value(u"text"_s).toString();
        const QString quote = text.mid(text.indexOf(u' ') + 1, 12).trimmed();
        QVERIFY(!quote.isEmpty());
        const CliResult made
            = runCli({ u"annotate"_s, book, u"1"_s, u"--quote"_s, quote, u"--note"_s, u"Check this"_s, u"--tag"_s,
                       u"claims"_s, u"--tag"_s, u"follow-up"_s, u"--color"_s, u"yellow"_s, u"--json"_s });
        QCOMPARE(made.exitCode, 0);
        const QJsonObject annotation = QJsonDocument::fromJson(made.out).object();
        for (const QString &key : { u"id"_s, u"article"_s, u"start"_s, u"end"_s, u"quote"_s, u"note"_s, u"tags"_s,
                                    u"color"_s, u"orphaned"_s })
            QVERIFY2(annotation.contains(key), qPrintable(key));
        QCOMPARE(annotation.value(u"quote"_s).toString(), quote);
        const int start = annotation.value(u"start"_s).toInt();
        QCOMPARE(text.mid(start, annotation.value(u"end"_s).toInt() - start), quote);
        QCOMPARE(annotation.value(u"tags"_s).toArray().size(), 2);

        // A quote the article does not contain: a clear message, nothing added.
        const CliResult missing = runCli({ u"annotate"_s, book, u"1"_s, u"--quote"_s, u"no such words here"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"does not contain"_s), qPrintable(missing.err));
        QCOMPARE(runCli({ u"annotate"_s, book, u"1"_s }).exitCode, 2); // no --quote: a usage error

        const QString id = QString::number(annotation.value(u"id"_s).toInt());
        QCOMPARE(runCli({ u"annotation"_s, book, u"edit"_s, id, u"--note"_s, u"Checked"_s }).exitCode, 0);
        const QJsonArray tagged
            = QJsonDocument::fromJson(runCli({ u"annotations"_s, book, u"--tag"_s, u"claims"_s, u"--json"_s }).out)
                  .array();
        QCOMPARE(tagged.size(), 1);
        QCOMPARE(tagged.first().toObject().value(u"note"_s).toString(), u"Checked"_s);
        QCOMPARE(tagged.first().toObject().value(u"tags"_s).toArray().size(), 2); // untouched by the edit
        QCOMPARE(runCli({ u"annotation"_s, book, u"delete"_s, id }).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(runCli({ u"annotations"_s, book, u"--json"_s }).out).array().size(), 0);
    }

    void reportComposedAndExportedFromTheCommandLine()
    {
        const QString book = m_dir.filePath(u"report.casebook"_s);
        QCOMPARE(runCli({ u"import"_s, book, ownArticles(), u"--no-analysis"_s }).exitCode, 0);
        const QString text = QJsonDocument::fromJson(runCli({ u"show"_s, book, u"1"_s, u"--json"_s }).out)
                                 .object()
                                 .value(u"text"_s)
                                 .toString();
        const QString quote = text.mid(text.indexOf(u' ') + 1, 12).trimmed();
        const QJsonObject annotation = QJsonDocument::fromJson(runCli({ u"annotate"_s, book, u"1"_s, u"--quote"_s,
                                                                        quote, u"--tag"_s, u"claims"_s, u"--json"_s })
                                                                   .out)
                                           .object();
        const QString id = QString::number(annotation.value(u"id"_s).toInt());
        QCOMPARE(runCli({ u"report"_s, book, u"new"_s, u"brief"_s, u"--title"_s, u"../../Brief: <one>"_s }).exitCode,
                 0);
        QCOMPARE(runCli({ u"report"_s, book, u"section"_s, u"brief"_s, u"Claims"_s, u"--text"_s, u"Why."_s }).exitCode,
                 0);
        QCOMPARE(runCli({ u"report"_s, book, u"add"_s, u"brief"_s, u"--annotation"_s, id, u"--text"_s, u"Mine."_s })
                     .exitCode,
                 0);
        QCOMPARE(runCli({ u"report"_s, book, u"add"_s, u"brief"_s, u"--annotation"_s, u"999"_s }).exitCode, 1);
        QCOMPARE(runCli({ u"report"_s, book, u"add"_s, u"brief"_s }).exitCode, 2); // nothing to add
        const QJsonObject shown
            = QJsonDocument::fromJson(runCli({ u"report"_s, book, u"show"_s, u"brief"_s, u"--json"_s }).out).object();
        QCOMPARE(shown.value(u"sections"_s).toArray().first().toObject().value(u"items"_s).toArray().size(), 1);

        for (const QString &format :
             { u"pdf"_s, u"html"_s, u"md"_s, u"csv"_s, u"json"_s, u"qdpx"_s, u"csl-json"_s, u"ris"_s }) {
            const QString out = m_dir.filePath(u"brief."_s + format);
            const CliResult exported = runCli(
                { u"export"_s, book, u"--format"_s, format, u"--report"_s, u"brief"_s, u"-o"_s, out, u"--json"_s });
            QVERIFY2(exported.exitCode == 0, qPrintable(format + u": "_s + exported.err));
            QVERIFY2(QFileInfo(out).size() > 0, qPrintable(format));
            QCOMPARE(QJsonDocument::fromJson(exported.out).object().value(u"path"_s).toString(), out);
        }
        // --style is Casebook's option, not Qt's (QGuiApplication would take a -style argument for itself).
        const QString notes = m_dir.filePath(u"notes.md"_s);
        QCOMPARE(runCli({ u"export"_s, book, u"--format"_s, u"md"_s, u"--report"_s, u"brief"_s, u"--style"_s,
                          u"notes-bibliography"_s, u"-o"_s, notes })
                     .exitCode,
                 0);
        QFile markdown(notes);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY(markdown.readAll().contains("[^1]: "));
        QFile html(m_dir.filePath(u"brief.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("&lt;one&gt;")); // the hostile title is text in the file

        // Mistakes are named and change nothing: an unknown format, no -o, the casebook itself as the target.
        QCOMPARE(runCli({ u"export"_s, book, u"--format"_s, u"docx"_s, u"-o"_s, m_dir.filePath(u"x"_s) }).exitCode, 2);
        QCOMPARE(runCli({ u"export"_s, book, u"--format"_s, u"pdf"_s }).exitCode, 2);
        // A name that says another format is written as asked, with a note.
        const CliResult mismatch
            = runCli({ u"export"_s, book, u"--format"_s, u"md"_s, u"-o"_s, m_dir.filePath(u"brief.pdf"_s) });
        QCOMPARE(mismatch.exitCode, 0);
        QVERIFY2(mismatch.err.contains(u"gets md content"_s), qPrintable(mismatch.err));
        const CliResult ontoBook = runCli({ u"export"_s, book, u"--format"_s, u"html"_s, u"-o"_s, book });
        QCOMPARE(ontoBook.exitCode, 1);
        QVERIFY2(ontoBook.err.contains(u"casebook itself"_s), qPrintable(ontoBook.err));
        QCOMPARE(runCli({ u"articles"_s, book }).exitCode, 0);
        QCOMPARE(runCli({ u"report"_s, book, u"delete"_s, u"brief"_s }).exitCode, 0);
        QCOMPARE(runCli({ u"report"_s, book, u"list"_s, u"--json"_s }).out.trimmed(), QByteArray("[\n]"));
    }

    void refusesToImportIntoANonCasebook()
    {
        const QString notes = m_dir.filePath(u"notes.txt"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my notes");
        file.close();
        const CliResult result = runCli({ u"import"_s, notes, ownArticles() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"not a casebook"_s), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("my notes"));
    }

    /// A process killed mid-import leaves a valid casebook holding whole batches, and a second import completes it.
    void killedImportLeavesAValidCasebook()
    {
        QTemporaryDir dir;
        const int files = 3000;
        testing::writeTextFiles(dir.filePath(u"corpus"_s), files);
        QRandomGenerator random(20250217);
        for (int round = 0; round < 6; ++round) {
            const QString book = dir.filePath(u"killed-%1.casebook"_s.arg(round));
            QProcess process;
            process.start(QStringLiteral(CASEBOOK_BINARY_DIR) + u"/bin/casebook-cli"_s,
                          { u"import"_s, book, dir.filePath(u"corpus"_s) });
            QVERIFY(process.waitForStarted());
            QTest::qSleep(int(random.bounded(30, 700))); // a kill point, not a timing assertion
            process.kill();
            process.waitForFinished();

            qint64 survived = 0;
            {
                CasebookStore store(book);
                auto integrity = store.database().prepare(u"PRAGMA integrity_check"_s);
                QVERIFY(integrity.step());
                QCOMPARE(integrity.text(0), u"ok"_s);
                survived = store.articleCount();
                QCOMPARE(store.database().scalar(u"SELECT count(*) FROM article_originals"_s), survived);
                QCOMPARE(store.database().scalar(u"SELECT count(*) FROM articles WHERE length(text) = 0"_s), 0);
            }
            const CliResult finished = runCli({ u"import"_s, book, dir.filePath(u"corpus"_s), u"--json"_s });
            QCOMPARE(finished.exitCode, 0);
            const QJsonObject summary = QJsonDocument::fromJson(finished.out).object();
            QCOMPARE(summary.value(u"already_present"_s).toInt(), survived);
            QCOMPARE(summary.value(u"added"_s).toInt() + survived, files);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
