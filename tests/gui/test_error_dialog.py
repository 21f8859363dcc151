"""A forced error shows a dialog naming the log file, and a log entry without secrets;
Help › Copy diagnostics puts versions and paths (no password) on the clipboard."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from liaison_app.core.app_logging import flush_logs, setup_logging, shutdown_logging
from liaison_app.core.config import load_settings
from liaison_app.ui import tasks
from liaison_app.ui.app import AppController
from liaison_app.ui.dialogs.error import ErrorReporter
from liaison_app.ui.i18n import install_translators


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    install_translators("en")
    rep = ErrorReporter(setup_logging())
    rep.install()
    yield rep
    rep.uninstall()
    for box in rep.dialogs:
        box.close()
    shutdown_logging()


def _fail_in_a_slot():
    raise ValueError("card 6222021234567890 refused for password=slot-Pw-1")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_dialog_and_a_masked_log_entry(qtbot, reporter):
    QTimer.singleShot(0, _fail_in_a_slot)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in reporter.dialogs), timeout=5000)
    box = reporter.dialogs[-1]
    assert "ValueError" in box.text() and "************7890" in box.text()
    assert str(reporter.log_file) in box.informativeText()
    assert "6222021234567890" not in box.detailedText() and "slot-Pw-1" not in box.detailedText()
    flush_logs()
    log = reporter.log_file.read_text(encoding="utf-8")
    assert "unexpected error" in log and "_fail_in_a_slot" in log
    assert "6222021234567890" not in log and "slot-Pw-1" not in log


def test_an_error_in_a_worker_thread_reaches_the_gui_thread(qtbot, reporter):
    def work():
        raise OSError("disk full while writing 11010519491231002X")

    thread = threading.Thread(target=work, name="exporter")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in reporter.dialogs), timeout=5000)
    assert "OSError" in reporter.dialogs[-1].text()
    flush_logs()
    log = reporter.log_file.read_text(encoding="utf-8")
    assert "unexpected error in thread exporter" in log
    assert "11010519491231002X" not in log and "**************002X" in log


def test_copy_diagnostics_from_the_help_menu(qtbot, db, tmp_path, monkeypatch):
    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    install_translators("en")
    controller = AppController(db, load_settings(tmp_path / "settings.toml"))
    window = controller.window
    qtbot.addWidget(window)
    window.show()
    assert window.copy_diagnostics_action in window.help_menu.actions()
    window.copy_diagnostics_action.trigger()
    text = QApplication.clipboard().text()
    assert "Liaison:" in text and "Qt:" in text and "PySide6:" in text
    assert str(tmp_path / "logs" / "liaison.log") in text
    assert db.display_url.replace(":***", "") in text and "***" not in text
    tasks.wait_for_tasks()
