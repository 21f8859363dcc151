"""question text index: a token per character

Revision ID: 0026
Revises: 0024
Create Date: 2026-12-03

SQLite only: the Inbox filter's FTS5 table changes from a trigram index over each
character doubled to `unicode61` with every character a token (`core/questions/
text_index.py`): the same answers, built in a quarter of the time, and one character
answered by the index too. The old table is dropped and the new one created empty; the
window fills it in the background as it did the first (until then the filter scans).
Derived data only: dropping it loses nothing. PostgreSQL's indexes do not change.
"""

from __future__ import annotations

from alembic import op

from liaison_app.core.questions import text_index

revision = "0026"
down_revision = "0024"
branch_labels = None
depends_on = None

_TRIGRAM_DDL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {text_index.FTS_TABLE} "
                "USING fts5(body, content='', tokenize='trigram')")


def _recreate(bind, ddl: str) -> None:
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {text_index.FTS_TABLE}")
    bind.exec_driver_sql(ddl)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    ddl = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                               (text_index.FTS_TABLE,)).scalar()
    if ddl is None or "trigram" in ddl:  # (0021 now creates the new kind itself)
        _recreate(bind, text_index.FTS_DDL)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _recreate(bind, _TRIGRAM_DDL)
