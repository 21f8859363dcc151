"""Flags on FAQ entries: someone using an entry found it wrong, unclear, out of date or missing something."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison_app.core.models.base import Base, UTCDateTime
from liaison_app.core.timeutil import utcnow


class FlagKind(StrEnum):
    WRONG = "wrong"
    UNCLEAR = "unclear"
    OUTDATED = "outdated"
    # the entry lacks something callers need (a case, a condition, a step)
    MISSING = "missing"


class FaqFlag(Base):
    """One flag, open until the entry's owner resolves it (with who, when and a note)."""

    __tablename__ = "faq_flags"
    __table_args__ = (Index("ix_faq_flags_open", "resolved_at", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("faq_entries.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    comment: Mapped[str] = mapped_column(Text, default="")
    flagged_by: Mapped[str] = mapped_column(String(100), default="")
    flagged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    resolution: Mapped[str] = mapped_column(Text, default="")
