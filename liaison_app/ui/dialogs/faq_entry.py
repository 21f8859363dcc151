""""Create FAQ entry" from an answered question: an editor prefilled by core.faq_drafts.

The manager edits the generalised question, the answer, key points (操作要點, one per
line), keywords, owner department and validity, then saves a draft entry linked to the
question; the customer's own wording becomes a similar question unless unticked.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from liaison_app.core.faq.drafts import EntryDraft, create_entry, draft_from_question
from liaison_app.core.questions.listing import filter_choices
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway


class FaqEntryDialog(QDialog):
    created = Signal(int)  # the new entry's id

    def __init__(self, gateway: DatabaseGateway, actor: str, question_id: int, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._actor = actor
        self._question_id = question_id
        self.setObjectName("faqEntryDialog")
        self.setWindowTitle(self.tr("Create FAQ entry"))
        self.setMinimumWidth(620)
        self.question = QLineEdit()
        self.question.setObjectName("entryQuestion")
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("entryAnswer")
        self.answer.setTabChangesFocus(True)
        self.key_points = QPlainTextEdit()
        self.key_points.setObjectName("entryKeyPoints")
        self.key_points.setPlaceholderText(self.tr("One key point per line"))
        self.key_points.setTabChangesFocus(True)
        self.key_points.setMaximumHeight(90)
        self.keywords = QLineEdit()
        self.keywords.setObjectName("entryKeywords")
        self.keywords.setPlaceholderText(self.tr("Separated by commas"))
        self.department = QComboBox()
        self.department.setObjectName("entryDepartment")
        self.limit_validity = QCheckBox(self.tr("Valid only"))
        self.valid_from = QDateEdit(QDate.currentDate())
        self.valid_until = QDateEdit(QDate.currentDate().addMonths(3))
        for edit in (self.valid_from, self.valid_until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.limit_validity.toggled.connect(self.valid_from.setEnabled)
        self.limit_validity.toggled.connect(self.valid_until.setEnabled)
        validity = QHBoxLayout()
        validity.addWidget(self.limit_validity)
        validity.addWidget(self.valid_from)
        validity.addWidget(QLabel("–"))
        validity.addWidget(self.valid_until)
        validity.addStretch(1)
        self.capture = QCheckBox(self.tr("Keep the customer's wording as a similar question"))
        self.capture.setObjectName("entryCapture")
        self.capture.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("entryError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Answer:"), self.answer)
        form.addRow(self.tr("Key points:"), self.key_points)
        form.addRow(self.tr("Keywords:"), self.keywords)
        form.addRow(self.tr("Owner department:"), self.department)
        form.addRow(self.tr("Validity:"), validity)
        form.addRow("", self.capture)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The entry is saved as a draft; agents see it once it is reviewed "
                              "and published."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.setEnabled(False)
        self._load()

    def _load(self) -> None:
        question_id = self._question_id

        def load(session):
            return draft_from_question(session, question_id), filter_choices(session).departments

        self._gateway.read(load, self._fill, lambda exc: self.error.setText(domain_error_text(exc)), owner=self)

    def _fill(self, loaded) -> None:
        draft, departments = loaded
        self.question.setText(draft.question)
        self.answer.setPlainText(draft.answer)
        self.key_points.setPlainText("\n".join(draft.key_points))
        self.keywords.setText(", ".join(draft.keywords))
        self.department.addItem(self.tr("(none)"), None)
        for dep_id, name in departments:
            self.department.addItem(name, dep_id)
        found = self.department.findData(draft.department_id)
        self.department.setCurrentIndex(max(found, 0))
        self.buttons.setEnabled(True)

    def draft(self) -> EntryDraft:
        def day(edit: QDateEdit) -> datetime:
            return datetime.combine(edit.date().toPython(), time(0, 0)).astimezone()

        keywords = [k.strip() for k in self.keywords.text().replace("，", ",").replace("、", ",").split(",")]
        return EntryDraft(
            question_id=self._question_id, question=self.question.text(),
            answer=self.answer.toPlainText(), key_points=self.key_points.toPlainText().splitlines(),
            keywords=[k for k in keywords if k], department_id=self.department.currentData(),
            valid_from=day(self.valid_from) if self.limit_validity.isChecked() else None,
            valid_until=day(self.valid_until) if self.limit_validity.isChecked() else None,
        )

    def save(self) -> None:
        draft, capture = self.draft(), self.capture.isChecked()
        actor = self._actor
        self.buttons.setEnabled(False)

        def work(session) -> int:
            return create_entry(session, draft, actor, capture=capture).id

        def done(entry_id: int) -> None:
            self.created.emit(entry_id)
            self.accept()

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(self.tr("Not saved: %1").replace("%1", domain_error_text(exc)))

        self._gateway.write(work, done, failed, owner=self)
