#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Imports, analyses and indexes the same generated articles with casebook-cli and with recollindex (the Qt/Xapian
# desktop search tool analysts already use), one after the other on this machine, and prints both times, the
# ratio and both sizes. Usage: scripts/bench-recoll.sh [ARTICLES]   (default 20000; CASEBOOK_BUILD_DIR picks the
# build, default build/release). Needs recoll (Debian: apt-get install recoll); not run by CI.
set -euo pipefail
articles=${1:-20000}
build=${CASEBOOK_BUILD_DIR:-build/release}
cli="$build/bin/casebook-cli"
[ -x "$cli" ] || { echo "bench-recoll: $cli not found; build first or set CASEBOOK_BUILD_DIR" >&2; exit 2; }
command -v recollindex >/dev/null || { echo "bench-recoll: recollindex not found (Debian package recoll)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" bench import --articles "$articles" --write-corpus "$work/corpus"
text_bytes=$(cat "$work/corpus"/* | wc -c) # also brings the files into the page cache for both tools

seconds() { # runs "$@" quietly and prints how long it took
    local start end
    start=$(date +%s.%N)
    "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

# Casebook: import (read, clean, metadata, language, near-duplicates, full-text index) then analysis
# (entities, dated events), as `casebook-cli import` does by default.
casebook_s=$(seconds "$cli" import "$work/book.casebook" "$work/corpus")
sqlite3 "$work/book.casebook" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1 || true
casebook_bytes=$(cat "$work/book.casebook"* | wc -c)

# recoll: a configuration of its own that indexes the corpus folder with recoll's defaults.
mkdir -p "$work/recoll"
printf 'topdirs = %s\nloglevel = 1\n' "$work/corpus" >"$work/recoll/recoll.conf"
recoll_s=$(seconds recollindex -c "$work/recoll" -z)
recoll_bytes=$(du -sb "$work/recoll/xapiandb" | cut -f1)

awk -v n="$articles" -v t="$text_bytes" -v cs="$casebook_s" -v rs="$recoll_s" -v cb="$casebook_bytes" \
    -v rb="$recoll_bytes" -v cpu="$(nproc)" 'BEGIN {
    printf "bench recoll: %d generated articles, %.1f MB of files, %d core(s)\n", n, t / 1e6, cpu
    printf "  casebook-cli import (with analysis): %7.2f s  %6.0f articles/s  file %6.1f MB (%.2fx the files)\n", cs, n / cs, cb / 1e6, cb / t
    printf "  recollindex -z:                      %7.2f s  %6.0f articles/s  index %5.1f MB (%.2fx the files)\n", rs, n / rs, rb / 1e6, rb / t
    printf "  casebook is %.2fx as fast as recollindex (aim: 10x)\n", rs / cs
}'
