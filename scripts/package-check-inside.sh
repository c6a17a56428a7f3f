#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside the clean Debian root that scripts/package-check.sh made, after `apt-get install ./casebook_*.deb`
# (with no recommended packages): checks that the package installed what the desktop needs and that the installed
# programs work on the installed demo casebook as an unprivileged user (on their copy of it, as the first run
# makes). Leaves its screenshots in OUT.
# The root holds only essential packages, apt, Casebook and what it depends on: no python, no image tools, hence
# the shell-only checks.
# Usage: package-check-inside.sh OUT
set -euo pipefail
out=$1
demo=/usr/share/casebook/demo.casebook
demo_articles=49 # resources/demo: 30 saved web pages and 19 text files, every one a distinct article
failures=0

ok() { printf "inside: ok   %s (%d s)\n" "$*" "$SECONDS"; }
bad() {
    printf 'inside: FAIL %s\n' "$*" >&2
    failures=$((failures + 1))
}
need_file() { if [ -f "$1" ]; then ok "$1"; else bad "missing $1 ($2)"; fi; }
need_glob() {
    local matches
    matches=$(compgen -G "$1" | head -1 || true)
    if [ -n "$matches" ]; then ok "$matches"; else bad "nothing matches $1 ($2)"; fi
}

# What the package itself installs.
need_file /usr/bin/casebook "the desktop application"
need_file /usr/bin/casebook-cli "the command line"
need_file "$demo" "the demo casebook, built at package time"
need_file /usr/share/applications/org.casebook.Casebook.desktop "the menu entry"
need_file /usr/share/metainfo/org.casebook.Casebook.metainfo.xml "AppStream metainfo"
need_file /usr/share/mime/packages/org.casebook.Casebook.xml "the MIME type of .casebook files"
need_file /usr/share/icons/hicolor/scalable/apps/org.casebook.Casebook.svg "the scalable icon"
need_file /usr/share/doc/casebook/copyright "the licence and the notices of the compiled-in word lists"
for size in 16 22 24 32 48 64 128 256 512; do
    need_file "/usr/share/icons/hicolor/${size}x${size}/apps/org.casebook.Casebook.png" "the ${size} px icon"
done

# What the programs load at run time without linking it: the Depends written by hand in packaging/CMakeLists.txt.
need_glob "/usr/lib/*/qt6/plugins/platforms/libqxcb.so" "Qt's X11 platform plugin"
need_glob "/usr/lib/*/qt6/plugins/imageformats/libqsvg.so" "Qt's SVG image plugin (the window icon)"
need_glob "/usr/lib/*/qt6/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so" "Chinese input (ibus)"
need_file /usr/share/qt6/translations/qtbase_zh_CN.qm "Qt's Chinese dialogs"
need_file /usr/share/opencc/t2s.json "OpenCC's Traditional-to-Simplified table"
need_glob "/usr/share/tesseract-ocr/*/tessdata/eng.traineddata" "Tesseract's English model"
need_glob "/usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata" "Tesseract's Simplified Chinese model"
need_glob "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" "a CJK font"

# The triggers of shared-mime-info and desktop-file-utils registered the type and the application for it.
if grep -q '^[0-9]*:application/x-casebook:\*\.casebook$' /usr/share/mime/globs2; then
    ok "*.casebook is application/x-casebook in the MIME database"
else
    bad "the MIME database has no *.casebook glob (/usr/share/mime/globs2)"
fi
handler=$(xdg-mime query default application/x-casebook || true)
if [ "$handler" = org.casebook.Casebook.desktop ]; then
    ok "xdg-mime query default application/x-casebook: $handler"
else
    bad "xdg-mime query default application/x-casebook named '$handler', not org.casebook.Casebook.desktop"
fi

# The programs, as an analyst would run them: not root, a home of their own, no display (offscreen).
mkdir -p "$out" /tmp/analyst/runtime
chown -R 65534:65534 "$out" /tmp/analyst
chmod 700 /tmp/analyst/runtime
as_analyst() {
    setpriv --reuid=65534 --regid=65534 --clear-groups \
        env HOME=/tmp/analyst XDG_RUNTIME_DIR=/tmp/analyst/runtime QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"
}

# The installed demo is read-only to the analyst; the first run copies it into their data folder
# (QStandardPaths::AppDataLocation) and opens the copy: `casebook --demo` takes the welcome's first choice.
user_demo=/tmp/analyst/.local/share/Casebook/Casebook/demo.casebook
listed() { sed -n 's/^casebook: .*: \([0-9]*\) article row(s) listed$/\1/p' | tail -1; }
rows=$(as_analyst casebook --demo --size 1280x800 --screenshot "$out/installed-first-run.png" | listed) ||
    bad "casebook --demo failed"
[ -f "$user_demo" ] && ok "the first run copied the demo to the analyst's data folder" ||
    bad "casebook --demo made no copy at $user_demo"
if [ "${rows:-0}" -gt 0 ]; then ok "the window lists $rows article row(s) of the demo"; else
    bad "the window on the demo lists '${rows}' article rows"; fi
stats=$(as_analyst casebook-cli stats "$user_demo" --json) || bad "casebook-cli stats on the demo failed"
count=$(printf '%s' "$stats" | grep -o '"articles": *[0-9]*' | grep -o '[0-9]*$' || true)
if [ "$count" = "$demo_articles" ]; then
    ok "casebook-cli counts $count articles in the installed demo casebook"
else
    bad "casebook-cli counts '${count}' articles in the installed demo, expected $demo_articles: $stats"
fi

# Import checks the OCR languages (eng+chi_sim) before reading anything: it fails if a model is missing.
printf 'A note written for the package check.\n' >/tmp/analyst/note.txt
if as_analyst casebook-cli import /tmp/analyst/check.casebook /tmp/analyst/note.txt --ocr-languages eng+chi_sim \
    >/dev/null; then
    ok "casebook-cli import with OCR languages eng+chi_sim"
else
    bad "casebook-cli import into a new casebook failed"
fi

# The window on the demo casebook, and on an empty casebook as the baseline of the same run: a window that shows
# the demo's articles (list, document, timeline, charts) is a much richer picture than the empty one.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }'; }
as_analyst casebook --size 1280x800 --screenshot "$out/installed-demo.png" "$user_demo" || bad "casebook on the demo failed"
empty_rows=$(as_analyst casebook --size 1280x800 --screenshot "$out/installed-empty.png" /tmp/analyst/empty.casebook |
    listed) || bad "casebook on a new casebook failed"
[ "${empty_rows}" = 0 ] && ok "the window on a new casebook lists no article" ||
    bad "the window on a new casebook lists '${empty_rows}' article rows"
as_analyst casebook --language zh_CN --size 1280x800 --screenshot "$out/installed-demo-zh.png" "$user_demo" ||
    bad "casebook in Chinese on the demo failed"
for png in installed-demo installed-empty installed-demo-zh; do
    if [ ! -s "$out/$png.png" ]; then
        bad "no screenshot $png.png"
        continue
    fi
    size=$(png_size "$out/$png.png")
    if [ "$size" = 1280x800 ]; then ok "$png.png is $size"; else bad "$png.png is $size, not 1280x800"; fi
done
if [ -s "$out/installed-demo.png" ] && [ -s "$out/installed-empty.png" ]; then
    demo_bytes=$(stat -c %s "$out/installed-demo.png")
    empty_bytes=$(stat -c %s "$out/installed-empty.png")
    if [ "$demo_bytes" -gt $((empty_bytes * 2)) ]; then
        ok "the demo's window picture holds ${demo_bytes} bytes, the empty window's ${empty_bytes}"
    else
        bad "the demo's window picture (${demo_bytes} bytes) is not richer than the empty one (${empty_bytes} bytes)"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "inside: $failures check(s) failed" >&2
    exit 1
fi
echo "inside: every check passed"
