#!/usr/bin/env bash
# Runs one scenario and turns it into a plot and a report, in one command:
#   Scripts/run-report.sh Scenarios/university-lab.yaml out/university-lab --set duration=7d
# Works from any directory; SCENARIO and OUT may be relative to it. Builds the release harvestsim
# only when it is missing or older than the sources (Scripts/harvestsim-binary.sh; HARVESTSIM_BIN
# names another binary), runs `harvestsim run SCENARIO --out OUT` (summary.csv, jobs.csv,
# timeseries.csv), records the command in OUT/command.txt, then writes OUT/plots/timeseries.png|svg
# (Analysis/plot_run.py, when the run wrote timeseries.csv) and the self-contained OUT/report.html
# (Analysis/make_html_report.py). Further arguments go to `harvestsim run`.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: Scripts/run-report.sh SCENARIO OUT [harvestsim run options...]" >&2
  exit 2
fi
source "$(dirname "${BASH_SOURCE[0]}")/report-common.sh"
scenario=$1 out=$2
shift 2
[ -f "$scenario" ] || { echo "run-report: no such scenario file: $scenario" >&2; exit 2; }
report_prepare run-report
harvestsim=$("$report_scripts/harvestsim-binary.sh")
"$harvestsim" run "$scenario" --out "$out" "$@"
report_record "$out" run-report.sh "$(printf 'harvestsim run %q --out %q' "$scenario" "$out")$(report_quote "$@")" \
  "$scenario" "$out" "$@"
if [ -f "$out/timeseries.csv" ]; then
  python3 "$report_root/Analysis/plot_run.py" "$out"
fi
python3 "$report_root/Analysis/make_html_report.py" "$out" --kind run
