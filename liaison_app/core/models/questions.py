"""The forwarded hard question (疑難問題), who forwarded it, its events and its queries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    and_,
    exists,
)
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from liaison_app.core.models.base import Base, UTCDateTime
from liaison_app.core.models.directory import Agent, Department
from liaison_app.core.models.states import OVERDUE_STATUSES, QueryStatus, QuestionStatus
from liaison_app.core.timeutil import utcnow


def question_ref(question_id: int) -> str:
    """The human reference and mail token of a question, e.g. `LQ-000123`."""
    return f"LQ-{question_id:06d}"


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (
        Index("ix_questions_status_created", "status", "created_at"),
        Index("ix_questions_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    customer_context: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str] = mapped_column(String(100), default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(24), default=QuestionStatus.NEW)
    source: Mapped[str] = mapped_column(String(20), default="cli")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL"), index=True
    )
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(String(20))
    reject_reason: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL"), index=True
    )
    # The open question this one probably repeats, found at intake; the manager merges
    # or dismisses it (then it is cleared).
    probable_duplicate_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL")
    )
    probable_duplicate_score: Mapped[float | None] = mapped_column(Float)
    # False for a question an agent forwarded from their desk: an agent may not read the
    # other open questions, so the duplicate check runs on a manager's desk
    # (core/agent_desk/forwards.check_pending_duplicates) before the Inbox shows it.
    duplicate_checked: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # The desk's idempotency key: a forward queued offline and sent again is one question.
    client_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    # Optimistic locking (core/conflicts.py): every recorded change sets the next version,
    # and SQLAlchemy adds `WHERE version = <the version read>` to each UPDATE, so a
    # session that read a question before someone else changed it cannot overwrite it.
    # Set by the application (not on every flush): marking a question read or counting
    # a hit is no edit, and must not make another manager's save a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}  # noqa: RUF012

    department: Mapped[Department | None] = relationship()
    forwards: Mapped[list[QuestionAgent]] = relationship(
        back_populates="question",
        foreign_keys="QuestionAgent.question_id",
        cascade="all, delete-orphan",
        order_by="QuestionAgent.forwarded_at",
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="question", cascade="all, delete-orphan", order_by="Event.id"
    )
    duplicate_of: Mapped[Question | None] = relationship(remote_side=[id], foreign_keys=[duplicate_of_id])
    # Read-only: queries are written through core.correspondence; this serves `is_paused`.
    queries: Mapped[list[Query]] = relationship(viewonly=True, order_by="Query.id")

    @property
    def ref(self) -> str:
        return question_ref(self.id)

    # "Overdue": a department's answer was due before `now` and has not come (only states
    # in OVERDUE_STATUSES wait on a department). One definition for objects and SQL.
    # A paused question waits for the manager, not for a department: it is not overdue.
    @hybrid_method
    def is_overdue_at(self, now: datetime) -> bool:
        return (self.due_at is not None and self.due_at < now
                and self.status in OVERDUE_STATUSES and not self.is_paused)

    @is_overdue_at.inplace.expression
    @classmethod
    def _is_overdue_at_expression(cls, now: datetime) -> ColumnElement[bool]:
        return and_(cls.due_at.is_not(None), cls.due_at < now,
                    cls.status.in_([s.value for s in OVERDUE_STATUSES]), ~cls.is_paused)

    # "Paused" (waiting for you): every open query of the question waits for the
    # manager's answer to a department's clarification request (`Query.paused_at`). The
    # query's due time stands still meanwhile, so the question is not late either; with
    # another department's query still running, the question still waits on that one.
    @hybrid_property
    def is_paused(self) -> bool:
        open_queries = [q for q in self.queries if q.status == QueryStatus.OPEN]
        return bool(open_queries) and all(q.paused_at is not None for q in open_queries)

    @is_paused.inplace.expression
    @classmethod
    def _is_paused_expression(cls) -> ColumnElement[bool]:
        def open_query(paused: bool) -> ColumnElement[bool]:
            return exists().where(
                Query.question_id == cls.id, Query.status == QueryStatus.OPEN,
                Query.paused_at.is_not(None) if paused else Query.paused_at.is_(None))
        return and_(open_query(True), ~open_query(False))

    # "Unread": new, and the manager has not opened it yet (shown bold, counted in the bar).
    @hybrid_property
    def is_unread(self) -> bool:
        return self.status == QuestionStatus.NEW and self.read_at is None

    @is_unread.inplace.expression
    @classmethod
    def _is_unread_expression(cls) -> ColumnElement[bool]:
        return and_(cls.status == QuestionStatus.NEW, cls.read_at.is_(None))

    @hybrid_property
    def is_overdue(self) -> bool:
        """Overdue at this moment (`is_overdue_at(utcnow())`)."""
        return self.is_overdue_at(utcnow())

    @is_overdue.inplace.expression
    @classmethod
    def _is_overdue_expression(cls) -> ColumnElement[bool]:
        return cls.is_overdue_at(utcnow())


class QuestionAgent(Base):
    """One agent's forwarding of a question; `via_question_id` marks agents of merged duplicates."""

    __tablename__ = "question_agents"

    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True
    )
    agent_id: Mapped[int] = mapped_column(
        ForeignKey("agents.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    forwarded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    via_question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL")
    )

    question: Mapped[Question] = relationship(back_populates="forwards", foreign_keys=[question_id])
    agent: Mapped[Agent] = relationship()


class Event(Base):
    """One recorded state change or action on a question: who, when, from which state to which."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    detail: Mapped[str] = mapped_column(Text, default="")

    question: Mapped[Question] = relationship(back_populates="events")


class Query(Base):
    """One contact with a department about a question (諮詢): an email thread or a call.

    Kept apart from the question so the department scorecard can measure each query's
    response time, chases and escalations.
    """

    __tablename__ = "queries"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    department_id: Mapped[int] = mapped_column(
        ForeignKey("departments.id", ondelete="RESTRICT"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(10), default="email")
    status: Mapped[str] = mapped_column(String(12), default=QueryStatus.OPEN)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    chase_count: Mapped[int] = mapped_column(Integer, default=0)
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The department desk (issue 17). While a department waits for the manager's answer
    # to its clarification request the due time stands still: `paused_at` is when it
    # asked (set by a database trigger on the request, so a department that may not
    # update queries still pauses its own), `paused_hours` the business hours paused so
    # far (the due time was moved by them), `clarifications` how many requests it made.
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_hours: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    clarifications: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The department contact (login) the query was handed to on the desk, if any.
    assignee: Mapped[str | None] = mapped_column(String(100))

    department: Mapped[Department] = relationship()

    # "Overdue": still open past its due time (chase it, then escalate to the head).
    @hybrid_method
    def is_overdue_at(self, now: datetime) -> bool:
        return (self.status == QueryStatus.OPEN and self.due_at is not None
                and self.due_at < now and self.paused_at is None)

    @is_overdue_at.inplace.expression
    @classmethod
    def _is_overdue_at_expression(cls, now: datetime) -> ColumnElement[bool]:
        return and_(cls.status == QueryStatus.OPEN, cls.due_at.is_not(None), cls.due_at < now,
                    cls.paused_at.is_(None))
