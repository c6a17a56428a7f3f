#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds the demo casebook and saves a screenshot of every view into docs/screenshots/ (offscreen, no display
# needed). Run after `scripts/casebook.sh run` or `test` has built Casebook.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CASEBOOK_BUILD_DIR:-"$here/build/release"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build_dir/bin/casebook-cli" import "$work/demo.casebook" "$here/resources/demo/html" "$here/resources/demo/text" >/dev/null
bash "$here/scripts/demo-report.sh" "$build_dir/bin/casebook-cli" "$work/demo.casebook"
# A private settings folder: no saved layout or history changes the pictures.
XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
  "$build_dir/bin/casebook" "$work/demo.casebook" --import "$here/resources/demo/text" --tour "$here/docs/screenshots"
# The Chinese interface (translations/casebook_zh_CN.ts) at a common desktop size.
XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
  "$build_dir/bin/casebook" "$work/demo.casebook" --language zh_CN --size 1600x1000 \
  --screenshot "$here/docs/screenshots/mainwindow-zh.png"
# A first run: no casebook and no recent ones, so the welcome shows (drawn over the window), English and Chinese.
XDG_CONFIG_HOME="$work/first-run" QT_QPA_PLATFORM=offscreen \
  "$build_dir/bin/casebook" --size 1280x800 --screenshot "$here/docs/screenshots/welcome.png"
XDG_CONFIG_HOME="$work/first-run" QT_QPA_PLATFORM=offscreen \
  "$build_dir/bin/casebook" --language zh_CN --size 1280x800 --screenshot "$here/docs/screenshots/welcome-zh.png"
ls "$here/docs/screenshots"
