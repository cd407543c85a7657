#!/usr/bin/env bash
# Installs what HarvestSim needs on a fresh Debian machine: GSL (libgsl-dev) for the
# simulator, and with --analysis the pinned Python packages of Analysis/ (matplotlib,
# pytest). Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! pkg-config --exists gsl 2>/dev/null; then
  echo "setup: installing libgsl-dev (GSL) ..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq libgsl-dev pkg-config >/dev/null
  pkg-config --exists gsl
fi
if [ "${1:-}" = "--analysis" ]; then
  if ! python3 -c "import matplotlib, pytest" 2>/dev/null; then
    echo "setup: installing Analysis/requirements-dev.txt (matplotlib, pytest) ..." >&2
    python3 -m pip install -q --disable-pip-version-check -r Analysis/requirements-dev.txt
  fi
fi
