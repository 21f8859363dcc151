"""The background mail cycle: send the outbox and fetch replies, off the GUI thread.

Runs every poll interval of the [imap] settings and on demand; reports progress through
signals, so the window shows what it is doing and never waits for a mail server.

With several manager desks on one database only the holder of the mail lease runs the
cycle (core/correspondence/mail_lease.py). A heartbeat renews it while this window is
open, and takes it over (and runs a cycle at once) when the desk holding it has closed
or died; closing the window gives it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from liaison_app.core.config import ConfigError, Settings
from liaison_app.core.correspondence.mail_lease import DEFAULT_SECONDS, MailLease
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
        try:
            seconds = settings.mail_lease_seconds
        except ConfigError:
            seconds = DEFAULT_SECONDS
        self.lease = MailLease(gateway.database, seconds=seconds)
        self.holding = False
        self._beating = False
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(max(500, int(seconds * 1000 / 3)))
        self.heartbeat.timeout.connect(self.beat)

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
        self.heartbeat.start()

    def stop(self) -> None:
        """The window closes: no more cycles, and the lease goes to another desk at once."""
        self.timer.stop()
        self.heartbeat.stop()
        if self.holding:
            self.holding = False
            self._gateway.run(lambda _db: self.lease.release(), serial=False)

    def beat(self) -> None:
        """Renew the lease, or take it over from a desk that stopped renewing it."""
        if self.busy or self._beating:
            return  # a running cycle renews it itself
        self._beating = True
        self._gateway.run(lambda _db: self.lease.acquire(), self._beaten, self._beat_failed,
                          owner=self, serial=False)

    def _beaten(self, held: bool) -> None:
        self._beating = False
        taken_over = held and not self.holding
        self.holding = held
        if taken_over:
            self.run_now()

    def _beat_failed(self, _exc: Exception) -> None:
        self._beating = False  # the server is away: the next beat tries again

    def run_now(self) -> bool:
        """Start one cycle unless one is running or mail is not configured."""
        if self.busy or not self.configured():
            return False
        self.busy = True
        self.started.emit()
        settings, relay = self._settings, self.progress

        lease = self.lease

        def work(database) -> SyncReport:
            # The mail stack (IMAP, MIME, charsets) loads with the first cycle, on this
            # worker thread, not while the window opens.
            from liaison_app.core.correspondence.mail_sync import run_cycle

            return run_cycle(database, settings, progress=relay.emit, lease=lease)

        # Not in the write order: a cycle waits on mail servers (up to their time-outs), and
        # the manager's own saves must not queue behind it; the cycle's own sessions are
        # short, one per message.
        self._gateway.run(work, self._done, self._error, serial=False)
        return True

    def _done(self, report: SyncReport) -> None:
        self.busy = False
        self.holding = report.sender_elsewhere is None
        self.last_report = report
        self.finished.emit(report)

    def _error(self, exc: Exception) -> None:
        self.busy = False
        self.failed.emit(str(exc))
