"""faq keyword index and synonyms

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

The FAQ keyword index (packed postings of character bigrams and words, one row per
term), the per-entry list of indexed terms, and the manager's synonym groups. Existing
entries are indexed during the upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "synonyms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_synonyms")),
    )
    with op.batch_alter_table("synonyms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_synonyms_group_id"), ["group_id"], unique=False)
    op.create_table(
        "faq_postings",
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("entry_ids", sa.LargeBinary(), nullable=False),
        sa.Column("weights", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_faq_postings")),
    )
    op.create_table(
        "faq_indexed_docs",
        sa.Column("entry_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_faq_indexed_docs")),
    )

    from liaison_app.core.search.faq_index import rebuild_index

    rebuild_index(op.get_bind(), with_similar=False)


def downgrade() -> None:
    op.drop_table("faq_indexed_docs")
    op.drop_table("faq_postings")
    with op.batch_alter_table("synonyms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_synonyms_group_id"))
    op.drop_table("synonyms")
