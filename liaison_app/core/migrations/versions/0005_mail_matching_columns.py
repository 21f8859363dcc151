"""mail matching columns

Revision ID: 0005
Revises: 0004
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
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: on SQLite a batch copy of `messages` would cascade-delete its
    # attachments. The candidate is a hint, not a reference: no foreign key, readers check.
    op.add_column("messages", sa.Column("candidate_question_id", sa.Integer(), nullable=True))
    op.add_column("messages", sa.Column("auto_kind", sa.String(length=12), nullable=True))
    if op.get_bind().dialect.name != "sqlite":  # SQLite integers are 64-bit already
        op.alter_column("messages", "imap_uidvalidity", type_=sa.BigInteger(),
                        existing_type=sa.Integer())
        op.alter_column("messages", "imap_uid", type_=sa.BigInteger(),
                        existing_type=sa.Integer())


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("messages", "imap_uid", type_=sa.Integer(),
                        existing_type=sa.BigInteger())
        op.alter_column("messages", "imap_uidvalidity", type_=sa.Integer(),
                        existing_type=sa.BigInteger())
    op.drop_column("messages", "auto_kind")
    op.drop_column("messages", "candidate_question_id")
