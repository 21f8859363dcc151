"""The mapped models on a real migrated database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from liaison_app.core.database import open_database
from liaison_app.core.models import (
    Agent,
    Department,
    Direction,
    Event,
    FaqEntry,
    Message,
    MessageKind,
    MessageState,
    Query,
    Question,
    QuestionAgent,
    QuestionFaqLink,
    question_ref,
)

BEIJING = timezone(timedelta(hours=8))
NEW_YORK_WINTER = timezone(timedelta(hours=-5))


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_aware_datetimes_come_back_as_the_same_instant_in_utc(db):
    due = datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=BEIJING)
    created = datetime(2026, 1, 31, 23, 59, 59, tzinfo=NEW_YORK_WINTER)
    with db.session() as session:
        question = Question(text="跨行轉賬手續費", created_at=created, due_at=due)
        session.add(question)
        session.commit()
        qid = question.id

    with db.session() as session:
        stored = session.get(Question, qid)
        assert stored.due_at == due
        assert stored.due_at.utcoffset() == timedelta(0)
        assert (stored.due_at.hour, stored.due_at.minute, stored.due_at.microsecond) == (1, 30,
                                                                                         123456)
        assert stored.created_at == datetime(2026, 2, 1, 4, 59, 59, tzinfo=UTC)
        assert stored.created_at.tzinfo is not None
        # Comparing in SQL uses the instant too, whatever zone the parameter is in.
        same_instant = datetime(2026, 3, 2, 1, 30, 15, 123456, tzinfo=UTC)
        assert session.scalar(select(Question.id).where(Question.due_at == same_instant)) == qid
        later_in_beijing = datetime(2026, 3, 2, 9, 31, tzinfo=BEIJING)
        assert session.scalar(
            select(Question.id).where(Question.due_at < later_in_beijing)) == qid


def test_defaults_are_aware_utc(db):
    with db.session() as session:
        question = Question(text="默認時間")
        session.add(question)
        session.commit()
        qid = question.id
    with db.session() as session:
        stored = session.get(Question, qid)
        assert stored.created_at.utcoffset() == timedelta(0)
        assert abs(datetime.now(UTC) - stored.created_at) < timedelta(minutes=1)


def test_naive_datetime_is_refused(db):
    with db.session() as session:
        session.add(Question(text="無時區", due_at=datetime(2026, 3, 2, 9, 30)))
        with pytest.raises(StatementError, match="naive datetime"):
            session.commit()
        session.rollback()
        assert _count(session, Question) == 0


def test_json_columns_round_trip_chinese_lists(db):
    keywords = ["掛失", "挂失", "信用卡", "ATM 吞卡", "100%"]
    key_points = ["核實身份：姓名、證件號後四位", "提醒客戶：掛失後舊卡即時失效", "“引號”與\\反斜線"]
    routing = ["信用卡", "額度", "年費"]
    with db.session() as session:
        dept = Department(name="信用卡中心", routing_keywords=routing)
        entry = FaqEntry(question="信用卡如何掛失？", answer="致電客服熱線或於網銀辦理。",
                         keywords=keywords, key_points=key_points)
        empty = FaqEntry(question="空清單", answer="無")
        session.add_all([dept, entry, empty])
        session.commit()
        ids = dept.id, entry.id, empty.id

    with db.session() as session:
        assert session.get(Department, ids[0]).routing_keywords == routing
        stored = session.get(FaqEntry, ids[1])
        assert stored.keywords == keywords
        assert stored.key_points == key_points
        blank = session.get(FaqEntry, ids[2])
        assert (blank.keywords, blank.key_points) == ([], [])


def test_department_names_are_unique(db):
    with db.session() as session:
        session.add(Department(name="個人存款部"))
        session.commit()
        session.add(Department(name="個人存款部"))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        assert _count(session, Department) == 1


def test_agent_codes_are_unique(db):
    with db.session() as session:
        session.add(Agent(code="A1001", name="李小明"))
        session.commit()
        session.add(Agent(code="A1001", name="另一個人"))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        assert session.scalars(select(Agent.name)).all() == ["李小明"]


def _question_with_history(session) -> tuple[int, int]:
    agent = Agent(code="A2002", name="陳美玲")
    dept = Department(name="電子銀行部")
    question = Question(text="手機銀行登錄失敗", department=dept)
    session.add_all([agent, question])
    session.flush()
    session.add(QuestionAgent(question=question, agent=agent))
    session.add(Event(question=question, actor="system", action="forward", to_status="new"))
    session.add(Event(question=question, actor="王經理", action="route", from_status="new",
                      to_status="awaiting_department"))
    session.add(Query(question_id=question.id, department_id=dept.id))
    entry = FaqEntry(question="手機銀行登錄", answer="重置密碼")
    session.add(entry)
    session.flush()
    session.add(QuestionFaqLink(question_id=question.id, entry_id=entry.id))
    session.add(Message(question_id=question.id, direction=Direction.OUT,
                        kind=MessageKind.EMAIL, state=MessageState.SENT, subject="[LQ] 詢問"))
    session.commit()
    return question.id, agent.id


def _assert_only_the_question_is_gone(session, agent_id: int) -> None:
    assert _count(session, Question) == 0
    assert _count(session, Event) == 0
    assert _count(session, QuestionAgent) == 0
    assert _count(session, Query) == 0
    assert _count(session, QuestionFaqLink) == 0
    # The agent, the FAQ entry and the mail stay; the mail loses only its question.
    assert session.get(Agent, agent_id) is not None
    assert _count(session, FaqEntry) == 1
    assert session.scalars(select(Message.question_id)).all() == [None]


def test_deleting_a_question_through_the_orm_cascades(db):
    with db.session() as session:
        qid, agent_id = _question_with_history(session)
    with db.session() as session:
        session.delete(session.get(Question, qid))
        session.commit()
    with db.session() as session:
        _assert_only_the_question_is_gone(session, agent_id)


def test_deleting_a_question_in_sql_cascades_in_the_database(db):
    with db.session() as session:
        qid, agent_id = _question_with_history(session)
    with db.session() as session:
        session.execute(delete(Question).where(Question.id == qid))
        session.commit()
    with db.session() as session:
        _assert_only_the_question_is_gone(session, agent_id)


def test_an_agent_who_forwarded_questions_cannot_be_deleted(db):
    with db.session() as session:
        _qid, agent_id = _question_with_history(session)
    with db.session() as session:
        session.delete(session.get(Agent, agent_id))
        with pytest.raises(IntegrityError):
            session.commit()


def test_foreign_keys_are_enforced(db):
    with db.session() as session:
        session.add(Event(question_id=987654, actor="x", action="forward", to_status="new"))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        assert _count(session, Event) == 0


def test_sqlite_file_runs_in_wal_mode_with_foreign_keys(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'wal.db'}")
    try:
        # Every pooled connection gets the pragmas, not only the first one.
        with database.engine.connect() as first, database.engine.connect() as second:
            for conn in (first, second):
                assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        database.close()
    assert (tmp_path / "wal.db").exists()


def test_sqlite_database_in_a_missing_folder_is_created(tmp_path):
    target = tmp_path / "not" / "yet" / "there.db"
    database = open_database(f"sqlite:///{target}")
    database.close()
    assert target.exists()


@pytest.mark.parametrize(
    ("qid", "ref"),
    [(1, "LQ-000001"), (123, "LQ-000123"), (999999, "LQ-999999"), (1234567, "LQ-1234567")],
)
def test_question_ref_format(qid, ref):
    assert question_ref(qid) == ref


def test_question_ref_of_a_stored_question(db):
    with db.session() as session:
        question = Question(text="ref")
        session.add(question)
        session.flush()
        assert question.ref == f"LQ-{question.id:06d}"
        assert question.ref == question_ref(question.id)
