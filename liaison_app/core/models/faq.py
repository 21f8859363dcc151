"""The FAQ base (業務信息資料庫): entries, revisions, approvals, hits, categories, bulletins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    or_,
)
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.core.models.base import Base, UTCDateTime
from liaison_app.core.models.states import FaqStatus
from liaison_app.core.timeutil import utcnow


class Category(Base):
    """A node of the FAQ category tree (e.g. 銀行卡 › 掛失)."""

    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("parent_id", "name", name="uq_categories_parent_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Category | None] = relationship(remote_side=[id])


class FaqEntry(Base):
    """A standard question (標準問) with its answer and operational key points (操作要點)."""

    __tablename__ = "faq_entries"
    __table_args__ = (Index("ix_faq_entries_status_category", "status", "category_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    key_points: Mapped[list[str]] = mapped_column(JSON, default=list)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(12), default=FaqStatus.DRAFT)
    valid_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    position: Mapped[int] = mapped_column(Integer, default=0)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    # Denormalised total of hit events, so lists sort by use without a join.
    hit_count: Mapped[int] = mapped_column(Integer, default=0)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Optimistic locking as on questions (core/conflicts.py): set by the application at
    # each recorded step of the entry's life, not by hits or re-ordering.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012

    category: Mapped[Category | None] = relationship()
    revisions: Mapped[list[FaqRevision]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="FaqRevision.number"
    )

    # "Live": what agents may be given now. Published, and inside its validity (from is
    # inclusive, until exclusive). The one definition, for Python objects and SQL alike.
    @hybrid_method
    def is_live_at(self, now: datetime) -> bool:
        return (self.status == FaqStatus.PUBLISHED
                and (self.valid_from is None or self.valid_from <= now)
                and (self.valid_until is None or self.valid_until > now))

    @is_live_at.inplace.expression
    @classmethod
    def _is_live_at_expression(cls, now: datetime) -> ColumnElement[bool]:
        return and_(cls.status == FaqStatus.PUBLISHED,
                    or_(cls.valid_from.is_(None), cls.valid_from <= now),
                    or_(cls.valid_until.is_(None), cls.valid_until > now))

    @hybrid_property
    def is_live(self) -> bool:
        """Live at this moment (`is_live_at(utcnow())`)."""
        return self.is_live_at(utcnow())

    @is_live.inplace.expression
    @classmethod
    def _is_live_expression(cls) -> ColumnElement[bool]:
        return cls.is_live_at(utcnow())

    # "Expired": its validity has ended (whatever its review state).
    @hybrid_method
    def is_expired_at(self, now: datetime) -> bool:
        return self.valid_until is not None and self.valid_until <= now

    @is_expired_at.inplace.expression
    @classmethod
    def _is_expired_at_expression(cls, now: datetime) -> ColumnElement[bool]:
        return and_(cls.valid_until.is_not(None), cls.valid_until <= now)


class FaqRevision(Base):
    """A kept earlier (or current) text of an entry, with author and time."""

    __tablename__ = "faq_revisions"
    __table_args__ = (UniqueConstraint("entry_id", "number", name="uq_faq_revisions_entry_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("faq_entries.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    key_points: Mapped[list[str]] = mapped_column(JSON, default=list)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    author: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    entry: Mapped[FaqEntry] = relationship(back_populates="revisions")


class FaqApproval(Base):
    """A review decision by the call center's or the department's expert."""

    __tablename__ = "faq_approvals"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("faq_entries.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(12))
    approver: Mapped[str] = mapped_column(String(100))
    approved: Mapped[bool] = mapped_column(Boolean, default=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    evidence_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FaqHit(Base):
    """One use of an entry; the counter and the use tiers are computed from these."""

    __tablename__ = "faq_hits"
    __table_args__ = (Index("ix_faq_hits_entry_at", "entry_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("faq_entries.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(12))
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    # An agent desk's idempotency key: a hit queued offline is counted once.
    client_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class FaqSearch(Base):
    """One settled search on an agent's desk: what the customer asked in the agent's
    words, how many entries it found, and whether an answer was used. The knowledge
    report's KCS measures come from these rows."""

    __tablename__ = "faq_searches"
    __table_args__ = (Index("ix_faq_searches_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    query: Mapped[str] = mapped_column(String(200))
    results: Mapped[int] = mapped_column(Integer, default=0)
    # The entry ids shown (best first, at most ten): "entries never found" is the live
    # base minus every id ever shown.
    shown: Mapped[list[int]] = mapped_column(JSON, default=list)
    used_entry_id: Mapped[int | None] = mapped_column(Integer)
    # "answered" (this answered it) or "not_helped" (didn't help), when the agent said so.
    outcome: Mapped[str | None] = mapped_column(String(12))
    client_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class BulletinRead(Base):
    """An agent acknowledged reading a bulletin (one row per bulletin and person)."""

    __tablename__ = "bulletin_reads"

    bulletin_id: Mapped[int] = mapped_column(
        ForeignKey("bulletins.id", ondelete="CASCADE"), primary_key=True)
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BulletinReminder(Base):
    """The manager reminded a person to read a bulletin; their desk shows it again."""

    __tablename__ = "bulletin_reminders"
    __table_args__ = (UniqueConstraint("bulletin_id", "login"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bulletin_id: Mapped[int] = mapped_column(ForeignKey("bulletins.id", ondelete="CASCADE"))
    login: Mapped[str] = mapped_column(String(63), index=True)
    reminded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reminded_by: Mapped[str] = mapped_column(String(100), default="")


class QuestionFaqLink(Base):
    """Which FAQ entries a question used or created (`relation` is `used` or `created`)."""

    __tablename__ = "question_faq_links"

    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("faq_entries.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    relation: Mapped[str] = mapped_column(String(10), default="used")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Bulletin(Base):
    """A dated notice to agents (通告), optionally about an FAQ entry."""

    __tablename__ = "bulletins"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    faq_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("faq_entries.id", ondelete="SET NULL")
    )
    author: Mapped[str] = mapped_column(String(100), default="")
    # "proposed" (by an FAQ change, not shown to agents until posted) or "posted".
    status: Mapped[str] = mapped_column(String(10), default="posted", server_default="posted")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Optimistic locking (core/conflicts.py): SQLAlchemy counts it up on every UPDATE
    # and adds `WHERE version = <read>`, so a racing save matches no row.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    # "Shown": what agents see on the bulletin board now: posted (not merely proposed by
    # an FAQ change) and inside its dates (from inclusive, until exclusive).
    @hybrid_method
    def is_shown_at(self, now: datetime) -> bool:
        return (self.status == "posted" and self.valid_from <= now
                and (self.valid_until is None or self.valid_until > now))

    @is_shown_at.inplace.expression
    @classmethod
    def _is_shown_at_expression(cls, now: datetime) -> ColumnElement[bool]:
        return and_(cls.status == "posted", cls.valid_from <= now,
                    or_(cls.valid_until.is_(None), cls.valid_until > now))

    # "Expired": its dates have ended; agents no longer see it.
    @hybrid_method
    def is_expired_at(self, now: datetime) -> bool:
        return self.valid_until is not None and self.valid_until <= now

    @is_expired_at.inplace.expression
    @classmethod
    def _is_expired_at_expression(cls, now: datetime) -> ColumnElement[bool]:
        return and_(cls.valid_until.is_not(None), cls.valid_until <= now)


class FaqSimilar(Base):
    """A similar question (相似問): another customer's wording of an entry's standard question.

    `key` is the wording folded (script, width, case) with punctuation and spaces dropped,
    so near-identical phrasings are stored once per entry. `status` is `new` until the
    manager keeps (or edits) it in the review list; new phrasings are searched at once.
    """

    __tablename__ = "faq_similar"
    __table_args__ = (UniqueConstraint("entry_id", "key", name="uq_faq_similar_entry_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("faq_entries.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(500))
    # question (answered from the entry), merged (a duplicate of such a question),
    # created (the entry was made from it), import, typed, entry (a merged FAQ entry).
    source: Mapped[str] = mapped_column(String(12))
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(8), default="new")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class FaqEvent(Base):
    """One step in an FAQ entry's life, with who and when: created, revised, submitted,
    approved, sent back, published, retired. The entry's own audit trail."""

    __tablename__ = "faq_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("faq_entries.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
