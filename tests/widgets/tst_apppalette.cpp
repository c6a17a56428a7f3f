// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark palettes: in the dark one a disabled button looks disabled, and after switching back to the
// light one the document pane's entity-type toggles have dark text again.
#include "documentpane/documentview.h"
#include "style/apppalette.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QImage>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
// The colour of a widget's text: the pixel farthest from its background (the pixel at its centre-left edge).
QColor inkOf(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    const QColor background = image.pixelColor(3, image.height() / 2);
    QColor ink = background;
    int farthest = -1;
    for (int y = 2; y < image.height() - 2; ++y) {
        for (int x = 4; x < image.width() - 4; ++x) {
            const QColor c = image.pixelColor(x, y);
            const int distance = std::abs(c.lightness() - background.lightness());
            if (distance > farthest) {
                farthest = distance;
                ink = c;
            }
        }
    }
    return ink;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString shots = QStringLiteral(CASEBOOK_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(shots);
    widget->grab().save(shots + u'/' + name);
}
} // namespace

class TestAppPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { applyApplicationPalette(false); }

    void disabledTextIsDimmedInTheDarkPalette()
    {
        const QPalette dark = darkPalette();
        for (const auto role : { QPalette::ButtonText, QPalette::WindowText, QPalette::Text }) {
            const QColor active = dark.color(QPalette::Active, role);
            const QColor disabled = dark.color(QPalette::Disabled, role);
            const QColor background = dark.color(QPalette::Active, QPalette::Window);
            QVERIFY2(active.lightness() - disabled.lightness() >= 60, qPrintable(disabled.name()));
            QVERIFY(disabled.lightness() > background.lightness()); // still readable
        }
    }

    void aDisabledButtonLooksDisabled()
    {
        applyApplicationPalette(true);
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *enabled = new QPushButton(u"Enabled"_s, &window);
        auto *disabled = new QPushButton(u"Disabled"_s, &window);
        disabled->setEnabled(false);
        layout->addWidget(enabled);
        layout->addWidget(disabled);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        saveScreenshot(&window, u"dark-buttons.png"_s);
        const int enabledInk = inkOf(enabled).lightness();
        const int disabledInk = inkOf(disabled).lightness();
        QVERIFY2(enabledInk - disabledInk >= 50, qPrintable(u"%1 vs %2"_s.arg(enabledInk).arg(disabledInk)));
    }

    void entityTogglesFollowThePalette()
    {
        DocumentView view;
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *toggle = view.findChild<QToolButton *>(u"toggle-organisation"_s);
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        const int lightChecked = inkOf(toggle).lightness();
        toggle->setChecked(false);
        const int lightUnchecked = inkOf(toggle).lightness();
        toggle->setChecked(true);
        QVERIFY2(lightChecked < 100 && lightUnchecked < 100,
                 qPrintable(u"%1 %2"_s.arg(lightChecked).arg(lightUnchecked)));
        saveScreenshot(&view, u"toggles-light.png"_s);

        applyApplicationPalette(true);
        QCoreApplication::processEvents();
        saveScreenshot(&view, u"toggles-dark.png"_s);
        QVERIFY2(inkOf(toggle).lightness() < 100, "checked toggles are light, so their text stays dark");
        toggle->setChecked(false);
        QVERIFY2(inkOf(toggle).lightness() > 150, "an unchecked toggle on the dark window has light text");
        toggle->setChecked(true);

        applyApplicationPalette(false);
        QCoreApplication::processEvents();
        saveScreenshot(&view, u"toggles-light-again.png"_s);
        QVERIFY2(inkOf(toggle).lightness() < 100, qPrintable(QString::number(inkOf(toggle).lightness())));
        toggle->setChecked(false);
        QVERIFY2(inkOf(toggle).lightness() < 100, qPrintable(QString::number(inkOf(toggle).lightness())));
    }
};

QTEST_MAIN(TestAppPalette)
#include "tst_apppalette.moc"
