"""departments read the center's use-tier rules

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03

The department's upkeep digest (issue 17 item 6) calls an entry "very low use" by the
center's tier thresholds (`core/faq/tiers.py`), on the desk and in the digest mail, so
the department role may now read the `use_tiers` setting beside `business_hours`. No
table changes: the grants and policies are applied again (PostgreSQL only).
"""

from __future__ import annotations

from alembic import op

from liaison_app.core.team import roles

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    roles.apply(op.get_bind())


def downgrade() -> None:
    # The wider read policy is harmless on an older schema; apply() of the older code
    # (run by its own migrations) sets the policies it knows.
    pass
