#!/usr/bin/env bash
# Runs a sweep plan and turns it into plots and a report, in one command:
#   Scripts/sweep-report.sh Scenarios/sweeps/cron-period.yaml docs/results/cron-period
# Builds harvestsim (release), runs the sweep into OUT (resuming if OUT holds part of
# it), then writes OUT/plots/*.png|svg and OUT/report.md (Analysis/make_report.py).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: Scripts/sweep-report.sh PLAN OUT [harvestsim sweep options...]" >&2
  exit 2
fi
plan=$1 out=$2
shift 2
cd "$(dirname "$0")/.."
Scripts/setup.sh --analysis
swift build -c release --product harvestsim
.build/release/harvestsim sweep "$plan" --out "$out" "$@"
python3 Analysis/make_report.py "$out"
