"""inbox: unread marker and list indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

The Inbox sorts 200,000 questions by arrival and filters them by state and due time in
SQL; these indexes keep that under the 300 ms bar. `read_at` marks new arrivals unread.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("read_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_questions_created", ["created_at"], unique=False)
        batch_op.create_index("ix_questions_status_created", ["status", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_questions_due_at"), ["due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questions_due_at"))
        batch_op.drop_index("ix_questions_status_created")
        batch_op.drop_index("ix_questions_created")
        batch_op.drop_column("read_at")
