"""faq index in id order, measured average length

Revision ID: 0022
Revises: 0017
Create Date: 2026-12-03

The FAQ keyword index is rebuilt: postings are now stored in ascending id order (search
scores every posting and finds candidates by bisection, `core.search.faq_search`), and
length normalisation uses the base's own average document length, kept in the index.
The open questions' duplicate-check terms are rebuilt too: filler words are no longer
cut by a fixed list. Derived data only: no table changes, nothing a rebuild cannot restore.
"""

from __future__ import annotations

from alembic import op

revision = "0022"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from liaison_app.core.questions.duplicates import rebuild
    from liaison_app.core.search.faq_index import rebuild_index

    rebuild_index(op.get_bind())
    # The duplicate index keeps the filler words now (their IDF weighs them down).
    rebuild(op.get_bind())


def downgrade() -> None:
    # The older code reads id-ordered postings too (it scored the first 1,000 of each
    # term): ranking is coarser until its own rebuild, nothing is lost.
    pass
