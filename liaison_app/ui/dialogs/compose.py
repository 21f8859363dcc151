""""Ask department": the query mail prefilled from the template, editable, then queued.

Card and ID numbers are masked when the mail is queued unless the manager ticks
"unmask" for this message. The dialog only gathers input; `core.queries.ask` does the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from liaison_app.core.correspondence import queries as core_queries
from liaison_app.core.directory.admin import department_choices
from liaison_app.core.models import Department
from liaison_app.mail.addresses import AddressError
from liaison_app.mail.compose import Attachment, Draft, split_addresses
from liaison_app.mail.masking import has_identifiers
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.times import local_datetime_text


class ComposeDialog(QDialog):
    queued = Signal(int)  # message row id

    def __init__(self, gateway: DatabaseGateway, settings, question_id: int, parent=None,
                 department_id: int | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._settings = settings
        self.question_id = question_id
        self.identity = core_queries.identity_from_settings(settings)
        self.attachments: list[Attachment] = []
        self.setWindowTitle(self.tr("Ask department — LQ-%1").replace("%1", f"{question_id:06d}"))
        self.resize(720, 640)

        self.department = QComboBox()
        self.to_edit = QLineEdit()
        self.cc_edit = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.unmask = QCheckBox(self.tr("Send card and ID numbers unmasked in this message"))
        self.mask_hint = QLabel()
        self.mask_hint.setWordWrap(True)
        self.due_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color:#b00020")
        self.error_label.setWordWrap(True)
        self.contacts_model = QStringListModel(self)
        for edit in (self.to_edit, self.cc_edit):
            completer = QCompleter(self.contacts_model, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        self.attach_model = QStringListModel(self)
        attach_view = QListView()
        attach_view.setModel(self.attach_model)
        attach_view.setMaximumHeight(70)
        add = QPushButton(self.tr("Add attachment…"))
        add.clicked.connect(self.choose_attachment)

        form = QFormLayout()
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("To:"), self.to_edit)
        form.addRow(self.tr("Cc:"), self.cc_edit)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Answer due:"), self.due_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Queue for sending"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("queueButton")
        self.buttons.accepted.connect(self.queue)
        self.buttons.rejected.connect(self.reject)
        attach_row = QHBoxLayout()
        attach_row.addWidget(attach_view, 1)
        attach_row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.unmask)
        layout.addWidget(self.mask_hint)
        layout.addLayout(attach_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.body.textChanged.connect(self._update_hint)
        self.unmask.toggled.connect(self._update_hint)
        if not self.identity.address:
            self.error_label.setText(self.tr("No sender address: set it in File → Mail settings."))
        # The departments and the template are read in the background; "Queue for sending"
        # waits for a template (`loaded`), and only the latest department's is shown.
        self.loaded = False
        self._template_load = 0
        self.send_button.setEnabled(False)
        # The department starts as the one chosen when routing, else the question's own
        # (routed or suggested): never the first by name.
        def load(session):
            preferred = department_id or core_queries.preferred_department(session, question_id)
            return department_choices(session), preferred

        gateway.read(load, self._fill_departments,
                     lambda exc: self.error_label.setText(domain_error_text(exc)), owner=self)

    def _fill_departments(self, loaded) -> None:
        choices, preferred = loaded
        for dept_id, name in choices:
            self.department.addItem(name, dept_id)
        if preferred is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(preferred)))
        self.department.currentIndexChanged.connect(self.load_template)
        if not choices:  # nothing to load: the button is as it was before any template
            self.loaded = True
            self.send_button.setEnabled(True)
        self.load_template()

    def load_template(self) -> None:
        dept_id = self.department.currentData()
        if dept_id is None:
            return
        self._template_load += 1
        ticket, question_id, identity = self._template_load, self.question_id, self.identity

        def load(s):
            dept = s.get(Department, dept_id)
            contacts = [(c.name, c.email) for c in core_queries.mail_contacts(dept)]
            draft, due = core_queries.query_draft(s, question_id, dept, identity)
            return contacts, draft, due

        def failed(exc: Exception) -> None:  # e.g. a department without contacts
            if ticket == self._template_load:
                self.error_label.setText(domain_error_text(exc))
                self.send_button.setEnabled(False)

        def show(loaded) -> None:
            if ticket == self._template_load:
                self._show_template(*loaded)

        self._gateway.read(load, show, failed, owner=self)

    def _show_template(self, contacts: list[tuple[str, str]], draft: Draft, due) -> None:
        cc = [email for _name, email in contacts[1:2]]
        # The department's contacts offered as recipients while typing.
        self.contacts_model.setStringList([f"{name} <{email}>" for name, email in contacts])
        self.loaded = True
        self.error_label.clear()
        self.send_button.setEnabled(bool(self.identity.address))
        self.to_edit.setText(", ".join(draft.to))
        self.cc_edit.setText(", ".join(c for c in cc if c not in draft.to))
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self.due_label.setText(local_datetime_text(due))

    def _update_hint(self) -> None:
        if not has_identifiers(self.body.toPlainText() + self.subject.text()):
            self.mask_hint.clear()
        elif self.unmask.isChecked():
            self.mask_hint.setText(self.tr("Card and ID numbers will be sent as written."))
        else:
            self.mask_hint.setText(self.tr("Card and ID numbers will be masked: only their last "
                                           "four characters are sent."))

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.add_attachment(path)

    def add_attachment(self, path: str) -> None:
        file = Path(path)
        self.attachments.append(Attachment(file.name, file.read_bytes()))
        self.attach_model.setStringList([a.filename for a in self.attachments])

    def draft(self) -> Draft:
        return Draft(subject=self.subject.text().strip(), body=self.body.toPlainText(),
                     to=split_addresses(self.to_edit.text()),
                     cc=split_addresses(self.cc_edit.text()), attachments=list(self.attachments))

    def queue(self) -> None:
        try:
            draft = self.draft()
        except AddressError as exc:
            self.error_label.setText(self.tr("Not an email address: %1 (expected name@bank.example)")
                                     .replace("%1", repr(exc.args[1]) if len(exc.args) > 1 else str(exc)))
            return
        if not draft.to:
            self.error_label.setText(self.tr("Give at least one recipient."))
            return
        dept_id = self.department.currentData()
        question_id, identity, unmask = self.question_id, self.identity, self.unmask.isChecked()
        actor = self._settings.actor
        self.send_button.setEnabled(False)

        def work(s) -> int:
            dept = s.get(Department, dept_id)
            _query, message = core_queries.ask(s, question_id, dept, identity, actor,
                                               draft=draft, unmask=unmask)
            return message.id

        def done(message_id: int) -> None:
            self.queued.emit(message_id)
            self.accept()

        def failed(exc: Exception) -> None:
            self.send_button.setEnabled(True)
            self.error_label.setText(domain_error_text(exc))

        self._gateway.write(work, done, failed, owner=self)
