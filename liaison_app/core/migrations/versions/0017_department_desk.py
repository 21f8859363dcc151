"""department desk

Revision ID: 0017
Revises: 0020
Create Date: 2026-12-03

The department desk (issue 17). FAQ approvals record the login that gave them, so
two-party review compares people, not typed names, and how the department's word came
(desk, mail, on its behalf). Messages may name the FAQ entry they are about (review
requests and flag notices by mail, and the replies). A department contact answers, asks the manager back and
hands a query to a colleague in the app. Queries get the pause of their due time while
the department waits for a clarification, the number of clarifications, and the contact
the query was handed to. A department may not update queries (its rights stay minimal),
so the pause and the hand-over are made by a trigger on the desk's note: on PostgreSQL a
SECURITY DEFINER function (`core.team.roles`) that also checks the colleague belongs to
the same department; on SQLite (one manager, no department desk) a plain trigger.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from liaison_app.core.team import roles

revision = "0017"
down_revision = "0020"
branch_labels = None
depends_on = None

def _new_columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column("paused_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("paused_hours", sa.Float(), nullable=False, server_default="0"),
        sa.Column("clarifications", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("assignee", sa.String(length=100), nullable=True),
    )

SQLITE_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS liaison_desk_clarify AFTER INSERT ON messages
       WHEN NEW.match_method = 'desk_clarify' AND NEW.query_id IS NOT NULL
       BEGIN
         UPDATE queries SET paused_at = COALESCE(paused_at, NEW.created_at),
                            clarifications = clarifications + 1
         WHERE id = NEW.query_id AND status = 'open';
       END""",
    """CREATE TRIGGER IF NOT EXISTS liaison_desk_handover AFTER INSERT ON messages
       WHEN NEW.match_method = 'desk_handover' AND NEW.query_id IS NOT NULL
       BEGIN
         UPDATE queries SET assignee = NEW.to_addrs WHERE id = NEW.query_id AND status = 'open';
       END""",
)


def upgrade() -> None:
    bind = op.get_bind()
    existing = {c["name"] for c in sa.inspect(bind).get_columns("queries")}
    with op.batch_alter_table("queries", schema=None) as batch_op:
        for column in _new_columns():
            if column.name not in existing:
                batch_op.add_column(column)
    approval_columns = {c["name"] for c in sa.inspect(bind).get_columns("faq_approvals")}
    with op.batch_alter_table("faq_approvals", schema=None) as batch_op:
        if "login" not in approval_columns:
            batch_op.add_column(sa.Column("login", sa.String(length=63), nullable=True))
        if "via" not in approval_columns:
            batch_op.add_column(sa.Column("via", sa.String(length=12), nullable=True))
    if "faq_entry_id" not in {c["name"] for c in sa.inspect(bind).get_columns("messages")}:
        with op.batch_alter_table("messages", schema=None) as batch_op:
            batch_op.add_column(sa.Column("faq_entry_id", sa.Integer(), nullable=True))
            batch_op.create_index("ix_messages_faq_entry_id", ["faq_entry_id"], unique=False)
    if bind.dialect.name == "sqlite":
        for sql in SQLITE_TRIGGERS:
            op.execute(sql)
    # the desk's policies, its trigger function and the colleague lookup (issue 17)
    roles.apply(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS liaison_desk_clarify")
        op.execute("DROP TRIGGER IF EXISTS liaison_desk_handover")
    else:
        op.execute("DROP TRIGGER IF EXISTS liaison_desk_note ON messages")
    with op.batch_alter_table("queries", schema=None) as batch_op:
        for column in _new_columns():
            batch_op.drop_column(column.name)
    with op.batch_alter_table("faq_approvals", schema=None) as batch_op:
        batch_op.drop_column("via")
        batch_op.drop_column("login")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_faq_entry_id")
        batch_op.drop_column("faq_entry_id")
