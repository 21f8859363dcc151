"""Signing in to a team database: user name, password, *Remember*, and a first new password.

What counts as a wrong password, a disabled login or a missing role is decided in
core.team.sign_in; the dialog says it in the user's language and stays open for another
try. The connection is made off the GUI thread. The password goes to the keyring only
when *Remember* is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from liaison_app.core.database import display_url
from liaison_app.core.team import sign_in
from liaison_app.core.team.sign_in import Problem, SignedIn, SignInError
from liaison_app.ui.tasks import run_task


class SignInDialog(QDialog):
    """Asks who is signing in to `url`; `signed_in` carries the open database and desk."""

    signed_in = Signal(object)

    def __init__(self, url: str, parent=None) -> None:
        super().__init__(parent)
        self.url = url
        self.result_value: SignedIn | None = None
        self.setWindowTitle(self.tr("Sign in to the team database"))
        self.where = QLabel(self.tr("Team database: %1").replace("%1", display_url(url)))
        self.login = QLineEdit(sign_in.login_of(url))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password on this computer (system keyring)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("signInMessage")
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.login.text() else self.login).setFocus()

    def problem_text(self, error: SignInError) -> str:
        if error.problem == Problem.WRONG_PASSWORD:
            return self.tr("The user name or password is wrong, or the password has expired. "
                           "Try again, or ask your Liaison admin to set a new password.")
        if error.problem == Problem.DISABLED:
            return self.tr("%1 may no longer sign in. Ask your Liaison admin.").replace(
                "%1", error.login)
        if error.problem == Problem.NO_ROLE:
            return self.tr("%1 signed in, but has no Liaison role on this database. Ask your "
                           "Liaison admin to give you one.").replace("%1", error.login)
        if error.problem == Problem.UNREACHABLE:
            return self.tr("The team database server cannot be reached. Check the network "
                           "and try again.")
        return self.tr("Signing in failed: %1").replace("%1", error.detail)

    def try_sign_in(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self.message.setText(self.tr("Enter your user name."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Signing in…"))
        url = self.url
        run_task(lambda: sign_in.open_as(url, login, password), self._opened, self._failed,
                 owner=self)

    def _failed(self, exc: Exception) -> None:
        sign_in.forget_for_this_run()
        self.buttons.setEnabled(True)
        if isinstance(exc, SignInError):
            self.message.setText(self.problem_text(exc))
        else:
            self.message.setText(self.tr("Signing in failed: %1").replace("%1", str(exc)))
        self.password.selectAll()
        self.password.setFocus()

    def _opened(self, result: SignedIn) -> None:
        person = result.access.person
        if person is not None and person.must_change_password:
            dialog = ChangePasswordDialog(result, self)
            dialog.finished.connect(lambda code: self._changed(result, dialog, code))
            dialog.open()
            return
        self._finish(result, self.password.text())

    def _changed(self, result: SignedIn, dialog: ChangePasswordDialog, code: int) -> None:
        if code != QDialog.DialogCode.Accepted:
            result.database.close()
            sign_in.forget_for_this_run()
            self.buttons.setEnabled(True)
            self.message.setText(self.tr("Choose a new password to go on."))
            return
        self._finish(result, dialog.new_password.text())

    def _finish(self, result: SignedIn, password: str) -> None:
        if self.remember.isChecked() and password:
            sign_in.remember(password)
        self.result_value = result
        self.signed_in.emit(result)
        self.accept()


class ChangePasswordDialog(QDialog):
    """The first sign-in with a password an admin gave: the person chooses their own."""

    def __init__(self, signed: SignedIn, parent=None) -> None:
        super().__init__(parent)
        self.signed = signed
        self.setWindowTitle(self.tr("Choose your password"))
        intro = QLabel(self.tr("This is your first sign-in with the password your admin gave "
                               "you. Choose a new password that only you know."))
        intro.setWordWrap(True)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New password:"), self.new_password)
        form.addRow(self.tr("Again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def try_change(self) -> None:
        new = self.new_password.text()
        if len(new) < 8:
            self.message.setText(self.tr("Use at least 8 characters."))
            return
        if new != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        self.buttons.setEnabled(False)
        signed = self.signed
        run_task(lambda: sign_in.change_password(signed, new), lambda _r: self.accept(),
                 self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("The password could not be changed: %1").replace("%1", str(exc)))
