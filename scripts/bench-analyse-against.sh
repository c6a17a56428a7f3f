#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `casebook-cli bench analyse` with this build and with another one (a build of the previous commit)
# alternately on the same synthetic corpus, and prints their figures side by side: on a shared machine only
# figures measured in the same run can be compared.
#   scripts/bench-analyse-against.sh OTHER_CASEBOOK_CLI [ROUNDS] [ARTICLES]
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
other="${1:?usage: bench-analyse-against.sh OTHER_CASEBOOK_CLI [ROUNDS] [ARTICLES]}"
rounds="${2:-3}"
articles="${3:-1000}"
this="${CASEBOOK_CLI:-$here/build/dev/bin/casebook-cli}"

figure() { # the MB/s of a line of the benchmark's output
  "$1" bench analyse --articles "$articles" 2>/dev/null | awk -v what="$2" '$0 ~ what { print $3; exit }'
}

printf '%-6s %-22s %-22s %s\n' round "this: 1 thread MB/s" "other: 1 thread MB/s" "ratio"
for round in $(seq 1 "$rounds"); do
  mine=$(figure "$this" "1 thread")
  theirs=$(figure "$other" "1 thread")
  printf '%-6s %-22s %-22s %s\n' "$round" "$mine" "$theirs" "$(awk -v a="$mine" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')"
done
