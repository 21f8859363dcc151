"""versions, change log and the mail lease

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-03

Three things several desks on one database need:
- `version` on questions and FAQ entries: a save names the version it started from and
  is refused when someone else saved in between (optimistic locking, no lost update);
- `change_log`: one row per changed question, FAQ entry, message or bulletin, written by
  triggers (so no client can forget it), read by every desk's "changed since" poll; on
  PostgreSQL the triggers also `pg_notify('liaison_changes', ...)` for desks that LISTEN;
- `leases`: the one mail sender among several manager desks (a lease with an expiry,
  renewed by its holder; it works through PgBouncer, which a session-level advisory lock
  would not).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# The tables whose changes other desks must see, and the notice each change sends.
WATCHED = ("questions", "faq_entries", "messages", "bulletins", "queries")
# Updates of these columns alone are no news for other desks: an agent's FAQ hit counts
# one up (and touches `updated_at`), and hundreds of agents searching must not make every
# desk reload its FAQ list. A real edit always changes another column (at least `version`).
QUIET_COLUMNS = {"faq_entries": {"hit_count", "updated_at"}}


def _update_of(table: str) -> str:
    """`UPDATE` or `UPDATE OF <every column but the quiet ones>`."""
    quiet = QUIET_COLUMNS.get(table)
    if not quiet:
        return "UPDATE"
    columns = [c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)
               if c["name"] not in quiet]
    return "UPDATE OF " + ", ".join(columns)


def _has_column(table: str, column: str) -> bool:
    return column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def _has_table(table: str) -> bool:
    return sa.inspect(op.get_bind()).has_table(table)


def upgrade() -> None:
    for table in ("questions", "faq_entries"):
        if not _has_column(table, "version"):
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                              server_default="1"))
    if not _has_table("change_log"):
        op.create_table(
            "change_log",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("table_name", sa.String(length=40), nullable=False),
            sa.Column("row_id", sa.Integer(), nullable=False),
            sa.Column("at", sa.DateTime(timezone=True), nullable=False,
                      server_default=sa.func.current_timestamp()),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
        )
    if not _has_table("leases"):
        op.create_table(
            "leases",
            sa.Column("name", sa.String(length=40), nullable=False),
            sa.Column("holder", sa.String(length=200), nullable=True),
            sa.Column("expires_at", sa.Float(), nullable=False, server_default="0"),
            sa.Column("taken_at", sa.Float(), nullable=False, server_default="0"),
            sa.PrimaryKeyConstraint("name", name=op.f("pk_leases")),
        )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # SECURITY DEFINER: a desk whose role may not write change_log (an agent) still
        # leaves its trace when it forwards a question. One notice per table and
        # transaction: PostgreSQL folds identical payloads sent in one transaction.
        op.execute("""
            CREATE OR REPLACE FUNCTION liaison_log_change() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
                INSERT INTO change_log (table_name, row_id) VALUES (TG_TABLE_NAME, NEW.id);
                PERFORM pg_notify('liaison_changes',
                                  json_build_object('table', TG_TABLE_NAME)::text);
                RETURN NULL;
            END $$
        """)
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_changes ON {table}")
            op.execute(f"CREATE TRIGGER trg_{table}_changes AFTER INSERT OR {_update_of(table)} "
                       f"ON {table} FOR EACH ROW EXECUTE FUNCTION liaison_log_change()")
    else:
        for table in WATCHED:
            for when in ("INSERT", "UPDATE"):
                name = f"trg_{table}_changes_{when.lower()}"
                if when == "UPDATE":
                    when = _update_of(table)
                op.execute(f"DROP TRIGGER IF EXISTS {name}")
                op.execute(f"CREATE TRIGGER {name} AFTER {when} ON {table} BEGIN "
                           f"INSERT INTO change_log (table_name, row_id) "
                           f"VALUES ('{table}', NEW.id); END")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_changes ON {table}")
        op.execute("DROP FUNCTION IF EXISTS liaison_log_change()")
    else:
        for table in WATCHED:
            for when in ("insert", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_changes_{when}")
    op.drop_table("leases")
    op.drop_table("change_log")
    for table in ("faq_entries", "questions"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
