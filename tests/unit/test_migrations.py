"""Opening an older database upgrades it without losing a row, on SQLite and PostgreSQL.

The old database is built by the first migration alone and filled with plain SQL through
reflected tables: the ORM models describe the newest schema and cannot write an old one.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, MetaData, inspect, select, text

from liaison_app.core import database as database_module
from liaison_app.core.database import (
    SCHEMA_HEAD,
    DatabaseError,
    create_db_engine,
    current_revision,
    head_revision,
    open_database,
    upgrade,
)
from liaison_app.core.models import Base, FaqIndexedDoc, Question
from liaison_app.core.questions import text_index
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.team.roles import PG_ONLY_TABLES
from liaison_app.core.timeutil import as_utc

BEIJING = timezone(timedelta(hours=8))
T0 = datetime(2025, 6, 30, 16, 0, 5, 250000, tzinfo=UTC)

TABLES_AT_0001 = {
    "agents", "attachments", "bulletins", "categories", "contacts", "departments", "events",
    "faq_approvals", "faq_entries", "faq_hits", "faq_revisions", "messages", "queries",
    "question_agents", "question_faq_links", "questions", "settings",
}

RAW_MAIL = (
    b"Subject: Re: [LQ-000001]\r\nContent-Type: text/plain; charset=gb18030\r\n\r\n"
    + "您好，信用卡掛失的流程如下。".encode("gb18030")
    + b"\r\n\x00\xff\xfe binary tail\r\n"
)
PDF_BYTES = b"%PDF-1.4\n" + bytes(range(256)) + "對賬單".encode("big5")


def _normalise(value: Any) -> Any:
    if isinstance(value, datetime):
        return as_utc(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


class OldDatabase:
    """Writes rows through reflected tables, remembering every value it wrote."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.meta = MetaData()
        self.meta.reflect(conn)
        self.sqlite = conn.dialect.name == "sqlite"
        self.expected: dict[str, list[dict[str, Any]]] = {}

    def at(self, offset_minutes: int = 0) -> datetime:
        """A time as the app at revision 0001 wrote it: naive UTC on SQLite, aware elsewhere."""
        value = T0 + timedelta(minutes=offset_minutes)
        if self.sqlite:
            return value.replace(tzinfo=None)
        return value.astimezone(BEIJING)

    def insert(self, table_name: str, **values: Any) -> Any:
        table = self.meta.tables[table_name]
        result = self.conn.execute(table.insert().values(**values))
        pk_cols = [c.name for c in table.primary_key.columns]
        row = {c.name: values.get(c.name) for c in table.columns}
        if len(pk_cols) == 1 and pk_cols[0] not in values:
            row[pk_cols[0]] = result.inserted_primary_key[0]
        self.expected.setdefault(table_name, []).append(row)
        return row[pk_cols[0]]

    def update(self, table_name: str, key: Any, **values: Any) -> None:
        table = self.meta.tables[table_name]
        self.conn.execute(table.update().where(table.c.id == key).values(**values))
        for row in self.expected[table_name]:
            if row["id"] == key:
                row.update(values)


def _fill_every_table(old: OldDatabase) -> dict[str, Any]:
    a1 = old.insert("agents", code="A1001", name="李小明", email="lixm@bank.example",
                    team="一組", active=True, created_at=old.at())
    a2 = old.insert("agents", code="A1002", name="陳美玲", email=None, team="", active=False,
                    created_at=old.at(1))
    cat_root = old.insert("categories", parent_id=None, name="銀行卡", position=0)
    cat = old.insert("categories", parent_id=cat_root, name="掛失", position=3)
    dept = old.insert("departments", name="信用卡中心", duties="負責信用卡發卡、額度與掛失",
                      sla_hours=24, routing_keywords=["信用卡", "額度", "年費"],
                      email="card@bank.example", phone="021-12345678", head_contact_id=None,
                      active=True, created_at=old.at(2))
    old.insert("settings", key="business_hours",
               value={"start": "09:00", "end": "17:30", "days": ["一", "二", "三"]},
               updated_at=old.at(3))
    head = old.insert("contacts", department_id=dept, name="張主任", title="主任",
                      email="zhang@bank.example", phone="8001", deputy_id=None, active=True)
    old.insert("contacts", department_id=dept, name="王專員", title="專員",
               email=None, phone=None, deputy_id=head, active=True)
    old.update("departments", dept, head_contact_id=head)
    entry = old.insert("faq_entries", question="信用卡如何掛失？", answer="致電熱線或於網銀辦理掛失。",
                       key_points=["核實身份", "告知補卡費用"], keywords=["掛失", "信用卡"],
                       category_id=cat, department_id=dept, status="published",
                       valid_from=old.at(-60), valid_until=None, position=1, pinned=True,
                       hit_count=3, revision=2, created_at=old.at(4), updated_at=old.at(5),
                       published_at=old.at(6))
    other = old.insert("faq_entries", question="存款證明如何開立？", answer="攜帶身份證到網點辦理。",
                       key_points=[], keywords=["存款證明"], category_id=None,
                       department_id=None, status="draft", valid_from=None, valid_until=None,
                       position=0, pinned=False, hit_count=0, revision=1,
                       created_at=old.at(7), updated_at=old.at(7), published_at=None)
    q1 = old.insert("questions", text="客戶信用卡在境外被盜刷，掛失後能否退款？",
                    customer_context="客戶 VIP，來電兩次", product="信用卡", urgent=True,
                    priority=2, status="awaiting_department", source="cli",
                    department_id=dept, category_id=cat, created_at=old.at(10),
                    updated_at=old.at(11), due_at=old.at(60 * 24), answer=None,
                    answered_at=None, resolution=None, reject_reason=None, closed_at=None,
                    duplicate_of_id=None)
    q2 = old.insert("questions", text="境外盜刷怎麼退款", customer_context="", product="",
                    urgent=False, priority=0, status="closed", source="mail",
                    department_id=None, category_id=None, created_at=old.at(12),
                    updated_at=old.at(13), due_at=None, answer="已併入 LQ-000001",
                    answered_at=old.at(14), resolution="department", reject_reason=None,
                    closed_at=old.at(15), duplicate_of_id=q1)
    old.insert("bulletins", title="新版掛失流程", body="自七月一日起……", valid_from=old.at(20),
               valid_until=old.at(60 * 24 * 30), pinned=True, faq_entry_id=entry,
               author="王經理", created_at=old.at(20))
    old.insert("events", question_id=q1, at=old.at(10), actor="agent:A1001", action="forward",
               from_status=None, to_status="new", detail="")
    old.insert("events", question_id=q1, at=old.at(11), actor="王經理", action="route",
               from_status="new", to_status="awaiting_department", detail="轉信用卡中心")
    old.insert("faq_hits", entry_id=entry, at=old.at(16), actor="王經理", kind="triage",
               question_id=q1)
    old.insert("faq_revisions", entry_id=entry, number=1, question="信用卡怎樣掛失",
               answer="舊答案", key_points=["舊要點"], keywords=["掛失"], author="王經理",
               note="初稿", created_at=old.at(4))
    query = old.insert("queries", question_id=q1, department_id=dept, contact_id=head,
                       channel="email", status="open", opened_at=old.at(11),
                       due_at=old.at(60 * 24), answered_at=None, chase_count=1,
                       escalated_at=old.at(60 * 30))
    old.insert("question_agents", question_id=q1, agent_id=a1, forwarded_at=old.at(10),
               via_question_id=None)
    old.insert("question_agents", question_id=q1, agent_id=a2, forwarded_at=old.at(12),
               via_question_id=q2)
    old.insert("question_faq_links", question_id=q1, entry_id=entry, relation="used",
               at=old.at(17))
    common_message = {"contact_id": head, "agent_id": None, "body_html": None, "cc_addrs": "",
                      "error": None, "is_auto_reply": False, "call_at": None, "call_minutes": None,
                      "call_outcome": None, "actor": "王經理", "next_attempt_at": None}
    old.insert("messages", question_id=q1, query_id=query, direction="out", kind="email",
               state="sent", subject="[LQ-000001] 境外盜刷退款諮詢",
               body_text="張主任您好：\n客戶詢問……", from_addr="hardq@bank.example",
               to_addrs="zhang@bank.example", message_id="<lq1.1@bank.example>",
               in_reply_to=None, references=None, raw=None, created_at=old.at(18),
               sent_at=old.at(19), received_at=None, attempts=1, match_method=None,
               imap_folder=None, imap_uidvalidity=None, imap_uid=None, **common_message)
    reply = old.insert("messages", question_id=q1, query_id=query, direction="in",
                       kind="email", state="received", subject="Re: [LQ-000001] 境外盜刷退款諮詢",
                       body_text="可以退款，需提交爭議申請。", from_addr="zhang@bank.example",
                       to_addrs="hardq@bank.example", message_id="<r1@bank.example>",
                       in_reply_to="<lq1.1@bank.example>", references="<lq1.1@bank.example>",
                       raw=RAW_MAIL, created_at=old.at(40), sent_at=None,
                       received_at=old.at(40), attempts=0, match_method="headers",
                       imap_folder="INBOX", imap_uidvalidity=1700000000, imap_uid=42,
                       **common_message)
    old.insert("attachments", message_id=reply, filename="對賬單.pdf",
               content_type="application/pdf", size=len(PDF_BYTES), data=PDF_BYTES)
    old.insert("faq_approvals", entry_id=entry, revision=2, side="department",
               approver="張主任", approved=True, comment="同意發布", evidence_message_id=reply,
               at=old.at(41))
    return {"entry": entry, "other_entry": other, "q1": q1, "q2": q2}


def _rows(conn: Connection, meta: MetaData, table_name: str) -> list[dict[str, Any]]:
    table = meta.tables[table_name]
    order = list(table.primary_key.columns)
    return [
        {key: _normalise(value) for key, value in row._mapping.items()}
        for row in conn.execute(select(table).order_by(*order))
    ]


def _expected(old: OldDatabase, table_name: str) -> list[dict[str, Any]]:
    table = old.meta.tables[table_name]
    key = [c.name for c in table.primary_key.columns]
    rows = [{k: _normalise(v) for k, v in row.items()} for row in old.expected[table_name]]
    return sorted(rows, key=lambda r: tuple(r[k] for k in key))


def test_database_of_the_first_revision_upgrades_without_losing_data(db_url):
    engine = create_db_engine(db_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as conn:
        old = OldDatabase(conn)
        assert set(old.meta.tables) - {"alembic_version"} == TABLES_AT_0001
        ids = _fill_every_table(old)
    assert set(old.expected) == TABLES_AT_0001
    engine.dispose()

    db = open_database(db_url)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            meta = MetaData()
            meta.reflect(conn)
            for table_name in sorted(TABLES_AT_0001):
                stored = _rows(conn, meta, table_name)
                if table_name == "questions":
                    # Columns added since 0001 arrive empty.
                    for added in ("read_at", "probable_duplicate_id", "probable_duplicate_score",
                                  "client_key"):
                        assert [row.pop(added) for row in stored] == [None, None]
                    # 0018: questions already stored need no duplicate check from a manager
                    assert {bool(row.pop("duplicate_checked")) for row in stored} == {True}
                if table_name == "faq_hits":  # 0018: the desks' idempotency key
                    assert {row.pop("client_key") for row in stored} == {None}
                # 0014 (questions, FAQ entries) and 0019 (departments, bulletins): every
                # row starts at version 1
                if table_name in ("questions", "faq_entries", "departments", "bulletins"):
                    assert {row.pop("version") for row in stored} == {1}
                if table_name == "bulletins":  # bulletins that existed were posted ones
                    assert {row.pop("status") for row in stored} == {"posted"}
                if table_name == "messages":  # added by 0005, empty on old rows
                    assert {(row.pop("candidate_question_id"), row.pop("auto_kind"))
                            for row in stored} == {(None, None)}
                assert stored == _expected(old, table_name), table_name
            assert {c["name"] for c in inspect(conn).get_columns("questions")} >= {"read_at"}

        with db.session() as session:
            # The old rows read through today's models, and new rows still get fresh ids.
            q1 = session.get(Question, ids["q1"])
            assert q1.text == "客戶信用卡在境外被盜刷，掛失後能否退款？"
            assert q1.read_at is None
            assert q1.due_at == T0 + timedelta(days=1)
            assert [e.action for e in q1.events] == ["forward", "route"]
            added = Question(text="升級後的新問題")
            session.add(added)
            session.commit()
            assert added.id not in (ids["q1"], ids["q2"])

            # The FAQ entries written before the keyword index existed are indexed and found.
            indexed = session.scalars(select(FaqIndexedDoc.entry_id)).all()
            assert sorted(indexed) == sorted([ids["entry"], ids["other_entry"]])
            assert [h.id for h in search_faq(session, "挂失")][:1] == [ids["entry"]]
            assert [h.id for h in search_faq(session, "存款證明", published_only=False)][:1] == [
                ids["other_entry"]]
    finally:
        db.close()


def test_opening_a_current_database_again_changes_nothing(db_url, monkeypatch):
    first = open_database(db_url)
    with first.session() as session:
        session.add(Question(text="第一次打開時寫入", due_at=T0))
        session.commit()
    first.close()

    def must_not_migrate(*_args, **_kwargs):
        raise AssertionError("an up-to-date database was migrated again")

    monkeypatch.setattr(database_module, "upgrade", must_not_migrate)
    again = open_database(db_url)
    try:
        assert current_revision(again.engine) == head_revision()
        with again.session() as session:
            rows = session.execute(select(Question.text, Question.due_at)).all()
        assert rows == [("第一次打開時寫入", T0)]
    finally:
        again.close()


def test_schema_head_constant_is_the_newest_migration():
    assert SCHEMA_HEAD == head_revision()


def test_models_match_the_migrations(db):
    with db.engine.connect() as conn:
        # the audit table is PostgreSQL's own (written by triggers), not a mapped model
        context = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda name, kind, _parent: not (
                (kind == "table" and name in PG_ONLY_TABLES)
                # the Inbox filter's index: an FTS5 table (and its shadow tables) on
                # SQLite, an expression index on PostgreSQL, neither a mapped model
                or text_index.unmapped(name))})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_partly_migrated_database_is_brought_to_head(db_url):
    engine = create_db_engine(db_url)
    upgrade(engine, "0002")
    engine.dispose()
    db = open_database(db_url)
    try:
        assert current_revision(db.engine) == head_revision()
        assert {"faq_postings", "faq_indexed_docs", "synonyms"} <= set(inspect(db.engine).get_table_names())
    finally:
        db.close()


def test_first_revision_has_no_read_marker(db_url):
    # Guards the premise of the upgrade test: read_at really is added by a later migration.
    engine = create_db_engine(db_url)
    upgrade(engine, "0001")
    try:
        columns = {c["name"] for c in inspect(engine).get_columns("questions")}
        assert "read_at" not in columns
    finally:
        engine.dispose()


def test_database_of_a_newer_version_is_refused_and_left_alone(db_url):
    db = open_database(db_url)
    with db.session() as session:
        session.add(Question(text="新版本寫入的問題"))
        session.commit()
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()

    with pytest.raises(DatabaseError, match="9999"):
        open_database(db_url)

    engine = create_db_engine(db_url)
    try:
        assert current_revision(engine) == "9999"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT text FROM questions")).scalars().all() == [
                "新版本寫入的問題"]
    finally:
        engine.dispose()


def test_an_upgrade_keeps_a_copy_of_the_old_file_beside_it(tmp_path):
    path = tmp_path / "liaison.db"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    engine.dispose()
    open_database(f"sqlite:///{path}").close()
    copy = tmp_path / "liaison.db.before-upgrade-from-0001"
    check = create_db_engine(f"sqlite:///{copy}")
    try:
        assert current_revision(check) == "0001"
    finally:
        check.dispose()
