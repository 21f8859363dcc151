"""Start-up through the real `liaison` entry point, against a bare PySide6 window.

Each run is a fresh process, timed from spawn to three moments seen from inside Qt: the
first window's first paint, the first paint of an Inbox table with rows in it (on a
local SQLite database that is the early first-rows window, `ui/first_rows.py`), and the
full main window painted with its rows (when it answers clicks; printed, no target). The
Liaison child runs `liaison --db URL --config PATH` itself (`liaison_app.cli.main`:
logging, the error hook, the splash, migrations check, the daily backup, all included);
the only addition is a QApplication subclass that watches Paint events, installed before
the entry point imports Qt. The bare child paints an empty QMainWindow the same way. Bare
and Liaison runs alternate so machine noise hits both alike; medians and ratios printed.
From the first window's paint to the full main window, a 10 ms timer on the GUI thread
measures the longest freeze: how long the window on screen could not repaint or answer
while the rest loaded (DESIGN.md's 50 ms bar for any stall).

    python bench/bench_startup.py [--db URL] [--runs 7]

Targets (DESIGN.md section 6): window painted within 1.5x, first Inbox rows painted within
2.5x, of the bare window's first paint. Uses QT_QPA_PLATFORM=offscreen unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from large_db import large_db_url

PROBE = r"""
import os, sys, time
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, Qt, QTimer

def say(word):
    sys.stdout.write(word + "\n")
    sys.stdout.flush()

class Watch(QObject):
    # Paint events of the first window, the first rows and the full main window; from
    # the first window on, a 10 ms heartbeat on the GUI thread whose longest gap is how
    # long the window on screen froze (could not repaint, move or answer) meanwhile.
    # 10 ms, not the stall bench's 2: a Python callback every 2 ms takes the GIL from
    # the start-up's loader thread often enough to slow the start itself by 10-30%.
    def __init__(self):
        super().__init__()
        self.window_seen = False
        self.rows_seen = False
        self.beat = None
        self.longest = 0.0
    def heartbeat(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.beat)
        self.beat = now
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if not self.window_seen and isinstance(obj, QtWidgets.QMainWindow):
                self.window_seen = True
                say("WINDOW")
                self.beat = time.perf_counter()
                self.timer = QTimer()
                self.timer.setTimerType(Qt.TimerType.PreciseTimer)
                self.timer.timeout.connect(self.heartbeat)
                self.timer.start(10)
            parent = obj.parent() if isinstance(obj, QtWidgets.QWidget) else None
            if isinstance(parent, QtWidgets.QTableView) and parent.objectName() == WANT_TABLE:
                model = parent.model()
                if model is not None and model.rowCount() > 0 and model.index(0, 0).data() is not None:
                    if not self.rows_seen:
                        self.rows_seen = True
                        say("ROWS")
                    # The full main window with its rows (not the early first-rows
                    # window of ui/first_rows.py): the app answers clicks from here.
                    if WANT_TABLE == "bare" or parent.window().objectName() == "mainWindow":
                        if self.beat is not None:
                            self.heartbeat()
                            say(f"STALL {self.longest * 1000:.1f}")
                        say("FULL")
                        os._exit(0)
        return False

class ProbedApplication(QtWidgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self._watch = Watch()
        self.installEventFilter(self._watch)

QtWidgets.QApplication = ProbedApplication
"""

BARE = PROBE + r"""
WANT_TABLE = "bare"
app = QtWidgets.QApplication(sys.argv)
w = QtWidgets.QMainWindow(); w.resize(1280, 800)
t = QtWidgets.QTableView(); t.setObjectName("bare")
from PySide6.QtGui import QStandardItemModel, QStandardItem
m = QStandardItemModel(1, 1); m.setItem(0, 0, QStandardItem("x")); t.setModel(m)
w.setCentralWidget(t); w.show()
app.exec()
"""

LIAISON = PROBE + r"""
WANT_TABLE = "inboxTable"
from liaison_app.cli import main
sys.exit(main(["--db", sys.argv[1], "--config", sys.argv[2]]))
"""


def timed(code: str, *args: str) -> tuple[float, float, float, float]:
    """Seconds from spawn to the first window's first paint, to the first rows painted,
    and to the full main window painted with its rows; and the longest freeze of the GUI
    thread between the first window and the full one."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True,
                            env=env)
    window = rows = full = None
    stall = 0.0
    for line in proc.stdout:
        if line.startswith("STALL"):
            stall = float(line.split()[1]) / 1000
        if line.startswith("WINDOW") and window is None:
            window = time.perf_counter() - start
        if line.startswith("ROWS") and rows is None:
            rows = time.perf_counter() - start
        if line.startswith("FULL"):
            full = time.perf_counter() - start
            break
    proc.kill()
    proc.wait()
    if rows is None:
        raise SystemExit(f"child never painted rows (exit {proc.returncode})")
    return (window if window is not None else rows), rows, (full if full is not None else rows), stall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if "DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url = large_db_url(args.db)
    # Byte-compiled as an installed copy would be (PYTHONDONTWRITEBYTECODE would make every
    # start compile the sources again).
    package = Path(importlib.util.find_spec("liaison_app").origin).parent
    compileall.compile_dir(str(package), quiet=1)
    home = Path(tempfile.mkdtemp(prefix="liaison-bench-start-"))
    os.environ["XDG_DATA_HOME"] = str(home / "data")  # the log file and daily backups
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    settings = home / "settings.toml"
    # The [ui] table, as the app reads it: a bare `language` key was ignored, and the
    # start was measured in English, without loading the translations.
    settings.write_text('[ui]\nlanguage = "zh_TW"\n', encoding="utf-8")
    timed(LIAISON, url, str(settings))  # warm the OS file cache; not counted
    bare, window, rows, full, stalls = [], [], [], [], []
    for _ in range(args.runs):
        bare.append(timed(BARE)[0])
        w, r, f, st = timed(LIAISON, url, str(settings))
        window.append(w)
        rows.append(r)
        full.append(f)
        stalls.append(st)
    mb = statistics.median(bare)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'xcb')}, runs: {args.runs}, database: {url}")
    print(f"bare PySide6 window painted      : median {mb * 1000:6.0f} ms  (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    for name, values, target in (("Liaison main window painted", window, 1.5),
                                 ("Liaison first Inbox rows painted", rows, 2.5),
                                 ("full main window with rows", full, None)):
        m = statistics.median(values)
        print(f"{name:<33}: median {m * 1000:6.0f} ms  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
              f"  ratio {m / mb:.2f}x" + ("  (no target: the app takes clicks from here)" if target is None else
                                          f"  (target <= {target}x: {'meets' if m / mb <= target else 'MISSES'})"))
    print(f"longest GUI-thread freeze, first window to full: median {statistics.median(stalls) * 1000:6.0f} ms"
          f"  (max {max(stalls) * 1000:.0f}; target <= 50 ms: "
          f"{'meets' if statistics.median(stalls) <= 0.05 else 'MISSES'})")
    print(f"load average: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
