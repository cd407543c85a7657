#!/usr/bin/env bash
# Runs every test: the Swift unit, state-machine, theory and sweep tests (swift test),
# after checking that the build has no compiler warnings (warnings are bugs here),
# then the Experiments tests again under ThreadSanitizer (the sweep workers share
# state; a data race fails the run), then the Python tests of the Analysis scripts (pytest),
# then the Slurm integration test (Tests/Integration/slurm-sweep.sh: a sweep run as a Slurm
# job array plus a merge job must give the same CSVs as a local sweep). Without Slurm that
# test says SKIPPED and passes; under CI (CI=true) it fails instead. Start a one-node Slurm
# with `Scripts/start-slurm.sh start` (as root; .ci/run does).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh --analysis
log=$(mktemp)
swift build --build-tests 2>&1 | tee "$log"
if grep -E "^/.*(Sources|Tests|Plugins|Fuzz)/.*: warning:" "$log" >/dev/null; then
  echo "test: the build has compiler warnings (see above); warnings are bugs" >&2
  exit 1
fi
swift test --skip-build
# Its own scratch folder, so that the normal build above stays incremental. Optimized
# (-enable-testing keeps @testable imports working): the sweeps' lab runs are what the
# workers do between their shared-state calls, and in a debug build, with the model's
# invariant checks after every event, ThreadSanitizer would take many minutes over them.
swift test -c release -Xswiftc -enable-testing --sanitize=thread --scratch-path .build-tsan --filter ExperimentsTests
python3 -m pytest -q Analysis/tests
Tests/Integration/slurm-sweep.sh
