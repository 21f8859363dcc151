"""faq flags

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29

Flags on FAQ entries (wrong, unclear, out of date) with who raised and who resolved them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "faq_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("flagged_by", sa.String(length=100), nullable=False),
        sa.Column("flagged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["faq_entries.id"],
                                name=op.f("fk_faq_flags_entry_id_faq_entries"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_faq_flags")),
    )
    with op.batch_alter_table("faq_flags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_faq_flags_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index("ix_faq_flags_open", ["resolved_at", "entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("faq_flags", schema=None) as batch_op:
        batch_op.drop_index("ix_faq_flags_open")
        batch_op.drop_index(batch_op.f("ix_faq_flags_entry_id"))
    op.drop_table("faq_flags")
