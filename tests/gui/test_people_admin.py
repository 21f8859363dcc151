"""People admin in the window, as an admin signs in to the team server: the People
screen opens, lists everyone with roles, departments, agent code and whether they may
sign in; the admin adds a department contact with a first password, maps an existing
(LDAP) login, gives and takes roles and disables a login, and the server's own records
change with each (PostgreSQL roles `team_ppl_*`, connected as the admin, never as the
superuser)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from liaison_app.core.database import open_database
from liaison_app.core.models.people import PersonRow
from liaison_app.core.team import admin
from liaison_app.core.team.people import Desk, access_for
from tests import factories
from tests.conftest import PG_URL, _open_test_db

pytestmark = [pytest.mark.db,
              pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")]

PREFIX = "team_ppl_"
LEFT = Qt.MouseButton.LeftButton


def _server(sql: str, **params) -> list:
    engine = create_engine(PG_URL)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return result.all() if result.returns_rows else []
    finally:
        engine.dispose()


def _drop_roles() -> None:
    for (name,) in _server("SELECT rolname FROM pg_roles WHERE rolname LIKE :p", p=PREFIX + "%"):
        _server(f'DROP OWNED BY "{name}"')
        _server(f'DROP ROLE IF EXISTS "{name}"')


def _member(login: str, group: str) -> bool:
    return _server("SELECT pg_has_role(:l, :g, 'MEMBER')", l=login, g=group)[0][0]


@pytest.fixture
def admin_db(tmp_path):
    _drop_roles()
    owner = _open_test_db("postgresql", tmp_path)
    with owner.sessions.begin() as s:
        factories.department(s, "信用卡部")
        factories.department(s, "個人金融部")
        factories.agents(s, ("A1001", "李小明"))
        admin.add_person(s, PREFIX + "adm", "系統管理員", ["admin"], password="First-pass-1")
    _server(f'CREATE ROLE "{PREFIX}ldap" LOGIN')  # made by the bank's LDAP sync
    url = make_url(PG_URL).set(username=PREFIX + "adm", password=None)
    database = open_database(url.render_as_string(hide_password=False))
    with Session(database.engine) as session:
        database.access = access_for(session)
    yield database
    database.close()
    owner.close()
    _drop_roles()


def test_an_admin_signs_in_and_manages_people_on_the_people_screen(admin_db, open_window, qtbot):
    assert admin_db.access.desk == Desk.ADMIN and admin_db.access.manages_people
    window = open_window(admin_db)
    assert window.people_action.isVisible()
    qtbot.waitUntil(lambda: getattr(window, "people_dialog", None) is not None
                    and window.people_dialog.loaded)  # opened by itself on the admin desk
    people = window.people_dialog
    assert [row["login"] for row in people.model.rows] == [PREFIX + "adm"]

    # A department contact with a first password.
    form = people.add_person()
    form.login.setText(PREFIX + "wang")
    form.name.setText("王麗")
    form.roles["department"].setChecked(True)
    form.department_model.item(form.department_model.findItems("信用卡部")[0].row()
                               ).setCheckState(Qt.CheckState.Checked)
    form.password.setText("short")
    qtbot.mouseClick(form.save_button, LEFT)
    assert "at least 8 characters" in form.problem.text()  # checked before the server
    form.password.setText("First-pass-2")
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: people.model.row_of(PREFIX + "wang") is not None)
    row = people.model.rows[people.model.row_of(PREFIX + "wang")]
    assert (row["roles"], row["departments"], row["active"], row["must_change_password"]) == (
        ["department"], ["信用卡部"], True, True)
    shown = people.model.index(people.model.row_of(PREFIX + "wang"), people.model.COL_ACTIVE)
    assert "must change" in shown.data()
    assert _member(PREFIX + "wang", "liaison_department")
    assert _server("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n",
                   n=PREFIX + "wang")[0][0]

    # An existing LDAP login, mapped without a password, as an agent.
    form = people.add_person()
    form.login.setText(PREFIX + "ldap")
    form.name.setText("李小明")
    form.roles["agent"].setChecked(True)
    form.agent.setCurrentIndex(form.agent.findData("A1001"))
    form.existing.setChecked(True)
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: people.model.row_of(PREFIX + "ldap") is not None)
    assert _member(PREFIX + "ldap", "liaison_agent")

    # A superuser is refused, in the form, with the core's reason.
    form = people.add_person()
    form.login.setText("postgres")
    form.name.setText("x")
    form.roles["manager"].setChecked(True)
    form.existing.setChecked(True)
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: "superuser" in form.problem.text())
    form.reject()

    # Give 王麗 the supervisor role, then take the department role away.
    people.table.selectRow(people.model.row_of(PREFIX + "wang"))
    roles = people.change_roles(give=True)
    roles.role.setCurrentIndex(roles.role.findData("supervisor"))
    roles.buttons.button(roles.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _member(PREFIX + "wang", "liaison_supervisor"))
    qtbot.waitUntil(lambda: "supervisor" in people.model.rows[
        people.model.row_of(PREFIX + "wang")]["roles"])
    people.table.selectRow(people.model.row_of(PREFIX + "wang"))
    roles = people.change_roles(give=False)
    roles.role.setCurrentIndex(roles.role.findData("department"))
    roles.buttons.button(roles.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not _member(PREFIX + "wang", "liaison_department"))

    # Disable the LDAP login: it can no longer sign in; the person stays listed.
    people.table.selectRow(people.model.row_of(PREFIX + "ldap"))
    people.confirm = lambda _text, then: then()
    qtbot.mouseClick(people.disable_button, LEFT)
    qtbot.waitUntil(lambda: not _server("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n",
                                        n=PREFIX + "ldap")[0][0])
    qtbot.waitUntil(lambda: not people.model.rows[people.model.row_of(PREFIX + "ldap")]["active"])
    with admin_db.session() as s:
        assert s.get(PersonRow, PREFIX + "ldap").active is False
    window.close()
