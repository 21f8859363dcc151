"""Start-up time of the main window on a large database, against a bare PySide6 window.

Each run is a fresh process, timed from spawn until the window is shown with its first
Inbox page loaded (the child prints READY from the event loop). Bare and Liaison runs
alternate so machine noise hits both alike; medians and their ratio are printed.

    python bench/bench_startup.py [--db URL] [--runs 7]

Without --db it builds (once) /tmp/liaison-bench-large.db with `liaison demo --size large`.
Uses QT_QPA_PLATFORM=offscreen unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from large_db import large_db_url

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

LIAISON = r"""
import sys
from PySide6.QtCore import QTimer
from liaison_app.core.config import load_settings
from liaison_app.ui.i18n import install_translators, resolve_language
from liaison_app.ui.launch import make_application, make_splash
app = make_application(sys.argv)
settings = load_settings(sys.argv[2])
install_translators(resolve_language(settings.language))
splash = make_splash()
splash.show()
app.processEvents()
print("SHOWN", flush=True)
from liaison_app.core.database import open_database
from liaison_app.ui.app import AppController
db = open_database(sys.argv[1])
controller = AppController(db, settings)
controller.show()
splash.finish(controller.window)
assert controller.window.inbox.model.rowCount() > 0
controller.window.inbox.model.row_at(0)
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def timed(code: str, *args: str) -> tuple[float, float]:
    """Seconds from spawn to first window on screen, and to READY (usable)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    shown = None
    while True:
        line = proc.stdout.readline()
        if not line:
            break
        if "SHOWN" in line:
            shown = time.perf_counter() - start
        if "READY" in line:
            ready = time.perf_counter() - start
            break
    proc.wait()
    if proc.returncode != 0 or "READY" not in line:
        raise SystemExit(f"child failed (exit {proc.returncode}): {line!r}")
    return (shown if shown is not None else ready), ready


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if "DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url = large_db_url(args.db)
    settings = Path("/tmp/liaison-bench-settings.toml")
    settings.unlink(missing_ok=True)
    timed(LIAISON, url, str(settings))  # warm the OS file cache; not counted
    bare, shown, ready = [], [], []
    for _ in range(args.runs):
        bare.append(timed(BARE)[1])
        first, usable = timed(LIAISON, url, str(settings))
        shown.append(first)
        ready.append(usable)
    mb = statistics.median(bare)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'xcb')}, runs: {args.runs}, database: {url}")
    print(f"bare PySide6 window        : median {mb * 1000:7.0f} ms  (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    for name, values in (("Liaison first window (splash)", shown), ("Liaison usable main window", ready)):
        m = statistics.median(values)
        print(f"{name:<27}: median {m * 1000:7.0f} ms  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
              f"  ratio {m / mb:.2f}x")
    print("target: usable main window within 1.5x of the bare window")


if __name__ == "__main__":
    main()
