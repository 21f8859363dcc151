#!/usr/bin/env bash
# Refreshes the .ts translation sources from the code (new strings appear unfinished),
# then derives Simplified Chinese from Traditional. Translate new strings of
# resources/translations/liaison_zh_TW.ts in Qt Linguist (.venv/bin/pyside6-linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -silent -no-obsolete $(find liaison_app/ui -name "*.py" | sort) -ts resources/translations/liaison_zh_TW.ts
.venv/bin/python scripts/make_zh_cn_ts.py
.venv/bin/python scripts/make_en_ts.py  # English plural forms ("1 entry", "2 entries")
