#!/usr/bin/env bash
# Builds the one-folder desktop bundle dist/Liaison/ with PyInstaller (build.spec) and
# checks it: a copy of the folder, away from the source tree, must print its version and
# pass `Liaison self-test` (temporary database, migrations, main window offscreen).
#   scripts/build.sh            -> incremental build (PyInstaller's cache in build/)
#   BUILD_CLEAN=1 scripts/build.sh  -> from scratch
set -euo pipefail
cd "$(dirname "$0")/.."
# Qt's X11 libraries must be on the build machine to be bundled for the users' desktops.
bash scripts/system-deps.sh gui
bash scripts/setup.sh build
.venv/bin/python -m liaison_app.ui.i18n --force >/dev/null   # .qm from the .ts sources
clean=()
[ "${BUILD_CLEAN:-}" = 1 ] && clean=(--clean)
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm "${clean[@]}" --log-level WARN build.spec
find dist/Liaison -type l ! -exec test -e {} \; -delete   # links to the Qt libraries build.spec left out
echo "build: dist/Liaison built in $(( $(date +%s) - start )) s, $(du -sh dist/Liaison | cut -f1)"

check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
cp -r dist/Liaison "$check/"
exe="$check/Liaison/Liaison"
[ -x "$exe" ] || exe="$check/Liaison/Liaison.exe"
cd "$check"   # nothing of the source tree on the path
env -u PYTHONPATH "$exe" --version
env -u PYTHONPATH "$exe" self-test
