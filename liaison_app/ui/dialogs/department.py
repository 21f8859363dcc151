""""New department…" and "Edit…": a department, its contacts, head and deputies.

The dialog edits a `DepartmentInput` in memory and saves it through
`core.directory_admin.save_department` off the GUI thread; each refused value comes back
as a problem naming its field, shown in red under that field (contacts' problems under
the contacts table, naming the row). Dialogs open with `open()`, never `exec()`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.directory.admin import (
    MAX_SLA_HOURS,
    ContactInput,
    DepartmentInput,
    DirectoryError,
    Problem,
    check_contact,
    load_department,
    parse_keywords,
    save_department,
)
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b00020"


def problem_text(problem: Problem) -> str:
    """The problem as a translated sentence for the label beside its field."""
    value = problem.value
    texts = {
        "required": translate("DepartmentDialog", "Required."),
        "too_long": translate("DepartmentDialog", "At most %1 characters.").replace("%1", value),
        "duplicate_name": translate("DepartmentDialog",
                                    "A department named “%1” already exists.").replace("%1", value),
        "sla": translate("DepartmentDialog", "A whole number of hours from 1 to %1.")
        .replace("%1", str(MAX_SLA_HOURS)),
        "keyword_too_long": translate("DepartmentDialog",
                                      "Keyword “%1” is longer than 40 characters.").replace("%1", value),
        "too_many_keywords": translate("DepartmentDialog",
                                       "At most %1 routing keywords.").replace("%1", value),
        "email": translate("DepartmentDialog", "“%1” is not a valid email address "
                           "(like name@bank.example).").replace("%1", value),
        "phone": translate("DepartmentDialog", "“%1” is not a phone number.").replace("%1", value),
        "duplicate_email": translate("DepartmentDialog",
                                     "Another contact already has the email “%1”.").replace("%1", value),
        "deputy_self": translate("DepartmentDialog", "A contact cannot be their own deputy."),
        "deputy_other": translate("DepartmentDialog",
                                  "The deputy must be another contact of this department."),
        "contact_other": translate("DepartmentDialog", "Not a contact of this department."),
        "head_other": translate("DepartmentDialog",
                                "The head must be one of this department's contacts."),
        "head_inactive": translate("DepartmentDialog",
                                   "The head of department must be an active contact."),
    }
    return texts.get(problem.code, problem.message)


def _field_label(field: str) -> str:
    return {
        "name": translate("DepartmentDialog", "name"), "title": translate("DepartmentDialog", "title"),
        "email": translate("DepartmentDialog", "email"), "phone": translate("DepartmentDialog", "phone"),
        "deputy": translate("DepartmentDialog", "deputy"),
    }.get(field, field)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _with_error(widget: QWidget, label: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(label)
    return box


def _show(label: QLabel, texts: list[str]) -> None:
    label.setText("\n".join(texts))
    label.setVisible(bool(texts))


class ContactsModel(QAbstractTableModel):
    """The contacts being edited (a short in-memory list, not a database view)."""

    COL_NAME, COL_TITLE, COL_EMAIL, COL_PHONE, COL_DEPUTY, COL_ACTIVE = range(6)

    def __init__(self, contacts: list[ContactInput], parent=None) -> None:
        super().__init__(parent)
        self.contacts = contacts

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [translate("ContactsModel", "Name"), translate("ContactsModel", "Title"),
                translate("ContactsModel", "Email"), translate("ContactsModel", "Phone"),
                translate("ContactsModel", "Deputy"), translate("ContactsModel", "Active")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.contacts):
            return None
        c = self.contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            deputy = self.contacts[c.deputy].name if c.deputy is not None and \
                0 <= c.deputy < len(self.contacts) else ""
            active = translate("ContactsModel", "yes") if c.active else translate("ContactsModel", "no")
            return [c.name, c.title, c.email, c.phone, deputy, active][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not c.active:
            return Qt.GlobalColor.gray
        return None

    def changed(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class ContactDialog(QDialog):
    """One contact: name, title, email, phone, deputy (another contact), active."""

    done_editing = Signal(object)  # the ContactInput

    def __init__(self, contact: ContactInput, index: int, others: list[ContactInput],
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.setWindowTitle(self.tr("Contact"))
        self.setMinimumWidth(420)
        self._contact = contact
        self._index = index
        self.name = QLineEdit(contact.name)
        self.name.setObjectName("contactName")
        self.title_edit = QLineEdit(contact.title)
        self.title_edit.setObjectName("contactTitle")
        self.email = QLineEdit(contact.email)
        self.email.setObjectName("contactEmail")
        self.email.setPlaceholderText("name@bank.example")
        self.phone = QLineEdit(contact.phone)
        self.phone.setObjectName("contactPhone")
        self.deputy = QComboBox()
        self.deputy.setObjectName("contactDeputy")
        self.deputy.addItem(self.tr("(none)"), None)
        for i, other in enumerate(others):
            if i != index:
                self.deputy.addItem(other.name, i)
        self.deputy.setCurrentIndex(max(0, self.deputy.findData(contact.deputy)))
        self.active = QCheckBox(self.tr("Active (offered as a recipient)"))
        self.active.setObjectName("contactActive")
        self.active.setChecked(contact.active)
        self.errors = {key: _error_label(f"contact_{key}Error") for key in ("name", "title", "email", "phone")}
        form = QFormLayout()
        form.addRow(self.tr("Name:"), _with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("Title:"), _with_error(self.title_edit, self.errors["title"]))
        form.addRow(self.tr("Email:"), _with_error(self.email, self.errors["email"]))
        form.addRow(self.tr("Phone:"), _with_error(self.phone, self.errors["phone"]))
        form.addRow(self.tr("Deputy:"), self.deputy)
        form.addRow("", self.active)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def value(self) -> ContactInput:
        return ContactInput(name=self.name.text(), title=self.title_edit.text(),
                            email=self.email.text().strip(), phone=self.phone.text().strip(),
                            active=self.active.isChecked(), deputy=self.deputy.currentData(),
                            id=self._contact.id)

    def check_and_accept(self) -> None:
        contact = self.value()
        problems = check_contact(contact, self._index)
        for key, label in self.errors.items():
            _show(label, [problem_text(p) for p in problems if p.field == key])
        if not problems:
            self.done_editing.emit(contact)
            self.accept()


class DepartmentDialog(QDialog):
    saved = Signal(int)  # department id

    def __init__(self, gateway: DatabaseGateway, department_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._version: int | None = None  # of the department as loaded
        self.department_id = department_id
        self.setObjectName("departmentDialog")
        # An existing department is read in the background: the form opens empty, with
        # Save disabled, and is filled when the read arrives (`loaded`).
        self.loaded = department_id is None
        data = DepartmentInput(name="")
        self.setWindowTitle(self.tr("New department") if department_id is None
                            else self.tr("Edit department — %1").replace("%1", "…"))
        self.resize(760, 720)
        self.contact_dialog: ContactDialog | None = None
        self.name = QLineEdit(data.name)
        self.name.setObjectName("departmentName")
        self.duties = QPlainTextEdit(data.duties)
        self.duties.setObjectName("departmentDuties")
        self.duties.setTabChangesFocus(True)
        self.duties.setPlaceholderText(self.tr("What this department answers for (職責)"))
        self.duties.setFixedHeight(90)
        self.sla = QSpinBox()
        self.sla.setObjectName("departmentSla")
        self.sla.setRange(1, MAX_SLA_HOURS)
        self.sla.setValue(max(1, min(MAX_SLA_HOURS, int(data.sla_hours or 24))))
        self.sla.setSuffix(self.tr(" business hours"))
        self.keywords = QLineEdit("、".join(data.routing_keywords))
        self.keywords.setObjectName("departmentKeywords")
        self.keywords.setPlaceholderText(self.tr("Words that route a question here, separated by 、 or commas"))
        self.email = QLineEdit(data.email)
        self.email.setObjectName("departmentEmail")
        self.email.setPlaceholderText(self.tr("The department's shared mailbox (optional)"))
        self.phone = QLineEdit(data.phone)
        self.phone.setObjectName("departmentPhone")
        self.active = QCheckBox(self.tr("Active (can be asked)"))
        self.active.setObjectName("departmentActive")
        self.active.setChecked(data.active)
        self.errors = {key: _error_label(f"{key}Error") for key in
                       ("name", "sla_hours", "routing_keywords", "email", "phone", "head", "contacts")}
        form = QFormLayout()
        form.addRow(self.tr("Name:"), _with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("Duties:"), self.duties)
        form.addRow(self.tr("Answer within:"), _with_error(self.sla, self.errors["sla_hours"]))
        form.addRow(self.tr("Routing keywords:"),
                    _with_error(self.keywords, self.errors["routing_keywords"]))
        form.addRow(self.tr("Email:"), _with_error(self.email, self.errors["email"]))
        form.addRow(self.tr("Phone:"), _with_error(self.phone, self.errors["phone"]))
        form.addRow("", self.active)

        self.contacts = ContactsModel(list(data.contacts), self)
        self.table = QTableView()
        self.table.setObjectName("departmentContacts")
        self.table.setModel(self.contacts)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(ContactsModel.COL_EMAIL,
                                                           QHeaderView.ResizeMode.Stretch)
        for column, width in ((ContactsModel.COL_NAME, 90), (ContactsModel.COL_TITLE, 90),
                              (ContactsModel.COL_PHONE, 110), (ContactsModel.COL_DEPUTY, 80),
                              (ContactsModel.COL_ACTIVE, 50)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.edit_contact(index.row()))
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("contactAdd")
        self.add_button.clicked.connect(lambda: self.add_contact())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("contactEdit")
        self.edit_button.clicked.connect(lambda: self.edit_contact(self.table.currentIndex().row()))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("contactRemove")
        self.remove_button.setToolTip(self.tr("Removed contacts are kept inactive for the history "
                                              "of past queries"))
        self.remove_button.clicked.connect(lambda: self.remove_contact(self.table.currentIndex().row()))
        self.head = QComboBox()
        self.head.setObjectName("departmentHead")
        self._fill_head(data.head)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.edit_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        head_row = QFormLayout()
        head_row.addRow(self.tr("Head of department (for escalation):"),
                        _with_error(self.head, self.errors["head"]))
        group = QGroupBox(self.tr("Contacts"))
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.table, 1)
        group_layout.addLayout(buttons_row)
        group_layout.addWidget(self.errors["contacts"])
        group_layout.addLayout(head_row)

        self.error = _error_label("departmentError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if department_id is not None:
            self.save_button.setEnabled(False)
            gateway.read(lambda session: load_department(session, department_id), self._fill,
                         lambda exc: _show(self.error, [str(exc)]), owner=self)

    def _fill(self, data: DepartmentInput) -> None:
        """Show the department read from the database, and allow saving."""
        self.setWindowTitle(self.tr("Edit department — %1").replace("%1", data.name))
        self.name.setText(data.name)
        self.duties.setPlainText(data.duties)
        self.sla.setValue(max(1, min(MAX_SLA_HOURS, int(data.sla_hours or 24))))
        self.keywords.setText("、".join(data.routing_keywords))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.active.setChecked(data.active)
        self._version = data.version  # sent back with the save (core/conflicts.py)
        self.contacts.contacts[:] = list(data.contacts)
        self.contacts.changed()
        self._fill_head(data.head)
        self.loaded = True
        self.save_button.setEnabled(True)

    # --- contacts -----------------------------------------------------------------
    def _fill_head(self, head: int | None) -> None:
        self.head.clear()
        self.head.addItem(self.tr("(none)"), None)
        for i, contact in enumerate(self.contacts.contacts):
            if contact.active or i == head:
                self.head.addItem(contact.name, i)
        self.head.setCurrentIndex(max(0, self.head.findData(head)))

    def _contact_dialog(self, contact: ContactInput, index: int, on_done) -> ContactDialog:
        dialog = ContactDialog(contact, index, self.contacts.contacts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_editing.connect(on_done)
        dialog.open()
        self.contact_dialog = dialog
        return dialog

    def add_contact(self) -> ContactDialog:
        index = len(self.contacts.contacts)

        def added(contact: ContactInput) -> None:
            head = self.head.currentData()
            self.contacts.contacts.append(contact)
            self.contacts.changed()
            self._fill_head(head)
            self.table.selectRow(index)

        return self._contact_dialog(ContactInput(name=""), index, added)

    def edit_contact(self, row: int) -> ContactDialog | None:
        if not 0 <= row < len(self.contacts.contacts):
            return None

        def edited(contact: ContactInput) -> None:
            head = self.head.currentData()
            self.contacts.contacts[row] = contact
            self.contacts.changed()
            self._fill_head(head)

        return self._contact_dialog(self.contacts.contacts[row], row, edited)

    def remove_contact(self, row: int) -> None:
        contacts = self.contacts.contacts
        if not 0 <= row < len(contacts):
            return
        head = self.head.currentData()
        del contacts[row]
        for contact in contacts:  # indexes after the removed row move up by one
            if contact.deputy == row:
                contact.deputy = None
            elif contact.deputy is not None and contact.deputy > row:
                contact.deputy -= 1
        head = None if head == row else (head - 1 if head is not None and head > row else head)
        self.contacts.changed()
        self._fill_head(head)

    # --- saving -------------------------------------------------------------------
    def value(self) -> DepartmentInput:
        return DepartmentInput(
            name=self.name.text(), duties=self.duties.toPlainText(), sla_hours=self.sla.value(),
            routing_keywords=parse_keywords(self.keywords.text()), email=self.email.text(),
            phone=self.phone.text(), active=self.active.isChecked(),
            contacts=[ContactInput(**vars(c)) for c in self.contacts.contacts],
            head=self.head.currentData(), version=self._version)

    def show_problems(self, problems: list[Problem]) -> None:
        for key, label in self.errors.items():
            if key == "contacts":
                continue
            _show(label, [problem_text(p) for p in problems if p.row is None and p.field == key])
        rows = []
        for p in problems:
            if p.row is not None:
                name = self.contacts.contacts[p.row].name if p.row < len(self.contacts.contacts) else ""
                rows.append(self.tr("Contact %1 (%2), %3: %4").replace("%1", str(p.row + 1))
                            .replace("%2", name).replace("%3", _field_label(p.field))
                            .replace("%4", problem_text(p)))
        _show(self.errors["contacts"], rows)

    def save(self) -> None:
        if not self.loaded:
            return
        data, department_id = self.value(), self.department_id
        self.save_button.setEnabled(False)
        _show(self.error, [])

        def work(session) -> int:
            return save_department(session, data, department_id).id

        def done(saved_id: int) -> None:
            self.department_id = saved_id
            self.saved.emit(saved_id)
            self.accept()

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, DirectoryError):
                self.show_problems(exc.problems)
                _show(self.error, [self.tr("Not saved: correct the fields marked in red.")])
            elif getattr(exc, "code", None) == "edit_conflict":
                # A colleague saved it first: show their department, and say so.
                _show(self.error, [domain_error_text(exc)])
                self.save_button.setEnabled(False)
                self._gateway.read(lambda session: load_department(session, department_id),
                                   self._fill, lambda e: _show(self.error, [str(e)]), owner=self)
            else:
                _show(self.error, [self.tr("Not saved: %1").replace("%1", str(exc))])

        self._gateway.write(work, done, failed, owner=self)
