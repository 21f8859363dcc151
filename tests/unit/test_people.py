"""People and the audit on the one-person SQLite desk, and the sign-in rules (Qt-free).

On SQLite the people are only a record (no server to enforce roles), but the command line
behaves as on a team server: the same checks, the same JSON; `liaison audit` reads the
question and FAQ events. The PostgreSQL side is tests/integration/test_team_permissions.py.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from liaison_app.cli import main
from liaison_app.core import secrets
from liaison_app.core.database import open_database
from liaison_app.core.team import sign_in
from liaison_app.core.team.people import Desk, access_for, current_person
from tests import factories


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sqlite_db(tmp_path):
    url = f"sqlite:///{tmp_path / 'people.db'}"
    db = open_database(url)
    with db.sessions.begin() as s:
        factories.department(s, "信用卡部")
        factories.agent(s, "A1001", "李小明")
    db.close()
    return url


def test_people_round_trip_on_sqlite(sqlite_db, capsys, monkeypatch):
    code, out, err = run(capsys, "people", "add", "wang", "--name", "王經理", "--role", "manager",
                         "--db", sqlite_db, "--json")
    assert code == 0, err
    assert json.loads(out)["roles"] == ["manager"]
    assert run(capsys, "people", "add", "card", "--name", "卡部", "--role", "department",
               "--department", "信用卡部", "--db", sqlite_db)[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("pw-1\n"))
    assert run(capsys, "people", "add", "li", "--name", "李小明", "--role", "agent", "--agent",
               "A1001", "--password-stdin", "--db", sqlite_db)[0] == 0
    assert run(capsys, "people", "grant", "wang", "--role", "supervisor", "--db", sqlite_db)[0] == 0
    assert run(capsys, "people", "revoke", "wang", "--role", "manager", "--db", sqlite_db)[0] == 0
    assert run(capsys, "people", "disable", "card", "--db", sqlite_db)[0] == 0
    code, out, _ = run(capsys, "people", "list", "--json", "--db", sqlite_db)
    people = {p["login"]: p for p in json.loads(out)}
    assert people["wang"]["roles"] == ["supervisor"]
    assert people["card"] == {"login": "card", "name": "卡部", "roles": ["department"],
                              "departments": ["信用卡部"], "agent": None, "active": False,
                              "must_change_password": False}
    assert people["li"]["agent"] == "A1001"


@pytest.mark.parametrize("argv, message", [
    (["people", "add", "x", "--name", "X", "--role", "department"], "needs at least one --department"),
    (["people", "add", "x", "--name", "X", "--role", "agent", "--agent", "NOPE"], "no agent with code"),
    (["people", "add", "Bad Login", "--name", "X", "--role", "manager"], "is not a login name"),
    (["people", "add", "x", "--name", "X", "--role", "department", "--department", "無此部門"],
     "no department named"),
    (["people", "grant", "ghost", "--role", "manager"], "is not a person"),
])
def test_bad_people_requests_get_one_line_errors(sqlite_db, capsys, argv, message):
    code, out, err = run(capsys, *argv, "--db", sqlite_db)
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_audit_on_sqlite_lists_the_question_events(sqlite_db, capsys):
    since = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    code, _, err = run(capsys, "forward", "--agent", "A1001", "--text", "卡片被吞了怎麼辦？",
                       "--db", sqlite_db)
    assert code == 0, err
    code, out, err = run(capsys, "audit", "--since", since, "--json", "--db", sqlite_db)
    assert code == 0, err
    rows = json.loads(out)
    assert rows and {"at", "person", "action", "target"} <= set(rows[0])
    assert rows[0]["target"].startswith("questions:")
    code, _, err = run(capsys, "audit", "--since", "yesterday", "--db", sqlite_db)
    assert code == 1 and "is not a date" in err


def test_sqlite_is_the_managers_desk_and_never_asks_to_sign_in(sqlite_db):
    db = open_database(sqlite_db)
    with db.session() as session:
        assert current_person(session) is None
        assert access_for(session).desk == Desk.MANAGER
    db.close()
    assert not sign_in.needs_sign_in(sqlite_db)
    assert not sign_in.needs_sign_in(None)


def test_a_team_url_asks_to_sign_in_unless_a_password_is_kept():
    url = "postgresql+psycopg://wang@db.bank.example/liaison"
    assert sign_in.needs_sign_in(url)
    assert sign_in.login_of(url) == "wang"
    secrets.remember_for_this_run("db", "kept")
    try:
        assert not sign_in.needs_sign_in(url)
    finally:
        secrets.forget_for_this_run("db")


@pytest.mark.parametrize("text, problem", [
    ('FATAL: password authentication failed for user "wang"', sign_in.Problem.WRONG_PASSWORD),
    ('FATAL: role "ghost" does not exist', sign_in.Problem.WRONG_PASSWORD),
    ('FATAL: role "wang" is not permitted to log in', sign_in.Problem.DISABLED),
    ("connection failed: Connection refused", sign_in.Problem.UNREACHABLE),
])
def test_the_servers_refusals_are_told_apart(text, problem):
    assert sign_in.problem_of(Exception(text)) == problem
