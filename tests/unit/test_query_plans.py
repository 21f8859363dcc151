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


def _any_plan(db, stmt) -> str:
    """The plan on either database, one line per step."""
    compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
    explain = "EXPLAIN QUERY PLAN" if db.engine.dialect.name == "sqlite" else "EXPLAIN"
    with db.engine.connect() as conn:
        return " / ".join(str(row[-1]) for row in conn.exec_driver_sql(f"{explain} {compiled}"))


def _scans_messages(plan: str) -> bool:
    return "SCAN messages" in plan or "Seq Scan on messages" in plan


def test_the_fetch_checks_per_mail_use_an_index_as_the_mailbox_grows(db):
    """Issue 15: 1,000 replies take the same time with 1,000 or 100,000 mails stored, so
    none of the checks the fetch makes per mail reads the whole mailbox, before the
    database has statistics and after."""
    from sqlalchemy import text

    from liaison_app.core.correspondence import inbound, reply_matching

    now = utcnow()
    with db.sessions.begin() as session:
        session.execute(insert(Question), [{"text": "問題", "created_at": now}])
        question_id = session.scalar(select(Question.id))
        for start in range(0, 20_000, 5_000):
            session.execute(insert(Message), [
                {"direction": Direction.IN, "kind": MessageKind.EMAIL,
                 "state": MessageState.RECEIVED, "message_id": f"<m{i}@bank.example>",
                 "from_addr": f"agent{i % 300}@bank.example", "subject": f"問題 {i}",
                 "body_text": "卡片遺失", "match_method": "agent" if i % 2 else "headers",
                 "question_id": question_id, "imap_folder": "INBOX", "imap_uidvalidity": 1,
                 "imap_uid": i, "created_at": now, "received_at": now}
                for i in range(start, start + 5_000)])
    checks = {
        "stored before": inbound.already_stored_query("INBOX", 1, 7),
        "same Message-ID": inbound.same_id_query("<m7@bank.example>", 20_001),
        "thread": reply_matching.thread_query(["<m7@bank.example>", "<m9@bank.example>"], 20_001),
        "agent's repeat": inbound.repeat_query(20_001, "agent7@bank.example", "問題 7", "卡片遺失"),
    }
    for analysed in (False, True):
        if analysed:
            with db.engine.begin() as conn:
                conn.execute(text("ANALYZE"))
        for name, stmt in checks.items():
            plan = _any_plan(db, stmt)
            assert not _scans_messages(plan), f"{name} (analysed: {analysed}) reads every mail: {plan}"
            assert "Index" in plan or "INDEX" in plan, f"{name}: {plan}"
