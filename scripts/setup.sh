#!/usr/bin/env bash
# Creates .venv with Liaison installed (editable) and its translations built.
#   scripts/setup.sh          -> the app
#   scripts/setup.sh test     -> the app plus the test tools
#   scripts/setup.sh build    -> the app plus PyInstaller (scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
extra=""
[ "${1:-}" = test ] && extra="[test]"
[ "${1:-}" = build ] && extra="[build]"
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".${extra}"
.venv/bin/python -m liaison_app.ui.i18n >/dev/null
