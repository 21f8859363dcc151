"""Correspondence: outgoing and incoming mail (raw bytes kept), logged calls and notes.

A message row exists before a mail is sent (the outbox) and as soon as one is fetched
(raw first, parsed after), so a crash or a dead server never loses one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.core.models.base import Base, UTCDateTime
from liaison_app.core.models.states import MessageState
from liaison_app.core.timeutil import utcnow

_UID = BigInteger().with_variant(Integer(), "sqlite")


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_state_next_attempt", "state", "next_attempt_at"),
        # an agent's mail is checked against the same sender's earlier mails (migration 0024)
        Index("ix_messages_from_addr", "from_addr"),
        UniqueConstraint("imap_folder", "imap_uidvalidity", "imap_uid", name="uq_messages_imap"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Null for mail that matched no question yet (the unmatched tray).
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL"), index=True
    )
    query_id: Mapped[int | None] = mapped_column(
        ForeignKey("queries.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    direction: Mapped[str] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(12), default=MessageState.QUEUED)
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text)
    from_addr: Mapped[str] = mapped_column(String(320), default="")
    to_addrs: Mapped[str] = mapped_column(Text, default="")
    cc_addrs: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str | None] = mapped_column(Text)
    is_auto_reply: Mapped[bool] = mapped_column(Boolean, default=False)
    match_method: Mapped[str | None] = mapped_column(String(20))
    imap_folder: Mapped[str | None] = mapped_column(String(200))
    # Unsigned 32-bit on the wire: BIGINT on PostgreSQL (SQLite integers are 64-bit).
    imap_uidvalidity: Mapped[int | None] = mapped_column(_UID)
    imap_uid: Mapped[int | None] = mapped_column(_UID)
    # A reply whose token names a question but whose sender is no contact of that
    # department waits here for the manager's confirmation (question_id stays null).
    # A hint, not a reference (no foreign key): readers check the question still exists.
    candidate_question_id: Mapped[int | None] = mapped_column(Integer)
    # "auto_reply" or "bounce" for automatic mail, never offered as an answer.
    auto_kind: Mapped[str | None] = mapped_column(String(12))
    # Logged phone calls.
    call_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    call_minutes: Mapped[int | None] = mapped_column(Integer)
    call_outcome: Mapped[str | None] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(100), default="")
    # The FAQ entry a review request or flag notice is about, and the replies to it
    # (issue 17: departments without the desk review by mail). A hint for matching and
    # evidence; the entry going away leaves the mail.
    faq_entry_id: Mapped[int | None] = mapped_column(Integer, index=True)

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="message", cascade="all, delete-orphan"
    )


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(500))
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)

    message: Mapped[Message] = relationship(back_populates="attachments")
