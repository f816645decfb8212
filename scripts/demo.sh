#!/usr/bin/env bash
# Command 1 of the README: set up, ingest the bundled example articles into SQLite, print the chronicle.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=${KRONIEK_DB:-kroniek.db}
.venv/bin/kroniek ingest examples/ --db "$DB"
.venv/bin/kroniek show --db "$DB"
