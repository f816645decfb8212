#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print `export KRONIEK_PG_URL=...`.
# Installs Debian's postgresql if it is missing. Usage: eval "$(bash scripts/postgres.sh)"
# Stop it with: bash scripts/postgres.sh stop
set -euo pipefail
PORT=${KRONIEK_PG_PORT:-54329}
DIR=${KRONIEK_PG_DIR:-/tmp/kroniek-pg}
SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(bindir)" ]; then
  echo "postgres: installing Debian's postgresql" >&2
  $SUDO apt-get update -qq >&2 && $SUDO apt-get install -y -qq postgresql >&2
fi
BIN=$(bindir)
# The server refuses to run as root: run it as the postgres system user when we are root.
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

if [ "${1:-}" = "stop" ]; then
  as_pg "$BIN/pg_ctl -D $DIR stop -m fast" >&2 || true
  exit 0
fi
if ! as_pg "$BIN/pg_ctl -D $DIR status" >/dev/null 2>&1; then
  rm -rf "$DIR" && mkdir -p "$DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
  as_pg "$BIN/initdb -D $DIR -U postgres -A trust -E UTF8" >/dev/null
  as_pg "$BIN/pg_ctl -D $DIR -l $DIR/log -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -w start" >&2
fi
echo "export KRONIEK_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
