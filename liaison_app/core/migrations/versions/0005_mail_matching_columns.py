"""mail matching columns

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-29

Inbound mail needs two facts the first schema lacked: the question a reply seems to be
about while it waits for the manager's confirmation (a token match from a sender who is
not a contact of that department), and what kind of automatic mail it is (auto-reply or
bounce). IMAP UIDVALIDITY and UIDs are unsigned 32-bit numbers, so they become BIGINT
(PostgreSQL's INTEGER stops at 2^31).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("candidate_question_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("auto_kind", sa.String(length=12), nullable=True))
        batch.create_foreign_key(
            op.f("fk_messages_candidate_question_id_questions"), "questions",
            ["candidate_question_id"], ["id"], ondelete="SET NULL",
        )
        batch.alter_column("imap_uidvalidity", type_=sa.BigInteger(),
                           existing_type=sa.Integer())
        batch.alter_column("imap_uid", type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.alter_column("imap_uid", type_=sa.Integer(), existing_type=sa.BigInteger())
        batch.alter_column("imap_uidvalidity", type_=sa.Integer(),
                           existing_type=sa.BigInteger())
        batch.drop_constraint(op.f("fk_messages_candidate_question_id_questions"),
                              type_="foreignkey")
        batch.drop_column("auto_kind")
        batch.drop_column("candidate_question_id")
