#!/usr/bin/env bash
# Sets up everything and runs the whole test suite headless (Qt offscreen).
# PostgreSQL tests run too when LIAISON_TEST_PG_URL is set; otherwise they are skipped.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh offscreen
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
