// SPDX-License-Identifier: GPL-3.0-or-later
#include "apppalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace casebook {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(45, 47, 51));
    palette.setColor(QPalette::WindowText, QColor(225, 225, 225));
    palette.setColor(QPalette::Base, QColor(30, 31, 34));
    palette.setColor(QPalette::AlternateBase, QColor(40, 42, 46));
    palette.setColor(QPalette::Text, QColor(225, 225, 225));
    palette.setColor(QPalette::Button, QColor(55, 57, 62));
    palette.setColor(QPalette::ButtonText, QColor(225, 225, 225));
    palette.setColor(QPalette::BrightText, QColor(255, 120, 120));
    palette.setColor(QPalette::Highlight, QColor(61, 116, 178));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(60, 62, 66));
    palette.setColor(QPalette::ToolTipText, QColor(235, 235, 235));
    palette.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    palette.setColor(QPalette::Link, QColor(120, 170, 240));
    // Fusion draws bevels and frames from these; left at QPalette's light defaults they glow on a dark window.
    palette.setColor(QPalette::Light, QColor(75, 77, 82));
    palette.setColor(QPalette::Midlight, QColor(65, 67, 72));
    palette.setColor(QPalette::Mid, QColor(40, 41, 45));
    palette.setColor(QPalette::Dark, QColor(25, 26, 28));
    palette.setColor(QPalette::Shadow, QColor(10, 10, 12));

    // Disabled: text and buttons fade towards the window, so they read as unavailable.
    const QColor disabledText(120, 122, 126);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(48, 50, 54));
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(38, 39, 42));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 72, 76));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Light, QColor(48, 50, 54));
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(95, 97, 101));
    return palette;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

namespace {
/// The style and palette the platform gave the application, taken before Casebook first changes them (every change
/// goes through this file), so that "System" can put them back.
struct SystemLook
{
    QString style;
    QPalette palette;
};

const SystemLook &systemLook()
{
    static const SystemLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}
} // namespace

void applyTheme(Theme theme)
{
    if (theme != Theme::System) {
        applyApplicationPalette(theme == Theme::Dark);
        return;
    }
    const SystemLook &look = systemLook();
    if (QStyle *style = QStyleFactory::create(look.style))
        QApplication::setStyle(style);
    QApplication::setPalette(look.palette);
}

void applyApplicationPalette(bool dark)
{
    systemLook(); // remembered before the first change
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

} // namespace casebook
