"""The audit trail and the change log read the same after migration 0025 as before it.

0025 turned the per-row audit and change-log triggers into statement triggers with
transition tables (bulk loads on PostgreSQL, issue 15). Readers must not see any
difference: the same audit rows (person, action, target, before and after images) and
the same change-log rows in the same id order, for a COPY, an INSERT ... SELECT, multi-row
updates (one that changes nothing, one of the hit counter alone), a delete that cascades,
made by a manager signed in as themselves (row-level security applies) and by the
schema owner. The same work runs at 0025, after a downgrade to 0024 (the old row
triggers, restored by the downgrade) and after upgrading that database in place again;
each run is rolled back, and what it wrote is compared.
"""

from __future__ import annotations

import json
import os

import pytest
from alembic import command
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url

from liaison_app.core.database import alembic_config, upgrade
from liaison_app.core.team import admin
from tests import factories
from tests.conftest import PG_URL, _open_test_db, drop_pg_roles

pytestmark = [pytest.mark.db, pytest.mark.postgresql,
              pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")]

# roles are cluster-wide: a run of its own keeps to its own prefix
PREFIX = os.environ.get("LIAISON_TEST_ROLE_PREFIX", "") + "stmt_trg_"
FIRST = 900_001  # ids of the questions the work inserts, far above any fixture's
COPIED, SELECTED = 40, 60  # questions written by COPY (owner) and INSERT ... SELECT (manager)
COLUMNS = ("id, text, customer_context, product, urgent, priority, status, source, "
           "created_at, updated_at")


def _drop_roles() -> None:
    drop_pg_roles(PREFIX)


@pytest.fixture
def team(tmp_path):
    _drop_roles()
    db = _open_test_db("postgresql", tmp_path)
    with db.sessions.begin() as s:
        card = factories.department(s, "信用卡部")
        agents = factories.agents(s, ("A2001", "李小明"), ("A2002", "陳大文"))
        entry = factories.faq_entry(s, "信用卡掛失怎麼辦", "致電客服")
        admin.add_person(s, PREFIX + "mgr", "王經理", ["manager"], password="First-1")
    ids = {"dept": card.id, "agents": [a.id for a in agents], "entry": entry.id}
    manager = create_engine(make_url(PG_URL).set(username=PREFIX + "mgr", password=None))
    yield db, manager, ids
    manager.dispose()
    db.close()
    _drop_roles()


def _owner_copy(conn: Connection, ids: dict) -> None:
    """The demo's path: COPY by the schema owner (row-level security does not apply)."""
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f"COPY questions ({COLUMNS}) FROM STDIN") as copy:
        for i in range(COPIED):
            copy.write_row((FIRST + i, f"問題 {i}", "", "信用卡", i % 3 == 0, i % 4, "new",
                            "agent", "2026-12-01T08:00:00+00", "2026-12-01T08:00:00+00"))
    with cursor.copy("COPY question_agents (question_id, agent_id, forwarded_at) "
                     "FROM STDIN") as copy:
        for i in range(COPIED):
            for agent in ids["agents"][: 1 + i % 2]:
                copy.write_row((FIRST + i, agent, "2026-12-01T08:00:00+00"))


def _manager_work(conn: Connection, ids: dict) -> None:
    """The import's and the window's statements, as a manager signed in as themselves."""
    start = FIRST + COPIED
    conn.execute(text(
        f"INSERT INTO questions ({COLUMNS}) SELECT g, '轉來的問題 ' || g, '客戶背景', '存款', "
        "g % 2 = 0, g % 3, 'new', 'import', timestamptz '2026-12-02 09:00+00', "
        "timestamptz '2026-12-02 09:00+00' FROM generate_series(:a, :b) g"),
        {"a": start, "b": start + SELECTED - 1})
    conn.execute(text(
        "INSERT INTO question_agents (question_id, agent_id, forwarded_at) "
        "SELECT g, :agent, timestamptz '2026-12-02 09:00+00' FROM generate_series(:a, :b) g"),
        {"agent": ids["agents"][0], "a": start, "b": start + SELECTED - 1})
    last = FIRST + COPIED + SELECTED - 1
    conn.execute(text("UPDATE questions SET status = 'routed', department_id = :d, "
                      "version = version + 1 WHERE id BETWEEN :a AND :b"),
                 {"d": ids["dept"], "a": FIRST + 10, "b": FIRST + 70})
    # changes nothing: no audit row, but the change log hears of every row as before
    conn.execute(text("UPDATE questions SET priority = priority WHERE id BETWEEN :a AND :b"),
                 {"a": FIRST, "b": FIRST + 5})
    # the hit counter alone: neither audited nor logged
    conn.execute(text("UPDATE faq_entries SET hit_count = hit_count + 1 WHERE id = :e"),
                 {"e": ids["entry"]})
    conn.execute(text("UPDATE faq_entries SET answer = '請致電客服 24 小時專線', "
                      "version = version + 1 WHERE id = :e"), {"e": ids["entry"]})
    conn.execute(text("DELETE FROM question_agents WHERE question_id BETWEEN :a AND :b "
                      "AND agent_id = :agent"),
                 {"a": FIRST, "b": FIRST + 9, "agent": ids["agents"][1]})
    # cascades to the questions' forwarding agents: their deletes are audited too
    conn.execute(text("DELETE FROM questions WHERE id BETWEEN :a AND :b"),
                 {"a": last - 14, "b": last})


def _written(db, manager, ids: dict) -> tuple[list[tuple], list[tuple]]:
    """What the work wrote to the audit trail and the change log, each in id order (the
    owner reads them: the manager may not read the trail). Ids and times are given, so
    each run writes the same rows; the work is undone after (rows, trail and log)."""
    with db.engine.connect() as owner:
        audit_from = owner.execute(text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar()
        changes_from = owner.execute(text("SELECT coalesce(max(id), 0) FROM change_log")).scalar()
    try:
        with db.engine.begin() as owner:
            _owner_copy(owner, ids)
        with manager.begin() as conn:
            _manager_work(conn, ids)
        with db.engine.connect() as owner:
            audit = owner.execute(text(
                "SELECT login, person, action, target_table, target, before, after "
                "FROM audit_log WHERE id > :f ORDER BY id"), {"f": audit_from}).all()
            changes = owner.execute(text(
                "SELECT table_name, row_id FROM change_log WHERE id > :f ORDER BY id"),
                {"f": changes_from}).all()
    finally:
        with db.engine.begin() as owner:
            owner.execute(text("DELETE FROM questions WHERE id >= :f"), {"f": FIRST})
            owner.execute(text("UPDATE faq_entries SET answer = '致電客服', hit_count = 0, "
                               "version = 1 WHERE id = :e"), {"e": ids["entry"]})
            owner.execute(text("DELETE FROM audit_log WHERE id > :f"), {"f": audit_from})
            owner.execute(text("DELETE FROM change_log WHERE id > :f"), {"f": changes_from})
    return ([tuple(json.dumps(v, sort_keys=True, ensure_ascii=False) if isinstance(v, dict)
                   else v for v in row) for row in audit], [tuple(r) for r in changes])


def _triggers(db) -> dict[str, set[str]]:
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT tgrelid::regclass::text, tgname, (tgtype & 1) = 1 FROM pg_trigger "
            "WHERE NOT tgisinternal AND tgrelid::regclass::text IN ('questions', 'faq_entries')"))
        out: dict[str, set[str]] = {}
        for table, name, per_row in rows:
            out.setdefault(table, set()).add(f"{name}:{'row' if per_row else 'statement'}")
        return out


def _downgrade(db, revision: str) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_bulk_writes_leave_the_same_trail_as_the_row_triggers(team):
    db, manager, ids = team
    assert "liaison_audit_insert:statement" in _triggers(db)["questions"]
    at_head = _written(db, manager, ids)

    _downgrade(db, "0024")
    try:
        assert _triggers(db)["questions"] == {"liaison_audit:row", "trg_questions_changes:row"}
        at_0024 = _written(db, manager, ids)
    finally:
        upgrade(db.engine)  # in place, as a team database is upgraded
    assert _triggers(db)["faq_entries"] == {
        "liaison_audit:row", "liaison_audit_insert:statement", "liaison_audit_delete:statement",
        "trg_faq_entries_changes:row", "trg_faq_entries_changes_insert:statement"}
    upgraded = _written(db, manager, ids)

    audit, changes = at_head
    assert (audit, changes) == at_0024 == upgraded
    # and what that trail holds, so an empty or partial one cannot pass
    actions = [(a[0] == PREFIX + "mgr", a[2], a[3]) for a in audit]
    assert actions.count((False, "insert", "questions")) == COPIED
    assert actions.count((False, "insert", "question_agents")) == COPIED + COPIED // 2
    assert actions.count((True, "insert", "questions")) == SELECTED
    assert actions.count((True, "update", "questions")) == 61
    assert actions.count((True, "update", "faq_entries")) == 1
    assert actions.count((True, "delete", "question_agents")) == 5 + 15
    assert actions.count((True, "delete", "questions")) == 15
    mine = [a for a in audit if a[0] == PREFIX + "mgr"]
    assert {a[1] for a in mine} == {"王經理"}
    first = json.loads(audit[0][6])
    assert audit[0][4] == f"questions:{FIRST}" and first["text"] == "問題 0"
    assert "hit_count" not in json.loads(next(a for a in mine if a[3] == "faq_entries")[6])
    assert changes[:COPIED] == [("questions", FIRST + i) for i in range(COPIED)]
    assert len(changes) == COPIED + SELECTED + 61 + 6 + 1
    assert changes[-1] == ("faq_entries", ids["entry"])


def test_nobody_forges_rows_through_the_statement_function(team):
    _db, manager, _ = team
    with pytest.raises(Exception) as caught, manager.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE questions (id int)"))
        conn.execute(text(
            "CREATE TRIGGER forge AFTER INSERT ON questions REFERENCING NEW TABLE AS "
            "liaison_new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.liaison_audit_rows()"))
    assert "permission denied" in str(caught.value)
    with pytest.raises(Exception) as caught, manager.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE questions (id int)"))
        conn.execute(text(
            "CREATE TRIGGER forge AFTER INSERT ON questions REFERENCING NEW TABLE AS "
            "liaison_new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.liaison_log_changes()"))
    assert "permission denied" in str(caught.value)
