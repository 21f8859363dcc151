"""The start in steps (`ui/launch.py`): the early window stays live while SQLAlchemy,
the models and the database load on a thread of their own; the main window then takes
its place; nothing is left for the GUI thread to import when the window is built; and
PySide6's import hook no longer reads every module's source.

Launches run in their own process: run_app runs (and ends) an event loop of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from liaison_app.ui import first_rows

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QThread, QTimer
from PySide6.QtWidgets import QApplication
from liaison_app.ui import tasks
from liaison_app.ui.launch import make_application, run_app

app = make_application([])
seen = {"beats_while_loading": 0, "longest_beat_gap_ms": 0.0, "order": []}
state = {"loading": False, "last": None}
CLOSE_EARLY = sys.argv[3] == "close-early"

def beat():
    now = time.perf_counter()
    if state["loading"]:
        seen["beats_while_loading"] += 1
        if CLOSE_EARLY and seen["beats_while_loading"] == 3:  # the user closes it while loading
            [w for w in QApplication.topLevelWidgets() if w.objectName() == "firstRowsWindow"][0].close()
        seen["longest_beat_gap_ms"] = max(seen["longest_beat_gap_ms"], (now - state["last"]) * 1000)
    state["last"] = now

heart = QTimer()
heart.timeout.connect(beat)

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
            name = obj.objectName()
            seen["order"].append(name)
            if name == "firstRowsWindow":
                state["loading"], state["last"] = True, time.perf_counter()
                heart.start(5)
            elif name == "mainWindow":
                state["loading"] = False
        return False

watch = Watch()
app.installEventFilter(watch)

def look_and_quit():
    from liaison_app.ui.main_window import MainWindow
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows or QThread.currentThread().loopLevel() == 0 or windows[0].inbox.model.loading:
        QTimer.singleShot(100, look_and_quit)
        return
    seen["first_id"] = windows[0].inbox.model.id_at(0)
    for w in windows:
        w.close()
    tasks.wait_for_tasks()
    QApplication.quit()

if not CLOSE_EARLY:
    QTimer.singleShot(300, look_and_quit)
seen["code"] = run_app(sys.argv[1], sys.argv[2])
print(json.dumps(seen))
"""


def _launch(url: str, tmp_path, mode: str = "normal") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, url, str(tmp_path / "settings.toml"), mode],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_early_window_stays_live_while_the_rest_loads(demo_db, tmp_path):
    """Before, the GUI thread imported SQLAlchemy and the models itself: the early rows
    were a still picture for seconds (no repaint, no move, not a single timer tick)."""
    rows = first_rows.read_first_rows(first_rows.sqlite_path(demo_db.url, None))
    url = demo_db.url
    demo_db.close()
    seen = _launch(url, tmp_path)
    assert seen["code"] == 0
    assert seen["order"][:2] == ["firstRowsWindow", "mainWindow"]
    assert seen["first_id"] == rows[0][0]  # the same first row, now in the real Inbox
    # A fresh process loads SQLAlchemy and the models for 0.5 s or more: a 5 ms timer
    # ticks dozens of times meanwhile when the GUI thread is free (about 0 before).
    assert seen["beats_while_loading"] >= 10, seen
    # A generous bound (the machine running the tests is loaded); the bench measures it.
    assert seen["longest_beat_gap_ms"] < 1500, seen


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_closing_the_early_window_quits_without_the_main_window(demo_db, tmp_path):
    url = demo_db.url
    demo_db.close()
    seen = _launch(url, tmp_path, "close-early")
    assert seen["code"] == 0
    assert "mainWindow" not in seen["order"]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_gui_thread_imports_nothing_of_the_database_layer_when_the_window_is_built(
        demo_db, tmp_path):
    """Everything the main window needs from SQLAlchemy, core and mail loads on the
    loader thread (launch.LOADED_BEHIND); a module missing from that list would load on
    the GUI thread, a freeze while the early rows are on screen."""
    url = demo_db.url
    demo_db.close()
    probe = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from liaison_app.core.config import load_settings
from liaison_app.ui import tasks
from liaison_app.ui.launch import _open_and_load
database = _open_and_load(sys.argv[1])
before = set(sys.modules)
from liaison_app.ui.app import AppController
from liaison_app.ui.actions.backup import start_daily_backup
controller = AppController(database, load_settings(sys.argv[2]))
controller.show()
new = sorted(m for m in set(sys.modules) - before
             if m.startswith(("sqlalchemy", "liaison_app.core", "liaison_app.mail", "keyring", "opencc")))
controller.window.close()
tasks.wait_for_tasks()
print(json.dumps({"new": new, "postgresql": sorted(m for m in sys.modules if ".postgresql" in m)}))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe, url, str(tmp_path / "settings.toml")],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["new"] == []
    # An SQLite start does not load the PostgreSQL dialect (0.1-0.2 s) at all.
    assert seen["postgresql"] == []


def test_pyside_import_hook_reads_no_module_source():
    """Shiboken's import hook read each module's whole source after PySide6 loaded
    (0.1-0.5 s of a start); `liaison_app.ui` turns that scan off for what follows it. The control run, without
    `liaison_app.ui`, shows the scan is there to turn off."""
    probe = r"""
import inspect, sys
calls = []
original = inspect.getsource
inspect.getsource = lambda obj: calls.append(getattr(obj, "__name__", "?")) or original(obj)
if sys.argv[1] == "ui":
    import liaison_app.ui
else:
    import PySide6.QtCore
calls.clear()  # what PySide6's own loading read: not ours to change
import liaison_app.core.config, liaison_app.core.paths
print(len(calls))
"""
    counts = {}
    for mode in ("ui", "bare"):
        done = subprocess.run([sys.executable, "-c", probe, mode], capture_output=True,
                              text=True, timeout=60, check=True)
        counts[mode] = int(done.stdout.strip().splitlines()[-1])
    assert counts["bare"] > 0  # PySide6 still has the hook: the control works
    assert counts["ui"] == 0
