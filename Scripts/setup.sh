#!/usr/bin/env bash
# Installs what HarvestSim needs on a fresh Debian machine: GSL (libgsl-dev) for the
# simulator, zlib, liblzma and libbz2 headers (zlib1g-dev, liblzma-dev, libbz2-dev) for reading
# .gz, .xz and .bz2 traces, and with --analysis the pinned Python packages of Analysis/ (matplotlib,
# pytest). Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
pkg-config --exists gsl 2>/dev/null || missing+=(libgsl-dev)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -f /usr/include/lzma.h ] || missing+=(liblzma-dev)
[ -f /usr/include/bzlib.h ] || missing+=(libbz2-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]} ..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  pkg-config --exists gsl
fi
if [ "${1:-}" = "--analysis" ]; then
  if ! python3 -c "import matplotlib, pytest, jinja2" 2>/dev/null; then
    echo "setup: installing Analysis/requirements-dev.txt (matplotlib, Jinja2, pytest) ..." >&2
    python3 -m pip install -q --disable-pip-version-check -r Analysis/requirements-dev.txt
  fi
fi
