"""File › Back up database… and the automatic daily copy made at start-up.

Both run off the GUI thread (`run_task`); the window reports the outcome in its status
bar, or a message box when the backup failed (with pg_dump guidance for PostgreSQL).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from liaison_app.core.backup import (
    BackupResult,
    backup_database,
    backup_policy,
    daily_backup,
    sqlite_file,
)
from liaison_app.core.config import Settings
from liaison_app.ui.tasks import run_task

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


def suggested_name(url: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    return f"liaison-{stamp}" + (".db" if sqlite_file(url) else ".dump")


def run_backup(window: QWidget, url: str, target: str) -> None:
    """Back up to `target` in the background; report in the window."""
    status = window.statusBar()
    status.showMessage(translate("Backup", "Backing up the database…"))

    def done(result: BackupResult) -> None:
        log.info("backup written to %s (%d bytes)", result.path, result.size)
        message = translate("Backup", "Backup written to %1").replace("%1", str(result.path))
        status.showMessage(message, 10000)
        window.last_backup = result

    def failed(exc: Exception) -> None:
        status.clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Backup", "Back up database"),
                          translate("Backup", "The backup could not be made."),
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("backupFailedBox")
        box.setInformativeText(str(exc))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    # The save dialog has asked before replacing a file; a missing folder is still refused.
    run_task(lambda: backup_database(url, target, overwrite=True), done, failed)


def ask_and_back_up(window: QWidget, url: str, settings: Settings) -> QFileDialog:
    """A save dialog (non-blocking) proposing the backup folder; backs up on accept."""
    policy = backup_policy(settings.data)
    database = sqlite_file(url)
    folder = policy.folder_for(database) if database else Path.home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path.home()
    dialog = QFileDialog(window, translate("Backup", "Back up database"),
                         str(folder / suggested_name(url)))
    dialog.setObjectName("backupFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    kind = (translate("Backup", "SQLite database (*.db)") if database
            else translate("Backup", "PostgreSQL dump (*.dump)"))
    dialog.setNameFilters([kind,
                           translate("Backup", "All files (*)")])
    dialog.fileSelected.connect(lambda target: run_backup(window, url, target))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def start_daily_backup(url: str, settings: Settings) -> None:
    """Today's copy of the SQLite file, made once a day in the background."""
    database = sqlite_file(url)
    policy = backup_policy(settings.data)
    if database is None or not policy.daily:
        return

    def work():
        return daily_backup(database, policy.folder_for(database), keep=policy.keep)

    def done(result: BackupResult | None) -> None:
        if result is not None:
            log.info("daily backup written to %s", result.path)

    run_task(work, done, lambda exc: log.warning("daily backup failed: %s", exc))
