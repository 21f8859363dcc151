"""What the mail links of the question detail do: ask, log a call, accept, show a mail."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QTextBrowser,
    QVBoxLayout,
)

from liaison_app.core.correspondence.outbox import retry_now
from liaison_app.core.correspondence.queries import accept_reply
from liaison_app.core.models import Message
from liaison_app.core.team.department_desk import answer_clarification
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway


class MailActions(QObject):
    changed = Signal()
    failed = Signal(str)

    def __init__(self, gateway: DatabaseGateway, settings, worker=None, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._settings = settings
        self._worker = worker
        self.dialog: QDialog | None = None  # the last opened dialog (tests drive it)
        self._view = None  # the detail view that used a link last: refreshed after a cycle
        if worker is not None:
            worker.finished.connect(self._cycle_done)

    def _cycle_done(self, _report) -> None:
        if self._view is not None:
            try:
                self._view.reload()
            except RuntimeError:  # the view was deleted meanwhile
                self._view = None

    def handle(self, link: str, view) -> None:
        self._view = view
        kind, _, value = link.partition(":")
        if not value.isdigit():
            return
        number = int(value)
        if kind == "ask":
            self.open_compose(number, view)
        elif kind == "call":
            self.open_call(number, view)
        elif kind == "accept":
            self.accept(number, view)
        elif kind == "clarify":
            self.open_clarification(number, view)
        elif kind == "message":
            self.show_message(number, view)
        elif kind == "retry":
            self.retry(number, view)

    def _after_change(self, view) -> None:
        view.reload()
        self.changed.emit()

    def open_compose(self, question_id: int, view, department_id: int | None = None) -> None:
        from liaison_app.ui.dialogs.compose import ComposeDialog

        dialog = ComposeDialog(self._gateway, self._settings, question_id, view,
                               department_id=department_id)
        dialog.queued.connect(lambda _mid: self._after_change(view))
        if self._worker is not None:
            dialog.queued.connect(lambda _mid: self._worker.run_now())
        dialog.show()
        self.dialog = dialog

    def open_call(self, question_id: int, view) -> None:
        from liaison_app.ui.dialogs.call import LogCallDialog

        dialog = LogCallDialog(self._gateway, self._settings, question_id, view)
        dialog.saved.connect(lambda _mid: self._after_change(view))
        dialog.show()
        self.dialog = dialog

    def accept(self, message_id: int, view) -> None:
        actor = self._settings.actor
        self._gateway.write(lambda s: accept_reply(s, message_id, actor).id,
                            lambda _qid: self._after_change(view),
                            lambda exc: self.failed.emit(domain_error_text(exc)))

    def open_clarification(self, query_id: int, view) -> None:
        """The manager answers a department's clarification request (its due time resumes)."""
        dialog = QInputDialog(view)
        dialog.setWindowTitle(self.tr("Answer the department's question"))
        dialog.setLabelText(self.tr("The details the department asked for:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.textValueSelected.connect(lambda value: self.clarify(query_id, value, view))
        dialog.show()
        self.dialog = dialog

    def clarify(self, query_id: int, body: str, view) -> None:
        actor = self._settings.actor
        self._gateway.write(lambda s: answer_clarification(s, query_id, body, actor),
                            lambda _id: self._after_change(view),
                            lambda exc: self.failed.emit(domain_error_text(exc)))

    def retry(self, message_id: int, view) -> None:
        def work(s) -> None:
            retry_now(s, message_id)

        def done(_result) -> None:
            self._after_change(view)
            if self._worker is not None:
                self._worker.run_now()

        self._gateway.write(work, done, lambda exc: self.failed.emit(str(exc)))

    def show_message(self, message_id: int, view) -> None:
        """Read the message in the background, then show it whole in a dialog over `view`."""

        def load(s) -> tuple[str, str, str] | None:
            m = s.get(Message, message_id)
            if m is None:
                return None
            head = (f"<p><b>{escape(m.subject)}</b><br>{escape(m.from_addr)} → "
                    f"{escape(m.to_addrs)}</p>")
            names = ", ".join(escape(a.filename) for a in m.attachments)
            body = m.body_html or ("<pre style='white-space:pre-wrap'>" + escape(m.body_text)
                                   + "</pre>")
            return head, names, body

        def show(loaded: tuple[str, str, str] | None) -> None:
            if loaded is not None:
                self._show_message(view, *loaded)

        self._gateway.read(load, show, lambda exc: self.failed.emit(str(exc)), owner=view)

    def _show_message(self, view, head: str, names: str, body: str) -> None:
        dialog = QDialog(view)
        dialog.setWindowTitle(self.tr("Whole message"))
        dialog.resize(700, 600)
        browser = QTextBrowser()
        browser.setOpenLinks(False)
        label = escape(self.tr("Attachments: %1"))
        extra = "<p>" + label.replace("%1", names) + "</p>" if names else ""
        browser.setHtml(head + extra + body)  # body_html was sanitised when parsed
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.show()
        self.dialog = dialog
