// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations: found from their quote, re-anchored when the text changes, orphaned (never dropped) when their
// passage or article is gone, and back in place when the article is restored.
#include "search/searchengine.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

ImportedArticle article(const QString &path, const QString &text)
{
    ImportedArticle a;
    a.path = path;
    a.format = u"text"_s;
    a.text = text;
    a.original = text.toUtf8();
    return a;
}

const QString original = u"The hospital said the model drafts notes. Doctors check every note. "
                         u"The hospital said the pilot will grow. 医院表示，模型将扩大使用。"_s;

} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_books = 0;

private Q_SLOTS:
    void annotateByQuoteAndOccurrence()
    {
        CasebookStore store(m_dir.filePath(u"a%1.casebook"_s.arg(++m_books)));
        store.addArticles({ article(u"/a.txt"_s, original) });
        AnnotationStore annotations = store.annotations();
        const Annotation second = annotations.annotate(1, u"The hospital said"_s, 2,
                                                       { u"Second claim"_s, { u"claims"_s, u"Health"_s }, u"green"_s });
        QCOMPARE(second.start, original.indexOf(u"The hospital said"_s, 1));
        QCOMPARE(second.quote, u"The hospital said"_s);
        QCOMPARE(second.content.tags, (QStringList { u"claims"_s, u"Health"_s }));
        QCOMPARE(second.prefix,
                 original.mid(second.start - AnnotationStore::contextLength, AnnotationStore::contextLength));
        const Annotation chinese = annotations.annotate(1, u"模型将扩大使用"_s, 1, { {}, { u"health"_s }, {} });
        QCOMPARE(original.mid(chinese.start, chinese.end - chinese.start), u"模型将扩大使用"_s);
        QCOMPARE(chinese.content.tags, QStringList { u"Health"_s }); // tags compare without case
        QCOMPARE(annotations.annotations({ u"HEALTH"_s, 0 }).size(), 2);
        QCOMPARE(annotations.annotations({ u"claims"_s, 0 }).size(), 1);

        // Bad requests say what is wrong and change nothing.
        QVERIFY_THROWS_EXCEPTION(CasebookError, annotations.annotate(1, u"not in the text"_s, 1, {}));
        QVERIFY_THROWS_EXCEPTION(CasebookError, annotations.annotate(1, u"The hospital said"_s, 3, {}));
        QVERIFY_THROWS_EXCEPTION(CasebookError, annotations.annotate(99, u"x"_s, 1, {}));
        QVERIFY_THROWS_EXCEPTION(CasebookError, annotations.annotate(1, u"Doctors"_s, 1, { {}, {}, u"plaid"_s }));
        QCOMPARE(annotations.annotations().size(), 2);

        annotations.edit(second.id, { u"Edited"_s, { u"checked"_s }, u"#ff8800"_s });
        const Annotation edited = *annotations.annotation(second.id);
        QCOMPARE(edited.content.note, u"Edited"_s);
        QCOMPARE(edited.content.tags, QStringList { u"checked"_s });
        QCOMPARE(edited.content.color, u"#ff8800"_s);
        annotations.remove(chinese.id);
        QCOMPARE(annotations.annotations().size(), 1);
    }

    void tagAndNoteInTheQueryLanguage()
    {
        CasebookStore store(m_dir.filePath(u"a%1.casebook"_s.arg(++m_books)));
        store.addArticles({ article(u"/a.txt"_s, original), article(u"/b.txt"_s, u"Another hospital article."_s),
                            article(u"/c.txt"_s, u"A third hospital piece, 100% certain."_s) });
        store.annotations().annotate(1, u"Doctors check"_s, 1,
                                     { u"Follow up with the 100% claim"_s, { u"Claims"_s }, {} });
        store.annotations().annotate(2, u"Another"_s, 1, { u"minor"_s, { u"other"_s }, {} });
        auto ids = [&](const QString &query) {
            SearchRequest request;
            request.query = query;
            QList<qint64> found;
            for (const SearchResult &result : SearchEngine(store).search(request).results)
                found.append(result.articleId);
            std::sort(found.begin(), found.end());
            return found;
        };
        QCOMPARE(ids(u"tag:claims"_s), QList<qint64> { 1 }); // without case
        QCOMPARE(ids(u"tag:claims OR tag:other"_s), (QList<qint64> { 1, 2 }));
        QCOMPARE(ids(u"hospital -tag:other"_s), (QList<qint64> { 1, 3 }));
        QCOMPARE(ids(u"note:\"follow up\""_s), QList<qint64> { 1 });
        QCOMPARE(ids(u"note:100%"_s), QList<qint64> { 1 }); // % is a character here, not a wildcard
        QCOMPARE(ids(u"tag:nothing"_s), QList<qint64> {});
    }

    void tagsAreAManagedList()
    {
        CasebookStore store(m_dir.filePath(u"a%1.casebook"_s.arg(++m_books)));
        store.addArticles({ article(u"/a.txt"_s, original) });
        AnnotationStore annotations = store.annotations();
        annotations.annotate(1, u"Doctors"_s, 1, { {}, { u"claim"_s, u"health"_s }, {} });
        annotations.annotate(1, u"every note"_s, 1, { {}, { u"claims"_s }, {} });
        annotations.renameTag(u"claim"_s, u"claims"_s); // onto an existing tag: one tag now
        const QList<TagCount> tags = annotations.tags();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.first().name, u"claims"_s);
        QCOMPARE(tags.first().annotations, 2);
        annotations.renameTag(u"health"_s, u"Health care"_s);
        QCOMPARE(annotations.tags().last().name, u"Health care"_s);
        annotations.setTagColor(u"claims"_s, u"orange"_s);
        QCOMPARE(annotations.tags().first().color, u"orange"_s);
        QVERIFY_THROWS_EXCEPTION(CasebookError, annotations.renameTag(u"nothing"_s, u"x"_s));
        QVERIFY_THROWS_EXCEPTION(CasebookError, annotations.setTagColor(u"claims"_s, u"plaid"_s));
        QCOMPARE(annotations.annotations({ u"claims"_s, 0 }).size(), 2);
    }

    void reanchoredWhenTheTextChanges()
    {
        const QString book = m_dir.filePath(u"a%1.casebook"_s.arg(++m_books));
        CasebookStore store(book);
        store.addArticles({ article(u"/a.txt"_s, original) });
        const Annotation note
            = store.annotations().annotate(1, u"Doctors check every note."_s, 1, { u"why"_s, {}, {} });
        const Annotation later = store.annotations().annotate(1, u"The hospital said"_s, 2, {});
        const Annotation gone = store.annotations().annotate(1, u"the model drafts notes"_s, 1, {});

        // A re-extraction puts a paragraph in front and rewords one sentence.
        ImportedArticle reread = article(u"/a.txt"_s,
                                         u"Update: corrected on Tuesday.\n\nThe hospital said the system writes "
                                         u"notes. Doctors check every note. The hospital said the pilot will grow."_s);
        store.replaceExtractedArticle(1, reread);
        const QString text = store.article(1)->text;
        const Annotation moved = *store.annotations().annotation(note.id);
        QVERIFY(!moved.orphaned);
        QCOMPARE(text.mid(moved.start, moved.end - moved.start), u"Doctors check every note."_s);
        // The second "The hospital said" is still the second one: its surroundings decide, not the first match.
        const Annotation second = *store.annotations().annotation(later.id);
        QVERIFY(!second.orphaned);
        QCOMPARE(second.start, text.indexOf(u"The hospital said"_s, text.indexOf(u"The hospital said"_s) + 1));
        // The reworded passage is kept, flagged, with its quote.
        const Annotation orphan = *store.annotations().annotation(gone.id);
        QVERIFY(orphan.orphaned);
        QCOMPARE(orphan.quote, u"the model drafts notes"_s);
        QCOMPARE(orphan.content.note, QString());
    }

    void deletedArticleOrphansAndRestoreAnchorsAgain()
    {
        CasebookStore store(m_dir.filePath(u"a%1.casebook"_s.arg(++m_books)));
        store.addArticles({ article(u"/a.txt"_s, original), article(u"/b.txt"_s, u"Another article."_s) });
        const Annotation kept = store.annotations().annotate(1, u"Doctors check"_s, 1, { u"keep"_s, {}, {} });
        const DeletedArticles deleted = store.deleteArticles({ 1 });
        const Annotation orphan = *store.annotations().annotation(kept.id);
        QVERIFY(orphan.orphaned); // never dropped
        QCOMPARE(orphan.content.note, u"keep"_s);
        store.restoreArticles(deleted);
        const Annotation back = *store.annotations().annotation(kept.id);
        QVERIFY(!back.orphaned);
        QCOMPARE(back.start, kept.start);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
