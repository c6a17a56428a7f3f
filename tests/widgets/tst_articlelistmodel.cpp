// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelist/articlefilterproxy.h"
#include "articlelist/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
Article article(qint64 id, const QString &title, const QString &date, const QString &source, const QString &language)
{
    Article a;
    a.id = id;
    a.meta.setValue(ArticleField::Title, title, MetadataOrigin::Document);
    a.meta.setValue(ArticleField::Published, date, MetadataOrigin::Document);
    a.meta.setValue(ArticleField::Source, source, MetadataOrigin::Document);
    a.meta.setValue(ArticleField::Language, language, MetadataOrigin::TextPattern);
    a.chars = 1000 * id;
    return a;
}
} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsCopiesUnderTheirOriginal()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArticleFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Article original = article(1, u"Nvidia to resume H20 sales"_s, u"2025-07-15"_s, u"Harbour Post"_s, u"en"_s);
        Article repost = article(2, u"Nvidia to Resume H20 Sales"_s, u"2025-07-16"_s, u"Newsloop"_s, u"en"_s);
        repost.duplicateOf = 1;
        Article other = article(3, u"Kimi K2 first look"_s, u"2025-07-14"_s, u"DevPulse"_s, u"en"_s);
        Article orphan = article(4, u"Copy of a missing article"_s, u"2025-07-17"_s, u"Elsewhere"_s, u"en"_s);
        orphan.duplicateOf = 99;
        model.setArticles({ original, repost, other, orphan });
        QCOMPARE(model.articleCount(), 4);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex parent = model.indexOf(1, 0);
        QCOMPARE(model.rowCount(parent), 1);
        QCOMPARE(
            model.index(0, ArticleListModel::TitleColumn, parent).data(ArticleListModel::ArticleIdRole).toLongLong(),
            2);
        QCOMPARE(model.indexOf(2).parent(), parent);
        QVERIFY(model.indexOf(1).data().toString().contains(u"+1"_s));

        proxy.setQuickFilter(u"newsloop"_s); // only the copy matches: its original stays to hold it
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);

        // A new snapshot (the copy now stands alone) resets both, and an edit updates a child row in place.
        repost.duplicateOf = 0;
        proxy.setQuickFilter(QString());
        model.setArticles({ original, repost, other });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(proxy.rowCount(), 3);
        repost.duplicateOf = 1;
        model.setArticles({ original, repost, other });
        repost.meta.setValue(ArticleField::Title, u"Nvidia resumes H20 sales"_s, MetadataOrigin::Analyst);
        model.updateArticle(repost);
        QCOMPARE(model.indexOf(2).data().toString(), u"Nvidia resumes H20 sales"_s);
        model.setArticles({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void sortsAndFiltersOnTypedValues()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArticleFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticles({ article(1, u"Wuxi hotline"_s, u"2024-05"_s, u"Wuxi Daily"_s, u"en"_s),
                            article(2, u"杭州政务大模型"_s, u"2025-02-18"_s, u"科技日报网"_s, u"zh-Hans"_s),
                            article(3, u"Automakers and R1"_s, u"2023"_s, u"Asia Wire"_s, u"en"_s),
                            article(12, u"Undated note"_s, QString(), QString(), u"en"_s) });

        proxy.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ArticleListModel::TitleColumn).data().toString(), u"Undated note"_s);
        QCOMPARE(proxy.index(1, ArticleListModel::TitleColumn).data().toString(), u"Automakers and R1"_s);
        QCOMPARE(proxy.index(3, ArticleListModel::TitleColumn).data().toString(), u"杭州政务大模型"_s);

        proxy.sort(ArticleListModel::SizeColumn, Qt::DescendingOrder); // numbers, not strings: 12000 > 3000
        QCOMPARE(proxy.index(0, ArticleListModel::TitleColumn).data(ArticleListModel::ArticleIdRole).toLongLong(), 12);

        proxy.setQuickFilter(u"zh"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuickFilter(u"wuxi"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuickFilter(QString());
        QCOMPARE(proxy.rowCount(), 4);

        Article renamed = article(2, u"Hangzhou government model"_s, u"2025-02-18"_s, u"Tech Daily"_s, u"zh-Hans"_s);
        model.updateArticle(renamed);
        QCOMPARE(model.indexOf(2).data().toString(), u"Hangzhou government model"_s);
    }
};

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
