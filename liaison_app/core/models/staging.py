"""Rows of a large import waiting to be published (issue 20, item 19).

A big import is checked and written here in chunks, each its own short transaction, so
other writers (a forward, the mail fetch) get the database between chunks; the rows then
reach the real tables in one short transaction (`core.questions.file_import.publish`).
Until then nothing of the import is visible, and a run killed half way leaves only rows
here, which the next import clears: all or nothing, without holding the write lock for
the whole file.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison_app.core.models.base import Base, UTCDateTime


class ImportRun(Base):
    """One import being staged; `touched_at` moves with every chunk, so a run nobody has
    touched for a while is known to be dead (killed, crashed) and its rows are cleared.
    `kind` becomes "published" in the transaction that publishes the rows: such a run is
    only ever cleared, never published again."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(100))
    staged: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    touched_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StagedQuestion(Base):
    """A checked question row of a run, numbered `seq` from 0 in file order; its id on
    publishing is the run's first id plus `seq`."""

    __tablename__ = "staged_questions"

    run_id: Mapped[int] = mapped_column(
        ForeignKey("import_runs.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    agent_code: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    customer_context: Mapped[str] = mapped_column(Text)
    product: Mapped[str] = mapped_column(String(100))
    urgent: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    terms: Mapped[str] = mapped_column(Text)


class StagedPosting(Base):
    """Duplicate-index postings of a run's questions, in `seq` numbers (offsets relative
    to `first_seq`, so they carry over to ids unchanged)."""

    __tablename__ = "staged_postings"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - read by SQLAlchemy

    run_id: Mapped[int] = mapped_column(
        ForeignKey("import_runs.id", ondelete="CASCADE"), primary_key=True)
    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    offsets: Mapped[bytes] = mapped_column(LargeBinary)


class StagedTermCount(Base):
    """How many of a chunk's questions hold a term; summed into the index's counts on
    publishing."""

    __tablename__ = "staged_term_counts"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - read by SQLAlchemy

    run_id: Mapped[int] = mapped_column(
        ForeignKey("import_runs.id", ondelete="CASCADE"), primary_key=True)
    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    chunk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    questions: Mapped[int] = mapped_column(Integer)
