"""One way to run work off the GUI thread: `run_task(fn, on_done, on_error)`.

`fn` runs on a QThreadPool thread and must not touch widgets (it opens its own database
session); `on_done(result)` or `on_error(exception)` runs on the GUI thread afterwards.
Tests can call `set_synchronous(True)` where the order of events matters.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.exc import OperationalError

from liaison_app.core.errors import DomainError
from liaison_app.core.team.sign_in import SignInError
from liaison_app.mail.servers import MailServerError

log = logging.getLogger(__name__)

_synchronous = False
_pending: set[_Relay] = set()


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


def expected_failure(exc: BaseException) -> bool:
    """A refusal the user is told about, not a defect: a rule refusing a value or an
    action, a mail server refusing the password or unreachable, a database login
    refused."""
    if isinstance(exc, (DomainError, MailServerError, SignInError)):
        return True
    if isinstance(exc, OperationalError):
        words = str(exc.orig or exc).lower()
        return "password authentication failed" in words or "no password supplied" in words
    return False


def log_failure(exc: BaseException) -> None:
    """One WARNING line for an expected refusal (the user reads it on the screen; a
    traceback per wrong password buries real errors), the traceback for anything else.
    The database's own message is cut before its SQL and parameters."""
    if expected_failure(exc):
        text = str(getattr(exc, "orig", None) or exc).split("\n[SQL:")[0]
        log.warning("refused: %s: %s", type(exc).__name__, " ".join(text.split()))
    else:
        log.error("background task failed", exc_info=exc)


class _Relay(QObject):
    """Lives on the GUI thread; its queued signals carry the result back there."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - logged here, handed to on_error
            log_failure(exc)
            self._deliver(self.relay.failed, exc)
        else:
            self._deliver(self.relay.done, result)

    @staticmethod
    def _deliver(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody is waiting
            log.debug("result of a background task dropped at shutdown")


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run `fn` off the GUI thread (on `pool`, the global pool by default); `on_done`/`on_error` follow on the GUI thread, unless
    `owner` (the widget they update) was deleted meanwhile, e.g. a dialog closed."""
    if owner is not None:
        on_done = _while_alive(owner, on_done)
        on_error = _while_alive(owner, on_error)
    if _synchronous:
        try:
            result = fn()
        except Exception as exc:
            if on_error:
                on_error(exc)
            else:
                raise
        else:
            if on_done:
                on_done(result)
        return
    relay = _Relay()
    _pending.add(relay)

    def finish_ok(result: Any) -> None:
        _pending.discard(relay)
        if on_done:
            on_done(result)

    def finish_error(exc: Exception) -> None:
        _pending.discard(relay)
        if on_error:
            on_error(exc)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_error)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))


def _while_alive(owner: QObject, callback: Callable | None) -> Callable | None:
    if callback is None:
        return None

    def guarded(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return guarded


def wait_for_tasks(msecs: int = 5000) -> bool:
    """Block until background tasks finish (for shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
