"""People admin for the `admin` role: who may sign in to the team database, with which
roles, departments and agent code; add a person (a new login with a first password they
must change, or an existing LDAP login mapped), give or take roles, disable a login.

The same core functions as `liaison people` (core/team/admin.py), run through the
gateway's people-admin write: the server checks every step again (the admin's
CREATEROLE and the policies on `people`), so this screen only makes it easy.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)
from shiboken6 import isValid

from liaison_app.core.errors import DomainError
from liaison_app.core.team import admin
from liaison_app.core.team.roles import ROLES
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.models.people import LOGIN_ROLE, PeopleModel, role_label


def _error_text(exc: Exception) -> str:
    """A refusal of core's in the user's language; the server's own words otherwise, on
    one line (never a traceback)."""
    if isinstance(exc, DomainError):
        return domain_error_text(exc)
    return " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]


def _department_list(names: list[str]) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel()
    for name in names:
        item = QStandardItem(name)
        item.setCheckable(True)
        item.setEditable(False)
        model.appendRow(item)
    view = QListView()
    view.setModel(model)
    view.setMaximumHeight(120)
    return view, model


def _checked(model: QStandardItemModel) -> list[str]:
    return [model.item(i).text() for i in range(model.rowCount())
            if model.item(i).checkState() == Qt.CheckState.Checked]


class PersonForm(QDialog):
    """A new person: login, name, roles, departments, agent code, first password."""

    submitted = Signal(dict)

    def __init__(self, departments: list[str], agents: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.setWindowTitle(self.tr("Add a person"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("their sign-in name, e.g. wang.li"))
        self.name = QLineEdit()
        self.roles = {role: QCheckBox(role_label(role)) for role in ROLES}
        roles_row = QHBoxLayout()
        for box in self.roles.values():
            roles_row.addWidget(box)
        self.departments, self.department_model = _department_list(departments)
        self.agent = QComboBox()
        self.agent.addItem(self.tr("(none)"), None)
        for code, name in agents:
            self.agent.addItem(f"{code} {name}", code)
        self.existing = QCheckBox(self.tr("An existing login (LDAP): no password here"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("a first password; they must change it"))
        self.existing.toggled.connect(lambda on: self.password.setEnabled(not on))
        self.problem = QLabel()
        self.problem.setObjectName("personProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Roles:"), roles_row)
        form.addRow(self.tr("Departments:"), self.departments)
        form.addRow(self.tr("Agent:"), self.agent)
        form.addRow("", self.existing)
        form.addRow(self.tr("First password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        """Check what can be checked here, then hand the request to the screen."""
        roles = [role for role, box in self.roles.items() if box.isChecked()]
        password = None if self.existing.isChecked() else self.password.text()
        if not roles:
            self.problem.setText(self.tr("Give the person at least one role."))
            return
        if password is not None and len(password) < 8:
            self.problem.setText(self.tr("The first password needs at least 8 characters "
                                         "(or tick the existing login)."))
            return
        self.problem.clear()
        self.save_button.setEnabled(False)
        self.submitted.emit({"login": self.login.text().strip(), "name": self.name.text().strip(),
                             "roles": roles, "departments": _checked(self.department_model),
                             "agent_code": self.agent.currentData(), "password": password})

    def refused(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.problem.setText(text)


class RoleForm(QDialog):
    """Give or take one role (or, taking, only some departments) from a person."""

    submitted = Signal(str, list)  # role, departments

    def __init__(self, title: str, departments: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("roleForm")
        self.setWindowTitle(title)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.departments, self.department_model = _department_list(departments)
        form = QFormLayout()
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Departments:"), self.departments)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(
            lambda: (self.submitted.emit(self.role.currentData(), _checked(self.department_model)),
                     self.accept()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)


class PeopleDialog(QDialog):
    """The admin's screen: the list of people and what can be done to each."""

    changed = Signal(str)  # the login changed

    def __init__(self, gateway: DatabaseGateway, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.setObjectName("peopleDialog")
        self.setWindowTitle(self.tr("People"))
        self.loaded = False
        self._departments: list[str] = []
        self._agents: list[tuple[str, str]] = []
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add a person…"))
        self.grant_button = QPushButton(self.tr("Give a role…"))
        self.revoke_button = QPushButton(self.tr("Take a role…"))
        self.disable_button = QPushButton(self.tr("Disable sign-in"))
        self.add_button.clicked.connect(self.add_person)
        self.grant_button.clicked.connect(lambda: self.change_roles(give=True))
        self.revoke_button.clicked.connect(lambda: self.change_roles(give=False))
        self.disable_button.clicked.connect(self.disable_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.grant_button, self.revoke_button,
                       self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("peopleMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Each person signs in as their own login; their roles decide what the server "
            "lets them see and change.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(self._buttons)
        self.model.modelReset.connect(self._buttons)
        # Replaceable in tests: ask before disabling, then call back.
        self.confirm: Callable[[str, Callable[[], None]], None] = self._confirm_dialog
        self.resize(860, 460)
        self._buttons()

    # --- data -------------------------------------------------------------------------
    def load(self, select: str | None = None) -> None:
        self._gateway.read(lambda s: (admin.list_people(s), admin.people_choices(s)),
                           lambda got: self._show(got, select),
                           lambda exc: self.message.setText(_error_text(exc)), owner=self)

    def _show(self, got, select: str | None) -> None:
        people, (self._departments, self._agents) = got
        self.model.set_rows(people)
        if select is not None and (row := self.model.row_of(select)) is not None:
            self.table.selectRow(row)
        self.loaded = True

    def selected_login(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(LOGIN_ROLE) if index.isValid() else None

    def _buttons(self, *_args) -> None:
        chosen = self.selected_login() is not None
        for button in (self.grant_button, self.revoke_button, self.disable_button):
            button.setEnabled(chosen)

    def _write(self, fn, done_text: str, login: str,
               failed: Callable[[str], None] | None = None,
               then: Callable[[], None] | None = None) -> None:
        def done(_result) -> None:
            if then is not None:
                then()
            self.message.setText(done_text)
            self.load(select=login)
            self.changed.emit(login)

        def error(exc: Exception) -> None:
            (failed or self.message.setText)(_error_text(exc))

        self._gateway.write(fn, done, error, owner=self, people=True)

    # --- actions ----------------------------------------------------------------------
    def add_person(self) -> PersonForm:
        form = PersonForm(self._departments, self._agents, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submitted(p: dict) -> None:
            text = (self.tr("%1 added: they sign in with the first password and must change it.")
                    if p["password"] else self.tr("%1 added: their existing login is mapped."))
            self._write(lambda s: admin.add_person(s, p["login"], p["name"], p["roles"],
                                                   p["departments"], p["agent_code"],
                                                   p["password"]).login,
                        text.replace("%1", p["login"]), p["login"],
                        lambda words: isValid(form) and form.refused(words),
                        lambda: isValid(form) and form.accept())

        form.submitted.connect(submitted)
        form.open()
        self.person_form = form
        return form

    def change_roles(self, give: bool) -> RoleForm | None:
        login = self.selected_login()
        if login is None:
            return None
        title = (self.tr("Give %1 a role") if give else self.tr("Take a role from %1"))
        form = RoleForm(title.replace("%1", login), self._departments, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submitted(role: str, departments: list[str]) -> None:
            if give:
                self._write(lambda s: admin.grant(s, login, [role], departments),
                            self.tr("%1 now has the role %2.").replace("%1", login)
                            .replace("%2", role_label(role)), login)
            else:
                self._write(lambda s: admin.revoke(s, login, [role], departments),
                            self.tr("Taken from %1.").replace("%1", login), login)

        form.submitted.connect(submitted)
        form.open()
        self.role_form = form
        return form

    def disable_selected(self) -> None:
        login = self.selected_login()
        if login is None:
            return
        self.confirm(self.tr("%1 will no longer be able to sign in; their history stays. "
                             "Disable?").replace("%1", login),
                     lambda: self._write(lambda s: admin.disable(s, login).login,
                                         self.tr("%1 can no longer sign in.").replace("%1", login),
                                         login))

    def _confirm_dialog(self, text: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("People"), text,
                          QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("Disable sign-in"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is go and then())
        box.open()
        self.confirm_box = box
