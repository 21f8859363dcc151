"""The FAQ keyword index: one posting per (term, entry, field), kept in the database.

Living in the database (not a file beside it) means the index is updated in the same
transaction as the entry, on SQLite and PostgreSQL alike, so every user of a shared
database searches the same, current index.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from liaison_app.core.models.base import Base


class FaqTerm(Base):
    __tablename__ = "faq_terms"
    __table_args__ = {"sqlite_with_rowid": False}

    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("faq_entries.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    field: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    tf: Mapped[int] = mapped_column(SmallInteger)
    # Length of the field in units: BM25 length normalisation without a second lookup.
    field_len: Mapped[int] = mapped_column(Integer)


class Synonym(Base):
    """A word and the group of words the manager declared equivalent (轉賬 = 轉帳 = 匯款)."""

    __tablename__ = "synonyms"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(Integer, index=True)
    term: Mapped[str] = mapped_column(String(64))
