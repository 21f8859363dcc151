"""term associations

Revision ID: 0016
Revises: 0012
Create Date: 2026-12-03

What search learned from the center's own pairs (similar questions, merged duplicates,
questions answered from an entry): word associations and the state of the last rebuild.
Derived data only: dropping it loses nothing that a rebuild cannot restore.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from liaison_app.core.team import roles

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "term_associations" not in existing:
        op.create_table(
            "term_associations",
            sa.Column("source", sa.String(length=64), nullable=False),
            sa.Column("target", sa.String(length=64), nullable=False),
            sa.Column("weight", sa.Float(), nullable=False),
            sa.PrimaryKeyConstraint("source", "target", name=op.f("pk_term_associations")),
        )
    if "learning_state" not in existing:
        op.create_table(
            "learning_state",
            sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("pairs", sa.Integer(), nullable=False),
            sa.Column("associations", sa.Integer(), nullable=False),
            sa.Column("learned_at", sa.DateTime(timezone=True), nullable=True),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_state")),
        )
    # new tables get the team schema's grants and row-level security (issue 16)
    roles.apply(op.get_bind())


def downgrade() -> None:
    op.drop_table("learning_state")
    op.drop_table("term_associations")
