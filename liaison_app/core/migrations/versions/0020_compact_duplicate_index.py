"""compact duplicate index and import staging

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03

The duplicate-term index moves from a row per (term, question) (4.4 million rows per
100,000 questions) to a packed term set per question, a count per term and blocks of
postings per term (issue 15); it is rebuilt from the open questions here. Large imports
get staging tables, published in one short transaction (issue 20, item 19). Derived and
transient data only: the old index is dropped, nothing a rebuild cannot restore.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from liaison_app.core.models.base import UTCDateTime
from liaison_app.core.team import roles

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "question_terms" in existing:
        op.drop_table("question_terms")
    op.create_table(
        "question_term_sets",
        sa.Column("question_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"],
                                name=op.f("fk_question_term_sets_question_id_questions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("question_id", name=op.f("pk_question_term_sets")),
    )
    op.create_table(
        "question_postings",
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("first_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("offsets", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("term", "first_id", name=op.f("pk_question_postings")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "question_term_counts",
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_question_term_counts")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("staged", sa.Integer(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("touched_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
    )
    op.create_table(
        "staged_questions",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("agent_code", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("customer_context", sa.Text(), nullable=False),
        sa.Column("product", sa.String(length=100), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["import_runs.id"],
                                name=op.f("fk_staged_questions_run_id_import_runs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("run_id", "seq", name=op.f("pk_staged_questions")),
    )
    op.create_table(
        "staged_postings",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("first_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("offsets", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["import_runs.id"],
                                name=op.f("fk_staged_postings_run_id_import_runs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("run_id", "term", "first_seq", name=op.f("pk_staged_postings")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "staged_term_counts",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("chunk", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["import_runs.id"],
                                name=op.f("fk_staged_term_counts_run_id_import_runs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("run_id", "term", "chunk", name=op.f("pk_staged_term_counts")),
        sqlite_with_rowid=False,
    )

    from liaison_app.core.questions.duplicates import rebuild

    rebuild(op.get_bind())
    # new tables get the team schema's grants and row-level security (issue 16)
    roles.apply(op.get_bind())


def downgrade() -> None:
    for table in ("staged_term_counts", "staged_postings", "staged_questions", "import_runs",
                  "question_term_counts", "question_postings", "question_term_sets"):
        op.drop_table(table)
    op.create_table(
        "question_terms",
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"],
                                name=op.f("fk_question_terms_question_id_questions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("term", "question_id", name=op.f("pk_question_terms")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("question_terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_terms_question_id"), ["question_id"], unique=False)
