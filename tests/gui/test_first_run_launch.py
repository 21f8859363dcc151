"""The very first start, as `liaison` runs it: no database yet, so the welcome screen
comes first; "Try it with demo data" then "Start working" leads to the main window on
the demo data, and the next start goes straight to the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = r"""
import json, sys
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from liaison_app.ui import tasks
from liaison_app.ui.launch import make_application, run_app

app = make_application([])
seen = {"welcome": 0}

def step():
    from liaison_app.ui.main_window import MainWindow
    from liaison_app.ui.dialogs.welcome import PAGE_CHOOSE, PAGE_MAIL, WelcomeDialog
    for w in QApplication.topLevelWidgets():
        if isinstance(w, WelcomeDialog) and w.isVisible():
            if w.pages.currentIndex() == PAGE_CHOOSE and seen["welcome"] == 0:
                seen["welcome"] = 1
                w.demo_button.click()
            elif w.pages.currentIndex() == PAGE_MAIL:
                seen["summary"] = w.data_summary.text()
                w.finish_button.click()
            QTimer.singleShot(50, step)
            return
        if isinstance(w, MainWindow) and w.isVisible() and QThread.currentThread().loopLevel() == 1:
            tasks.wait_for_tasks()
            app.processEvents()
            seen["rows"] = w.inbox.model.rowCount()
            w.close()
            tasks.wait_for_tasks()
            QApplication.quit()
            return
    QTimer.singleShot(50, step)

QTimer.singleShot(100, step)
seen["code"] = run_app(None, sys.argv[1])
print(json.dumps(seen, ensure_ascii=False))
"""


def _start(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "settings.toml")],
                          capture_output=True, text=True, timeout=180, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_first_start_offers_demo_data_then_opens_the_window_on_it(tmp_path):
    first = _start(tmp_path)
    assert first["code"] == 0 and first["welcome"] == 1
    assert "320 questions" in first["summary"]
    assert first["rows"] > 0  # the Inbox shows the demo's open questions
    second = _start(tmp_path)  # the database exists now: no welcome screen
    assert second["welcome"] == 0 and second["rows"] == first["rows"]


FALLBACK_CHILD = r"""
import json, sys
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from liaison_app.ui import tasks
from liaison_app.ui.launch import make_application, run_app

app = make_application([])
seen = {"asked": []}
def answer(_parent, _title, text, *args, **kwargs):
    seen["asked"].append(text)
    return QMessageBox.StandardButton.Yes
QMessageBox.question = answer

def look():
    from liaison_app.ui.main_window import MainWindow
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible() and QThread.currentThread().loopLevel() == 1:
            seen["db"] = w.db_label.text()
            w.close()
            tasks.wait_for_tasks()
            QApplication.quit()
            return
    QTimer.singleShot(50, look)

QTimer.singleShot(100, look)
seen["code"] = run_app(None, sys.argv[1])
print(json.dumps(seen, ensure_ascii=False))
"""


def test_an_unreachable_team_database_offers_the_local_one(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[database]\nurl = "postgresql+psycopg://manager@127.0.0.1:1/liaison"\n',
                        encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", FALLBACK_CHILD, str(settings)],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0 and len(seen["asked"]) == 1
    assert "127.0.0.1:1" in seen["asked"][0]
    assert "liaison.db" in seen["db"]  # the database on this computer
    assert "127.0.0.1:1" not in settings.read_text(encoding="utf-8")  # the choice is forgotten


ERROR_CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from liaison_app.ui import tasks
from liaison_app.ui.launch import make_application, run_app

app = make_application([])
seen = {}

def look():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.objectName() == "unexpectedErrorDialog" and w.isVisible():
            seen["text"] = w.text()
            seen["info"] = w.informativeText()
            seen["details"] = w.detailedText()
            w.close()
            for other in QApplication.topLevelWidgets():
                other.close()
            tasks.wait_for_tasks()
            QApplication.quit()
            return
    QTimer.singleShot(50, look)

QTimer.singleShot(100, look)
seen["code"] = run_app(sys.argv[1], sys.argv[2])
print(json.dumps(seen, ensure_ascii=False))
"""


def test_a_forced_error_shows_a_dialog_and_a_masked_log_entry(tmp_path):
    logs = tmp_path / "logs"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIAISON_SIMULATE_ERROR="1",
               LIAISON_LOG_DIR=str(logs))
    done = subprocess.run([sys.executable, "-c", ERROR_CHILD, f"sqlite:///{tmp_path / 'l.db'}",
                           str(tmp_path / "settings.toml")],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0  # the app kept running until closed
    assert "RuntimeError: simulated error" in seen["text"]
    assert str(logs / "liaison.log") in seen["info"]
    log = (logs / "liaison.log").read_text(encoding="utf-8")
    assert "unexpected error" in log and "_simulated_error" in log
    for secret in ("6222 0212 3456 7890", "11010519491231002X", "simulated-Secret-1"):
        assert secret not in log and secret not in seen["text"] + seen["details"]
    assert "**** **** **** 7890" in log
