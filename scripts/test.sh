#!/usr/bin/env bash
# Command 2 of the README: set up (with test extras) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-test
exec .venv/bin/python -m pytest -q "$@"
