"""The department desk (issue 17): a department contact's queue, answers, clarification
requests and hand-overs, Qt-free.

On a team database the server decides what a contact sees (row-level security: the
queries of their departments) and may write (three kinds of note on an open query of
theirs, `core.team.roles`). This module adds no permission of its own; it reads the rows
the server gives and writes the notes the policies accept. A department desk answer is
stored exactly where a matched reply mail is (an inbound message on the query, state
`received`), so the manager's desk shows it with the same *Accept as the answer*, edit or
ask again. A clarification request pauses the due time until the manager answers it; the
manager's answer moves the due time by the business hours the department waited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from liaison_app.core.conflicts import next_version
from liaison_app.core.correspondence.business_hours import load_calendar
from liaison_app.core.correspondence.listing import DUE_SOON_HOURS
from liaison_app.core.errors import DomainError
from liaison_app.core.models import (
    Department,
    Direction,
    Message,
    MessageKind,
    MessageState,
    Query,
    QueryStatus,
    Question,
)
from liaison_app.core.models.correspondence import Attachment
from liaison_app.core.models.people import PersonDepartment, PersonRow
from liaison_app.core.timeutil import utcnow
from liaison_app.mail.masking import mask_identifiers

# The three notes a desk writes (the same names as the server's policy in roles.py).
ANSWER, CLARIFY, HANDOVER = "desk_answer", "desk_clarify", "desk_handover"
# The manager's answer to a clarification request.
CLARIFIED = "clarification_reply"
# What one attachment and one answer may carry: a mail server's usual limit.
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_ANSWER_CHARS = 20_000


class DueState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAUSED = "paused"  # waiting for the manager's clarification: the clock stands still


@dataclass(frozen=True)
class DeskQuery:
    """One open query as the department desk lists it: masked, with its due state."""

    query_id: int
    question_id: int
    ref: str
    department: str
    question: str  # customer numbers masked, as in the query mail
    opened_at: datetime
    due_at: datetime | None
    due_state: DueState
    chase_count: int
    escalated: bool
    clarifications: int
    assignee: str | None
    # Nothing has come back from the department yet (no answer, note or reply mail).
    new: bool
    # The desk answered; the manager has not accepted it yet.
    answer_sent: bool

    @property
    def chased(self) -> bool:
        return self.chase_count > 0


@dataclass(frozen=True)
class ThreadItem:
    at: datetime | None
    direction: str
    kind: str
    purpose: str | None  # desk_answer | desk_clarify | desk_handover | clarification_reply | None
    who: str
    subject: str
    text: str  # masked
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewAttachment:
    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Colleague:
    login: str
    name: str
    department_id: int


def due_state(query: Query, now: datetime) -> DueState:
    """The one rule for a desk query's due state (the Queries page's overdue rule plus
    the pause)."""
    if query.paused_at is not None:
        return DueState.PAUSED
    if query.is_overdue_at(now):
        return DueState.OVERDUE
    if query.due_at is not None and (query.due_at - now).total_seconds() < DUE_SOON_HOURS * 3600:
        return DueState.DUE_SOON
    return DueState.ON_TIME


def my_queue(session: Session, department_ids: tuple[int, ...] | None = None,
             now: datetime | None = None) -> list[DeskQuery]:
    """Open queries of the contact's departments, the soonest due first (paused ones by
    their frozen due time, no due time last). The server's policies already confine the
    rows on a team database; `department_ids` narrows them the same way elsewhere."""
    now = now or utcnow()
    stmt = (select(Query, Department.name, Question.text)
            .join(Department, Department.id == Query.department_id)
            .join(Question, Question.id == Query.question_id)
            .where(Query.status == QueryStatus.OPEN)
            .order_by(Query.due_at.is_(None), Query.due_at, Query.id))
    if department_ids is not None:
        stmt = stmt.where(Query.department_id.in_(department_ids))
    rows = session.execute(stmt).all()
    ids = [q.id for q, _d, _t in rows]
    replied: set[int] = set()
    answered: set[int] = set()
    if ids:
        for query_id, method in session.execute(
                select(Message.query_id, Message.match_method)
                .where(Message.query_id.in_(ids), Message.direction == Direction.IN)):
            replied.add(query_id)
            if method == ANSWER:
                answered.add(query_id)
    return [
        DeskQuery(query_id=q.id, question_id=q.question_id, ref=f"LQ-{q.question_id:06d}",
                  department=dept, question=mask_identifiers(" ".join(qtext.split())),
                  opened_at=q.opened_at, due_at=q.due_at, due_state=due_state(q, now),
                  chase_count=q.chase_count or 0, escalated=q.escalated_at is not None,
                  clarifications=q.clarifications or 0, assignee=q.assignee,
                  new=q.id not in replied, answer_sent=q.id in answered)
        for q, dept, qtext in rows
    ]


def badge_counts(queue: list[DeskQuery]) -> tuple[int, int]:
    """(new, overdue): the desk's two badges."""
    return (sum(1 for q in queue if q.new),
            sum(1 for q in queue if q.due_state == DueState.OVERDUE))


def _open_query(session: Session, query_id: int) -> Query:
    query = session.get(Query, query_id)
    if query is None:
        raise DomainError(f"no query {query_id} on this desk", code="desk_no_query",
                          query=query_id)
    if query.status != QueryStatus.OPEN:
        raise DomainError(f"query {query_id} is {query.status}: only open queries are worked "
                          "on the desk", code="desk_query_closed", query=query_id)
    return query


def question_details(session: Session, query_id: int) -> dict:
    """The question of a query as the desk shows it: masked text and customer context."""
    query = session.get(Query, query_id)
    if query is None:
        raise DomainError(f"no query {query_id} on this desk", code="desk_no_query",
                          query=query_id)
    q = session.get(Question, query.question_id)
    return {"ref": q.ref, "text": mask_identifiers(q.text),
            "context": mask_identifiers(q.customer_context or ""), "product": q.product,
            "urgent": q.urgent, "due_at": query.due_at, "paused": query.paused_at is not None,
            "paused_hours": query.paused_hours or 0.0}


def thread(session: Session, query_id: int) -> list[ThreadItem]:
    """The query's correspondence so far, oldest first, customer numbers masked."""
    messages = session.scalars(
        select(Message).where(Message.query_id == query_id)
        .order_by(func.coalesce(Message.received_at, Message.sent_at, Message.created_at),
                  Message.id)).all()
    names: dict[int, tuple[str, ...]] = {}
    if messages:
        for message_id, filename in session.execute(
                select(Attachment.message_id, Attachment.filename)
                .where(Attachment.message_id.in_([m.id for m in messages]))
                .order_by(Attachment.id)):
            names[message_id] = (*names.get(message_id, ()), filename)
    items = []
    for m in messages:
        who = m.actor if m.kind == MessageKind.NOTE else (
            m.from_addr if m.direction == Direction.IN else m.to_addrs)
        items.append(ThreadItem(
            at=m.received_at or m.sent_at or m.created_at, direction=m.direction, kind=m.kind,
            purpose=m.match_method if m.kind == MessageKind.NOTE else None, who=who or "",
            subject=mask_identifiers(m.subject or ""), text=mask_identifiers(m.body_text or ""),
            attachments=names.get(m.id, ())))
    return items


def _note(session: Session, query: Query, purpose: str, body: str, actor: str,
          to: str = "") -> Message:
    now = utcnow()
    dept = session.get(Department, query.department_id)
    message = Message(
        question_id=query.question_id, query_id=query.id, direction=Direction.IN,
        kind=MessageKind.NOTE, state=MessageState.RECEIVED, match_method=purpose,
        subject=f"[LQ-{query.question_id:06d}] {dept.name if dept else ''}".strip(),
        body_text=body, from_addr="", to_addrs=to, created_at=now, received_at=now,
        actor=actor)
    session.add(message)
    session.flush()
    return message


def _clean(body: str, what: str) -> str:
    body = (body or "").strip()
    if not body:
        raise DomainError(f"the {what} is empty", code="desk_empty_text", what=what)
    if len(body) > MAX_ANSWER_CHARS:
        raise DomainError(f"the {what} is longer than {MAX_ANSWER_CHARS} characters",
                          code="desk_text_too_long", limit=MAX_ANSWER_CHARS)
    return body


def answer(session: Session, query_id: int, body: str, actor: str,
           attachments: tuple[NewAttachment, ...] | list[NewAttachment] = ()) -> int:
    """The department's answer, given in the app: stored like a matched reply (inbound, on
    the query, `received`) for the manager to accept, edit or ask again. Returns its id."""
    query = _open_query(session, query_id)
    body = _clean(body, "answer")
    for a in attachments:
        if not a.filename.strip():
            raise DomainError("an attachment has no file name", code="desk_attachment_name")
        if len(a.data) > MAX_ATTACHMENT_BYTES:
            raise DomainError(f"{a.filename} is larger than 20 MB",
                              code="desk_attachment_too_large", file=a.filename)
    message = _note(session, query, ANSWER, body, actor)
    for a in attachments:
        session.add(Attachment(message_id=message.id, filename=a.filename.strip()[:500],
                               content_type=(a.content_type or "application/octet-stream")[:200],
                               size=len(a.data), data=a.data))
    session.flush()
    return message.id


def ask_clarification(session: Session, query_id: int, body: str, actor: str) -> int:
    """Ask the manager back for details; the due time pauses until they answer (the
    database's trigger pauses it, the department itself may not change the query)."""
    query = _open_query(session, query_id)
    message = _note(session, query, CLARIFY, _clean(body, "clarification request"), actor)
    session.expire(query)
    return message.id


def colleagues(session: Session) -> list[Colleague]:
    """Whom the signed-in contact may hand a query to (the server's own lookup on a team
    database; on SQLite the people table, which is empty there)."""
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(text("SELECT login, name, department_id FROM liaison_colleagues()"))
    else:
        rows = session.execute(
            select(PersonRow.login, PersonRow.name, PersonDepartment.department_id)
            .join(PersonDepartment, PersonDepartment.login == PersonRow.login)
            .where(PersonRow.active.is_(True)).order_by(PersonRow.name))
    return [Colleague(login, name, dept) for login, name, dept in rows]


def hand_over(session: Session, query_id: int, login: str, actor: str, note: str = "") -> int:
    """Give the query to a colleague of the same department (the server checks it again)."""
    query = _open_query(session, query_id)
    login = (login or "").strip()
    if login == actor:
        raise DomainError("the query is already yours", code="desk_handover_self")
    if not any(c.login == login and c.department_id == query.department_id
               for c in colleagues(session)):
        raise DomainError(f"{login} is not a contact of this department",
                          code="desk_handover_not_colleague", login=login)
    message = _note(session, query, HANDOVER, (note or "").strip(), actor, to=login)
    session.expire(query)
    return message.id


# ---- the manager's side of a clarification ----

def open_clarification(session: Session, query_id: int) -> Message | None:
    """The department's clarification request still waiting on the manager, if any."""
    query = session.get(Query, query_id)
    if query is None or query.paused_at is None:
        return None
    return session.scalar(select(Message).where(
        Message.query_id == query_id, Message.match_method == CLARIFY)
        .order_by(Message.id.desc()).limit(1))


def answer_clarification(session: Session, query_id: int, body: str, actor: str) -> int:
    """The manager's answer to a clarification request: the department sees it on its
    desk, and the due time moves on by the business hours the department waited."""
    query = _open_query(session, query_id)
    if query.paused_at is None:
        raise DomainError(f"query {query_id} has no open clarification request",
                          code="desk_no_clarification", query=query_id)
    body = _clean(body, "clarification")
    now = utcnow()
    calendar = load_calendar(session)
    waited = calendar.hours_between(query.paused_at, now)
    if query.due_at is not None:
        query.due_at = calendar.add_hours(query.due_at, waited)
    question = session.get(Question, query.question_id)
    if question is not None and question.due_at is not None:
        question.due_at = calendar.add_hours(question.due_at, waited)
        next_version(session, question)
    query.paused_hours = (query.paused_hours or 0.0) + waited
    query.paused_at = None
    message = Message(question_id=query.question_id, query_id=query.id,
                      direction=Direction.OUT, kind=MessageKind.NOTE, state=MessageState.LOGGED,
                      match_method=CLARIFIED, subject="", body_text=body, created_at=now,
                      sent_at=now, actor=actor)
    session.add(message)
    session.flush()
    return message.id


@dataclass
class Waiting:
    """Clarification requests waiting on the manager (for the manager's Queries page)."""

    query_id: int
    question_id: int
    department: str
    asked_at: datetime | None
    text: str


def waiting_clarifications(session: Session) -> list[Waiting]:
    rows = session.execute(
        select(Query.id, Query.question_id, Department.name, Query.paused_at)
        .join(Department, Department.id == Query.department_id)
        .where(Query.status == QueryStatus.OPEN, Query.paused_at.is_not(None))
        .order_by(Query.paused_at)).all()
    out = []
    for query_id, question_id, dept, paused_at in rows:
        request = session.scalar(select(Message.body_text).where(
            Message.query_id == query_id, Message.match_method == CLARIFY)
            .order_by(Message.id.desc()).limit(1))
        out.append(Waiting(query_id, question_id, dept, paused_at, request or ""))
    return out
