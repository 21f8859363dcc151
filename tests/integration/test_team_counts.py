"""The window's counts on every desk: a login counts what it may read (an agent has no
grant on the queries: no count, no "permission denied"), and the timer's refresh reads
only the clock-driven counts, not whole tables."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from liaison_app.core.dashboard import live_counts
from liaison_app.core.models import Query, Question, QuestionAgent, QuestionStatus
from liaison_app.core.team import admin
from tests import factories
from tests.conftest import PG_URL, _open_test_db, drop_pg_roles

PREFIX = "team_cnt_"


def _drop_roles() -> None:
    drop_pg_roles(PREFIX)


def _seed(s: Session) -> None:
    card, loans = factories.department(s, "信用卡部"), factories.department(s, "個人金融部")
    a1, a2 = factories.agents(s, ("A1001", "李小明"), ("A1002", "陳美玲"))
    for dept, agent in ((card, a1), (loans, a2), (loans, a2)):
        q = Question(text=f"{dept.name}的問題", status=QuestionStatus.AWAITING_DEPARTMENT,
                     department_id=dept.id)
        s.add(q)
        s.flush()
        s.add(QuestionAgent(question_id=q.id, agent_id=agent.id))
        s.add(Query(question_id=q.id, department_id=dept.id))


@pytest.fixture
def team(tmp_path):
    _drop_roles()
    db = _open_test_db("postgresql", tmp_path)
    with db.sessions.begin() as s:
        _seed(s)
        admin.add_person(s, PREFIX + "card", "卡部聯絡人", ["department"], ["信用卡部"],
                         password="First-1")
        admin.add_person(s, PREFIX + "agent", "李小明", ["agent"], agent_code="A1001",
                         password="First-1")
    yield db
    db.close()
    _drop_roles()


def _counts_as(login: str):
    engine = create_engine(make_url(PG_URL).set(username=PREFIX + login, password=None))
    try:
        with Session(engine) as session:
            return live_counts(session)
    finally:
        engine.dispose()


@pytest.mark.db
@pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")
def test_each_desk_counts_what_it_may_read_without_permission_errors(team):
    agent = _counts_as("agent")  # raised "permission denied for table queries" before
    assert agent.open_queries is None
    assert agent.total == 1 and agent.open == 1  # the one question they forwarded
    card = _counts_as("card")
    assert card.open_queries == 1 and card.total == 1  # their department's only
    with team.session() as s:
        manager = live_counts(s)
    assert manager.open_queries == 3 and manager.total == 3


def test_the_timer_reads_only_the_clock_driven_counts(db):
    with db.sessions.begin() as s:
        _seed(s)
    with db.session() as s:
        full = live_counts(s)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.session() as s:
            ticked = live_counts(s, full)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert ticked == full
    assert statements and not [sql for sql in statements if "GROUP BY" in sql.upper()]
    # no count of open queries; the overdue count looks at the queries of past-due
    # questions only, in its EXISTS (a paused question is not overdue)
    assert not [sql for sql in statements if "FROM QUERIES" in sql.upper().split("EXISTS")[0]]
    # The whole-table counts come back with a full count (after a change).
    with db.sessions.begin() as s:
        s.add(Question(text="新問題", status=QuestionStatus.NEW))
    with db.session() as s:
        assert live_counts(s, full).total == 3 and live_counts(s).total == 4
