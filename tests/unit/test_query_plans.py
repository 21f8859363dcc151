"""The planner's statistics: a database is analysed after bulk writes and when opened
never analysed, so hot queries take the index that serves them (issue 15)."""

from __future__ import annotations

from sqlalchemy import insert, select

from liaison_app.core.bulk import analyze_if_stale
from liaison_app.core.database import open_database
from liaison_app.core.models import Direction, Message, MessageKind, MessageState, Question
from liaison_app.core.timeutil import utcnow


def _fill_mailbox(db, n: int) -> None:
    now = utcnow()
    with db.sessions.begin() as session:
        session.execute(insert(Message), [
            {"direction": Direction.IN, "kind": MessageKind.EMAIL, "state": MessageState.RECEIVED,
             "message_id": f"<m{i}@bank.example>", "created_at": now, "received_at": now}
            for i in range(n)])
        session.execute(insert(Question), [
            {"text": f"問題 {i}", "created_at": now} for i in range(n)])


def _plan(db, stmt) -> str:
    compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as conn:
        return " / ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))


def _seen_before():
    # The per-message check of inbound mail (correspondence/inbound.py `_seen_before`).
    return select(Message.id).where(
        Message.message_id == "<m5@bank.example>", Message.direction == Direction.IN,
        Message.id != 1, Message.state == MessageState.RECEIVED).limit(1)


def test_a_never_analysed_database_is_analysed_on_opening_and_mail_checks_use_the_message_id(tmp_path):
    url = f"sqlite:///{tmp_path / 'mailbox.db'}"
    db = open_database(url)
    _fill_mailbox(db, 3000)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat1")
    # Without statistics SQLite guesses: the status index, a scan of every received mail.
    assert "ix_messages_state_next_attempt" in _plan(db, _seen_before())
    db.close()

    db = open_database(url)
    try:
        assert "ix_messages_message_id" in _plan(db, _seen_before())
        with db.engine.begin() as conn:
            assert analyze_if_stale(conn) is False  # current statistics are left alone
    finally:
        db.close()


def test_statistics_are_refreshed_when_the_questions_outgrow_them(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'growing.db'}")
    try:
        with db.engine.begin() as conn:
            assert analyze_if_stale(conn) is False  # a new, empty database: analysed once
        _fill_mailbox(db, 1500)
        with db.engine.begin() as conn:
            assert analyze_if_stale(conn) is True
            assert analyze_if_stale(conn) is False
        _fill_mailbox(db, 3000)  # 4,500 questions against statistics of 1,500
        with db.engine.begin() as conn:
            assert analyze_if_stale(conn) is True
    finally:
        db.close()
