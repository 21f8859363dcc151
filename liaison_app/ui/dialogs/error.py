"""Unexpected errors: logged (masked) and shown in a dialog that names the log file.

`ErrorReporter.install()` replaces `sys.excepthook` (errors in slots and the GUI thread)
and `threading.excepthook` (worker threads); a worker's error travels to the GUI thread
through a queued signal. The dialog is shown with show(), never exec(), so the app keeps
running and tests are never blocked; `dialogs` keeps the open ones for them.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from liaison_app.core.app_logging import flush_logs
from liaison_app.core.privacy import redact

log = logging.getLogger("liaison.errors")

# Beyond this many open error dialogs, further errors are only logged (no dialog storm).
MAX_OPEN_DIALOGS = 3


def summary_of(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return redact(f"{type(exc).__name__}: {text}" if text else type(exc).__name__)


class ErrorReporter(QObject):
    reported = Signal(str, str)  # summary, details (both already masked)

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialogs: list[QMessageBox] = []
        self._previous = (sys.excepthook, threading.excepthook)
        self._crash_file = None
        # Shown from the event loop, never inside the call that failed: a report from
        # another thread arrives queued, one from the GUI thread waits for the next turn.
        # (Not Qt.ConnectionType.QueuedConnection: the first use of PySide6's Qt
        # namespace builds all its enums, 0.1 s of the start before the first rows.)
        self.reported.connect(self._show_later)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        try:  # a hard crash (segfault in a library) still leaves a trace beside the log
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            self._crash_file = open(self.log_file.with_name("crash.log"), "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(self._crash_file)
        except OSError:
            pass

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        if self._crash_file is not None:
            faulthandler.disable()
            self._crash_file.close()
            self._crash_file = None

    # --- hooks ------------------------------------------------------------------------
    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        self.record(exc_type, exc, tb, "unexpected error")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread else "?"
        self.record(args.exc_type, args.exc_value, args.exc_traceback,
                    f"unexpected error in thread {name}")

    def record(self, exc_type, exc, tb, what: str) -> None:
        log.critical(what, exc_info=(exc_type, exc, tb))
        flush_logs()
        details = redact("".join(traceback.format_exception(exc_type, exc, tb)))
        summary = summary_of(exc) if exc is not None else exc_type.__name__
        if QApplication.instance() is None:
            print(f"liaison: unexpected error: {summary}\nDetails in {self.log_file}", file=sys.stderr)
            return
        self.reported.emit(summary, details)

    # --- the dialog -------------------------------------------------------------------
    @Slot(str, str)
    def _show_later(self, summary: str, details: str) -> None:
        QTimer.singleShot(0, self, lambda: self.show_dialog(summary, details))

    @Slot(str, str)
    def show_dialog(self, summary: str, details: str) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        if len(self.dialogs) >= MAX_OPEN_DIALOGS:
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Liaison — unexpected error"),
                          self.tr("Something went wrong: %1").replace("%1", summary),
                          QMessageBox.StandardButton.Close, parent if isinstance(parent, QWidget) else None)
        box.setObjectName("unexpectedErrorDialog")
        box.setInformativeText(
            self.tr("Liaison keeps running; what you saved before is safe. The details were "
                    "written to the log file:\n%1\n\nIf it happens again, send that file and "
                    "Help › Copy diagnostics to your desktop team.").replace("%1", str(self.log_file))
        )
        box.setDetailedText(details)
        folder = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.log_file.parent))))
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(QtCore.Qt.WindowModality.NonModal)
        self.dialogs.append(box)
        box.show()

    def fatal(self, exc: BaseException) -> None:
        """An error before the event loop runs: log it and show a blocking message."""
        log.critical("start-up failed", exc_info=exc)
        flush_logs()
        QMessageBox.critical(
            None, self.tr("Liaison — unexpected error"),
            self.tr("Liaison could not start: %1\n\nThe details were written to the log "
                    "file:\n%2").replace("%1", summary_of(exc)).replace("%2", str(self.log_file)),
        )
