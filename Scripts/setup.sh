#!/usr/bin/env bash
# Installs what HarvestSim needs on a fresh Debian machine: GSL (libgsl-dev)
# for the Stochastics layer. Safe to run again: it does nothing when GSL is there.
set -euo pipefail
if pkg-config --exists gsl 2>/dev/null; then
  exit 0
fi
echo "setup: installing libgsl-dev (GSL) ..." >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libgsl-dev pkg-config >/dev/null
pkg-config --exists gsl
