#!/usr/bin/env bash
# Create .venv and install kroniek with its test extras. Safe to re-run.
# Usage: bash scripts/setup.sh [--with-test]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"

if ! "$PY" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null; then
  echo "kroniek needs Python >= 3.11 (found: $("$PY" --version 2>&1))" >&2; exit 2
fi
if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv .venv 2>/dev/null; then
    # Debian ships venv separately.
    echo "setup: installing python3-venv with apt" >&2
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq python3-venv
    rm -rf .venv && "$PY" -m venv .venv
  fi
fi
extras=""
[ "${1:-}" = "--with-test" ] && extras="[test]"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".${extras}"
echo "setup: kroniek installed in .venv" >&2
