// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/filedates.h"
#include "importers/importerregistry.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QDateTime importedAt(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);

const QString relativeDateline = u"Asia Wire Service | 2 hours ago\n\n"
                                 u"China's internet regulator summons Nvidia\n\n"
                                 u"The regulator said it had asked the company to explain what it called security "
                                 u"risks in chips sold in China, and to hand over documents."_s;

ImportedArticle importAt(const QString &path, const QString &text, const QDateTime &fileTime)
{
    return ImporterRegistry::withDefaultImporters().read({ path, text.toUtf8(), fileTime, importedAt });
}

} // namespace

/// Dates from a file's name and time: the name is preferred; the time is an estimate only when it can be the
/// moment the page was saved, and a relative dateline never resolves against a fresh copy's time.
class TestFileDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("iso");
        QTest::newRow("demo name") << u"/demo/text/en-2025-08-01-asiawire-cac-summons-nvidia-h20.txt"_s
                                   << u"2025-08-01"_s;
        QTest::newRow("compact") << u"/saved/20250801_nvidia.html"_s << u"2025-08-01"_s;
        QTest::newRow("underscores") << u"/saved/nvidia_2025_08_01.txt"_s << u"2025-08-01"_s;
        QTest::newRow("dots") << u"/saved/2025.08.01 nvidia.md"_s << u"2025-08-01"_s;
        QTest::newRow("dated folder") << u"/archive/2025-08-01/nvidia.txt"_s << u"2025-08-01"_s;
        QTest::newRow("year/month/day folders") << u"/archive/2025/08/01/nvidia.txt"_s << u"2025-08-01"_s;
        QTest::newRow("year/month folders") << u"/archive/2025/8/nvidia.txt"_s << u"2025-08"_s;
        QTest::newRow("name before folder") << u"/archive/2024-01-01/2025-08-01-nvidia.txt"_s << u"2025-08-01"_s;
        QTest::newRow("Windows path") << u"C:\\Users\\a\\2025\\08\\01\\nvidia.txt"_s << u"2025-08-01"_s;
        QTest::newRow("no date") << u"/saved/nvidia-h20.txt"_s << QString();
        QTest::newRow("not a month") << u"/saved/2025-13-01.txt"_s << QString();
        QTest::newRow("a long number") << u"/saved/article-1202508011234.txt"_s << QString();
        QTest::newRow("an id") << u"/saved/story-98120250801.txt"_s << QString();
        QTest::newRow("future") << u"/saved/2030-01-01-outlook.txt"_s << QString();
        QTest::newRow("too old") << u"/saved/1900-01-01.txt"_s << QString();
        QTest::newRow("a year folder alone") << u"/archive/2025/nvidia.txt"_s << QString();
    }

    void fromPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, iso);
        const auto date = FileDates::fromPath(path, importedAt);
        QCOMPARE(date ? date->toIso() : QString(), iso);
    }

    void savingTime()
    {
        SourceFile file { u"/a.txt"_s, {}, importedAt.addSecs(-3600), importedAt };
        QVERIFY(!FileDates::savingTime(file).isValid()); // an hour old: a copy, a download, a checkout
        file.modified = importedAt.addSecs(-FileDates::freshCopySeconds + 60);
        QVERIFY(!FileDates::savingTime(file).isValid());
        file.modified = importedAt.addDays(-3);
        QCOMPARE(FileDates::savingTime(file), file.modified);
        file.modified = importedAt.addDays(2); // the future
        QVERIFY(!FileDates::savingTime(file).isValid());
        file.modified = QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC); // an archive's zero date
        QVERIFY(!FileDates::savingTime(file).isValid());
        file.modified = QDateTime();
        QVERIFY(!FileDates::savingTime(file).isValid());
    }

    void fileNameBeatsFileTime()
    {
        // A checkout today: the relative dateline gives way to the date the file's name carries.
        const ImportedArticle article
            = importAt(u"/demo/en-2025-08-01-asiawire.txt"_s, relativeDateline, importedAt.addSecs(-600));
        QCOMPARE(article.meta.published.toIso(), u"2025-08-01"_s);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::FileName);
        QVERIFY(!article.text.contains(u"2 hours ago"_s));
    }

    void freshFileTimeGivesNoDate()
    {
        // No date in the name, and the file was copied minutes ago: "2 hours ago" says nothing.
        const ImportedArticle article = importAt(u"/in/asiawire.txt"_s, relativeDateline, importedAt.addSecs(-600));
        QVERIFY(!article.meta.published.isValid());
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::None);
        QVERIFY(!article.text.contains(u"2 hours ago"_s));
    }

    void oldFileTimeIsAnEstimate()
    {
        const QDateTime savedAt(QDate(2025, 8, 1), QTime(14, 0), Qt::UTC);
        const ImportedArticle article = importAt(u"/in/asiawire.txt"_s, relativeDateline, savedAt);
        QCOMPARE(article.meta.published.toIso(), u"2025-08-01"_s);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::Estimated);
    }

    void datelineBeatsFileName()
    {
        const ImportedArticle article
            = importAt(u"/in/2025-08-03-asiawire.txt"_s,
                       u"Asia Wire Service | 1 August 2025\n\n"_s + relativeDateline.section(u"\n\n"_s, 1),
                       importedAt.addSecs(-600));
        QCOMPARE(article.meta.published.toIso(), u"2025-08-01"_s);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::TextPattern);
    }

    void htmlWithoutDateTakesTheFileName()
    {
        const QString page = u"<html><head><title>Regulator summons Nvidia</title></head><body><article>"
                             u"<h1>Regulator summons Nvidia</h1><p>The regulator said it had asked the company to "
                             u"explain what it called security risks in chips sold in China, and to hand over "
                             u"documents about the chips.</p></article></body></html>"_s;
        const ImportedArticle article = importAt(u"/in/2025-08-01-summons.html"_s, page, importedAt.addSecs(-60));
        QCOMPARE(article.meta.published.toIso(), u"2025-08-01"_s);
        QCOMPARE(article.meta.origin(ArticleField::Published), MetadataOrigin::FileName);
    }
};

QTEST_GUILESS_MAIN(TestFileDates)
#include "tst_filedates.moc"
