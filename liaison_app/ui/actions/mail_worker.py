"""The background mail cycle: send the outbox and fetch replies, off the GUI thread.

Runs every poll interval of the [imap] settings and on demand; reports progress through
signals, so the window shows what it is doing and never waits for a mail server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from liaison_app.core.config import Settings
from liaison_app.ui.gateway import DatabaseGateway

if TYPE_CHECKING:
    from liaison_app.core.correspondence.mail_sync import SyncReport


class MailWorker(QObject):
    started = Signal()
    progress = Signal(str)
    finished = Signal(object)  # SyncReport
    failed = Signal(str)

    def __init__(self, gateway: DatabaseGateway, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._settings = settings
        self.busy = False
        self.last_report: SyncReport | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)

    def configured(self) -> bool:
        try:
            return (self._settings.mail_server("smtp").configured
                    or self._settings.mail_server("imap").configured)
        except Exception:  # noqa: BLE001 - a bad settings file: no automatic cycles
            return False

    def start_polling(self) -> None:
        try:
            seconds = self._settings.mail_server("imap").poll_seconds
        except Exception:  # noqa: BLE001
            seconds = 120
        self.timer.setInterval(seconds * 1000)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def run_now(self) -> bool:
        """Start one cycle unless one is running or mail is not configured."""
        if self.busy or not self.configured():
            return False
        self.busy = True
        self.started.emit()
        settings, relay = self._settings, self.progress

        def work(database) -> SyncReport:
            # The mail stack (IMAP, MIME, charsets) loads with the first cycle, on this
            # worker thread, not while the window opens.
            from liaison_app.core.correspondence.mail_sync import run_cycle

            return run_cycle(database, settings, progress=relay.emit)

        # Not in the write order: a cycle waits on mail servers (up to their time-outs), and
        # the manager's own saves must not queue behind it; the cycle's own sessions are
        # short, one per message.
        self._gateway.run(work, self._done, self._error, serial=False)
        return True

    def _done(self, report: SyncReport) -> None:
        self.busy = False
        self.last_report = report
        self.finished.emit(report)

    def _error(self, exc: Exception) -> None:
        self.busy = False
        self.failed.emit(str(exc))
