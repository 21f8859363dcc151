"""Starting the app the way `liaison` does, in its own process: splash, database, main
window; and a clear message instead of a traceback when the database cannot be opened.

A separate process because run_app runs (and ends) the application's event loop, which
must not happen inside the test session's own QApplication.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = r"""
import json, sys
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from liaison_app.ui import tasks
from liaison_app.ui.launch import make_application, run_app

app = make_application([])
seen = {"messages": []}
QMessageBox.critical = lambda _parent, _title, text: seen["messages"].append(text)

def look_and_quit():
    from liaison_app.ui.main_window import MainWindow
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows or QThread.currentThread().loopLevel() == 0:
        QTimer.singleShot(100, look_and_quit)
        return
    seen["titles"] = [w.windowTitle() for w in windows]
    seen["rows"] = [w.inbox.model.rowCount() for w in windows]
    seen["nav"] = [w.nav_model.item(0).text() for w in windows]
    for w in windows:
        w.close()
    tasks.wait_for_tasks()
    QApplication.quit()

QTimer.singleShot(300, look_and_quit)
seen["code"] = run_app(sys.argv[1], sys.argv[2])
print(json.dumps(seen, ensure_ascii=False))
"""


def _launch(db_url: str, settings_path, language: str | None = None) -> dict:
    if language:
        settings_path.write_text(f'[ui]\nlanguage = "{language}"\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, db_url, str(settings_path)],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_run_app_opens_the_main_window_on_a_new_database(tmp_path):
    seen = _launch(f"sqlite:///{tmp_path / 'new.db'}", tmp_path / "settings.toml", "zh_TW")
    assert seen["code"] == 0 and seen["messages"] == []
    assert len(seen["titles"]) == 1 and "Liaison" in seen["titles"][0]
    assert seen["rows"] == [0]
    assert seen["nav"][0].startswith("收件匣")
    assert (tmp_path / "new.db").exists()
    assert "geometry" in (tmp_path / "settings.toml").read_text(encoding="utf-8")


def test_run_app_explains_a_database_it_cannot_open(tmp_path):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_bytes(b"this is not an SQLite database, just a file with a .db name" * 20)
    seen = _launch(f"sqlite:///{not_a_db}", tmp_path / "settings.toml", "en")
    assert seen["code"] == 1
    assert len(seen["messages"]) == 1
    assert "could not be opened" in seen["messages"][0] and "notes.db" in seen["messages"][0]
