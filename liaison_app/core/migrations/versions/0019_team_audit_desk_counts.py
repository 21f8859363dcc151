"""audit written only by its trigger; versions on departments and bulletins

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

Before: every login could INSERT into `audit_log` (a policy let it write rows under its
own login), so anyone could add made-up lines to the trail. Now the trigger function is
SECURITY DEFINER (run as the schema owner, fixed search_path) and records the person as
`session_user`; INSERT on the table is granted to nobody. Re-applying the team schema
does it (idempotent).

`version` on `departments` and `bulletins`: two managers editing the same department or
posting the same bulletin proposal get the same refusal as on questions and FAQ entries
(core/conflicts.py) instead of the later save silently winning.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from liaison_app.core.team import roles

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


VERSIONED = ("departments", "bulletins")


def _has_column(table: str, column: str) -> bool:
    return column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    for table in VERSIONED:
        if not _has_column(table, "version"):
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                              server_default="1"))
    roles.apply(op.get_bind())


def downgrade() -> None:
    # The stricter audit stays: going back must not reopen the trail to hand-made rows.
    for table in VERSIONED:
        if _has_column(table, "version"):
            with op.batch_alter_table(table, schema=None) as batch_op:
                batch_op.drop_column("version")
