#!/usr/bin/env bash
# Sets up everything and opens Liaison on the embedded SQLite database with demo data.
# Any extra arguments go to `liaison` (e.g. --db URL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh gui
bash scripts/setup.sh
.venv/bin/liaison "$@" demo --if-empty
exec .venv/bin/liaison "$@"
