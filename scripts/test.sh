#!/usr/bin/env bash
# Command 2 of the README: set up (with test extras), start a throwaway PostgreSQL, run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-test
if pg_env=$(bash scripts/postgres.sh); then
  eval "$pg_env"
  export KRONIEK_REQUIRE_PG=1
else
  echo "test: PostgreSQL could not be started; postgres-marked tests will be skipped" >&2
fi
exec .venv/bin/python -m pytest -q "$@"
