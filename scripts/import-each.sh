#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Imports every file of a folder on its own (one `casebook-cli import --no-analysis` process per file, into a
# fresh casebook each time) and sorts the outcomes: imported, refused with a message, ended with no message (an
# error), killed by a signal (a crash), or stopped by the outer timeout (a hang). Prints the counts, the slowest
# files and those that took the most memory, and fails on any error, crash or hang. Meant for corpora of hostile
# files, e.g. pdf.js's 971 test PDFs (docs/robustness.md says how to get them):
#   scripts/import-each.sh DIR [SECONDS_PER_FILE]      (default 120; Casebook's own --time-limit is half of it)
# Set CASEBOOK_CLI to choose the build (default build/release, then build/dev).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:?usage: scripts/import-each.sh DIR [SECONDS_PER_FILE]}
limit=${2:-120}
cli=${CASEBOOK_CLI:-}
for candidate in "$here/build/release/bin/casebook-cli" "$here/build/dev/bin/casebook-cli"; do
  [ -z "$cli" ] && [ -x "$candidate" ] && cli=$candidate
done
[ -x "$cli" ] || { echo "import-each: no casebook-cli built (set CASEBOOK_CLI)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private copy (the CLI is linked statically), so that a rebuild during the run does not change what runs.
cp "$cli" "$work/casebook-cli"
cli=$work/casebook-cli
export OMP_THREAD_LIMIT=1 QT_QPA_PLATFORM=offscreen
results="$work/results.tsv"
: >"$results"
total=0
while IFS= read -r -d '' file; do
  total=$((total + 1))
  rm -f "$work"/book.casebook*
  # %e wall seconds, %U+%S CPU seconds, %M peak resident KB; the exit status says how it ended.
  /usr/bin/time -o "$work/time" -f '%e %U %S %M' timeout -s KILL "$limit" \
    "$cli" import "$work/book.casebook" "$file" --no-analysis --json --time-limit $((limit / 2)) \
    >"$work/out.json" 2>"$work/err"
  status=$?
  # time(1) puts "Command exited with non-zero status N" (or "terminated by signal N") before its own line.
  read -r wall user system peak < <(tail -n 1 "$work/time" 2>/dev/null) || { wall=0 user=0 system=0 peak=0; }
  added=$(grep -o '"added": *[0-9]*' "$work/out.json" | head -1 | grep -o '[0-9]*$')
  if [ "$status" -eq 137 ] && awk -v w="$wall" -v l="$limit" 'BEGIN { exit !(w >= l - 1) }'; then
    outcome=hang
  elif [ "$status" -ge 128 ] || grep -q "Command terminated by signal" "$work/time"; then
    outcome=crash
  elif [ "${added:-0}" -gt 0 ]; then
    outcome=imported
  else
    outcome=refused
  fi
  reason=$(grep -o '"reason": *"[^"]*"' "$work/out.json" | head -1 | cut -d'"' -f4 | cut -c1-90)
  if [ "$outcome" = refused ] && [ -z "$reason" ]; then
    outcome=error # ended without naming the file's problem: counted as a failure
    reason=$(head -c 90 "$work/err" | tr '\n\t' '  ')
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$outcome" "$wall" "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')" \
    "$peak" "$(basename "$file")" "$reason" >>"$results"
  [ $((total % 100)) -eq 0 ] && echo "import-each: $total files..." >&2
done < <(find "$dir" -type f -print0 | sort -z)

echo "files: $total"
for outcome in imported refused error crash hang; do
  printf '%-9s %d\n' "$outcome:" "$(awk -F'\t' -v o="$outcome" '$1 == o' "$results" | wc -l)"
done
echo
echo "slowest (wall s, CPU s, peak MB, file, reason):"
sort -t$'\t' -k2,2 -gr "$results" | head -10 | awk -F'\t' '{ printf "  %7.1f %7.1f %7.0f  %s  %s %s\n", $2, $3, $4 / 1024, $5, $1, $6 }'
echo "most memory:"
sort -t$'\t' -k4,4 -gr "$results" | head -5 | awk -F'\t' '{ printf "  %7.1f %7.1f %7.0f  %s  %s %s\n", $2, $3, $4 / 1024, $5, $1, $6 }'
echo "wall time: median $(cut -f2 "$results" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') s," \
  "sum $(awk -F'\t' '{ s += $2 } END { printf "%.0f", s }' "$results") s"
echo "refusal messages, most common first:"
awk -F'\t' '$1 == "refused" { print $6 }' "$results" | sed 's/[0-9]\+/N/g' | sort | uniq -c | sort -rn | head -12
awk -F'\t' '$1 == "crash" || $1 == "hang" || $1 == "error" { print "  " $1 ": " $5 " " $6 }' "$results"
cp "$results" "${CASEBOOK_IMPORT_EACH_RESULTS:-/dev/null}" 2>/dev/null || true
! awk -F'\t' '$1 == "crash" || $1 == "hang" || $1 == "error" { found = 1 } END { exit !found }' "$results"
