#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Scores the analyzer on the real-text gold set (tests/data/realtext). The texts are third-party news and are not
# in the repository: tests/data/realtext/SOURCES.tsv names each one's address, the search that found the stored
# copy and the part of it taken, with its SHA-256. Put the texts in a folder (default ../shared/corpus/realtext
# beside the checkout, or set CASEBOOK_REALTEXT_DIR), then run this script: it checks every file against its
# checksum and runs `casebook-cli eval --texts`.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
texts="${CASEBOOK_REALTEXT_DIR:-$here/../shared/corpus/realtext}"
cli="${CASEBOOK_CLI:-$here/build/dev/bin/casebook-cli}"
gold="$here/tests/data/realtext"

if [ ! -d "$texts" ]; then
  echo "skipped: the real texts are not in $texts (set CASEBOOK_REALTEXT_DIR; $gold/SOURCES.tsv lists them)"
  exit 0
fi

status=0
while IFS=$'\t' read -r file sum address _; do
  case "$file" in "#"*|"") continue ;; esac
  if [ ! -f "$texts/$file" ]; then
    echo "missing: $file ($address)"
    status=1
  elif [ "$(sha256sum "$texts/$file" | cut -d' ' -f1)" != "$sum" ]; then
    echo "differs from the annotated text: $texts/$file (expected SHA-256 $sum)"
    status=1
  fi
done < "$gold/SOURCES.tsv"

"$cli" eval --texts "$texts" "$gold/entities.tsv" "$@"
exit $status
