"""PostgreSQL: audit and change-log rows written once per statement

Revision ID: 0025
Revises: 0026
Create Date: 2026-12-03

The audit (0013) and change-log (0014) triggers fired once per row: a bulk load of
100,000 questions (COPY, or the import's INSERT ... SELECT) called two PL/pgSQL
functions 100,000 times each, and that was most of `liaison demo --size large` and of
the import on PostgreSQL (issue 15: the import's publishing INSERT took 10.2 s with the
triggers, 2.5 s without). Statement triggers with transition tables (`REFERENCING NEW
TABLE`) write the same rows, column for column and in the same order, with one INSERT
... SELECT per statement; a change-log notice is sent once per statement (PostgreSQL
folded the per-row ones within a transaction anyway).

What stays a row trigger, and why:
- audit on UPDATE: the row needs its before and after images paired, which a statement
  trigger could only do by position in the two transition tables (not promised) or by
  a key (which an update may change);
- the change log on `faq_entries` updates: it fires only when other columns than the
  hit counter are set (`UPDATE OF ...`), and transition tables cannot have a column list.

SQLite keeps its row triggers: they are C-level and cost little there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from liaison_app.core.team import roles

revision = "0025"
down_revision = "0026"
branch_labels = None
depends_on = None

# As in 0014 and 0018: the tables whose changes other desks poll for.
WATCHED = ("questions", "faq_entries", "messages", "bulletins", "queries", "bulletin_reminders")
QUIET_COLUMNS = {"faq_entries": {"hit_count", "updated_at"}}

# The change-log rows of a statement's rows, in the order it wrote them (ids in that order,
# as the row trigger gave them), and one notice if there was any. SECURITY DEFINER as in
# 0014: an agent, who may not write change_log, still leaves its trace.
LOG_CHANGES_FUNCTION = """
CREATE OR REPLACE FUNCTION liaison_log_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
  INSERT INTO change_log (table_name, row_id) SELECT TG_TABLE_NAME, n.id FROM liaison_new_rows n;
  IF FOUND THEN
    PERFORM pg_notify('liaison_changes', json_build_object('table', TG_TABLE_NAME)::text);
  END IF;
  RETURN NULL;
END $$
"""


def _tables() -> set[str]:
    return set(sa.inspect(op.get_bind()).get_table_names())


def _update_of(table: str) -> str:
    """`UPDATE` or `UPDATE OF <every column but the quiet ones>` (as 0014 made it)."""
    quiet = QUIET_COLUMNS.get(table)
    if not quiet:
        return "UPDATE"
    columns = [c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)
               if c["name"] not in quiet]
    return "UPDATE OF " + ", ".join(columns)


def _drop_change_triggers(table: str) -> None:
    for name in (f"trg_{table}_changes", f"trg_{table}_changes_insert",
                 f"trg_{table}_changes_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar() or "public"
    op.execute(LOG_CHANGES_FUNCTION.replace("{schema}", schema))
    op.execute("REVOKE ALL ON FUNCTION liaison_log_changes() FROM PUBLIC")
    tables = _tables()
    for table in WATCHED:
        if table not in tables:
            continue
        _drop_change_triggers(table)
        op.execute(f"CREATE TRIGGER trg_{table}_changes_insert AFTER INSERT ON {table} "
                   "REFERENCING NEW TABLE AS liaison_new_rows "
                   "FOR EACH STATEMENT EXECUTE FUNCTION liaison_log_changes()")
        if table in QUIET_COLUMNS:
            op.execute(f"CREATE TRIGGER trg_{table}_changes AFTER {_update_of(table)} "
                       f"ON {table} FOR EACH ROW EXECUTE FUNCTION liaison_log_change()")
        else:
            op.execute(f"CREATE TRIGGER trg_{table}_changes_update AFTER UPDATE ON {table} "
                       "REFERENCING NEW TABLE AS liaison_new_rows "
                       "FOR EACH STATEMENT EXECUTE FUNCTION liaison_log_changes()")
    roles.apply(bind)  # the audit triggers (roles.audit_trigger_statements)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    tables = _tables()
    for table in WATCHED:
        if table not in tables:
            continue
        _drop_change_triggers(table)
        op.execute(f"CREATE TRIGGER trg_{table}_changes AFTER INSERT OR {_update_of(table)} "
                   f"ON {table} FOR EACH ROW EXECUTE FUNCTION liaison_log_change()")
    for table in roles.AUDITED_TABLES:
        if table not in tables:
            continue
        for name in ("liaison_audit", "liaison_audit_insert", "liaison_audit_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"CREATE TRIGGER liaison_audit AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION liaison_audit()")
    op.execute("DROP FUNCTION IF EXISTS liaison_log_changes()")
    op.execute("DROP FUNCTION IF EXISTS liaison_audit_rows()")
