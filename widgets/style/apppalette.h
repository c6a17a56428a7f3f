// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace casebook {

/// The window's dark palette. Unlike a palette built with QPalette::setColor(role, colour) alone, its Disabled
/// group is greyed out, so a disabled button does not look like an enabled one.
QPalette darkPalette();
/// Fusion's own light palette.
QPalette lightPalette();
/// Switches the application to Fusion with the dark or the light palette. Widgets that draw with colours of
/// their own (style sheets, charts) pick the change up from QEvent::PaletteChange.
void applyApplicationPalette(bool dark);

/// The analyst's choice of look: the system's own style and palette (as Casebook found them at start), or
/// Fusion with the light or the dark palette.
enum class Theme { System, Light, Dark };
void applyTheme(Theme theme);

} // namespace casebook
