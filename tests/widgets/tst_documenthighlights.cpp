// SPDX-License-Identifier: GPL-3.0-or-later
// The document pane's highlight layers, drawn through each paragraph's layout: entity colours by type, search
// hits over them, the current hit over both; a type switched off loses its colour; a range across paragraphs is
// coloured in each; a new article starts without the old one's colours.
#include "documentpane/documentview.h"
#include "entities/entitycolors.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QString text = u"Sinopec met the hospital board in Hangzhou.\n\nThe hospital said Sinopec would pay.\n\n"
                     u"Nothing else happened."_s;

qsizetype nth(const QString &needle, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i)
        at = text.indexOf(needle, at + 1);
    return at;
}

Article article(qint64 id, const QString &body)
{
    Article shown;
    shown.id = id;
    shown.text = body;
    shown.meta.title = u"Highlights"_s;
    return shown;
}

} // namespace

class TestDocumentHighlights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layersAreDrawnInOrder()
    {
        DocumentView view;
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qsizetype firstSinopec = nth(u"Sinopec"_s, 0);
        const qsizetype secondSinopec = nth(u"Sinopec"_s, 1);
        const qsizetype hangzhou = nth(u"Hangzhou"_s, 0);
        const QList<EntityMark> marks
            = { { firstSinopec, firstSinopec + 7, EntityType::Organisation, u"Sinopec"_s },
                { hangzhou, hangzhou + 8, EntityType::Place, u"Hangzhou"_s },
                { secondSinopec, secondSinopec + 7, EntityType::Organisation, u"Sinopec"_s } };
        const QColor hitColor(255, 230, 80);
        const QList<Highlight> hits
            = { { firstSinopec, firstSinopec + 7, hitColor, {} }, { secondSinopec, secondSinopec + 7, hitColor, {} } };
        view.showArticle(article(1, text), marks, hits);

        // The first hit is current: orange over the yellow hit over the organisation's colour.
        QCOMPARE(view.currentHit(), 0);
        QCOMPARE(view.highlightColorAt(firstSinopec + 3), QColor(255, 150, 50));
        QCOMPARE(view.highlightColorAt(secondSinopec + 3), hitColor);
        QCOMPARE(view.highlightColorAt(hangzhou), entityColor(EntityType::Place));
        QVERIFY(!view.highlightColorAt(nth(u"board"_s, 0)).isValid());
        QVERIFY(!view.highlightColorAt(hangzhou + 8).isValid()); // the end is exclusive

        // F3: the current hit moves to the second paragraph, the first goes back to a plain hit.
        view.nextHit();
        QCOMPARE(view.highlightColorAt(firstSinopec + 3), hitColor);
        QCOMPARE(view.highlightColorAt(secondSinopec + 3), QColor(255, 150, 50));

        // Without search hits the entity colours show again; a type switched off loses its colour only.
        view.setSearchHits({});
        QCOMPARE(view.highlightColorAt(firstSinopec), entityColor(EntityType::Organisation));
        view.setEntityTypeVisible(EntityType::Organisation, false);
        QVERIFY(!view.highlightColorAt(firstSinopec).isValid());
        QCOMPARE(view.highlightColorAt(hangzhou), entityColor(EntityType::Place));
        view.setEntityTypeVisible(EntityType::Organisation, true);
        QCOMPARE(view.highlightColorAt(secondSinopec), entityColor(EntityType::Organisation));

        // And it is what the screen shows: around the first mention, the organisation's colour is drawn.
        view.scrollToOffset(0);
        const QImage image = view.textViewport()->grab().toImage();
        const QPoint at = view.viewportPositionOf(firstSinopec + 3);
        const QColor expected = entityColor(EntityType::Organisation);
        int coloured = 0;
        for (int dx = -8; dx <= 8; ++dx)
            for (int dy = -4; dy <= 4; ++dy) {
                const QColor drawn = image.pixelColor(std::clamp(at.x() + dx, 0, image.width() - 1),
                                                      std::clamp(at.y() + dy, 0, image.height() - 1));
                coloured += std::abs(drawn.red() - expected.red()) + std::abs(drawn.green() - expected.green())
                        + std::abs(drawn.blue() - expected.blue())
                    < 30;
            }
        QVERIFY2(coloured > 20, qPrintable(u"%1 pixels of %2 around the mention"_s.arg(coloured).arg(expected.name())));
        QDir().mkpath(QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s);
        view.grab().save(QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots/document-highlights.png"_s);
    }

    void aRangeAcrossParagraphsIsColouredInEach()
    {
        DocumentView view;
        view.resize(700, 300);
        view.showArticle(article(2, text));
        const qsizetype from = nth(u"Hangzhou"_s, 0);
        const qsizetype to = nth(u"would"_s, 0);
        view.setHighlights(HighlightLayer::Annotation, { { from, to, QColor(180, 220, 255), {} } });
        QCOMPARE(view.highlightColorAt(from), QColor(180, 220, 255));
        QCOMPARE(view.highlightColorAt(nth(u"The hospital"_s, 0)), QColor(180, 220, 255));
        QCOMPARE(view.highlightColorAt(to - 1), QColor(180, 220, 255));
        QVERIFY(!view.highlightColorAt(to).isValid());
        // Ranges outside the text are ignored, not clamped onto it.
        view.setHighlights(HighlightLayer::Annotation, { { 5, text.size() + 10, QColor(180, 220, 255), {} } });
        QVERIFY(!view.highlightColorAt(6).isValid());
    }

    void aNewArticleStartsWithoutTheOldColours()
    {
        DocumentView view;
        view.resize(700, 300);
        view.showArticle(article(3, text), { { 0, 7, EntityType::Organisation, u"Sinopec"_s } }, {});
        QCOMPARE(view.highlightColorAt(2), entityColor(EntityType::Organisation));
        view.showArticle(article(4, u"Plain words, nothing marked.\n\nA second paragraph."_s));
        QVERIFY(!view.highlightColorAt(2).isValid());
        view.setHighlights(HighlightLayer::SearchHit, { { 30, 36, QColor(255, 230, 80), {} } });
        QCOMPARE(view.highlightColorAt(31), QColor(255, 230, 80));
        QVERIFY(!view.highlightColorAt(2).isValid());
    }
};

QTEST_MAIN(TestDocumentHighlights)
#include "tst_documenthighlights.moc"
