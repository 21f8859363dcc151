"""Other desks' changes reach this window: the Inbox and the open page follow by
themselves, the selection kept.

The rules of who may hold a connection and how the change log is read are core's
(core/changes.py); here they are only scheduled. A desk that LISTENs (a manager's, on
PostgreSQL) waits for notices on a thread of its own; every other desk polls through
the gateway on a timer, each poll on a pooled connection given back at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from liaison_app.core.changes import ChangeFeed, Changes
from liaison_app.ui.gateway import DatabaseGateway


class _Listener(QThread):
    """Waits for the database's notices; never touches a widget."""

    heard = Signal(object)  # Changes

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.stopping = False

    def run(self) -> None:
        while not self.stopping:
            changes = self.feed.wait(0.5)
            if changes and not self.stopping:
                self.heard.emit(changes)
        self.feed.close()


class LiveUpdates(QObject):
    """Emits `changed` with what other desks changed, on the GUI thread."""

    changed = Signal(object)  # Changes

    def __init__(self, gateway: DatabaseGateway, parent: QObject | None = None,
                 *, listen: bool | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.feed = ChangeFeed(gateway.database, listen=listen)
        self._polling = False
        self._listener: _Listener | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(self.feed.poll_seconds * 1000))
        self.timer.timeout.connect(self.poll_now)

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.isRunning()

    def start(self) -> None:
        if self.feed.listens:
            if self._listener is None:
                self._listener = _Listener(self.feed, self)
                self._listener.heard.connect(self.changed)
                self._listener.start()
        else:
            self.poll_now()  # marks where this desk starts
            self.timer.start()

    def poll_now(self) -> None:
        """Ask the change log now (the timer does this every few seconds)."""
        if self._polling or self.feed.listens:
            return
        self._polling = True
        self._gateway.read(self.feed.changed, self._polled, self._poll_failed, owner=self)

    def _polled(self, changes: Changes) -> None:
        self._polling = False
        if changes:
            self.changed.emit(changes)

    def _poll_failed(self, _exc: Exception) -> None:
        self._polling = False  # the server is away: the next tick tries again

    def stop(self) -> None:
        self.timer.stop()
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stopping = True
            listener.wait(3000)
