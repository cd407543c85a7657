#!/usr/bin/env bash
# Compares variants of a scenario and turns the result into plots and reports, in one command:
#   Scripts/compare-report.sh Scenarios/university-lab.yaml Scenarios/batch-systems.yaml \
#     docs/results/batch-systems --set duration=14d
# Works from any directory; BASE, VARIANTS and OUT may be relative to it. Builds the release
# harvestsim only when it is missing or older than the sources (Scripts/harvestsim-binary.sh;
# HARVESTSIM_BIN names another binary), removes OUT if it holds an earlier comparison, runs
# `harvestsim compare BASE --variants VARIANTS --out OUT` (its console output also goes to
# OUT/console.txt), records the command in OUT/command.txt, then writes OUT/plots/*.png|svg and
# OUT/report.md (Analysis/make_report.py), OUT/table.md, the means and paired differences in one
# table (Analysis/compare_table.py), and the self-contained OUT/report.html with the ranking,
# Pareto set and recommendation (Analysis/make_html_report.py).
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: Scripts/compare-report.sh BASE VARIANTS OUT [harvestsim compare options...]" >&2
  exit 2
fi
source "$(dirname "${BASH_SOURCE[0]}")/report-common.sh"
base=$1 variants=$2 out=$3
shift 3
for file in "$base" "$variants"; do
  [ -f "$file" ] || { echo "compare-report: no such file: $file" >&2; exit 2; }
done
report_prepare compare-report
harvestsim=$("$report_scripts/harvestsim-binary.sh")
if [ -e "$out/compare.csv" ]; then rm -rf "$out"; fi
mkdir -p "$(dirname "$out")"
console=$(mktemp)
trap 'rm -f "$console"' EXIT
"$harvestsim" compare "$base" --variants "$variants" --out "$out" --quiet "$@" | tee "$console"
cp "$console" "$out/console.txt"
report_record "$out" compare-report.sh \
  "$(printf 'harvestsim compare %q --variants %q --out %q --quiet' "$base" "$variants" "$out")$(report_quote "$@")" \
  "$base" "$variants" "$out" "$@"
python3 "$report_root/Analysis/make_report.py" "$out"
python3 "$report_root/Analysis/compare_table.py" "$out" --out "$out/table.md"
python3 "$report_root/Analysis/make_html_report.py" "$out" --kind compare
