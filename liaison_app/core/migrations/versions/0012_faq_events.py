"""faq events

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29

The audit trail of FAQ entries: who created, revised, submitted, approved, sent back,
published or retired an entry, and when.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "faq_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["faq_entries.id"],
                                name=op.f("fk_faq_events_entry_id_faq_entries"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_faq_events")),
    )
    with op.batch_alter_table("faq_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_faq_events_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("faq_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_faq_events_entry_id"))
    op.drop_table("faq_events")
