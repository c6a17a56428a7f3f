// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs that once made a fuzz target (tests/fuzz, docs/robustness.md) crash or hang, fed to the function that
// failed, with the outcome each should have. The inputs live in tests/data/fuzz-regressions/<target>/; the replay
// ctests (fuzz_<target>_replay) also run them through the whole target.
#include "importers/ocr/imageimporter.h"
#include "importers/pageimage.h"
#include "util/casebookerror.h"
#include "util/dategrammar.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QString regressionsDir = QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/fuzz-regressions"_s;

QByteArray regression(const QString &name)
{
    QFile file(regressionsDir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fuzz regression input %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    /// Every saved input, by its path under fuzz-regressions/; a test function below reads each.
    const QStringList m_covered = { u"image/tiff-pages-in-a-loop.tif"_s, u"image/tiff-header-claiming-a-gigabyte.tif"_s,
                                    u"dates/count-back-by-a-negative-amount"_s };

private Q_SLOTS:
    void everySavedInputIsCovered()
    {
        // An input saved without a test here would only be replayed, never checked for its outcome.
        QStringList saved;
        QDirIterator it(regressionsDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            saved.append(QDir(regressionsDir).relativeFilePath(it.next()));
        saved.sort();
        QStringList covered = m_covered;
        covered.sort();
        QCOMPARE(saved, covered);
    }

    void tiffPagesInALoopAreReadOnce()
    {
        // A two-page TIFF whose second page directory names itself as the next: the decoder used to read that
        // page again and again until memory ran out. Each page is read once and the chain ends where it repeats.
        const QByteArray bytes = regression(u"image/tiff-pages-in-a-loop.tif"_s);
        const QList<QImage> pages = ImageImporter::decode(bytes);
        QCOMPARE(pages.size(), 2);
        for (const QImage &page : pages)
            QCOMPARE(page.size(), QSize(40, 12));
        QCOMPARE(PageImage::render(bytes, u"image"_s, 2, 300).size(), QSize(40, 12));
        QVERIFY(PageImage::render(bytes, u"image"_s, 3, 300).isNull());
    }

    void anImageClaimingAGigabyteIsRefusedBeforeDecoding()
    {
        // 190 bytes of TIFF whose header claims 65,319 × 14,333 pixels: decoding allocated 2 GB (Leptonica's pixels
        // and the gray copy) and the fuzzer ran out of memory. The header is read first and the file refused,
        // named with its size; the page-image pane gets nothing to show.
        const QByteArray bytes = regression(u"image/tiff-header-claiming-a-gigabyte.tif"_s);
        try {
            ImageImporter::decode(bytes);
            QFAIL("an image of nearly a billion pixels was decoded");
        } catch (const CasebookError &error) {
            QVERIFY2(error.message().contains(u"65319 × 14333 pixels, too large to read"_s),
                     qPrintable(error.message()));
        }
        QVERIFY(PageImage::render(bytes, u"image"_s, 1, 300).isNull());
    }

    void countingBackStaysInRange()
    {
        // The dates target's input starts with the amount to count back: -2147483613 years overflowed the year
        // (UBSan). An amount that is negative or past any dateline is no date; ordinary ones still count back.
        const QByteArray bytes = regression(u"dates/count-back-by-a-negative-amount"_s);
        qint32 amount = 0;
        std::memcpy(&amount, bytes.constData(), sizeof amount);
        QCOMPARE(amount, -2147483613);
        const QDateTime now(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
        using DateGrammar::TimeUnit;
        for (const TimeUnit unit :
             { TimeUnit::Minute, TimeUnit::Hour, TimeUnit::Day, TimeUnit::Week, TimeUnit::Month, TimeUnit::Year }) {
            QVERIFY(!DateGrammar::countBack(amount, unit, now));
            QVERIFY(!DateGrammar::countBack(std::numeric_limits<int>::max(), unit, now));
            QVERIFY(!DateGrammar::countBack(std::numeric_limits<int>::min(), unit, now));
        }
        QCOMPARE(DateGrammar::countBack(2, TimeUnit::Year, now)->date, QDate(2023, 1, 1));
        QCOMPARE(DateGrammar::countBack(3, TimeUnit::Day, now)->date, QDate(2025, 2, 28));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
