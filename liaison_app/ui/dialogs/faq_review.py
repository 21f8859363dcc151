"""Reviewing one FAQ entry: its revisions with a readable diff, the approvals, and the
review steps (submit, approve, send back, publish, retire). The rules are in
core.faq_review; a refused step shows the rule's message here."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from liaison_app.core.faq import review as faq_review
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.common import faq_status_label
from liaison_app.ui.labels.faq import faq_event_detail
from liaison_app.ui.labels.times import local_datetime_text


class FaqReviewDialog(QDialog):
    changed = Signal()

    def __init__(self, gateway: DatabaseGateway, actor: str, entry_id: int, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._actor = actor
        self._entry_id = entry_id
        self._state = None
        self.setObjectName("faqReviewDialog")
        self.setWindowTitle(self.tr("Review FAQ entry #%1").replace("%1", str(entry_id)))
        self.setMinimumSize(760, 520)

        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setWordWrap(True)
        self.revisions = QStandardItemModel(self)
        self.revision_view = QListView()
        self.revision_view.setObjectName("reviewRevisions")
        self.revision_view.setModel(self.revisions)
        self.revision_view.setMaximumWidth(220)
        self.diff = QTextBrowser()
        self.diff.setObjectName("reviewDiff")
        self.approvals = QTextBrowser()
        self.approvals.setObjectName("reviewApprovals")
        self.approvals.setMaximumHeight(120)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.revision_view)
        top.addWidget(self.diff)
        top.setStretchFactor(1, 1)

        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.submit_button.setObjectName("reviewSubmit")
        self.side = QComboBox()
        self.side.setObjectName("reviewSide")
        self.side.addItem(self.tr("Call center"), "center")
        self.side.addItem(self.tr("Department"), "department")
        self.approver = QLineEdit(actor)
        self.approver.setObjectName("reviewApprover")
        self.on_behalf = QCheckBox(self.tr("On the department's behalf"))
        self.on_behalf.setObjectName("reviewOnBehalf")
        self.comment = QLineEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setPlaceholderText(self.tr("Comment"))
        # On the department's behalf: which of its mails or logged calls shows its approval.
        self.evidence = QComboBox()
        self.evidence.setObjectName("reviewEvidence")
        self.evidence.setVisible(False)
        self.evidence_label = QLabel(self.tr("Evidence:"))
        self.evidence_label.setVisible(False)
        self.on_behalf.toggled.connect(self._behalf_toggled)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("reviewApprove")
        self.send_back_button = QPushButton(self.tr("Send back"))
        self.send_back_button.setObjectName("reviewSendBack")
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setObjectName("reviewPublish")
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.retire_button.setObjectName("reviewRetire")
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("reviewRestore")
        self.restore_button.setToolTip(self.tr("Undo the retirement: the entry goes back to the "
                                               "state it had"))
        # Replaceable in tests: ask before a destructive step, then call back if confirmed.
        self.confirm: Callable[[str, str, Callable[[], None]], None] = self._confirm_dialog
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)

        decide = QGroupBox(self.tr("Decision"))
        grid = QGridLayout(decide)
        grid.addWidget(QLabel(self.tr("Side:")), 0, 0)
        grid.addWidget(self.side, 0, 1)
        grid.addWidget(QLabel(self.tr("Approver:")), 0, 2)
        grid.addWidget(self.approver, 0, 3)
        grid.addWidget(self.on_behalf, 0, 4)
        grid.addWidget(self.comment, 1, 0, 1, 5)
        grid.addWidget(self.evidence_label, 2, 0)
        grid.addWidget(self.evidence, 2, 1, 1, 4)
        buttons = QHBoxLayout()
        for button in (self.submit_button, self.approve_button, self.send_back_button,
                       self.publish_button, self.retire_button, self.restore_button):
            # No step is taken by Enter: in a dialog every push button is "auto default",
            # and Enter after Submit used to retire the entry.
            button.setAutoDefault(False)
            button.setDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("reviewClose")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        self.close_button = close
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(top, 1)
        layout.addWidget(QLabel(self.tr("Decisions")))
        layout.addWidget(self.approvals)
        layout.addWidget(decide)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.revision_view.selectionModel().currentChanged.connect(lambda *_: self._show_diff())
        self.submit_button.clicked.connect(
            lambda: self._do(lambda s: faq_review.submit(s, self._entry_id, self._actor),
                             self.tr("Submitted for review.")))
        self.approve_button.clicked.connect(self._approve)
        self.send_back_button.clicked.connect(self._send_back)
        self.publish_button.clicked.connect(
            lambda: self._do(lambda s: faq_review.publish(s, self._entry_id, self._actor),
                             self.tr("Published; a bulletin announcing it waits on the board.")))
        self.retire_button.clicked.connect(self._retire)
        self.restore_button.clicked.connect(
            lambda: self._do(lambda s: faq_review.restore(s, self._entry_id, self._actor),
                             self.tr("Restored.")))
        self.reload()

    def reload(self) -> None:
        entry_id = self._entry_id

        def load(session):
            return faq_review.review_state(session, entry_id)

        self._gateway.read(load, self._show, lambda exc: self.message.setText(str(exc)), owner=self)

    def _show(self, state) -> None:
        self._state = state
        self.title.setText(f"<b>#{state.entry_id}</b> {escape(state.question)} · "
                           f"{escape(faq_status_label(state.status))} · "
                           + escape(self.tr("revision %1").replace("%1", str(state.revision))))
        if state.pending is not None:
            self.title.setText(self.title.text() + "<br>" + escape(
                self.tr("Agents read revision %1 until revision %2, now in review, is published.")
                .replace("%1", str(state.revision)).replace("%2", str(state.pending))))
        self.revisions.clear()
        for revision in state.revisions:
            item = QStandardItem(self.tr("Revision %1 · %2 · %3").replace("%1", str(revision.number))
                                 .replace("%2", revision.author).replace("%3", local_datetime_text(revision.created_at)))
            item.setData(revision.number, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.revisions.appendRow(item)
        if state.revisions:
            self.revision_view.setCurrentIndex(self.revisions.index(len(state.revisions) - 1, 0))
        lines = []
        if state.events:  # the entry's audit trail: every step with who and when
            names = {"created": self.tr("created"), "revised": self.tr("revised"),
                     "submitted": self.tr("submitted for review"), "approved": self.tr("approved"),
                     "sent_back": self.tr("sent back"), "published": self.tr("published"),
                     "retired": self.tr("retired"), "back_in_review": self.tr("back in review"),
                     "restored": self.tr("restored")}
            for e in state.events:
                lines.append(f"{local_datetime_text(e.at)} · {escape(e.actor)} · "
                             f"<b>{escape(names.get(e.action, e.action))}</b> "
                             f"{escape(faq_event_detail(e.action, e.detail))}")
        else:  # entries older than the audit trail: their approvals
            for a in state.approvals:
                verdict = self.tr("approved") if a.approved else self.tr("sent back")
                side = self.tr("Call center") if a.side == "center" else self.tr("Department")
                lines.append(f"{local_datetime_text(a.at)} · {escape(side)} · {escape(a.approver)} · "
                             f"<b>{escape(verdict)}</b> r{a.revision} {escape(a.comment)}")
        self.approvals.setHtml("<br>".join(lines) or escape(self.tr("No decisions yet.")))
        self.submit_button.setEnabled(state.can_submit)
        self.approve_button.setEnabled(state.can_decide)
        self.send_back_button.setEnabled(state.can_decide)
        self.publish_button.setEnabled(state.can_publish)
        self.retire_button.setEnabled(state.can_retire)
        self.restore_button.setVisible(state.can_restore)
        self.retire_button.setVisible(not state.can_restore)

    def _show_diff(self) -> None:
        index = self.revision_view.currentIndex()
        if not index.isValid() or self._state is None:
            return
        number = index.data(Qt.ItemDataRole.UserRole)
        entry_id, state = self._entry_id, self._state

        def load(session):
            if number == 1:
                rev = next(r for r in state.revisions if r.number == 1)
                return [f"Q: {rev.question}", *[f"A: {x}" for x in rev.answer.splitlines()]]
            return faq_review.revision_diff(session, entry_id, number - 1, number)

        def show(lines) -> None:
            html = []
            for line in lines:
                if line.startswith(("--- revision ", "+++ revision ")):
                    line = line[:4] + self.tr("Revision %1").replace("%1", line.rsplit(" ", 1)[-1])
                color = "#1b5e20" if line.startswith("+") and not line.startswith("+++") else \
                    "#b71c1c" if line.startswith("-") and not line.startswith("---") else "inherit"
                html.append(f"<span style='color:{color}'>{escape(line)}</span>")
            self.diff.setHtml("<pre style='white-space:pre-wrap'>" + "<br>".join(html) + "</pre>")

        self._gateway.read(load, show, lambda exc: self.diff.setPlainText(str(exc)), owner=self)

    def _do(self, work, done_text: str) -> None:
        def done(_result) -> None:
            self.message.setText(done_text)
            self.changed.emit()
            self.reload()
            # The button pressed may now be disabled: focus goes to Close, never to the
            # next step (after Publish it used to land on Retire).
            self.close_button.setFocus()


        self._gateway.write(work, done, lambda exc: self.message.setText(domain_error_text(exc)), owner=self)

    def _retire(self) -> None:
        if self._state is None or not self._state.can_retire:
            return
        text = self.tr("Retire FAQ entry #%1?\n\nAgents will no longer find it in search or in "
                       "the exported FAQ. Restore brings it back.").replace("%1", str(self._entry_id))

        def retire() -> None:
            self._do(lambda s: faq_review.retire(s, self._entry_id, self._actor),
                     self.tr("Retired: agents no longer see it. Restore undoes this."))

        self.confirm(self.tr("Retire entry"), text, retire)

    def _confirm_dialog(self, title: str, text: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(title, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never destroys
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is go and then())
        box.open()
        self.confirm_box = box

    def _behalf_toggled(self, on: bool) -> None:
        self.evidence_label.setVisible(on)
        self.evidence.setVisible(on)
        if on:
            self.side.setCurrentIndex(self.side.findData("department"))
            if self.approver.text().strip() == self._actor:
                # The approval is the department's person's, recorded by the manager.
                self.approver.clear()
            self.approver.setPlaceholderText(self.tr("Who approved in the department"))
            entry_id = self._entry_id
            self._gateway.read(lambda s: faq_review.evidence_choices(s, entry_id), self._fill_evidence,
                               lambda exc: self.message.setText(domain_error_text(exc)), owner=self)

    def _fill_evidence(self, choices) -> None:
        self.evidence.clear()
        if not choices:
            self.evidence.addItem(self.tr("No mail or call from the department about this entry"), None)
        for message_id, label in choices:
            self.evidence.addItem(label, message_id)

    def _approve(self) -> None:
        side, approver = self.side.currentData(), self.approver.text()
        on_behalf, comment = self.on_behalf.isChecked(), self.comment.text()
        evidence = self.evidence.currentData() if on_behalf else None
        self._do(lambda s: faq_review.approve(s, self._entry_id, side, approver, comment=comment,
                                              on_behalf=on_behalf, evidence_message_id=evidence),
                 self.tr("Approval on the department's behalf recorded, with its evidence.")
                 if on_behalf else self.tr("Approval recorded."))

    def _send_back(self) -> None:
        side, reviewer, comment = self.side.currentData(), self.approver.text(), self.comment.text()
        self._do(lambda s: faq_review.send_back(s, self._entry_id, side, reviewer, comment),
                 self.tr("Sent back to draft."))
