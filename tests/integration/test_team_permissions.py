"""What the team server lets each person do, tried as that person with raw SQL.

Every check connects *as* the role under test (a `team_server_*` login made by `liaison
people add`), never as `postgres`: the superuser and the table owner bypass row-level
security, so a policy tried as them proves nothing. A hostile client needs no app: these
are the statements it would send.
"""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from liaison_app.cli import main
from liaison_app.core.models import (
    Bulletin,
    FaqEntry,
    FaqStatus,
    Message,
    Query,
    Question,
    QuestionAgent,
    QuestionStatus,
)
from liaison_app.core.team import admin
from liaison_app.core.team.people import Desk, NoLiaisonRole, access_for
from tests import factories
from tests.conftest import PG_URL, _open_test_db

pytestmark = [pytest.mark.db,
              pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")]

# Roles are cluster-wide: parallel runs on one server set their own prefix.
PREFIX = os.environ.get("LIAISON_TEST_ROLE_PREFIX", "team_server_")
NOW = datetime.now(UTC)


def drop_test_roles() -> None:
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        for (name,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                    {"p": PREFIX + "%"}):
            conn.execute(text(f'DROP OWNED BY "{name}"'))  # privileges in this database
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()


def url_as(login: str) -> str:
    return make_url(PG_URL).set(username=login, password=None).render_as_string(hide_password=False)


@pytest.fixture
def team(tmp_path):
    """A migrated team database with two departments, two agents and their rows, and one
    person of each role (the server here trusts 127.0.0.1, so no passwords are needed)."""
    drop_test_roles()
    db = _open_test_db("postgresql", tmp_path)
    ids: dict[str, int] = {}
    with db.sessions.begin() as s:
        card = factories.department(s, "信用卡部")
        loans = factories.department(s, "個人金融部")
        a1, a2 = factories.agents(s, ("A1001", "李小明"), ("A1002", "陳美玲"))
        for key, dept, agent in (("card_q", card, a1), ("loan_q", loans, a2)):
            q = Question(text=f"{dept.name}的問題", status=QuestionStatus.AWAITING_DEPARTMENT,
                         department_id=dept.id)
            s.add(q)
            s.flush()
            s.add(QuestionAgent(question_id=q.id, agent_id=agent.id))
            query = Query(question_id=q.id, department_id=dept.id)
            s.add(query)
            s.flush()
            s.add(Message(question_id=q.id, query_id=query.id, direction="out", kind="email",
                          state="sent", subject=f"[{q.ref}] {dept.name}", body_text="請答覆"))
            ids[key], ids[key + "_query"] = q.id, query.id
        for key, dept, status, until in (
            ("card_live", card, FaqStatus.PUBLISHED, None),
            ("card_draft", card, FaqStatus.DRAFT, None),
            ("loan_draft", loans, FaqStatus.DRAFT, None),
            ("card_expired", card, FaqStatus.PUBLISHED, NOW - timedelta(days=1)),
        ):
            entry = FaqEntry(question=key, answer="答", status=status, department_id=dept.id,
                             valid_until=until)
            s.add(entry)
            s.flush()
            ids[key] = entry.id
        shown = Bulletin(title="新卡上線", valid_from=NOW - timedelta(days=1))
        proposed = Bulletin(title="草擬通告", status="proposed", valid_from=NOW - timedelta(days=1))
        s.add_all([shown, proposed])
        s.flush()
        ids["bulletin_shown"], ids["bulletin_proposed"] = shown.id, proposed.id
        ids["card"], ids["loans"], ids["a1"], ids["a2"] = card.id, loans.id, a1.id, a2.id
        admin.add_person(s, PREFIX + "mgr", "王經理", ["manager"], password="First-1")
        admin.add_person(s, PREFIX + "sup", "趙主管", ["supervisor"], password="First-1")
        admin.add_person(s, PREFIX + "card", "卡部聯絡人", ["department"], ["信用卡部"], password="First-1")
        admin.add_person(s, PREFIX + "agent", "李小明", ["agent"], agent_code="A1001", password="First-1")
        admin.add_person(s, PREFIX + "adm", "管理員", ["admin"], password="First-1")
    yield db, ids
    db.close()
    drop_test_roles()


class As:
    """Raw SQL as one login, each statement in its own transaction."""

    def __init__(self, login: str) -> None:
        self.engine = create_engine(url_as(PREFIX + login))

    def rows(self, sql: str, **params) -> list[tuple]:
        with self.engine.begin() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]

    def run(self, sql: str, **params) -> None:
        with self.engine.begin() as conn:
            conn.execute(text(sql), params)

    def ids(self, sql: str, **params) -> set[int]:
        return {r[0] for r in self.rows(sql, **params)}

    def refused(self, sql: str, **params) -> str:
        """The server's refusal of `sql` (the test fails if the statement went through)."""
        with pytest.raises(DBAPIError) as caught, self.engine.begin() as conn:
            conn.execute(text(sql), params)
        return str(caught.value.orig)

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture
def as_login():
    opened: list[As] = []

    def connect(login: str) -> As:
        opened.append(As(login))
        return opened[-1]

    yield connect
    for each in opened:
        each.close()


def test_department_contact_reads_only_their_departments_rows(team, as_login):
    _, ids = team
    card = as_login("card")
    assert card.ids("SELECT id FROM questions") == {ids["card_q"]}
    assert card.ids("SELECT id FROM queries") == {ids["card_q_query"]}
    assert card.ids("SELECT question_id FROM messages") == {ids["card_q"]}
    # the other department's query, even asked for by id
    assert card.rows("SELECT * FROM queries WHERE id = :i", i=ids["loan_q_query"]) == []
    assert card.rows("SELECT * FROM questions WHERE department_id = :d", d=ids["loans"]) == []
    # their own entries in any state and the live base; not another department's draft
    assert card.ids("SELECT id FROM faq_entries") == {ids["card_live"], ids["card_draft"],
                                                       ids["card_expired"]}
    assert card.rows("SELECT * FROM faq_entries WHERE id = :i", i=ids["loan_draft"]) == []
    assert card.rows("SELECT login FROM people") == [(PREFIX + "card",)]
    assert "permission denied" in card.refused("SELECT * FROM audit_log")
    assert "permission denied" in card.refused("SELECT * FROM settings")


def test_department_contact_cannot_change_state_send_mail_publish_or_grant(team, as_login):
    _, ids = team
    card = as_login("card")
    assert "permission denied" in card.refused(
        "UPDATE questions SET status = 'closed' WHERE id = :i", i=ids["card_q"])
    assert "permission denied" in card.refused(
        "UPDATE faq_entries SET status = 'published' WHERE id = :i", i=ids["card_draft"])
    assert "permission denied" in card.refused("DELETE FROM questions")
    # mail out: a queued outbound message is refused, even on their own query
    assert "row-level security" in card.refused(
        "INSERT INTO messages (question_id, query_id, direction, kind, state, subject, body_text,"
        " from_addr, to_addrs, cc_addrs, attempts, is_auto_reply, actor, created_at) VALUES "
        "(:q, :qq, 'out', 'email', 'queued', 's', 'b', '', 'x@y', '', 0, false, '', now())",
        q=ids["card_q"], qq=ids["card_q_query"])
    # an answer note on their own query is theirs to add; on another department's, not
    note = ("INSERT INTO messages (question_id, query_id, direction, kind, state, subject,"
            " body_text, from_addr, to_addrs, cc_addrs, attempts, is_auto_reply, actor,"
            " created_at) VALUES (:q, :qq, 'in', 'note', 'received', '答覆', '可以退款', '', '',"
            " '', 0, false, current_user, now())")
    card.run(note, q=ids["card_q"], qq=ids["card_q_query"])
    assert "row-level security" in card.refused(note, q=ids["loan_q"], qq=ids["loan_q_query"])
    # nor slipped onto another department's question through their own query
    assert "row-level security" in card.refused(note, q=ids["loan_q"], qq=ids["card_q_query"])
    # roles and departments of their own: the server says no
    assert "admin option" in card.refused(f"GRANT liaison_manager TO {PREFIX}card")
    assert "permission denied" in card.refused("SET ROLE liaison_manager")
    assert "permission denied" in card.refused(
        "INSERT INTO person_departments (login, department_id) VALUES (:l, :d)",
        l=PREFIX + "card", d=ids["loans"])
    assert "permission denied" in card.refused(
        "UPDATE people SET roles = '[\"manager\"]' WHERE login = current_user")
    assert "must be owner" in card.refused("ALTER TABLE questions DISABLE ROW LEVEL SECURITY")
    assert "permission denied" in card.refused("DELETE FROM audit_log")
    # the other department's draft cannot be approved in its name
    assert "row-level security" in card.refused(
        "INSERT INTO faq_approvals (entry_id, revision, side, approver, approved, comment, at)"
        " VALUES (:e, 1, 'department', 'x', true, '', now())", e=ids["loan_draft"])


def test_agent_reads_own_questions_and_the_live_base_and_acts_only_as_themselves(team, as_login):
    _, ids = team
    agent = as_login("agent")
    assert agent.ids("SELECT id FROM questions") == {ids["card_q"]}
    assert agent.rows("SELECT * FROM questions WHERE id = :i", i=ids["loan_q"]) == []
    assert agent.ids("SELECT id FROM faq_entries") == {ids["card_live"]}
    assert agent.ids("SELECT id FROM bulletins") == {ids["bulletin_shown"]}
    assert "permission denied" in agent.refused("SELECT * FROM messages")
    assert "permission denied" in agent.refused("SELECT * FROM queries")
    assert "permission denied" in agent.refused(
        "UPDATE questions SET status = 'closed' WHERE id = :i", i=ids["card_q"])
    # forwarding as themselves works; as another agent it does not
    new_id = agent.rows("SELECT nextval('questions_id_seq')")[0][0]
    agent.run("INSERT INTO questions (id, text, customer_context, product, urgent, priority,"
               " status, source, created_at, updated_at) VALUES (:i, '新問題', '', '', false, 0,"
               " 'new', 'agent', now(), now())", i=new_id)
    agent.run("INSERT INTO question_agents (question_id, agent_id, forwarded_at)"
               " VALUES (:q, :a, now())", q=new_id, a=ids["a1"])
    assert new_id in agent.ids("SELECT id FROM questions")
    assert "row-level security" in agent.refused(
        "INSERT INTO question_agents (question_id, agent_id, forwarded_at) VALUES (:q, :a, now())",
        q=ids["loan_q"], a=ids["a2"])
    # nor add themselves to another agent's question to read it
    assert "row-level security" in agent.refused(
        "INSERT INTO question_agents (question_id, agent_id, forwarded_at) VALUES (:q, :a, now())",
        q=ids["loan_q"], a=ids["a1"])
    assert agent.rows("SELECT * FROM questions WHERE id = :i", i=ids["loan_q"]) == []
    assert "row-level security" in agent.refused(
        "INSERT INTO questions (text, customer_context, product, urgent, priority, status, source,"
        " created_at, updated_at) VALUES ('x', '', '', false, 0, 'answered', 'agent', now(), now())")
    # hits: only through the server's function (as themselves, live entries, deduped)
    assert agent.rows("SELECT liaison_agent_hit(:e, 'agent_copy', now(), 'k1')", e=ids["card_live"]) \
        == [(1,)]
    assert agent.rows("SELECT actor FROM faq_hits") == [(PREFIX + "agent",)]
    assert "permission denied" in agent.refused(
        "INSERT INTO faq_hits (entry_id, at, actor, kind) VALUES (:e, now(), current_user,"
        " 'copy')", e=ids["card_live"])
    assert "No live FAQ entry" in agent.refused(
        "SELECT liaison_agent_hit(:e, 'agent_copy', now(), 'k2')", e=ids["card_draft"])


def test_supervisor_reads_everything_and_changes_nothing(team, as_login):
    _, ids = team
    sup = as_login("sup")
    assert sup.ids("SELECT id FROM questions") >= {ids["card_q"], ids["loan_q"]}
    assert len(sup.rows("SELECT id FROM faq_entries")) == 4
    assert "permission denied" in sup.refused(
        "UPDATE questions SET status = 'closed' WHERE id = :i", i=ids["card_q"])
    assert "permission denied" in sup.refused("DELETE FROM faq_entries")


def test_the_read_model_gives_each_login_its_desk(team):
    for login, desk in (("mgr", Desk.MANAGER), ("sup", Desk.SUPERVISOR),
                        ("card", Desk.DEPARTMENT), ("agent", Desk.AGENT), ("adm", Desk.ADMIN)):
        engine = create_engine(url_as(PREFIX + login))
        with engine.connect() as conn, Session(conn) as session:
            access = access_for(session)
        engine.dispose()
        assert access.desk == desk, login
        assert access.can_write == (desk == Desk.MANAGER)
    assert access.person is not None and access.person.name == "管理員"
    # a login with no Liaison role is told so
    owner = create_engine(PG_URL)
    with owner.begin() as conn:
        conn.execute(text(f"CREATE ROLE {PREFIX}nobody LOGIN"))
    owner.dispose()
    engine = create_engine(url_as(PREFIX + "nobody"))
    with Session(engine) as session, pytest.raises(NoLiaisonRole):
        access_for(session)
    engine.dispose()


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_people_cli_round_trip_by_an_admin(team, capsys, monkeypatch):
    adm = url_as(PREFIX + "adm")
    code, out, err = run(capsys, "people", "add", PREFIX + "loans", "--name", "貸款聯絡人",
                         "--role", "department", "--department", "個人金融部", "--password-stdin",
                         "--db", adm, "--json", stdin="First-pass-1\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert json.loads(out)["must_change_password"] is True
    code, out, err = run(capsys, "people", "grant", PREFIX + "loans", "--role", "department",
                         "--department", "信用卡部", "--db", adm)
    assert code == 0, err
    code, out, _ = run(capsys, "people", "list", "--json", "--db", adm)
    people = {p["login"]: p for p in json.loads(out)}
    assert people[PREFIX + "loans"] == {
        "login": PREFIX + "loans", "name": "貸款聯絡人", "roles": ["department"],
        "departments": ["信用卡部", "個人金融部"], "agent": None, "active": True,
        "must_change_password": True}
    assert set(people) >= {PREFIX + x for x in ("mgr", "sup", "card", "agent", "adm")}
    # the new login now reads both departments' questions, as itself
    loans = As("loans")
    assert len(loans.rows("SELECT id FROM questions")) == 2
    assert run(capsys, "people", "revoke", PREFIX + "loans", "--role", "department",
               "--department", "信用卡部", "--db", adm)[0] == 0
    assert len(loans.rows("SELECT id FROM questions")) == 1
    assert run(capsys, "people", "disable", PREFIX + "loans", "--db", adm)[0] == 0
    loans.close()
    with pytest.raises(DBAPIError, match="not permitted to log in"):
        As("loans").rows("SELECT 1")
    # an admin cannot take over the superuser, and a department contact adds nobody
    code, _, err = run(capsys, "people", "add", "postgres", "--name", "x", "--role", "manager",
                       "--db", adm)
    assert code == 1 and "superuser" in err
    code, _, err = run(capsys, "people", "add", PREFIX + "evil", "--name", "x", "--role",
                       "manager", "--password-stdin", "--db", url_as(PREFIX + "card"),
                       stdin="pw\n", monkeypatch=monkeypatch)
    assert code == 1 and "permission denied" in err


def test_every_change_is_audited_with_the_persons_name(team, capsys, as_login):
    _, ids = team
    since = datetime.now(UTC) - timedelta(seconds=5)
    mgr = as_login("mgr")
    mgr.run("UPDATE questions SET priority = 3 WHERE id = :i", i=ids["card_q"])
    assert "permission denied" in mgr.refused("DELETE FROM audit_log")
    assert "permission denied" in mgr.refused("UPDATE audit_log SET person = 'x'")
    code, out, err = run(capsys, "audit", "--since", since.isoformat(), "--json",
                         "--db", url_as(PREFIX + "adm"))
    assert code == 0, err
    # the fixture's own writes (as the schema owner) fall in the same window: the manager's
    # change is the one row written under the manager's login
    rows = [r for r in json.loads(out) if r["target"] == f"questions:{ids['card_q']}"
            and r["action"] == "update" and r["login"] == PREFIX + "mgr"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["person"], row["login"], row["action"]) == ("王經理", PREFIX + "mgr", "update")
    assert (row["before"]["priority"], row["after"]["priority"]) == (0, 3)
    # a department contact cannot read the audit
    code, _, err = run(capsys, "audit", "--since", since.isoformat(), "--db",
                       url_as(PREFIX + "card"))
    assert code == 1 and "permission denied" in err


def test_the_team_schema_can_be_applied_again(team):
    """Roles and policies are made idempotently: a later migration may re-run them."""
    from liaison_app.core.team import roles

    db, _ = team
    count = "SELECT count(*) FROM pg_policies WHERE schemaname = current_schema()"
    with db.engine.begin() as conn:
        before = conn.execute(text(count)).scalar()
        roles.apply(conn)
        assert conn.execute(text(count)).scalar() == before > 60
