#!/usr/bin/env bash
# Builds harvestsim (release) and runs the paper's lab end to end.
# Results go to out/paper-lab (summary.csv, jobs.csv, timeseries.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build -c release --product harvestsim
.build/release/harvestsim run Scenarios/paper-lab.yaml --out out/paper-lab "$@"
