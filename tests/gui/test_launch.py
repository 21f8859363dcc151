"""Starting the app the way `liaison` does: splash, database, main window; and a clear
message instead of a traceback when the database cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_app.ui import tasks
from liaison_app.ui.launch import run_app
from liaison_app.ui.main_window import MainWindow


def test_run_app_opens_the_main_window_on_a_new_database(qapp, tmp_path):
    seen: dict = {}

    def look_and_quit():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        # Wait until run_app is in its event loop (timers also fire while the splash
        # waits for the window to be exposed, when quitting would be lost).
        if not windows or QThread.currentThread().loopLevel() == 0:
            QTimer.singleShot(100, look_and_quit)
            return
        seen["titles"] = [w.windowTitle() for w in windows]
        seen["rows"] = [w.inbox.model.rowCount() for w in windows]
        for window in windows:
            window.close()
        tasks.wait_for_tasks()
        QApplication.quit()

    QTimer.singleShot(500, look_and_quit)
    code = run_app(f"sqlite:///{tmp_path / 'new.db'}", str(tmp_path / "settings.toml"))
    assert code == 0
    assert len(seen["titles"]) == 1 and "Liaison" in seen["titles"][0]
    assert seen["rows"] == [0]
    assert (tmp_path / "new.db").exists()
    assert "geometry" in (tmp_path / "settings.toml").read_text()  # layout saved on close


def test_run_app_explains_a_database_it_cannot_open(qapp, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_bytes(b"this is not an SQLite database, just a file with a .db name" * 20)
    code = run_app(f"sqlite:///{not_a_db}", str(tmp_path / "settings.toml"))
    assert code == 1
    assert len(shown) == 1 and "could not be opened" in shown[0] and "notes.db" in shown[0]
