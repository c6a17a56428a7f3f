// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../support/testarticles.h"
#include "store/articlelistquery.h"
#include "store/casebookstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace casebook;
using casebook::testing::makeArticle;

namespace {

using SortKey = ArticleListRequest::SortKey;

/// An article with the list's fields set; its text grows with `words`, so sizes differ.
ImportedArticle listed(int variant, const QString &title, const QString &source, const QString &date,
                       const QString &language, int words)
{
    ImportedArticle article = makeArticle(variant, title);
    article.meta.setValue(ArticleField::Source, source, MetadataOrigin::Document);
    if (!date.isEmpty())
        article.meta.setValue(ArticleField::Published, date, MetadataOrigin::Document);
    article.meta.setValue(ArticleField::Language, language, MetadataOrigin::TextPattern);
    article.text += QString(u" more"_s).repeated(words);
    for (int word = 0; word < 40; ++word) // words of its own, so that no two are near-duplicates
        article.text += u" w%1"_s.arg(variant * 100 + word);
    article.original = article.text.toUtf8();
    return article;
}

/// The same text in another file: the store links it to its first copy.
ImportedArticle copyOf(const ImportedArticle &original, const QString &source)
{
    ImportedArticle copy = original;
    copy.path += u".copy-"_s + source;
    copy.original = source.toUtf8() + copy.original; // other bytes, the same text
    copy.meta.setValue(ArticleField::Source, source, MetadataOrigin::Document);
    return copy;
}

/// The order the list promises, computed here from every article rather than by SQL: the key, then the id.
bool before(const Article &a, const Article &b, SortKey key, bool descending)
{
    int order = 0;
    switch (key) {
    case SortKey::Published: // undated first going up, as SQL's NULL
        order = QString::compare(a.meta.published.isValid() ? a.meta.published.toIso() : QString(),
                                 b.meta.published.isValid() ? b.meta.published.toIso() : QString());
        if (a.meta.published.isValid() != b.meta.published.isValid())
            order = a.meta.published.isValid() ? 1 : -1;
        break;
    case SortKey::Title: // the titles here are ASCII: SQLite's NOCASE folds exactly that
        order = QString::compare(a.meta.title, b.meta.title, Qt::CaseInsensitive);
        break;
    case SortKey::Source:
        order = QString::compare(a.meta.source, b.meta.source, Qt::CaseInsensitive);
        break;
    case SortKey::Language:
        order = QString::compare(a.meta.language, b.meta.language);
        break;
    case SortKey::Size:
        order = a.chars < b.chars ? -1 : a.chars > b.chars ? 1 : 0;
        break;
    }
    if (order == 0)
        order = a.id < b.id ? -1 : 1;
    return descending ? order > 0 : order < 0;
}

/// Every page of a list, read `limit` originals at a time as the window scrolls.
QList<ArticleListPage> allPages(CasebookStore &store, ArticleListRequest request, qint64 limit)
{
    QList<ArticleListPage> pages;
    request.limit = limit;
    for (request.offset = 0;; request.offset += limit) {
        request.countTotals = request.offset == 0;
        pages.append(store.articleList().page(request));
        if (pages.last().originals.size() < limit)
            return pages;
    }
}

QList<qint64> idsOf(const QList<Article> &articles)
{
    QList<qint64> ids;
    for (const Article &article : articles)
        ids.append(article.id);
    return ids;
}

} // namespace

class TestArticleListQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CasebookStore> m_store;
    qint64 m_copyOfCopy = 0;
    qint64 m_itsOriginal = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<CasebookStore>(m_dir.filePath(u"list.casebook"_s));
        const QStringList titles { u"alpha"_s, u"Bravo"_s, u"charlie"_s, u"Delta"_s, u"echo"_s, u"Foxtrot"_s };
        const QStringList sources { u"Asia Wire"_s, u"harbour post"_s, u"DevPulse"_s, u"Tech Daily"_s };
        const QStringList dates { u"2025-02-18"_s, u"2024-05"_s, u"2023"_s, QString(), u"2025-07-15"_s };
        const QStringList languages { u"en"_s, u"zh-Hans"_s, u"fr"_s };
        std::vector<ImportedArticle> batch;
        for (int i = 0; i < 40; ++i)
            batch.push_back(listed(100 + i, titles.at(i % titles.size()) + u" %1"_s.arg(i % 7),
                                   sources.at(i % sources.size()), dates.at(i % dates.size()),
                                   languages.at(i % languages.size()), (i * 7) % 13));
        // Copies: reposts of some originals, one from a source no original has.
        for (const int i : { 1, 5, 9, 22, 30 })
            batch.push_back(copyOf(batch.at(size_t(i)), u"Repost Hub"_s));
        batch.push_back(copyOf(batch.at(3), u"Newswire"_s));
        const std::vector<AddOutcome> added = m_store->addArticles(batch);
        QCOMPARE(m_store->articleCount(), 46);
        // A copy of a copy (a near-duplicate linked to a repost): it folds under the original all the same.
        const ImportedArticle third = listed(900, u"Golf"_s, u"Aggregator"_s, u"2025-01-01"_s, u"en"_s, 1);
        m_copyOfCopy = m_store->addArticles({ third }).front().articleId;
        m_itsOriginal = added.at(1).articleId;
        const qint64 repost = added.at(40).articleId;
        QCOMPARE(added.at(40).duplicateOf, m_itsOriginal);
        m_store->database().exec(
            u"UPDATE articles SET duplicate_of = %1 WHERE id = %2"_s.arg(repost).arg(m_copyOfCopy));
    }

    void everyOrderMatchesTheSqlOrderPageByPage_data()
    {
        QTest::addColumn<SortKey>("key");
        QTest::addColumn<bool>("descending");
        const QList<std::pair<const char *, SortKey>> keys { { "date", SortKey::Published },
                                                             { "title", SortKey::Title },
                                                             { "source", SortKey::Source },
                                                             { "language", SortKey::Language },
                                                             { "size", SortKey::Size } };
        for (const auto &[name, key] : keys) {
            QTest::addRow("%s up", name) << key << false;
            QTest::addRow("%s down", name) << key << true;
        }
    }

    void everyOrderMatchesTheSqlOrderPageByPage()
    {
        QFETCH(SortKey, key);
        QFETCH(bool, descending);
        QList<Article> originals;
        for (const Article &article : m_store->articles())
            if (!article.duplicateOf)
                originals.append(article);
        std::stable_sort(originals.begin(), originals.end(),
                         [&](const Article &a, const Article &b) { return before(a, b, key, descending); });

        ArticleListRequest request;
        request.sort = key;
        request.descending = descending;
        const QList<ArticleListPage> pages = allPages(*m_store, request, 7);
        QCOMPARE(pages.first().matchingOriginals, qint64(40));
        QCOMPARE(pages.first().articles, qint64(47));
        QCOMPARE(pages.size(), 6); // 7 + 7 + 7 + 7 + 7 + 5
        QList<qint64> listed;
        qint64 copies = 0;
        for (const ArticleListPage &page : pages) {
            QCOMPARE(page.request.offset, qint64(listed.size()));
            listed.append(idsOf(page.originals));
            for (const QList<Article> &under : page.copiesOf)
                copies += under.size();
            if (page.request.offset > 0)
                QCOMPARE(page.matchingOriginals, qint64(-1)); // counted once, with the first page
        }
        QCOMPARE(listed, idsOf(originals));
        QCOMPARE(copies, qint64(7)); // every copy once, under its original
    }

    void everyOrderPagesFromAnIndexWithoutSorting_data() { everyOrderMatchesTheSqlOrderPageByPage_data(); }

    void everyOrderPagesFromAnIndexWithoutSorting()
    {
        // Format 10 indexes each order over the originals: a page deep in the list is read from the index, with no
        // sort of the casebook's articles (which at a million articles took seconds a page).
        QFETCH(SortKey, key);
        QFETCH(bool, descending);
        ArticleListRequest request;
        request.sort = key;
        request.descending = descending;
        request.offset = 14;
        request.limit = 7;
        request.countTotals = false;
        SqliteDatabase &db = m_store->database();
        const SqliteDatabase::Work before = db.work();
        const ArticleListPage page = ArticleListQuery(db).page(request);
        QCOMPARE(page.originals.size(), 7);
        QCOMPARE(db.work().sorts - before.sorts, qint64(0));
    }

    void copiesFoldUnderTheOriginalTheirChainLeadsTo()
    {
        ArticleListRequest request;
        request.limit = 100;
        const ArticleListPage page = m_store->articleList().page(request);
        const QList<qint64> under = idsOf(page.copiesOf.value(m_itsOriginal));
        QCOMPARE(under.size(), qsizetype(2));
        QVERIFY(under.contains(m_copyOfCopy));
        for (const Article &copy : page.copiesOf.value(m_itsOriginal))
            QVERIFY(copy.duplicateOf != 0);
        QVERIFY(!idsOf(page.originals).contains(m_copyOfCopy));
        // The list reads no text, only what it shows.
        QVERIFY(page.originals.first().text.isEmpty());
        QVERIFY(page.originals.first().chars > 0);
        QVERIFY(!page.originals.first().path.isEmpty());
    }

    void theQuickFilterCountsWhatItLists()
    {
        QList<Article> all = m_store->articles();
        const auto matches = [](const Article &article, const QString &text) {
            return article.meta.title.contains(text, Qt::CaseInsensitive)
                || article.meta.source.contains(text, Qt::CaseInsensitive)
                || article.meta.language.contains(text, Qt::CaseInsensitive)
                || article.meta.published.toIso().contains(text, Qt::CaseInsensitive);
        };
        for (const QString &text : { u"WIRE"_s, u"2024"_s, u"zh"_s, u"bravo 1"_s, u"50%"_s, u"no such thing"_s }) {
            // Originals that match, or that have a copy that matches.
            QSet<qint64> expected;
            for (const Article &article : all)
                if (matches(article, text)) {
                    qint64 original = article.id;
                    for (const Article &up : all)
                        if (up.id == article.duplicateOf)
                            original = up.duplicateOf ? up.duplicateOf : up.id;
                    expected.insert(original);
                }
            ArticleListRequest request;
            request.quickFilter = text;
            const QList<ArticleListPage> pages = allPages(*m_store, request, 4);
            QCOMPARE(pages.first().matchingOriginals, qint64(expected.size()));
            QCOMPARE(pages.first().articles, qint64(47)); // the casebook's articles, whatever the filter
            QSet<qint64> listed;
            for (const ArticleListPage &page : pages) {
                for (const Article &original : page.originals)
                    listed.insert(original.id);
                for (const QList<Article> &copies : page.copiesOf)
                    for (const Article &copy : copies)
                        QVERIFY2(matches(copy, text), qPrintable(copy.meta.source)); // only matching copies
            }
            QCOMPARE(listed, expected);
        }
        // A copy that matches keeps its original listed, though the original does not match.
        ArticleListRequest newswire;
        newswire.quickFilter = u"newswire"_s;
        const ArticleListPage page = m_store->articleList().page(newswire);
        QCOMPARE(page.originals.size(), qsizetype(1));
        QVERIFY(!page.originals.first().meta.source.contains(u"Newswire"_s));
        QCOMPARE(page.copiesOf.value(page.originals.first().id).size(), qsizetype(1));
    }

    void headingsNameTheArticlesAskedFor()
    {
        const QList<ArticleHeading> headings = m_store->articleList().headings({ 1, 4, 99999 });
        QCOMPARE(headings.size(), qsizetype(2));
        QCOMPARE(headings.at(0).id, qint64(1));
        QCOMPARE(headings.at(0).title, m_store->article(1)->meta.title);
        QCOMPARE(headings.at(0).published, QDate(2025, 2, 18));
        QVERIFY(!headings.at(1).published.isValid()); // article 4 is undated
        QVERIFY(m_store->articleList().headings({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleListQuery)
#include "tst_articlelistquery.moc"
