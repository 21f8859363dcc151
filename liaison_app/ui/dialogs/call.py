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
from liaison_app.ui.tasks import run_task


def _to_qt(value) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _from_qt(value: QDateTime):
    from datetime import datetime

    return as_utc(datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC))


class LogCallDialog(QDialog):
    saved = Signal(int)

    def __init__(self, database, settings, question_id: int, parent=None) -> None:
        super().__init__(parent)
        self._db = database
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

        with database.session() as s:
            q = s.get(Question, question_id)
            for dept_id, name in department_choices(s):
                self.department.addItem(name, dept_id)
            if q is not None and q.department_id is not None:
                self.department.setCurrentIndex(max(0, self.department.findData(q.department_id)))
        self.department.currentIndexChanged.connect(self._load_contacts)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._load_contacts()
        self._outcome_changed()

    def _load_contacts(self) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(department)"), None)
        with self._db.session() as s:
            for contact_id, name, phone in contact_choices(s, self.department.currentData()):
                self.contact.addItem(f"{name} {phone}".strip(), contact_id)

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        self.answer.setEnabled(outcome == "answered")
        self.call_back.setEnabled(outcome == "call_back")

    def save(self) -> None:
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
                                  if outcome == "call_back" else None)}
        actor = self._settings.actor
        sessions = self._db.sessions
        self.save_button.setEnabled(False)

        def work() -> int:
            with sessions() as s, s.begin():
                dept = s.get(Department, dept_id)
                return core_queries.log_call(s, core_queries.CallLog(department=dept, **call),
                                             actor).id

        def done(message_id: int) -> None:
            self.saved.emit(message_id)
            self.accept()

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self.error_label.setText(str(exc))

        run_task(work, done, failed)
