#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds a few annotations and a report to a demo casebook (our own demo articles), so that the Annotations and
# Report docks have something to show. Usage: scripts/demo-report.sh CLI BOOK. Does nothing if BOOK has a report.
set -euo pipefail
cli=${1:?usage: demo-report.sh CLI BOOK}
book=${2:?usage: demo-report.sh CLI BOOK}
if [ -n "$("$cli" report "$book" list)" ]; then
  exit 0
fi
# An article's id from the start of its title in the listing ("  17  2025-02-27  en  Shenzhen's Futian ...").
listing=$("$cli" articles "$book")
id_of() { grep -F -m1 "$1" <<<"$listing" | awk '{print $1}'; }
futian=$(id_of "Shenzhen's Futian district hires 70")
hospitals_zh=$(id_of "多地医院密集部署DeepSeek")
hospitals_en=$(id_of "From pathology to paperwork")
sasac=$(id_of "SASAC tells central SOEs to put AI at the heart")
annotate() {
  local made
  made=$("$cli" annotate "$book" "$@" --json)
  grep -m1 '"id"' <<<"$made" | tr -dc '0-9'
}
a1=$(annotate "$futian" --quote "one of the most ambitious attempts so far by a Chinese local government" \
  --note "The boldest local-government claim so far." --tag government --tag scale --color yellow)
a2=$(annotate "$futian" --quote "cover about 240 tasks" --note "Scope of the deployment." --tag government)
a3=$(annotate "$hospitals_zh" --quote "已有数十家医院宣布完成DeepSeek本地化部署" --note "规模：数十家医院。" --tag health --tag scale --color green)
a4=$(annotate "$hospitals_en" --quote "first drafts of discharge summaries" --note "Administrative rather than clinical use." --tag health)
"$cli" tag "$book" color government "#3498db" >/dev/null
"$cli" report "$book" new brief --title "DeepSeek in Chinese city halls and hospitals" >/dev/null
"$cli" report "$book" section brief "City governments" --text "Local governments moved within weeks of the R1 release." >/dev/null
"$cli" report "$book" add brief --annotation "$a1" --text "The district's own figure; no independent count." >/dev/null
"$cli" report "$book" add brief --annotation "$a2" >/dev/null
"$cli" report "$book" section brief "Hospitals" --text "Hospitals say they use the model for paperwork first." >/dev/null
"$cli" report "$book" add brief --annotation "$a3" --section Hospitals >/dev/null
"$cli" report "$book" add brief --annotation "$a4" --section Hospitals >/dev/null
"$cli" report "$book" add brief --article "$sasac" --section "State firms" --text "The policy push behind the adoption." >/dev/null
"$cli" report "$book" add brief --entity DeepSeek --section "Who" >/dev/null
echo "demo report: 4 annotations, report 'brief'"
