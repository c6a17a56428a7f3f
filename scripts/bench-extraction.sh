#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Article extraction on public sets of real pages, Casebook beside Mozilla Readability.js in the same run:
# precision, recall and F1 as each set's own evaluator counts them, and pages/s.
#
#   scripts/bench-extraction.sh [SETS_DIR]
#
# SETS_DIR holds the two sets as checked-out git mirrors (default /work/.mirror):
#   scrapinghub+article-extraction-benchmark/repo  181 pages with the gold article body (shingle F1)
#   adbar+trafilatura/repo                          990 pages with must-contain / must-not-contain snippets
# (git clones of github.com/scrapinghub/article-extraction-benchmark and github.com/adbar/trafilatura work
# too: the pages are read from the repositories' HEAD with git.) Nothing from the sets enters this repository:
# pages, gold and texts go to $WORK_DIR (default build/bench-extraction/). Readability.js 0.6 and jsdom are
# installed there with npm on the first run. Needs casebook-cli (CASEBOOK_BUILD_DIR, default build/dev), node,
# npm, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
sets=${1:-/work/.mirror}
build=${CASEBOOK_BUILD_DIR:-$root/build/dev}
work=${WORK_DIR:-$root/build/bench-extraction}
cli=$build/bin/casebook-cli
[[ -x $cli ]] || { echo "no casebook-cli in $build/bin (build first or set CASEBOOK_BUILD_DIR)" >&2; exit 1; }

find_repo() { # a mirror's git directory, or a clone's
    for candidate in "$sets/$1/repo" "$sets/$1" "$sets/${1#*+}"; do
        git -C "$candidate" rev-parse --git-dir > /dev/null 2>&1 && { echo "$candidate"; return; }
    done
    echo "not found: $1 under $sets" >&2
    exit 1
}
scrapinghub=$(find_repo scrapinghub+article-extraction-benchmark)
trafilatura=$(find_repo adbar+trafilatura)

mkdir -p "$work/pages"
if [[ ! -d $work/node_modules/@mozilla/readability || ! -d $work/node_modules/jsdom ]]; then
    (cd "$work" && npm install --silent --no-audit --no-fund @mozilla/readability@0.6.0 jsdom@27 > /dev/null)
fi

# Pages and gold, written once (the sets do not change under a mirror's HEAD).
if [[ ! -s $work/gold.json ]]; then
    python3 "$here/bench-extraction/prepare.py" "$scrapinghub" "$trafilatura" "$work"
fi

"$cli" bench pages "$work/pages.list" --texts "$work/casebook.json"
node "$here/bench-extraction/readability.js" "$work/pages.list" "$work/readability.json" "$work/node_modules"
python3 "$here/bench-extraction/score.py" "$work/gold.json" Casebook="$work/casebook.json" \
    Readability.js="$work/readability.json"
