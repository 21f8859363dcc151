"""Queries to departments (諮詢): ask, chase, escalate, log a call, accept a reply.

Each function works inside the caller's transaction (flushes, never commits), records
what happened on the question through `workflow.transition`, and keeps the query's
fields meaning what their names say: `opened_at` when asked, `answered_at` when a reply
was accepted or a call answered, `chase_count` per chase, `escalated_at` on escalation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.core.conflicts import check_version
from liaison_app.core.correspondence.business_hours import load_calendar
from liaison_app.core.correspondence.outbox import Sender, queue_mail
from liaison_app.core.models import (
    Contact,
    Department,
    Direction,
    Message,
    MessageKind,
    MessageState,
    Query,
    QueryStatus,
    Question,
    QuestionStatus,
    Resolution,
)
from liaison_app.core.questions.routing import suggest_departments
from liaison_app.core.questions.workflow import DomainError, transition
from liaison_app.core.timeutil import format_local, utcnow
from liaison_app.mail import compose
from liaison_app.mail.addresses import AddressError
from liaison_app.mail.compose import Draft
from liaison_app.mail.quoting import split_reply

S = QuestionStatus
CALL_OUTCOMES = ("answered", "call_back", "no_answer")


@dataclass(frozen=True)
class MailIdentity:
    """Who the mail is from and in which language its template is written."""

    address: str
    name: str = ""
    language: str = "zh_TW"

    @property
    def sender(self) -> Sender:
        return Sender(self.address, self.name)


def find_department(session: Session, name_or_id: str | int) -> Department:
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        dept = session.get(Department, int(name_or_id))
        if dept is not None:
            return dept
    dept = session.scalar(select(Department).where(Department.name == str(name_or_id).strip()))
    if dept is None:
        names = ", ".join(session.scalars(select(Department.name).order_by(Department.name)))
        raise DomainError(f"no department named {name_or_id!r} (known: {names or 'none'})")
    return dept


def preferred_department(session: Session, question_id: int) -> int | None:
    """The department a query about the question should start from: the one it was routed
    to, else the best suggestion. Never simply the first by name: a customer's details
    would go to the wrong department with one careless click."""
    q = session.get(Question, question_id)
    if q is None:
        return None
    if q.department_id is not None:
        return q.department_id
    suggestions = suggest_departments(session, q.text, exclude_question=q.id, limit=1)
    return suggestions[0].department_id if suggestions else None


def mail_contacts(dept: Department) -> list[Contact]:
    return [c for c in dept.contacts if c.active and c.email]


def _question(session: Session, question_id: int) -> Question:
    q = session.get(Question, question_id)
    if q is None:
        raise DomainError(f"no question {question_id}", code="no_question", ref=f"LQ-{question_id:06d}")
    return q


def _values(q: Question, dept: Department, contact_name: str, due: datetime | None,
            identity: MailIdentity, chase_count: int = 0) -> dict[str, str]:
    return {
        "ref": q.ref, "question": q.text, "context": q.customer_context or "-",
        "summary": compose.summary_of(q.text), "due": format_local(due) if due else "-",
        "department": dept.name, "contact": contact_name or dept.name,
        "sender": identity.name or identity.address, "chase_count": str(chase_count),
    }


def query_draft(session: Session, question_id: int, department: Department,
                identity: MailIdentity, to: str | None = None) -> tuple[Draft, datetime]:
    """The default query mail (unmasked: masking is applied when it is queued) and due time."""
    q = _question(session, question_id)
    contacts = mail_contacts(department)
    if not department.active:
        raise DomainError(f"department {department.name} is inactive: it cannot be asked",
                          code="department_inactive", department=department.name)
    if not contacts:
        # The directory rule: a department is asked through a named contact, never blindly.
        raise DomainError(f"department {department.name} has no contact with an email address: "
                          "add one in Departments › Edit… before asking it",
                          code="no_contact_email", department=department.name)
    if to:
        try:
            to_list = compose.split_addresses(to)
        except AddressError as exc:
            raise DomainError(f"--to: {exc}") from exc
        named = next((c for c in contacts if c.email and c.email.lower() == to_list[0].lower()),
                     None) if to_list else None
        contact_name = named.name if named else ""
    else:
        to_list, contact_name = [contacts[0].email], contacts[0].name
    if not to_list:
        raise DomainError(f"not an email address: {to!r}", code="not_an_address", address=to)
    due = load_calendar(session).due_at(utcnow(), department.sla_hours, q.urgent)
    subject, body = compose.render("query", identity.language,
                                   _values(q, department, contact_name, due, identity))
    return Draft(subject=compose.ensure_token(subject, q.ref), body=body, to=to_list), due


def ask(session: Session, question_id: int, department: Department, identity: MailIdentity,
        actor: str, *, draft: Draft | None = None, unmask: bool = False,
        to: str | None = None) -> tuple[Query, Message]:
    """Route the question to `department` (if new) and queue the query mail."""
    q = _question(session, question_id)
    default, due = query_draft(session, question_id, department, identity, to)
    draft = draft or default
    draft.subject = compose.ensure_token(draft.subject, q.ref)
    if q.status == S.NEW:
        transition(session, q, "route", actor, detail=f"asked {department.name} by mail")
    elif q.status in (S.AWAITING_DEPARTMENT, S.ANSWER_RECEIVED):
        transition(session, q, "follow_up", actor, detail=f"asked {department.name} by mail")
    else:
        raise DomainError(f"{q.ref} is '{q.status}': only new or awaiting questions can be asked",
                          code="ask_not_open", ref=q.ref, state=q.status)
    now = utcnow()
    q.department_id = department.id
    q.due_at = due
    contact = _contact_by_email(department, draft.to[0] if draft.to else "")
    query = Query(question_id=q.id, department_id=department.id,
                  contact_id=contact.id if contact else None, channel="email",
                  status=QueryStatus.OPEN, opened_at=now, due_at=due)
    session.add(query)
    session.flush()
    message = queue_mail(session, compose.apply_masking(draft, unmask), identity.sender,
                         question_id=q.id, query_id=query.id,
                         contact_id=contact.id if contact else None, actor=actor)
    return query, message


def _contact_by_email(dept: Department, address: str) -> Contact | None:
    address = (address or "").lower()
    return next((c for c in dept.contacts if c.email and c.email.lower() == address), None)


def _thread(session: Session, query: Query) -> tuple[str | None, list[str]]:
    ids = list(session.scalars(
        select(Message.message_id)
        .where(Message.query_id == query.id, Message.kind == MessageKind.EMAIL,
               Message.message_id.is_not(None))
        .order_by(Message.created_at, Message.id)))
    return (ids[-1] if ids else None), ids


def _open_query(session: Session, query_id: int,
                expected_version: int | None = None) -> tuple[Query, Question]:
    query = session.get(Query, query_id)
    if query is None:
        raise DomainError(f"no query {query_id}", code="no_query", query=query_id)
    # First the version: "answered by 陳經理 at 10:02" says more than "not open".
    check_version(session, _question(session, query.question_id), expected_version)
    if query.status != QueryStatus.OPEN:
        raise DomainError(f"query {query_id} is {query.status}, not open", code="query_closed",
                          query=query_id)
    return query, _question(session, query.question_id)


def chase(session: Session, query_id: int, identity: MailIdentity, actor: str,
          *, expected_version: int | None = None) -> Message:
    """A follow-up in the same thread (In-Reply-To/References), counted on the query.

    `expected_version`: the question's version the window listed; a colleague who
    chased, escalated or recorded an answer meanwhile made it stale, and the chase is
    refused (core/conflicts.py) rather than sent twice or after the answer."""
    query, q = _open_query(session, query_id, expected_version)
    dept = query.department
    last, refs = _thread(session, query)
    contact = session.get(Contact, query.contact_id) if query.contact_id else None
    to = contact.email if contact and contact.email else (
        mail_contacts(dept)[0].email if mail_contacts(dept) else dept.email)
    if not to:
        raise DomainError(f"department {dept.name} has no contact with an email address",
                          code="no_contact_email", department=dept.name)
    query.chase_count = (query.chase_count or 0) + 1
    subject, body = compose.render("chase", identity.language, _values(
        q, dept, contact.name if contact else "", query.due_at, identity, query.chase_count))
    draft = Draft(subject=compose.ensure_token(subject, q.ref), body=body, to=[to],
                  in_reply_to=last, references=refs)
    transition(session, q, "follow_up", actor,
               detail=f"chased {dept.name} ({query.chase_count})")
    return queue_mail(session, compose.apply_masking(draft, False), identity.sender,
                      question_id=q.id, query_id=query.id, contact_id=query.contact_id,
                      actor=actor)


def escalate(session: Session, query_id: int, identity: MailIdentity, actor: str,
             *, expected_version: int | None = None) -> Message:
    """Mail the department head, the contact in Cc, in the same thread (refused like
    `chase` when the question changed since the window listed it)."""
    query, q = _open_query(session, query_id, expected_version)
    dept = query.department
    head = dept.head
    if head is None or not head.email:
        raise DomainError(f"department {dept.name} has no head with an email address",
                          code="no_head_email", department=dept.name)
    contact = session.get(Contact, query.contact_id) if query.contact_id else None
    cc = [contact.email] if contact and contact.email and contact.id != head.id else []
    last, refs = _thread(session, query)
    subject, body = compose.render("escalate", identity.language,
                                   _values(q, dept, head.name, query.due_at, identity))
    draft = Draft(subject=compose.ensure_token(subject, q.ref), body=body, to=[head.email],
                  cc=cc, in_reply_to=last, references=refs)
    query.escalated_at = utcnow()
    transition(session, q, "follow_up", actor, detail=f"escalated to {head.name} ({dept.name})")
    return queue_mail(session, compose.apply_masking(draft, False), identity.sender,
                      question_id=q.id, query_id=query.id, contact_id=head.id, actor=actor)


def _record_answer(session: Session, q: Question, query: Query | None, text: str,
                   actor: str, detail: str) -> None:
    text = text.strip()
    if not text:
        raise DomainError("the answer is empty", code="answer_empty")
    transition(session, q, "receive_answer", actor, detail=detail)
    now = utcnow()
    q.answer = text
    q.answered_at = now
    q.resolution = Resolution.DEPARTMENT
    if query is not None:
        query.status = QueryStatus.ANSWERED
        query.answered_at = now


def latest_open_query(session: Session, question_id: int) -> Query | None:
    return session.scalar(
        select(Query).where(Query.question_id == question_id, Query.status == QueryStatus.OPEN)
        .order_by(Query.opened_at.desc(), Query.id.desc()).limit(1))


def reply_answer_text(message: Message) -> str:
    """The reply's own words, without the quoted history (what is offered as the answer)."""
    return split_reply(message.body_text or "")[0]


def accept_reply(session: Session, message_id: int, actor: str,
                 text: str | None = None) -> Question:
    """Take an inbound reply as the department's answer: the question gets answer_received."""
    message = session.get(Message, message_id)
    if message is None or message.direction != Direction.IN or message.question_id is None:
        raise DomainError("only a received mail attached to a question can be accepted",
                          code="not_a_received_mail")
    if message.auto_kind:
        raise DomainError("an automatic reply or bounce cannot be the answer", code="automatic_reply")
    q = _question(session, message.question_id)
    query = session.get(Query, message.query_id) if message.query_id else None
    if query is None or query.status != QueryStatus.OPEN:
        query = latest_open_query(session, q.id) or query
    _record_answer(session, q, query, text if text is not None else reply_answer_text(message),
                   actor, detail=f"answer from {message.from_addr}")
    return q


@dataclass
class CallLog:
    question_id: int
    department: Department
    outcome: str  # answered | call_back | no_answer
    summary: str = ""
    answer: str = ""
    contact_id: int | None = None
    at: datetime | None = None
    minutes: int | None = None
    call_back_due: datetime | None = None
    # The question's version when the dialog opened: a colleague's answer or chase
    # meanwhile refuses the call (core/conflicts.py) instead of answering over it.
    expected_version: int | None = None


def log_call(session: Session, call: CallLog, actor: str) -> Message:
    """Record a phone call; an answered one answers the question, a call-back moves the due time."""
    if call.outcome not in CALL_OUTCOMES:
        raise DomainError(f"call outcome must be one of {', '.join(CALL_OUTCOMES)}")
    q = _question(session, call.question_id)
    check_version(session, q, call.expected_version)
    if q.status not in (S.NEW, S.AWAITING_DEPARTMENT, S.ANSWER_RECEIVED):
        raise DomainError(f"{q.ref} is '{q.status}': a call about it would open a query nobody "
                          "closes (calls are logged for new or awaiting questions)",
                          code="call_not_open", ref=q.ref, state=q.status)
    now = utcnow()
    dept = call.department
    query = latest_open_query(session, q.id)
    if query is None or query.department_id != dept.id:
        if q.status == S.NEW:
            transition(session, q, "route", actor, detail=f"asked {dept.name} by phone")
            q.department_id = dept.id
            q.due_at = load_calendar(session).due_at(call.at or now, dept.sla_hours, q.urgent)
        query = Query(question_id=q.id, department_id=dept.id, contact_id=call.contact_id,
                      channel="call", status=QueryStatus.OPEN, opened_at=call.at or now,
                      due_at=q.due_at)
        session.add(query)
        session.flush()
    contact = session.get(Contact, call.contact_id) if call.contact_id else None
    message = Message(
        question_id=q.id, query_id=query.id, contact_id=call.contact_id,
        direction=Direction.OUT, kind=MessageKind.CALL, state=MessageState.LOGGED,
        subject=f"{dept.name}{' / ' + contact.name if contact else ''}",
        body_text=call.summary.strip() or call.answer.strip(), call_at=call.at or now,
        call_minutes=call.minutes, call_outcome=call.outcome, created_at=now, actor=actor,
        to_addrs=contact.phone or "" if contact else "",
    )
    session.add(message)
    if call.outcome == "answered":
        _record_answer(session, q, query, call.answer or call.summary, actor,
                       detail=f"answered by phone ({dept.name})")
    elif call.outcome == "call_back":
        if call.call_back_due is None:
            raise DomainError("a call-back needs the new due time", code="call_back_due")
        query.due_at = call.call_back_due
        q.due_at = call.call_back_due
        if q.status in (S.AWAITING_DEPARTMENT, S.ANSWER_RECEIVED):
            transition(session, q, "follow_up", actor,
                       detail=f"{dept.name} will call back by {format_local(call.call_back_due)}")
    session.flush()
    return message


def open_query_count(session: Session) -> int:
    return session.scalar(select(func.count(Query.id)).where(Query.status == QueryStatus.OPEN)) or 0


def identity_from_settings(settings) -> MailIdentity:
    """The sender and template language of the settings file ([smtp], [ui] language)."""
    smtp = settings.mail_server("smtp")
    language = settings.language if settings.language in compose.TEMPLATE_LANGUAGES else "zh_TW"
    return MailIdentity(smtp.from_address, smtp.from_name, language)
