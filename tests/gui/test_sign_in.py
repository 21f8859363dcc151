"""Signing in to a team database through the dialog, against a server that checks passwords.

The shared test server trusts 127.0.0.1 (any password gets in), so these tests start a
private PostgreSQL cluster with SCRAM authentication (tests/pg_scram.py) and sign in to
it as the people an admin added: a wrong password is refused with a clear message, the
right one opens the window of the person's desk, the first sign-in asks for a new
password, and a login with no Liaison role is told so.
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import create_engine, text

from liaison_app.core import secrets
from liaison_app.core.config import load_settings
from liaison_app.core.database import open_database
from liaison_app.core.team import admin, sign_in
from liaison_app.core.team.people import Desk
from liaison_app.ui import tasks
from liaison_app.ui.dialogs.sign_in import ChangePasswordDialog, SignInDialog
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.main_window import MainWindow
from tests.pg_scram import SUPERUSER_PASSWORD, start_scram_server

pytestmark = pytest.mark.db

PASSWORDS = {"team_server_mgr": "Mgr-pass-1", "team_server_sup": "Sup-pass-1",
             "team_server_new": "Given-by-admin-1", "team_server_nobody": "Nobody-pass-1"}


@pytest.fixture(scope="module")
def server():
    try:
        srv = start_scram_server()
    except Exception as exc:  # noqa: BLE001 - no usable server binaries here
        pytest.skip(f"cannot start a private PostgreSQL server: {exc}")
    if srv is None:
        pytest.skip("no PostgreSQL server binaries (initdb) on this machine")
    owner = create_engine(srv.url(password=SUPERUSER_PASSWORD), isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        conn.execute(text("CREATE DATABASE liaison"))
        conn.execute(text(f"CREATE ROLE team_server_nobody LOGIN PASSWORD "
                          f"'{PASSWORDS['team_server_nobody']}'"))
    owner.dispose()
    db = open_database(srv.url(password=SUPERUSER_PASSWORD, database="liaison"))
    with db.sessions.begin() as s:
        admin.add_person(s, "team_server_mgr", "王經理", ["manager"],
                         password=PASSWORDS["team_server_mgr"]).must_change_password = False
        admin.add_person(s, "team_server_sup", "趙主管", ["supervisor"],
                         password=PASSWORDS["team_server_sup"]).must_change_password = False
        admin.add_person(s, "team_server_new", "新同事", ["manager"],
                         password=PASSWORDS["team_server_new"])
    db.close()
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def forget_passwords():
    yield
    secrets.forget_for_this_run("db")
    tasks.wait_for_tasks()


def dialog_for(qtbot, server, login: str) -> SignInDialog:
    install_translators("en")
    url = server.url(login, database="liaison")
    assert sign_in.needs_sign_in(url)
    dialog = SignInDialog(url)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_sign_in(dialog: SignInDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def try_password(qtbot, dialog: SignInDialog, password: str) -> None:
    dialog.password.setText(password)
    click_sign_in(dialog)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() or dialog.result_value is not None,
                    timeout=20_000)


def test_wrong_password_is_refused_then_the_right_one_opens_the_managers_window(
        qtbot, server, memory_keyring, tmp_path, caplog):
    dialog = dialog_for(qtbot, server, "team_server_mgr")
    assert dialog.login.text() == "team_server_mgr"
    caplog.set_level(logging.INFO)
    try_password(qtbot, dialog, "not-my-password")
    assert dialog.result_value is None and dialog.isVisible()
    assert "user name or password is wrong" in dialog.message.text()
    # Issue 14: a wrong password is one WARNING line in the log, not an ERROR traceback.
    logged = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.levelname for r in logged] == ["WARNING"] and logged[0].exc_info is None
    assert "not-my-password" not in caplog.text
    assert memory_keyring.passwords == {}  # a wrong password is never kept

    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.signed_in, timeout=20_000) as signal:
        dialog.password.setText(PASSWORDS["team_server_mgr"])
        click_sign_in(dialog)
    signed = signal.args[0]
    assert signed.access.desk == Desk.MANAGER and signed.access.person.name == "王經理"
    # Remember ticked: the password is in the keyring, and nowhere in the URL
    assert memory_keyring.passwords == {("liaison", "db"): PASSWORDS["team_server_mgr"]}
    assert PASSWORDS["team_server_mgr"] not in signed.database.url

    window = MainWindow(signed.database, load_settings(tmp_path / "settings.toml"))
    qtbot.addWidget(window)
    window.show()
    assert window.gateway.can_write
    assert "王經理" in window.who_label.text() and "manager" in window.who_label.text()
    window.close()
    tasks.wait_for_tasks()
    signed.database.close()


def test_a_supervisor_gets_the_same_window_read_only(qtbot, server, memory_keyring, tmp_path):
    dialog = dialog_for(qtbot, server, "team_server_sup")
    with qtbot.waitSignal(dialog.signed_in, timeout=20_000) as signal:
        dialog.password.setText(PASSWORDS["team_server_sup"])
        click_sign_in(dialog)
    signed = signal.args[0]
    assert signed.access.desk == Desk.SUPERVISOR
    assert memory_keyring.passwords == {}  # Remember not ticked
    window = MainWindow(signed.database, load_settings(tmp_path / "settings.toml"))
    qtbot.addWidget(window)
    assert not window.gateway.can_write
    assert "read only" in window.who_label.text()
    refusals: list[str] = []
    window.gateway.write(lambda session: pytest.fail("a supervisor's write ran"),
                         on_error=lambda exc: refusals.append(domain_error_text(exc)))
    qtbot.waitUntil(lambda: bool(refusals))
    assert "read-only role" in refusals[0]
    window.close()
    tasks.wait_for_tasks()
    signed.database.close()


def test_the_first_sign_in_asks_for_a_new_password(qtbot, server):
    dialog = dialog_for(qtbot, server, "team_server_new")
    dialog.password.setText(PASSWORDS["team_server_new"])
    click_sign_in(dialog)
    qtbot.waitUntil(lambda: dialog.findChild(ChangePasswordDialog) is not None
                    and dialog.findChild(ChangePasswordDialog).isVisible(), timeout=20_000)
    change = dialog.findChild(ChangePasswordDialog)
    change.new_password.setText("short")
    change.again.setText("short")
    change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "at least 8" in change.message.text()
    change.new_password.setText("Mine-only-pass-9")
    change.again.setText("Mine-only-pass-9")
    with qtbot.waitSignal(dialog.signed_in, timeout=20_000) as signal:
        change.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    signal.args[0].database.close()
    secrets.forget_for_this_run("db")
    # the admin's password no longer works; the new one does, and is not asked again
    with pytest.raises(sign_in.SignInError) as refused:
        sign_in.open_as(server.url(database="liaison"), "team_server_new",
                        PASSWORDS["team_server_new"])
    assert refused.value.problem == sign_in.Problem.WRONG_PASSWORD
    again = sign_in.open_as(server.url(database="liaison"), "team_server_new", "Mine-only-pass-9")
    assert again.access.person.must_change_password is False
    again.database.close()


def test_a_login_without_a_liaison_role_is_told_so(qtbot, server):
    dialog = dialog_for(qtbot, server, "team_server_nobody")
    try_password(qtbot, dialog, PASSWORDS["team_server_nobody"])
    assert dialog.result_value is None
    assert "has no Liaison role" in dialog.message.text()
