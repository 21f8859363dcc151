""""Log a call": who was called, when, for how long, what was said and what came of it."""

from __future__ import annotations

from datetime import UTC, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from liaison_app.core.correspondence import queries as core_queries
from liaison_app.core.directory.admin import contact_choices, department_choices
from liaison_app.core.models import Department, Question
from liaison_app.core.timeutil import as_utc, utcnow
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.common import datetime_edit_format


def _to_qt(value) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _from_qt(value: QDateTime):
    from datetime import datetime

    return as_utc(datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC))


class LogCallDialog(QDialog):
    saved = Signal(int)

    def __init__(self, gateway: DatabaseGateway, settings, question_id: int, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._settings = settings
        self.question_id = question_id
        self.setWindowTitle(self.tr("Log a call — LQ-%1").replace("%1", f"{question_id:06d}"))
        self.resize(560, 520)
        self.department = QComboBox()
        self.contact = QComboBox()
        self.when = QDateTimeEdit(_to_qt(utcnow()))
        self.when.setCalendarPopup(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setValue(5)
        self.summary = QPlainTextEdit()
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Answered"), "answered")
        self.outcome.addItem(self.tr("Will call back"), "call_back")
        self.outcome.addItem(self.tr("No answer"), "no_answer")
        self.answer = QPlainTextEdit()
        self.call_back = QDateTimeEdit(_to_qt(utcnow() + timedelta(hours=4)))
        self.call_back.setCalendarPopup(True)
        for edit in (self.when, self.call_back):  # never `3 12 2026 06:37` (the C locale's)
            edit.setDisplayFormat(datetime_edit_format())
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color:#b00020")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Time:"), self.when)
        form.addRow(self.tr("Minutes:"), self.minutes)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Answer:"), self.answer)
        form.addRow(self.tr("Call back by:"), self.call_back)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        # Departments, the question's own and its contacts are read in the background;
        # Save waits for them (`loaded`).
        self.loaded = False
        self._version: int | None = None  # the question's, sent back with the call
        self._contacts_load = 0  # only the latest contacts read is shown
        self.save_button.setEnabled(False)

        def load(s):
            q = s.get(Question, question_id)
            department_id = q.department_id if q is not None else None
            return department_choices(s), department_id, (q.version if q is not None else None)

        gateway.read(load, self._fill, self._load_failed, owner=self)

    def _fill(self, loaded) -> None:
        choices, department_id, self._version = loaded
        for dept_id, name in choices:
            self.department.addItem(name, dept_id)
        if department_id is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(department_id)))
        self.department.currentIndexChanged.connect(self._load_contacts)
        self._load_contacts()

    def _load_failed(self, exc: Exception) -> None:
        self.error_label.setText(domain_error_text(exc))

    def _load_contacts(self) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(department)"), None)
        self._contacts_load += 1
        ticket, dept_id = self._contacts_load, self.department.currentData()

        def show(contacts) -> None:
            if ticket != self._contacts_load:  # the department changed again meanwhile
                return
            for contact_id, name, phone in contacts:
                self.contact.addItem(f"{name} {phone}".strip(), contact_id)
            self.loaded = True
            self.save_button.setEnabled(True)

        self._gateway.read(lambda s: contact_choices(s, dept_id), show, self._load_failed,
                           owner=self)

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        self.answer.setEnabled(outcome == "answered")
        self.call_back.setEnabled(outcome == "call_back")

    def save(self) -> None:
        if not self.loaded:
            return
        outcome = self.outcome.currentData()
        dept_id = self.department.currentData()
        if dept_id is None:
            self.error_label.setText(self.tr("Choose a department."))
            return
        call = {"question_id": self.question_id, "outcome": outcome,
                "summary": self.summary.toPlainText(), "answer": self.answer.toPlainText(),
                "contact_id": self.contact.currentData(), "at": _from_qt(self.when.dateTime()),
                "minutes": self.minutes.value(),
                "call_back_due": (_from_qt(self.call_back.dateTime())
                                  if outcome == "call_back" else None),
                "expected_version": self._version}
        actor = self._settings.actor
        self.save_button.setEnabled(False)

        def work(s) -> int:
            dept = s.get(Department, dept_id)
            return core_queries.log_call(s, core_queries.CallLog(department=dept, **call), actor).id

        def done(message_id: int) -> None:
            self.saved.emit(message_id)
            self.accept()

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self.error_label.setText(domain_error_text(exc))
            if getattr(exc, "code", None) == "edit_conflict":
                # What the person wrote stays in the form; saving again starts from the
                # question as the colleague left it (now shown in the Inbox).
                self._version = exc.arguments.get("version")

        self._gateway.write(work, done, failed, owner=self)
