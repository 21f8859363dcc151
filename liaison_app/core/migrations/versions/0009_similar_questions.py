"""similar questions

Revision ID: 0009
Revises: 0005
Create Date: 2026-11-29

Similar questions (相似問) of FAQ entries: customers' own wordings, captured from answered
questions or imported, searched beside the standard question.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0009"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "faq_similar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("key", sa.String(length=500), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["faq_entries.id"],
                                name=op.f("fk_faq_similar_entry_id_faq_entries"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"],
                                name=op.f("fk_faq_similar_question_id_questions"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_faq_similar")),
        sa.UniqueConstraint("entry_id", "key", name="uq_faq_similar_entry_key"),
    )
    with op.batch_alter_table("faq_similar", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_faq_similar_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("faq_similar", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_faq_similar_entry_id"))
    op.drop_table("faq_similar")
