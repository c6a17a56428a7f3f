#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the Windows .ico and the macOS .icns from resources/icons/casebook.svg. Run once after the SVG changes and
# commit both files: the Windows and macOS builds have no SVG renderer to hand. (The Linux package renders its
# hicolor PNGs at build time, see packaging/CMakeLists.txt.)
# Needs librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
svg="$here/../resources/icons/casebook.svg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --output "$work/casebook-$size.png" "$svg"
done
# Windows shows 16–48 in lists and the Start menu, 256 in large views.
icotool --create --output "$here/windows/casebook.ico" \
    "$work"/casebook-{16,24,32,48,64,128}.png --raw="$work/casebook-256.png"
png2icns "$here/macos/casebook.icns" "$work"/casebook-{16,32,48,128,256,512,1024}.png >/dev/null
echo "wrote $here/windows/casebook.ico and $here/macos/casebook.icns"
