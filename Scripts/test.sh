#!/usr/bin/env bash
# Runs every test: the Swift unit and statistical tests (swift test), after
# checking that the build has no compiler warnings (warnings are bugs here).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
log=$(mktemp)
swift build --build-tests 2>&1 | tee "$log"
if grep -E "^/.*(Sources|Tests)/.*: warning:" "$log" >/dev/null; then
  echo "test: the build has compiler warnings (see above); warnings are bugs" >&2
  exit 1
fi
swift test --skip-build
