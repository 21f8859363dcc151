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
from liaison_app.core.database import open_database
from liaison_app.ui.app import AppController, make_application
app = make_application(sys.argv)
db = open_database(sys.argv[1])
controller = AppController(db, load_settings(sys.argv[2]))
controller.show()
assert controller.window.inbox.model.rowCount() > 0
controller.window.inbox.model.row_at(0)
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def timed(code: str, *args: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if "READY" not in line or proc.returncode != 0:
        raise SystemExit(f"child failed (exit {proc.returncode}): {line!r}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if "DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url = args.db
    if url is None:
        path = Path("/tmp/liaison-bench-large.db")
        url = f"sqlite:///{path}"
        if not path.exists():
            print("building the large demo database (once)...", flush=True)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "liaison_app", "--db", url, "demo", "--size", "large"],
                           check=True)
            print(f"  built in {time.perf_counter() - t:.1f} s")
    settings = Path("/tmp/liaison-bench-settings.toml")
    settings.unlink(missing_ok=True)
    timed(LIAISON, url, str(settings))  # warm the OS file cache; not counted
    bare, liaison = [], []
    for _ in range(args.runs):
        bare.append(timed(BARE))
        liaison.append(timed(LIAISON, url, str(settings)))
    mb, ml = statistics.median(bare), statistics.median(liaison)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'xcb')}, runs: {args.runs}, database: {url}")
    print(f"bare PySide6 window : median {mb * 1000:7.0f} ms  (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"Liaison main window : median {ml * 1000:7.0f} ms  (min {min(liaison) * 1000:.0f}, max {max(liaison) * 1000:.0f})")
    print(f"ratio               : {ml / mb:.2f}x  (target <= 1.5x)")


if __name__ == "__main__":
    main()
