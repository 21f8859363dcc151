"""The FAQ keyword index, kept in the database as one row of packed postings per term.

Living in the database (not in a file or in memory) means the index is updated in the
same transaction as the entry, on SQLite and PostgreSQL alike, so every user of a shared
database searches the same, current index. One row per term (entry ids and weights
packed as arrays, best first) makes a query a handful of primary-key reads, whatever the
size of the base.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison_app.core.models.base import Base, UTCDateTime


class FaqPosting(Base):
    __tablename__ = "faq_postings"

    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    # array('i') of entry ids and array('f') of their weights, sorted by weight descending.
    entry_ids: Mapped[bytes] = mapped_column(LargeBinary)
    weights: Mapped[bytes] = mapped_column(LargeBinary)


class FaqIndexedDoc(Base):
    """The terms an entry was indexed under, to take it out of their postings again.

    Not a foreign key: the row must outlive a deleted entry until the index drops it.
    """

    __tablename__ = "faq_indexed_docs"

    entry_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    terms: Mapped[str] = mapped_column(Text)


class Synonym(Base):
    """A word and the group of words the manager declared equivalent (轉賬 = 轉帳 = 匯款)."""

    __tablename__ = "synonyms"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(Integer, index=True)
    term: Mapped[str] = mapped_column(String(64))


class QuestionTermSet(Base):
    """The comparison terms of a question that may still take duplicates (not closed,
    rejected or merged), packed in one row: space-separated, sorted.

    One row per question instead of one per (term, question): the duplicate check reads
    the full sets of its few candidates only, and an import of 100,000 questions writes
    100,000 rows here instead of 4.4 million (issue 15). A row exists exactly while the
    question is indexed.
    """

    __tablename__ = "question_term_sets"

    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    terms: Mapped[str] = mapped_column(Text)


class QuestionPosting(Base):
    """Which indexed questions hold a term, packed in blocks: the ids `first_id + offset`
    for the 16-bit offsets in `offsets` (all within `SPAN` ids of `first_id`).

    Only the rarest terms of a new question are ever looked up here, to pick candidates;
    a block per term and stretch of ids keeps the row count of a bulk import near the
    number of distinct terms per stretch rather than the number of (term, question) pairs.
    """

    __tablename__ = "question_postings"
    # SQLite keeps the rows in the primary key's own b-tree: one structure less to write.
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - read by SQLAlchemy

    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    offsets: Mapped[bytes] = mapped_column(LargeBinary)


class QuestionTermCount(Base):
    """How many indexed questions hold a term (its document frequency for IDF weights),
    kept exact by the same writes that add and remove term sets."""

    __tablename__ = "question_term_counts"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - read by SQLAlchemy

    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    questions: Mapped[int] = mapped_column(Integer)


class TermAssociation(Base):
    """A learned association: customers who write `source` mean `target` with strength
    `weight` (t(target | source), learned from the center's own pairs by
    `core.search.learning`). Rebuilt as a whole; search reads it into memory."""

    __tablename__ = "term_associations"

    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    target: Mapped[str] = mapped_column(String(64), primary_key=True)
    weight: Mapped[float] = mapped_column(Float)


class LearningState(Base):
    """One row: when the associations were last learned and from how many pairs.

    `version` changes at each rebuild, so every client of a shared database reloads the
    associations it holds in memory when another one relearned them.
    """

    __tablename__ = "learning_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(Integer, default=0)
    pairs: Mapped[int] = mapped_column(Integer, default=0)
    associations: Mapped[int] = mapped_column(Integer, default=0)
    learned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
