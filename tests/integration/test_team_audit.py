"""The audit trail is written by its trigger alone, as the person who made the change.

Tried with raw SQL as a manager, a department contact and an agent (their own logins,
`team_aud_*`, never the superuser): a hand-made audit row is refused, so is hanging the
audit function on a table of one's own, and a real change still lands in the trail under
the person's login and name, also after `SET ROLE` to their group.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from liaison_app.core.models import Query, Question, QuestionAgent, QuestionStatus
from liaison_app.core.team import admin
from tests import factories
from tests.conftest import PG_URL, _open_test_db, drop_pg_roles

pytestmark = [pytest.mark.db,
              pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")]

PREFIX = "team_aud_"
HAND_MADE = ("INSERT INTO audit_log (login, person, action, target_table, target)"
             " VALUES (current_user, '王經理', 'update', 'questions', 'questions:1')")


def _drop_roles() -> None:
    drop_pg_roles(PREFIX)


@pytest.fixture
def team(tmp_path):
    _drop_roles()
    db = _open_test_db("postgresql", tmp_path)
    with db.engine.connect() as conn:
        db.audit_before = conn.execute(text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar()
    with db.sessions.begin() as s:
        card = factories.department(s, "信用卡部")
        (agent,) = factories.agents(s, ("A1001", "李小明"))
        q = Question(text="卡片被盜刷", status=QuestionStatus.AWAITING_DEPARTMENT,
                     department_id=card.id)
        s.add(q)
        s.flush()
        s.add(QuestionAgent(question_id=q.id, agent_id=agent.id))
        query = Query(question_id=q.id, department_id=card.id)
        s.add(query)
        s.flush()
        ids = {"q": q.id, "query": query.id, "agent": agent.id}
        admin.add_person(s, PREFIX + "mgr", "王經理", ["manager"], password="First-1")
        admin.add_person(s, PREFIX + "card", "卡部聯絡人", ["department"], ["信用卡部"],
                         password="First-1")
        admin.add_person(s, PREFIX + "agent", "李小明", ["agent"], agent_code="A1001",
                         password="First-1")
    yield db, ids
    db.close()
    _drop_roles()


@pytest.fixture
def login():
    engines = []

    def connect(who: str):
        url = make_url(PG_URL).set(username=PREFIX + who, password=None)
        engines.append(create_engine(url))
        return engines[-1]

    yield connect
    for engine in engines:
        engine.dispose()


def _refused(engine, *statements: str) -> str:
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        for sql in statements:
            conn.execute(text(sql))
    return str(caught.value.orig)


def _trail(db, target: str) -> list[tuple]:
    """The row's trail written during this test (the audit table outlives the test
    database's other tables, so earlier tests' rows under the same ids may be there)."""
    with db.engine.connect() as conn:  # the schema owner reads the whole trail
        return [tuple(r) for r in conn.execute(text(
            "SELECT login, person, action FROM audit_log WHERE target = :t AND id > :after"
            " ORDER BY id"), {"t": target, "after": db.audit_before})]


@pytest.mark.parametrize("who", ["mgr", "card", "agent"])
def test_nobody_writes_an_audit_row_by_hand(team, login, who):
    db, _ = team
    engine = login(who)
    before = _trail(db, "questions:1")
    assert "permission denied" in _refused(engine, HAND_MADE)
    # nor through the audit function hung on a temporary table of their own
    assert "permission denied" in _refused(
        engine, "CREATE TEMP TABLE questions (id int)",
        "CREATE TRIGGER forge AFTER INSERT ON questions FOR EACH ROW "
        "EXECUTE FUNCTION public.liaison_audit()")
    assert _trail(db, "questions:1") == before


def test_real_changes_are_audited_as_the_person_who_made_them(team, login):
    db, ids = team
    with login("mgr").begin() as conn:
        conn.execute(text("UPDATE questions SET priority = 3 WHERE id = :i"), {"i": ids["q"]})
    with login("card").begin() as conn:
        # (no RETURNING: a department may add the note but reads mail through its query)
        answer = conn.execute(text("SELECT nextval('messages_id_seq')")).scalar()
        conn.execute(text(
            "INSERT INTO messages (id, question_id, query_id, direction, kind, state, subject,"
            " body_text, from_addr, to_addrs, cc_addrs, attempts, is_auto_reply, actor,"
            " match_method, created_at) VALUES (:id, :q, :qu, 'in', 'note', 'received',"
            " '答覆', '可以辦理', '', '', '', 0, false, current_user, 'desk_answer', now())"),
            {"id": answer, "q": ids["q"], "qu": ids["query"]})
    with login("agent").begin() as conn:
        forwarded = conn.execute(text("SELECT nextval('questions_id_seq')")).scalar()
        conn.execute(text(
            "INSERT INTO questions (id, text, customer_context, product, urgent, priority,"
            " status, source, created_at, updated_at) VALUES (:id, '新問題', '', '', false, 0,"
            " 'new', 'agent', now(), now())"), {"id": forwarded})
    assert _trail(db, f"questions:{ids['q']}")[-1] == (PREFIX + "mgr", "王經理", "update")
    assert _trail(db, f"messages:{answer}") == [(PREFIX + "card", "卡部聯絡人", "insert")]
    assert _trail(db, f"questions:{forwarded}") == [(PREFIX + "agent", "李小明", "insert")]


def test_set_role_to_the_group_does_not_hide_the_person(team, login):
    db, ids = team
    with login("mgr").begin() as conn:
        conn.execute(text("SET LOCAL ROLE liaison_manager"))
        assert conn.execute(text("SELECT current_user")).scalar() == "liaison_manager"
        conn.execute(text("UPDATE questions SET priority = 5 WHERE id = :i"), {"i": ids["q"]})
    assert "permission denied" in _refused(login("mgr"), "SET LOCAL ROLE liaison_manager",
                                           HAND_MADE)
    assert _trail(db, f"questions:{ids['q']}")[-1] == (PREFIX + "mgr", "王經理", "update")
