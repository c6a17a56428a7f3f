#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a release build and proves it on a clean Debian bookworm root:
#   1. `cpack -G DEB` in the build folder;
#   2. mmdebstrap makes a fresh minimal bookworm (essential packages and apt only) in a chroot, where
#      `apt-get install --no-install-recommends ./casebook_*.deb` has to pull every run-time dependency from the
#      Debian mirror;
#   3. inside it, as an unprivileged user, scripts/package-check-inside.sh checks the installed files, opens the
#      installed demo casebook with casebook-cli and with the installed `casebook` (offscreen, screenshots), and asks
#      xdg-mime which application opens application/x-casebook.
# Artifacts land in BUILD_DIR/package-check/: the .deb's listing, the screenshots, the log of each step.
# The packages apt downloads are kept in CASEBOOK_APT_CACHE (default /var/cache/casebook-package-check, or
# BUILD_DIR/package-check/apt-cache when that is not writable), so later runs read them instead of the mirror; a
# fresh machine just downloads them. Needs root (chroot) and mmdebstrap (scripts/install-dependencies.sh).
# Usage: scripts/package-check.sh [BUILD_DIR]   (default build/release, already built)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$(cd "${1:-${CASEBOOK_BUILD_DIR:-$here/build/release}}" && pwd)
out="$build_dir/package-check"
mirror=${CASEBOOK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${CASEBOOK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

say() { printf 'package-check: %s\n' "$*"; }
fail() { printf 'package-check: FAILED: %s\n' "$*" >&2; exit 1; }
started=$SECONDS
phase_start=$SECONDS
phase() { say "$1 ($((SECONDS - phase_start)) s)"; phase_start=$SECONDS; }

[ "$(id -u)" -eq 0 ] || fail "needs root to build the clean root (chroot); run it as root or with sudo"
command -v mmdebstrap >/dev/null || fail "mmdebstrap is missing: run scripts/install-dependencies.sh"
rm -rf "$out/root-output" "$out"/*.png "$out"/*.log "$out"/*.deb
mkdir -p "$out"

# 1. The package, from what the build made (binaries, demo casebook, icons).
cmake --build "$build_dir" --target casebook casebook-cli casebook-demo casebook-icons >"$out/build.log" 2>&1 ||
    fail "the build failed, see $out/build.log"
rm -f "$build_dir"/casebook_*.deb
(cd "$build_dir" && cpack -G DEB) >"$out/cpack.log" 2>&1 || fail "cpack -G DEB failed, see $out/cpack.log"
debs=("$build_dir"/casebook_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || fail "cpack made no casebook_*.deb in $build_dir"
cp "$deb" "$out/"
dpkg-deb --info "$deb" >"$out/deb-info.txt"
dpkg-deb --contents "$deb" >"$out/deb-contents.txt"
size_kb=$(($(stat -c %s "$deb") / 1024))
installed_kb=$(dpkg-deb --field "$deb" Installed-Size)
phase "built $(basename "$deb"): ${size_kb} KiB, ${installed_kb} KiB installed"
say "Depends: $(dpkg-deb --field "$deb" Depends)"

# 2 and 3. A clean root with the package installed, checked from the inside; the screenshots come out even when a
# check fails.
cache=${CASEBOOK_APT_CACHE:-/var/cache/casebook-package-check}
if ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
    cache="$out/apt-cache"
    mkdir -p "$cache"
fi
say "clean bookworm root from $mirror (downloaded packages kept in $cache)"
mkdir -p "$out/root-output"
inside=/tmp/package-check
status=0
stamp() { printf -- "--%s-hook=echo \"package-check: %s after \$((\$(date +%%s) - %s)) s\"" "$1" "$2" "$(date +%s)"; }
mmdebstrap --variant=apt --mode=root --quiet \
    --dpkgopt=force-unsafe-io \
    --skip=essential/unlink \
    --setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
    --setup-hook="sync-in '$cache' /var/cache/apt/archives" \
    "$(stamp extract "package lists read, essential packages unpacked")" \
    "$(stamp essential "essential packages installed")" \
    --customize-hook="mkdir -p \"\$1$inside\"" \
    --customize-hook="upload '$deb' $inside/$(basename "$deb")" \
    --customize-hook="upload '$here/scripts/package-check-inside.sh' $inside/check.sh" \
    --customize-hook="chroot \"\$1\" sh -c 'cd $inside && DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet=2 --no-install-recommends ./$(basename "$deb") && DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet=2 --no-install-recommends xdg-utils'" \
    --customize-hook="sync-out /var/cache/apt/archives '$cache'" \
    "$(stamp customize "Casebook installed")" \
    --customize-hook="chroot \"\$1\" bash $inside/check.sh $inside/out; echo \$? >\"\$1$inside/status\"" \
    --customize-hook="sync-out $inside/out '$out/root-output'" \
    --customize-hook="exit \$(cat \"\$1$inside/status\")" \
    bookworm /dev/null \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" "deb $security_mirror bookworm-security main" \
    >"$out/root.log" 2>&1 || status=$?
cat "$out/root.log"
mv "$out"/root-output/*.png "$out/" 2>/dev/null || true
[ "$status" -eq 0 ] || fail "the clean root or a check inside it failed (exit $status), see $out/root.log"
phase "clean root made, package installed and checked"
say "screenshots: $(ls "$out"/*.png | tr '\n' ' ')"
say "passed in $((SECONDS - started)) s; package ${size_kb} KiB"
