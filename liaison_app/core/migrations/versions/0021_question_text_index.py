"""question text index

Revision ID: 0021
Revises: 0016
Create Date: 2026-12-03

The Inbox's text filter through an index instead of `LIKE '%…%'` over every question
(`core/questions/text_index.py`): on SQLite an empty contentless FTS5 trigram table,
filled in the background by the window (and by the demo); until then the filter scans as
before, so opening a large database is not held up. On PostgreSQL a GIN pg_trgm index
over the text and one over its doubled form, where the extension can be installed (else the filter scans).
Derived data only: dropping it loses nothing.
"""

from __future__ import annotations

from alembic import op

from liaison_app.core.questions import text_index

revision = "0021"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        text_index.create_fts(bind)
    elif bind.dialect.name == "postgresql":
        text_index.create_pg_index(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {text_index.FTS_TABLE}")
    elif bind.dialect.name == "postgresql":
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {text_index.PG_INDEX}")
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {text_index.PG_PLAIN_INDEX}")
