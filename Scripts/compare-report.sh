#!/usr/bin/env bash
# Compares variants of a scenario and turns the result into plots and a report, in one command:
#   Scripts/compare-report.sh Scenarios/university-lab.yaml Scenarios/batch-systems.yaml \
#     docs/results/batch-systems --set duration=14d
# Builds harvestsim (release), removes OUT if it holds an earlier comparison, runs
# `harvestsim compare BASE --variants VARIANTS --out OUT` (its console table also goes to
# OUT/console.txt), then writes OUT/plots/*.png|svg and OUT/report.md (Analysis/make_report.py)
# and OUT/table.md, the means and paired differences in one table (Analysis/compare_table.py).
# Paths may be given relative to the current directory.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: Scripts/compare-report.sh BASE VARIANTS OUT [harvestsim compare options...]" >&2
  exit 2
fi
absolute() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s/%s\n' "$PWD" "$1" ;; esac; }
base=$(absolute "$1") variants=$(absolute "$2") out=$(absolute "$3")
shift 3
for file in "$base" "$variants"; do
  [ -f "$file" ] || { echo "compare-report: no such file: $file" >&2; exit 2; }
done
cd "$(dirname "$0")/.."
Scripts/setup.sh --analysis
swift build -c release --product harvestsim
if [ -e "$out/compare.csv" ]; then rm -rf "$out"; fi
mkdir -p "$(dirname "$out")"
console=$(mktemp)
trap 'rm -f "$console"' EXIT
.build/release/harvestsim compare "$base" --variants "$variants" --out "$out" --quiet "$@" | tee "$console"
cp "$console" "$out/console.txt"
python3 Analysis/make_report.py "$out"
python3 Analysis/compare_table.py "$out" --out "$out/table.md"
