"""agent desk: searches, bulletin reads and reminders, idempotency keys

Revision ID: 0018
Revises: 0021
Create Date: 2026-12-03

What the agent desk (issue 18) records as the agent: each settled search (the KCS
measures), bulletin acknowledgements and the manager's reminders; idempotency keys on
hits and forwarded questions, so a desk that queued them offline sends each once; and a
flag on questions forwarded from a desk whose duplicate check a manager's desk still
owes (an agent may not read the other open questions). On PostgreSQL the roles module
adds the grants, policies and the search/hit functions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from liaison_app.core.team import roles

revision = "0018"
down_revision = "0021"
branch_labels = None
depends_on = None


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    if "client_key" not in _columns("questions"):
        with op.batch_alter_table("questions", schema=None) as batch_op:
            batch_op.add_column(sa.Column("duplicate_checked", sa.Boolean(), nullable=False,
                                          server_default=sa.true()))
            batch_op.add_column(sa.Column("client_key", sa.String(length=64), nullable=True))
            batch_op.create_unique_constraint(batch_op.f("uq_questions_client_key"), ["client_key"])
    if "client_key" not in _columns("faq_hits"):
        with op.batch_alter_table("faq_hits", schema=None) as batch_op:
            batch_op.add_column(sa.Column("client_key", sa.String(length=64), nullable=True))
            batch_op.create_unique_constraint(batch_op.f("uq_faq_hits_client_key"), ["client_key"])
    if "faq_searches" not in existing:
        op.create_table(
            "faq_searches",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("actor", sa.String(length=100), nullable=False),
            sa.Column("query", sa.String(length=200), nullable=False),
            sa.Column("results", sa.Integer(), nullable=False),
            sa.Column("shown", sa.JSON(), nullable=False),
            sa.Column("used_entry_id", sa.Integer(), nullable=True),
            sa.Column("outcome", sa.String(length=12), nullable=True),
            sa.Column("client_key", sa.String(length=64), nullable=True),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_faq_searches")),
            sa.UniqueConstraint("client_key", name=op.f("uq_faq_searches_client_key")),
        )
        op.create_index(op.f("ix_faq_searches_at"), "faq_searches", ["at"])
    if "bulletin_reads" not in existing:
        op.create_table(
            "bulletin_reads",
            sa.Column("bulletin_id", sa.Integer(), nullable=False),
            sa.Column("login", sa.String(length=63), nullable=False),
            sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
            sa.ForeignKeyConstraint(["bulletin_id"], ["bulletins.id"],
                                    name=op.f("fk_bulletin_reads_bulletin_id_bulletins"),
                                    ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("bulletin_id", "login", name=op.f("pk_bulletin_reads")),
        )
    if "bulletin_reminders" not in existing:
        op.create_table(
            "bulletin_reminders",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("bulletin_id", sa.Integer(), nullable=False),
            sa.Column("login", sa.String(length=63), nullable=False),
            sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("reminded_by", sa.String(length=100), nullable=False),
            sa.ForeignKeyConstraint(["bulletin_id"], ["bulletins.id"],
                                    name=op.f("fk_bulletin_reminders_bulletin_id_bulletins"),
                                    ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_bulletin_reminders")),
            sa.UniqueConstraint("bulletin_id", "login",
                                name=op.f("uq_bulletin_reminders_bulletin_id")),
        )
        op.create_index(op.f("ix_bulletin_reminders_login"), "bulletin_reminders", ["login"])
    # a reminder reaches the agent's desk through the change log, like a new bulletin
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_bulletin_reminders_changes ON bulletin_reminders")
        op.execute("CREATE TRIGGER trg_bulletin_reminders_changes AFTER INSERT OR UPDATE "
                   "ON bulletin_reminders FOR EACH ROW EXECUTE FUNCTION liaison_log_change()")
    else:
        # SQLite: the batch ALTER of `questions` above rebuilt the table, which drops its
        # triggers: the change-log triggers of 0014 are made again with the new ones.
        for table in ("questions", "bulletin_reminders"):
            for when in ("INSERT", "UPDATE"):
                name = f"trg_{table}_changes_{when.lower()}"
                op.execute(f"DROP TRIGGER IF EXISTS {name}")
                op.execute(f"CREATE TRIGGER {name} AFTER {when} ON {table} BEGIN "
                           f"INSERT INTO change_log (table_name, row_id) "
                           f"VALUES ('{table}', NEW.id); END")
    roles.apply(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for fn in roles.AGENT_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    op.drop_table("bulletin_reminders")
    op.drop_table("bulletin_reads")
    op.drop_table("faq_searches")
    with op.batch_alter_table("faq_hits", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_faq_hits_client_key"), type_="unique")
        batch_op.drop_column("client_key")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_questions_client_key"), type_="unique")
        batch_op.drop_column("client_key")
        batch_op.drop_column("duplicate_checked")
