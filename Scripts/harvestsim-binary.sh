#!/usr/bin/env bash
# Prints the path of a release harvestsim that is up to date with the sources:
#   harvestsim=$(Scripts/harvestsim-binary.sh)
# It builds (swift build -c release --product harvestsim, in the repository root) only when
# .build/release/harvestsim is missing or older than Package.swift or any file or folder under
# Sources/ (a folder's time changes when a file in it is added or removed).
# With HARVESTSIM_BIN set it prints that executable's absolute path instead and builds nothing
# (to use another build, or a stand-in in tests). Build output goes to standard error.
set -euo pipefail
if [ -n "${HARVESTSIM_BIN:-}" ]; then
  case $HARVESTSIM_BIN in /*) binary=$HARVESTSIM_BIN ;; *) binary=$PWD/$HARVESTSIM_BIN ;; esac
  if [ ! -f "$binary" ] || [ ! -x "$binary" ]; then
    echo "harvestsim-binary: HARVESTSIM_BIN='$HARVESTSIM_BIN' is not an executable file" >&2
    exit 2
  fi
  printf '%s\n' "$binary"
  exit 0
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
binary=$root/.build/release/harvestsim
if [ ! -x "$binary" ] || [ -n "$(find "$root/Sources" "$root/Package.swift" -newer "$binary" -print -quit)" ]; then
  echo "harvestsim-binary: building the release harvestsim (missing or older than the sources) ..." >&2
  (cd "$root" && swift build -c release --product harvestsim >&2)
  # A build that had nothing to relink leaves the binary's time alone: mark it as up to date.
  touch "$binary"
fi
printf '%s\n' "$binary"
