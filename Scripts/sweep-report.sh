#!/usr/bin/env bash
# Runs a sweep plan and turns it into plots and reports, in one command:
#   Scripts/sweep-report.sh Scenarios/sweeps/cron-period.yaml docs/results/cron-period
# Works from any directory; PLAN and OUT may be relative to it. Builds the release harvestsim
# only when it is missing or older than the sources (Scripts/harvestsim-binary.sh; HARVESTSIM_BIN
# names another binary), runs the sweep into OUT (resuming if OUT holds part of it), records the
# command in OUT/command.txt, then writes OUT/plots/*.png|svg and OUT/report.md
# (Analysis/make_report.py) and the self-contained OUT/report.html (Analysis/make_html_report.py).
# Further arguments go to `harvestsim sweep`.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: Scripts/sweep-report.sh PLAN OUT [harvestsim sweep options...]" >&2
  exit 2
fi
source "$(dirname "${BASH_SOURCE[0]}")/report-common.sh"
plan=$1 out=$2
shift 2
[ -f "$plan" ] || { echo "sweep-report: no such plan file: $plan" >&2; exit 2; }
report_prepare sweep-report
harvestsim=$("$report_scripts/harvestsim-binary.sh")
"$harvestsim" sweep "$plan" --out "$out" "$@"
report_record "$out" sweep-report.sh "$(printf 'harvestsim sweep %q --out %q' "$plan" "$out")$(report_quote "$@")" \
  "$plan" "$out" "$@"
python3 "$report_root/Analysis/make_report.py" "$out"
python3 "$report_root/Analysis/make_html_report.py" "$out" --kind sweep
