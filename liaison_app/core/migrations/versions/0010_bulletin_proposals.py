"""bulletin proposals

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29

Bulletins proposed by FAQ changes wait for the manager to post them; existing bulletins
are posted ones.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bulletins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=10), nullable=False,
                                      server_default="posted"))


def downgrade() -> None:
    with op.batch_alter_table("bulletins", schema=None) as batch_op:
        batch_op.drop_column("status")
