"""audit written only by its trigger

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-03

Before: every login could INSERT into `audit_log` (a policy let it write rows under its
own login), so anyone could add made-up lines to the trail. Now the trigger function is
SECURITY DEFINER (run as the schema owner, fixed search_path) and records the person as
`session_user`; INSERT on the table is granted to nobody. Re-applying the team schema
does it (idempotent); on SQLite there is nothing to do.
"""

from __future__ import annotations

from alembic import op

from liaison_app.core.team import roles

revision = "0019"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    roles.apply(op.get_bind())


def downgrade() -> None:
    # The stricter audit stays: going back must not reopen the trail to hand-made rows.
    pass
