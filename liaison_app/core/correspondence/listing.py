"""Rows for the Queries page and the Unmatched mail tray, straight from SQL.

Open queries come sorted by department then due time, with their age and whether they
are overdue; the tray lists received mail attached to no question (including mail that
waits for confirmation and quarantined mail).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.models import (
    Department,
    Direction,
    Message,
    MessageState,
    Query,
    QueryStatus,
    Question,
)
from liaison_app.core.models.people import PersonRow
from liaison_app.core.timeutil import utcnow

# How close to its due time an open query counts as "due soon" (calendar hours).
DUE_SOON_HOURS = 4


@dataclass(frozen=True)
class QueryRow:
    query_id: int
    question_id: int
    ref: str
    department: str
    text: str
    channel: str
    opened_at: datetime
    due_at: datetime | None
    chase_count: int
    escalated_at: datetime | None
    last_reply_at: datetime | None
    overdue: bool
    # Not overdue yet, but due within DUE_SOON_HOURS: the page flags it "due soon".
    due_soon: bool = False
    # The question's version as listed: a chase or escalation sends it back, so one
    # started from a stale list is refused (a colleague chased or answered meanwhile).
    question_version: int = 1
    # The department asked the manager back on its desk: its due time is paused until
    # the manager answers (issue 17).
    paused: bool = False
    # The department contact the query was handed to on the desk (their name, else the
    # login), if any: the manager sees who holds it now.
    holder: str | None = None

    def age_hours(self, now: datetime) -> float:
        return max(0.0, (now - self.opened_at).total_seconds() / 3600)


def open_queries(session: Session, now: datetime | None = None, limit: int = 5000) -> list[QueryRow]:
    now = now or utcnow()
    last_reply = (
        select(Message.query_id, Message.received_at)
        .where(Message.direction == Direction.IN, Message.query_id.is_not(None))
        .subquery()
    )
    stmt = (
        select(Query, Department.name, Question.text, Question.version)
        .join(Department, Department.id == Query.department_id)
        .join(Question, Question.id == Query.question_id)
        .where(Query.status == QueryStatus.OPEN)
        .order_by(Department.name, Query.due_at.is_(None), Query.due_at, Query.id)
        .limit(limit)
    )
    rows = session.execute(stmt).all()
    ids = [q.id for q, _d, _t, _v in rows]
    replies: dict[int, datetime] = {}
    if ids:
        for qid, at in session.execute(
                select(last_reply.c.query_id, last_reply.c.received_at)
                .where(last_reply.c.query_id.in_(ids))):
            if at is not None and (qid not in replies or at > replies[qid]):
                replies[qid] = at
    # who holds a handed-over query (people names; a login with no row stays a login)
    logins = {q.assignee for q, _d, _t, _v in rows if q.assignee}
    names = {login: name for login, name in session.execute(
        select(PersonRow.login, PersonRow.name).where(PersonRow.login.in_(logins)))} if logins else {}
    return [
        QueryRow(query_id=q.id, question_id=q.question_id, ref=f"LQ-{q.question_id:06d}",
                 department=dept, text=" ".join(text.split()), channel=q.channel,
                 opened_at=q.opened_at, due_at=q.due_at, chase_count=q.chase_count or 0,
                 escalated_at=q.escalated_at, last_reply_at=replies.get(q.id),
                 overdue=q.is_overdue_at(now),
                 due_soon=q.due_at is not None and q.paused_at is None
                 and (q.due_at - now).total_seconds() < DUE_SOON_HOURS * 3600,
                 question_version=version or 1, paused=q.paused_at is not None,
                 holder=(names.get(q.assignee) or q.assignee) if q.assignee else None)
        for q, dept, text, version in rows
    ]


@dataclass(frozen=True)
class TrayRow:
    message_id: int
    received_at: datetime | None
    from_addr: str
    subject: str
    state: str
    candidate_question_id: int | None
    auto_kind: str | None
    error: str | None


def unmatched_mail(session: Session, limit: int = 2000) -> list[TrayRow]:
    stmt = (
        select(Message.id, Message.received_at, Message.from_addr, Message.subject,
               Message.state, Message.candidate_question_id, Message.auto_kind, Message.error)
        .where(Message.direction == Direction.IN, Message.question_id.is_(None),
               Message.faq_entry_id.is_(None),  # replies to FAQ review mail have their entry
               Message.state.in_((MessageState.RECEIVED, MessageState.QUARANTINED,
                                  MessageState.FETCHED)))
        .order_by(Message.id.desc())
        .limit(limit)
    )
    return [TrayRow(*row) for row in session.execute(stmt)]
