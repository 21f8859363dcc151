"""File › Back up database… writes a copy the user picked, in the background; the daily
copy is made at start-up."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication, QFileDialog

from liaison_app.core.backup import daily_backups
from liaison_app.core.config import load_settings
from liaison_app.core.database import open_database
from liaison_app.ui import tasks
from liaison_app.ui.actions.backup import start_daily_backup
from liaison_app.ui.app import AppController
from liaison_app.ui.i18n import install_translators


def test_back_up_from_the_file_menu(qtbot, tmp_path, copy_demo):
    install_translators("en")
    database = copy_demo(tmp_path / "liaison.db")
    controller = AppController(database, load_settings(tmp_path / "settings.toml"))
    window = controller.window
    qtbot.addWidget(window)
    window.show()
    assert window.backup_action in window.file_menu.actions()
    window.backup_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QFileDialog) and w.isVisible())
    assert dialog.selectedFiles()[0].startswith(str(tmp_path / "backups" / "liaison-"))
    target = tmp_path / "picked" / "copy.db"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: getattr(window, "last_backup", None) is not None, timeout=10000)
    assert str(target) in window.statusBar().currentMessage()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM questions").fetchone()[0] == 320
    tasks.wait_for_tasks()
    database.close()


def test_the_daily_backup_is_made_at_start(qtbot, tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'liaison.db'}")
    settings = load_settings(tmp_path / "settings.toml")
    settings.data["backup"] = {"keep": 2, "folder": str(tmp_path / "daily")}
    start_daily_backup(database.url, settings)
    qtbot.waitUntil(lambda: len(daily_backups(tmp_path / "daily")) == 1, timeout=10000)
    tasks.wait_for_tasks()
    database.close()
