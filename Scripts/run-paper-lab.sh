#!/usr/bin/env bash
# Runs the paper's lab end to end, from any directory: builds harvestsim (release) only when it is
# missing or older than the sources, and writes out/paper-lab under the repository root
# (summary.csv, jobs.csv, timeseries.csv, plots/timeseries.png|svg, report.html) with
# Scripts/run-report.sh. Further arguments go to `harvestsim run`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec "$root/Scripts/run-report.sh" "$root/Scenarios/paper-lab.yaml" "$root/out/paper-lab" "$@"
