"""Which question an inbound mail is about, by several signals, strongest first.

Gateways and other trackers strip headers, so one signal is not enough:
1. In-Reply-To / References naming a mail of a thread Liaison knows;
2. the `[LQ-000123]` token in the subject, then a reference line (`LQ-000123`) in the
   body, usually in the quoted query; a token match from a sender who is not a contact of
   that department only *suggests* the question until the manager confirms it;
3. a known agent's address: a newly forwarded question (the caller runs the intake);
4. nothing: the unmatched tray.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from liaison_app.core.models import Agent, Contact, Department, Message, Query, Question
from liaison_app.mail.mime_parse import ParsedMail

TOKEN_RE = re.compile(r"\bLQ-(\d{6,9})\b", re.IGNORECASE)


@dataclass
class Match:
    method: str  # headers | token | reference | pending | agent | none
    question_id: int | None = None
    query_id: int | None = None
    candidate_question_id: int | None = None
    contact_id: int | None = None
    agent_id: int | None = None
    agent_code: str | None = None


def tokens(text: str) -> list[int]:
    seen: list[int] = []
    for m in TOKEN_RE.finditer(text or ""):
        qid = int(m.group(1))
        if qid not in seen:
            seen.append(qid)
    return seen


def _by_headers(session: Session, ids: list[str], own_id: int | None) -> Message | None:
    if not ids:
        return None
    stmt = select(Message).where(Message.message_id.in_(ids), Message.question_id.is_not(None))
    if own_id is not None:
        stmt = stmt.where(Message.id != own_id)
    found = {m.message_id: m for m in session.scalars(stmt)}
    for mid in ids:  # In-Reply-To first, then the newest reference
        if mid in found:
            return found[mid]
    return None


def _contact(session: Session, address: str) -> Contact | None:
    if not address:
        return None
    return session.scalar(select(Contact).where(func.lower(Contact.email) == address.lower())
                          .order_by(Contact.active.desc(), Contact.id).limit(1))


def _departments_of(session: Session, question: Question) -> set[int]:
    ids = set(session.scalars(select(Query.department_id).where(Query.question_id == question.id)))
    if question.department_id:
        ids.add(question.department_id)
    return ids


def _sender_belongs(session: Session, address: str, dept_ids: set[int]) -> bool:
    if not address or not dept_ids:
        return False
    address = address.lower()
    contact = session.scalar(select(Contact.id).where(
        func.lower(Contact.email) == address, Contact.department_id.in_(dept_ids)).limit(1))
    if contact is not None:
        return True
    dept = session.scalar(select(Department.id).where(
        func.lower(Department.email) == address, Department.id.in_(dept_ids)).limit(1))
    return dept is not None


def _query_for(session: Session, question_id: int, contact: Contact | None) -> int | None:
    stmt = select(Query.id).where(Query.question_id == question_id)
    if contact is not None:
        stmt = stmt.where(or_(Query.department_id == contact.department_id))
    stmt = stmt.order_by((Query.status == "open").desc(), Query.opened_at.desc()).limit(1)
    return session.scalar(stmt)


def match(session: Session, mail: ParsedMail, own_id: int | None = None) -> Match:
    contact = _contact(session, mail.from_addr)
    contact_id = contact.id if contact else None
    thread_msg = _by_headers(session, mail.thread_ids, own_id)
    if thread_msg is not None:
        return Match("headers", question_id=thread_msg.question_id,
                     query_id=thread_msg.query_id or _query_for(
                         session, thread_msg.question_id, contact),
                     contact_id=contact_id)
    body_tokens = tokens(mail.text)
    for method, candidates in (("token", tokens(mail.subject)), ("reference", body_tokens)):
        for qid in candidates:
            question = session.get(Question, qid)
            if question is None:
                continue
            if _sender_belongs(session, mail.from_addr, _departments_of(session, question)):
                return Match(method, question_id=qid, query_id=_query_for(session, qid, contact),
                             contact_id=contact_id)
            return Match("pending", candidate_question_id=qid, contact_id=contact_id)
    agent = session.scalar(select(Agent).where(func.lower(Agent.email) == mail.from_addr,
                                               Agent.active.is_(True)).limit(1)) \
        if mail.from_addr else None
    if agent is not None and not mail.auto_kind:
        return Match("agent", agent_id=agent.id, agent_code=agent.code, contact_id=contact_id)
    return Match("none", contact_id=contact_id)
