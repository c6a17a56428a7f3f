// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/importerregistry.h"
#include "store/casebookstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

/// Re-running today's importers on stored originals: better text and metadata arrive, the analyst's
/// corrections stay, the near-duplicate index follows the new text.
class TestReextract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void improvedExtractionReplacesTheOldButNotTheAnalyst()
    {
        QFile page(QStringLiteral(CASEBOOK_SOURCE_DIR "/tests/data/importers/html/news-article.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const SourceFile source { page.fileName(), page.readAll(), QDateTime(QDate(2025, 3, 6), QTime(9, 0), Qt::UTC) };

        // As an older, cruder extractor left it: the whole page as text, the file name as title.
        ImportedArticle old;
        old.path = source.path;
        old.format = u"html"_s;
        old.encoding = u"UTF-8"_s;
        old.original = source.bytes;
        old.fileTime = source.modified;
        old.text = u"We use cookies. News Business Health Technology. Three public hospitals began routing notes."_s;
        old.meta.setValue(ArticleField::Title, u"news-article"_s, MetadataOrigin::FileName);

        QTemporaryDir dir;
        CasebookStore store(dir.filePath(u"old.casebook"_s));
        const qint64 id = store.addArticles({ old }).front().articleId;
        store.correct(id, ArticleField::Author, u"M. Ellison (corrected)"_s);

        const ImportedArticle reread
            = ImporterRegistry::withDefaultImporters().read({ source.path, store.original(id), source.modified });
        store.replaceExtractedArticle(id, reread);

        const auto article = store.article(id);
        QVERIFY(article);
        QVERIFY(article->text.contains(u"No decision is taken by the software alone"_s));
        QVERIFY(!article->text.contains(u"cookies"_s));
        QCOMPARE(article->meta.title, u"Harbour city hospitals put a reasoning model on the night shift"_s);
        QCOMPARE(article->meta.origin(ArticleField::Title), MetadataOrigin::Document);
        QCOMPARE(article->meta.source, u"Coastal Ledger"_s);
        QCOMPARE(article->meta.author, u"M. Ellison (corrected)"_s); // the analyst still wins
        QCOMPARE(article->chars, article->text.size());
        QCOMPARE(store.database().scalar(u"SELECT count(*) FROM article_signatures WHERE article_id = %1"_s.arg(id)),
                 1);

        // A repost of the re-extracted text is now recognised as a copy of it.
        ImportedArticle repost = reread;
        repost.path = u"/elsewhere/copy.txt"_s;
        repost.original = "another file";
        repost.fileHash.clear();
        repost.contentHash.clear();
        repost.nearDuplicateSignature.clear();
        repost.text = u"Reposted from the Coastal Ledger.\n\n"_s + reread.text;
        QCOMPARE(store.addArticles({ repost }).front().duplicateOf, id);
    }
};

QTEST_GUILESS_MAIN(TestReextract)
#include "tst_reextract.moc"
