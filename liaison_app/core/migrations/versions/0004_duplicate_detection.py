"""duplicate detection

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

The term index of questions that can still take a duplicate, and the probable duplicate
found for a question at intake. Existing open questions are indexed by 0020 (the compact
index that replaced this table).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "question_terms",
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"],
                                name=op.f("fk_question_terms_question_id_questions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("term", "question_id", name=op.f("pk_question_terms")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("question_terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_terms_question_id"), ["question_id"], unique=False)
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("probable_duplicate_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("probable_duplicate_score", sa.Float(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_questions_probable_duplicate_id_questions"), "questions",
            ["probable_duplicate_id"], ["id"], ondelete="SET NULL",
        )
    # The open questions are indexed by 0020, which replaced this table with a compact
    # index (today's indexing code writes that one, not this table).


def downgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_questions_probable_duplicate_id_questions"), type_="foreignkey")
        batch_op.drop_column("probable_duplicate_score")
        batch_op.drop_column("probable_duplicate_id")
    with op.batch_alter_table("question_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_terms_question_id"))
    op.drop_table("question_terms")
